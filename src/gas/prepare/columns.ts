/** Renders one column of the description: number format, width, wrap, note, header colour, validation. */
import { ROLE_HEADER_FILL } from '../../core/tracker/styles';
import type { ColumnSpec, Validation } from '../../core/tracker/types';
import { columnNumberFormat } from '../../core/tracker/render';
import { columnBody, type PrepareContext, type Sheet } from './context';

export { columnNumberFormat };

/** Looks (not content) of columns just created: safe to set because nobody chose them yet. */
export function styleNewColumns(ctx: PrepareContext, sheet: Sheet, columns: readonly { spec: ColumnSpec; col: number }[]): void {
  for (const { spec, col } of columns) {
    const body = columnBody(sheet, col);
    const fmt = columnNumberFormat(spec);
    if (fmt) body.setNumberFormat(fmt);
    if (spec.format === 'longText') body.setWrap(true);
    sheet.setColumnWidth(col, spec.width);
    const header = sheet.getRange(1, col);
    header.setBackground(ROLE_HEADER_FILL[spec.role]).setFontWeight('bold').setWrap(true).setVerticalAlignment('middle');
    if (spec.validation) {
      const rule = buildValidation(ctx, spec.validation);
      if (rule) body.setDataValidation(rule);
    }
  }
}

export function buildValidation(ctx: PrepareContext, v: Validation): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const b = SpreadsheetApp.newDataValidation().setHelpText(v.help);
  switch (v.kind) {
    case 'list': {
      const source = ctx.ss.getRangeByName(v.source);
      if (!source) return null;
      return b.requireValueInRange(source, true).setAllowInvalid(!v.strict).build();
    }
    case 'date':
      return b.requireDate().setAllowInvalid(false).build();
    case 'numberAtLeast':
      return b.requireNumberGreaterThanOrEqualTo(v.min).setAllowInvalid(false).build();
  }
}

/**
 * Puts the description's validation on columns that have none in their first data row
 * (one read of row 2, one write per column that lacks it). Returns how many were added.
 */
export function addMissingValidations(ctx: PrepareContext, sheet: Sheet, columns: readonly { spec: ColumnSpec; col: number }[], width: number): number {
  const wanted = columns.filter((c) => c.spec.validation);
  if (wanted.length === 0 || sheet.getMaxRows() < 2) return 0;
  const existing = sheet.getRange(2, 1, 1, width).getDataValidations()[0] ?? [];
  let added = 0;
  for (const { spec, col } of wanted) {
    if (existing[col - 1]) continue;
    const rule = spec.validation ? buildValidation(ctx, spec.validation) : null;
    if (!rule) continue;
    columnBody(sheet, col).setDataValidation(rule);
    added++;
  }
  return added;
}

/** Writes the description's note on header cells whose note is empty; a person's note is kept. */
export function addMissingNotes(sheet: Sheet, columns: readonly { spec: ColumnSpec; col: number }[], width: number): number {
  const range = sheet.getRange(1, 1, 1, width);
  const notes = range.getNotes()[0].map((n) => n ?? '');
  let added = 0;
  for (const { spec, col } of columns) {
    if (!notes[col - 1]) {
      notes[col - 1] = spec.note;
      added++;
    }
  }
  if (added > 0) range.setNotes([notes]);
  return added;
}
