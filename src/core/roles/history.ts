/**
 * The Historial: one row per changed input cell of the Matriz — when, who, sheet, cell, indicator ID,
 * old value, new value. Rows are only ever appended. What Google's installable onEdit event gives:
 * `oldValue` only for a single-cell edit (absent when that cell was empty, or for a paste of several
 * cells, when Google sends neither `value` nor `oldValue`), and the user's e-mail only when Google
 * reveals it (Session rules); what is missing is written as the messages say, never invented.
 */
import type { CellValue } from '../grid/types';
import { historyText } from '../messages/roles';
import { a1 } from '../tracker/a1';
import type { ColumnLayout } from '../tracker/layout';
import { MATRIZ_COLUMNS, type MatrizKey } from '../tracker/matriz';

export const HISTORIAL_WIDTH = 7;

/** Columns a person fills in the Matriz: the ones whose changes are history. */
export const HISTORY_KEYS: readonly MatrizKey[] = MATRIZ_COLUMNS.filter((c) => c.role === 'input').map((c) => c.key);

export interface EditedBlock {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The new values, as the sheet now holds them (rows × columns of the edited range). */
  readonly values: readonly (readonly CellValue[])[];
  /** The indicator ID of each edited row. */
  readonly ids: readonly string[];
  /** Google's e.oldValue (single-cell edits only). */
  readonly oldValue?: string;
  readonly user: string;
  readonly when: Date;
}

export type HistoryRow = [Date, string, string, string, string, CellValue, CellValue];

export function historyRows(edit: EditedBlock, layout: ColumnLayout<MatrizKey>): HistoryRow[] {
  const inputCols = new Set(HISTORY_KEYS.map((k) => layout.get(k)).filter((c): c is number => c !== undefined));
  const single = edit.values.length === 1 && (edit.values[0]?.length ?? 0) === 1;
  const who = edit.user.trim() || historyText.unknownUser();
  const out: HistoryRow[] = [];
  edit.values.forEach((line, r) => {
    const row = edit.row + r;
    if (row < 2) return; // the header row is not data
    line.forEach((value, c) => {
      const col = edit.col + c;
      if (!inputCols.has(col)) return;
      const old: CellValue = single ? (edit.oldValue ?? '') : historyText.unknownOld();
      out.push([edit.when, who, edit.sheet, a1(row, col), edit.ids[r] ?? '', old, value ?? '']);
    });
  });
  return out;
}
