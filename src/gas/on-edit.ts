/**
 * The simple onEdit trigger: when a person writes in a Matriz or Fases row that has no formulas
 * yet (a row added below the last one), that row gets the computed columns' formulas. It reads
 * and writes only the edited rows, uses no service needing authorisation, and never throws.
 * Highlighting needs nothing here: the rules cover whole columns from row 2.
 */
import { findColumns } from '../core/grid/headers';
import type { CellValue } from '../core/grid/types';
import { FASES_COLUMNS } from '../core/tracker/fases';
import { rowFormulas, type ColumnLayout } from '../core/tracker/layout';
import { MATRIZ_COLUMNS } from '../core/tracker/matriz';
import { SHEET } from '../core/tracker/names';
import type { ColumnSpec } from '../core/tracker/types';
import { isBlankCell } from './cells';
import { usedRows } from './prepare/table';

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  try {
    if (!e || !e.range) return;
    const sheet = e.range.getSheet();
    const name = sheet.getName();
    if (name === SHEET.matriz) fillRows(sheet, e.range, MATRIZ_COLUMNS);
    else if (name === SHEET.fases) fillRows(sheet, e.range, FASES_COLUMNS);
  } catch {
    // A trigger must never interrupt a person's typing; «Preparar o reparar» fixes what was missed.
  }
}

function fillRows<K extends string>(sheet: GoogleAppsScript.Spreadsheet.Sheet, edited: GoogleAppsScript.Spreadsheet.Range, columns: readonly ColumnSpec<K>[]): void {
  const first = Math.max(2, edited.getRow());
  const last = edited.getLastRow();
  if (last < first) return;
  const width = sheet.getLastColumn();
  if (width < 1) return;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
  const layout: ColumnLayout<K> = findColumns(sheet.getName(), header, columns).layout;
  const computed = columns.filter((c) => c.role === 'computed' && c.formula && layout.has(c.key));
  if (computed.length === 0) return;
  const rows = sheet.getRange(first, 1, last - first + 1, width);
  const values = rows.getValues() as CellValue[][];
  const formulas = rows.getFormulas();
  const used = usedRows(columns, layout, [header, ...values], [[], ...formulas]).slice(1);

  for (const c of computed) {
    const col = layout.get(c.key) ?? 0;
    // Only empty cells get a formula: a value a person just typed over a computed cell is theirs.
    const wanted = values.map((line, i) => (used[i] && isBlankCell(line[col - 1]) && !formulas[i][col - 1]
      ? rowFormulas(columns, layout, first + i).get(c.key) ?? null : null));
    if (wanted.every((w) => w === null)) continue;
    const clash = values.some((line, i) => wanted[i] === null && !formulas[i][col - 1] && !isBlankCell(line[col - 1]));
    if (!clash) {
      sheet.getRange(first, col, values.length, 1).setFormulas(wanted.map((w, i) => [w !== null ? `=${w}` : formulas[i][col - 1]]));
    } else {
      wanted.forEach((w, i) => { if (w !== null) sheet.getRange(first + i, col).setFormula(`=${w}`); });
    }
  }
}
