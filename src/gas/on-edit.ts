/**
 * The simple onEdit trigger: when a person writes or pastes rows in the Matriz or Fases that have
 * no formulas yet (rows added below the last one), those rows get the computed columns' formulas.
 * It uses no service needing authorisation, never throws, and costs a constant number of
 * Spreadsheet calls whatever the paste size (a simple trigger has 30 s):
 *   - a plain edit (the edited rows already have the formulas of the row above): 5 calls —
 *     the sheet, its name, the edited rows, one read of their formulas (with the row above);
 *   - rows that need formulas: that read, the header and the values, then one write per run of
 *     adjacent computed columns (one write in the template's layout).
 * Highlighting needs nothing here: the rules cover whole columns from row 2.
 */
import { findColumns } from '../core/grid/headers';
import type { CellValue } from '../core/grid/types';
import { FASES_COLUMNS } from '../core/tracker/fases';
import { rowFormulas, type ColumnLayout } from '../core/tracker/layout';
import { MATRIZ_COLUMNS } from '../core/tracker/matriz';
import { SHEET } from '../core/tracker/names';
import type { ColumnSpec } from '../core/tracker/types';
import { isBlankCell, keepValue, type HostValue } from './cells';
import { logFailure } from './log';
import { usedRows } from './prepare/table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  try {
    if (!e || !e.range) return;
    const sheet = e.range.getSheet();
    const name = sheet.getName();
    if (name !== SHEET.matriz && name !== SHEET.fases) return;
    const rows = editedRows(e.range.getA1Notation(), sheet);
    if (rows === null) return;
    if (name === SHEET.matriz) fillRows(sheet, name, rows, MATRIZ_COLUMNS);
    else fillRows(sheet, name, rows, FASES_COLUMNS);
  } catch (err) {
    // A trigger must never interrupt a person's typing; «Preparar o reparar» fixes what was missed.
    logFailure('onEdit', err);
  }
}

interface Rows {
  readonly first: number;
  readonly last: number;
}

/** Rows 2.. of the edit, from its A1 text ("C5", "C5:F3004", "5:9"; whole columns "C:D" up to the last row). */
function editedRows(a1: string, sheet: Sheet): Rows | null {
  const m = /^\$?[A-Z]*\$?(\d*)(?::\$?[A-Z]*\$?(\d*))?$/.exec(a1.replace(/^.*!/, ''));
  if (!m) return null;
  const first = Math.max(2, m[1] ? Number(m[1]) : 1);
  const last = m[2] ? Number(m[2]) : m[1] ? Number(m[1]) : sheet.getLastRow();
  return last < first ? null : { first, last };
}

function fillRows<K extends string>(sheet: Sheet, name: string, rows: Rows, columns: readonly ColumnSpec<K>[]): void {
  // The edited rows and the row above them, whole rows, in one read of formulas.
  const block = sheet.getRange(`${rows.first - 1}:${rows.last}`);
  const formulas = block.getFormulas();
  if (likeRowAbove(formulas, columns)) return;

  const values = block.getValues() as CellValue[][];
  const header = rows.first - 1 === 1 ? values[0] : (sheet.getRange('1:1').getValues()[0] as CellValue[]);
  const layout: ColumnLayout<K> = findColumns(name, header, columns).layout;
  const computed = columns.filter((c) => c.role === 'computed' && c.formula && layout.has(c.key));
  if (computed.length === 0) return;
  // usedRows skips its first row (a header): here that is the row above the edit.
  const used = usedRows(columns, layout, values, formulas);
  const wanted = (i: number, col: number, key: K): string | null => {
    if (i === 0 || !used[i] || formulas[i][col - 1] || !isBlankCell(values[i][col - 1])) return null;
    const f = rowFormulas(columns, layout, rows.first - 1 + i).get(key);
    return f === undefined ? null : `=${f}`;
  };

  // One write per run of adjacent computed columns; a cell that needs nothing is written back as it was.
  for (const run of adjacentRuns(computed.map((c) => ({ key: c.key, col: layout.get(c.key) ?? 0 })))) {
    const lines: HostValue[][] = [];
    let needed = false;
    for (let i = 1; i < values.length; i++) {
      lines.push(
        run.map(({ key, col }) => {
          const w = wanted(i, col, key);
          if (w !== null) {
            needed = true;
            return w;
          }
          return formulas[i][col - 1] || keepValue(values[i][col - 1]);
        }),
      );
    }
    if (needed) sheet.getRange(rows.first, run[0].col, lines.length, run.length).setValues(lines);
  }
}

/**
 * The plain edit: every edited row has a formula wherever the row above has one, and the row above
 * has at least one formula per computed column. Then nothing is missing, and nothing else is read.
 */
function likeRowAbove<K extends string>(formulas: readonly (readonly string[])[], columns: readonly ColumnSpec<K>[]): boolean {
  const above = formulas[0] ?? [];
  const cols = above.flatMap((f, c) => (f ? [c] : []));
  const needed = columns.filter((c) => c.role === 'computed' && c.formula).length;
  if (cols.length < needed) return false;
  return formulas.slice(1).every((line) => cols.every((c) => line[c]));
}

/** Columns sorted and split where they stop being adjacent: [2,3,4,9] → [[2,3,4],[9]]. */
function adjacentRuns<K>(cols: readonly { key: K; col: number }[]): { key: K; col: number }[][] {
  const sorted = [...cols].sort((a, b) => a.col - b.col);
  const runs: { key: K; col: number }[][] = [];
  for (const c of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].col + 1 === c.col) run.push(c);
    else runs.push([c]);
  }
  return runs;
}
