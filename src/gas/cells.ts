/**
 * What the Sheets host writes into a cell. Sheets reads a string given to setValues as if a person
 * typed it: "=…" becomes a formula and "1/2" a date. Text the code copies is apostrophe-prefixed
 * when it would be read as anything but text; the apostrophe is not part of the stored value.
 */
import { NUMBER_FORMAT } from '../core/tracker/render';
import type { DaySerial } from '../core/calendar';
import type { CellValue } from '../core/grid/types';
import type { SeedValue } from '../core/tracker/initial';
import type { CellFormat } from '../core/tracker/types';
import { looksLikeFormula } from '../core/text';

/** What setValues accepts from us. */
export type HostValue = string | number | boolean | Date;

/** Strings Sheets would turn into a number, date, percent or boolean. */
const PARSED_AS_NON_TEXT = /^\s*([-+]?[\d.,\s/:%$]+|true|false|verdadero|falso)\s*$/i;

/** Text written so that it stays exactly this text. */
export function safeText(text: string): string {
  if (text === '') return '';
  if (looksLikeFormula(text) || text.startsWith("'") || PARSED_AS_NON_TEXT.test(text)) return `'${text}`;
  return text;
}

/** A value read from the sheet written back unchanged (strings kept as text, formulas aside). */
export function keepValue(v: CellValue): HostValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return safeText(v);
  return v;
}

export function seedValue(v: SeedValue, toDate: (s: DaySerial) => Date): HostValue {
  if (v === null) return '';
  if (typeof v === 'object') return toDate(v.date);
  if (typeof v === 'number') return v;
  return safeText(v);
}

/** Sheets' "Automático" number format, as setNumberFormats takes it (the core's null). */
export const AUTOMATIC = '0.###############';

/** The Sheets number format of each description format (the core's NUMBER_FORMAT; null = automatic). */
export function numberFormat(format: CellFormat): string | null {
  return NUMBER_FORMAT[format];
}

export function isBlankCell(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
