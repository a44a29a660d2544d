/** What every preparation step shares: the spreadsheet, its calendar, and the list of changes made. */
import type { TzDates } from '../dates';

export interface PrepareContext {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly dates: TzDates;
  /** Spanish, one line per change, shown to the person at the end. */
  readonly changes: string[];
  progress(text: string): void;
}

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;

/** Rows 2..last of one column: formats, validations and rules cover the whole column so new rows get them. */
export function columnBody(sheet: Sheet, col: number): Range {
  return sheet.getRange(2, col, Math.max(1, sheet.getMaxRows() - 1), 1);
}

/** Makes sure the sheet has at least `cols` columns and `rows` rows (getRange beyond them throws). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}
