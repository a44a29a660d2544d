/**
 * One cell of a fake sheet and the rules Sheets applies when a script writes to it.
 *
 * Range.setValue(s) behaves like typing into the cell (the Sheets API calls this USER_ENTERED:
 * "the input is parsed exactly as if it were entered into the Google Sheets UI, so … '=1+2'
 * becomes a formula" — Sheets API ValueInputOption docs, also restated in sheetdb.io's docs). Hence:
 * - a string starting with "=" becomes a formula (getFormula returns it, getValue the result);
 * - a leading apostrophe forces text and is not part of the value (the UI hides it; "the apostrophes
 *   only are visible when editing a value" — getodk/docs#1095; node-google-spreadsheet#696/#323);
 * - numeric-looking strings become numbers ("01234" → 1234, vlucas/sheetquery#20), and so do
 *   TRUE/FALSE and dates typed as yyyy-mm-dd or dd/mm/yyyy (the es_CO locale is day-first);
 * - unless the cell's number format is plain text "@": then the string is kept as written, formula
 *   look-alikes included (sheetquery#20: "'@' … sets cell format to string and thus putting string
 *   values unchanged").
 * Numbers use "." as the decimal mark here; real Sheets follows the spreadsheet locale.
 */
import { isDate } from '../realm';
import { instantToSerial } from '../time';

export type Scalar = string | number | boolean;
/** What a formula engine may answer for a formula cell. */
export type Computed = Scalar | null | { error: string };

export interface Cell {
  /** The stored value: "" when empty; dates are serial numbers with a date number format. */
  value: Scalar;
  /** The formula with its "=", or "". */
  formula: string;
  /** The formula's last computed value (see FakeSpreadsheet.recalculate). */
  computed: Computed;
  numberFormat: string;
  note: string;
  validation: object | null;
  background: string;
  fontColor: string;
  fontWeight: 'normal' | 'bold';
  wrap: boolean;
  wrapStrategy: string;
  horizontalAlignment: string;
  verticalAlignment: string;
}

/** Sheets' "Automatic" format, what getNumberFormat returns for a fresh cell. */
export const DEFAULT_FORMAT = '0.###############';

export function emptyCell(): Cell {
  return {
    value: '',
    formula: '',
    computed: null,
    numberFormat: DEFAULT_FORMAT,
    note: '',
    validation: null,
    background: '#ffffff',
    fontColor: '#000000',
    fontWeight: 'normal',
    wrap: false,
    wrapStrategy: 'OVERFLOW',
    horizontalAlignment: 'general',
    verticalAlignment: 'bottom',
  };
}

/** A date or time format: any d, y, h or s outside quoted text (m alone is ambiguous). */
export function isDateFormat(format: string): boolean {
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dyhs]/i.test(bare);
}

function isDefaultFormat(format: string): boolean {
  return format === DEFAULT_FORMAT || format === '' || format.toLowerCase() === 'general';
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const PERCENT = /^[+-]?(\d+\.?\d*|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function serialOfDay(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return (ms - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Writes what a script passed to setValue(s) into `cell`, as Sheets would read it when typed. */
export function writeInput(cell: Cell, input: unknown, timeZone: string): void {
  cell.formula = '';
  cell.computed = null;
  if (input === null || input === undefined || input === '') {
    cell.value = '';
    return;
  }
  if (isDate(input)) {
    const serial = instantToSerial(input.getTime(), timeZone);
    cell.value = serial;
    if (!isDateFormat(cell.numberFormat)) {
      cell.numberFormat = Number.isInteger(serial) ? 'dd/MM/yyyy' : 'dd/MM/yyyy HH:mm:ss';
    }
    return;
  }
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  const text = String(input);
  if (cell.numberFormat === '@') {
    cell.value = text;
    return;
  }
  if (text.startsWith('=') && text.length > 1) {
    cell.value = '';
    cell.formula = text;
    return;
  }
  if (text.startsWith("'")) {
    cell.value = text.slice(1);
    return;
  }
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) {
    cell.value = Number(trimmed);
    return;
  }
  if (PERCENT.test(trimmed)) {
    cell.value = Number(trimmed.slice(0, -1)) / 100;
    if (isDefaultFormat(cell.numberFormat)) cell.numberFormat = '0%';
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === 'true';
    return;
  }
  const iso = ISO_DATE.exec(trimmed);
  const dmy = DMY_DATE.exec(trimmed);
  const serial = iso ? serialOfDay(Number(iso[1]), Number(iso[2]), Number(iso[3])) : dmy ? serialOfDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])) : null;
  if (serial !== null) {
    cell.value = serial;
    if (!isDateFormat(cell.numberFormat)) cell.numberFormat = iso ? 'yyyy-MM-dd' : 'dd/MM/yyyy';
    return;
  }
  cell.value = text;
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}
