import { a1 } from '../tracker/a1';
import type { ColumnLayout } from '../tracker/layout';
import type { ColumnSpec } from '../tracker/types';
import { msg } from '../messages';
import { isBlank } from './cells';
import { findColumns } from './headers';
import type { CellValue, Grid, Problem } from './types';

/** One data row of a sheet whose columns were found by header. */
export interface TableRow<K extends string> {
  /** The sheet row, 1-based. */
  readonly row: number;
  /** The cell of a known column in this row ("" when the column is missing). */
  cell(key: K): CellValue;
  /** The A1 address of a known column in this row (column A when the column is missing). */
  where(key: K): string;
}

export interface Table<K extends string> {
  readonly layout: ColumnLayout<K>;
  readonly problems: Problem[];
  readonly rows: readonly TableRow<K>[];
}

/**
 * A sheet with its header in row 1: columns found by header, and each row that has something in
 * one of `contentKeys`. An empty sheet is one located problem and no rows.
 */
export function readTable<K extends string>(grid: Grid, sheet: string, columns: readonly ColumnSpec<K>[], contentKeys: readonly K[]): Table<K> {
  if (grid.length === 0 || grid[0].every(isBlank)) {
    return { layout: new Map(), problems: [{ sheet, cell: 'A1', level: 'error', kind: 'emptySheet', message: msg.emptySheet(sheet) }], rows: [] };
  }
  const found = findColumns(sheet, grid[0], columns);
  const rows: TableRow<K>[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r];
    // A reader may leave unused rows as holes (a sparse grid): they hold nothing.
    if (!line) continue;
    const rowNumber = r + 1;
    const row: TableRow<K> = {
      row: rowNumber,
      cell: (k) => {
        const c = found.layout.get(k);
        return c === undefined ? '' : line[c - 1];
      },
      where: (k) => a1(rowNumber, found.layout.get(k) ?? 1),
    };
    if (contentKeys.some((k) => !isBlank(row.cell(k)))) rows.push(row);
  }
  return { layout: found.layout, problems: [...found.problems], rows };
}
