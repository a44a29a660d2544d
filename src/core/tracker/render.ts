/**
 * Rendering rules of the tracker description that both hosts apply, written once: number formats,
 * the number format a column gets, and the highlight condition. Hosts only translate them to their
 * API (src/gas/prepare/*, src/node/sheets/*); test/core/render-agreement.test.ts renders the one
 * description through both and compares what each produced, rule by rule.
 */
import { columnLetter } from './a1';
import type { CellFormat, ColumnSpec } from './types';

/**
 * Each description format's number pattern (dates always dd/mm/yyyy), as people write numbers:
 * percentages with the decimals they need, up to two (0,25 %, 2,5 %, 33,33 %), whole 100 % and 0 %
 * without; amounts with thousands separators (4.800.000.000). Excel shows a pattern's optional
 * decimals with a trailing separator ("60,%", "5,"), so decimals are fixed at one or more, and
 * amounts print whole (the Valor column keeps the exact quotient). The conditions ([=1], [=0]) are
 * understood alike by Excel, LibreOffice and Google Sheets. null is the host's automatic format.
 */
export const NUMBER_FORMAT: Readonly<Record<CellFormat, string | null>> = {
  text: '@',
  longText: '@',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  percent: '[=1]0%;[=0]0%;0.0#%',
  integer: '0',
  number: '#,##0',
};

/** The number format of a column's cells: a computed text column stays automatic, since a formula typed into a Text cell stays text. */
export function columnNumberFormat(c: Pick<ColumnSpec, 'format' | 'role'>): string | null {
  const f = NUMBER_FORMAT[c.format];
  return f === '@' && c.role === 'computed' ? null : f;
}

/** A row-highlight condition, relative to row 2 and without '=': $X2="Vencida" (quotes doubled). */
export function highlightCondition(testColumn: number, equals: string): string {
  return `$${columnLetter(testColumn)}2="${equals.replace(/"/g, '""')}"`;
}

/**
 * The number format of a Tablero cell. Never Text: a Tablero cell may hold a label now and a formula
 * after the next Preparar (the responsables rows move), and a formula written into a Text cell stays text.
 */
export function tableroNumberFormat(format: CellFormat): string | null {
  const f = NUMBER_FORMAT[format];
  return f === '@' ? null : f;
}
