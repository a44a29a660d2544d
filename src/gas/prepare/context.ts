/** What every preparation step shares: the spreadsheet, its calendar, and the list of changes made. */
import { dataRange } from '../../core/tracker/layout';
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
export function columnBody(sheet: Sheet, col: number, maxRows: number = sheet.getMaxRows()): Range {
  return sheet.getRange(2, col, Math.max(1, maxRows - 1), 1);
}

/** The A1 text of columnBody's range, without asking the service. */
export function columnBodyA1(col: number, maxRows: number): string {
  return dataRange(col, 2, Math.max(2, maxRows));
}

/** Makes sure the sheet has at least `cols` columns and `rows` rows (getRange beyond them throws). */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxCols = sheet.getMaxColumns();
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}
