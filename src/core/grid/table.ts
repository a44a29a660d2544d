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
    const row = new GridRow(r + 1, line, found.layout);
    if (contentKeys.some((k) => !isBlank(row.cell(k)))) rows.push(row);
  }
  return { layout: found.layout, problems: [...found.problems], rows };
}

/** A row as a small object with shared methods, not two closures per row (10,000 rows are read at once). */
class GridRow<K extends string> implements TableRow<K> {
  constructor(
    readonly row: number,
    private readonly line: readonly CellValue[],
    private readonly layout: ColumnLayout<K>,
  ) {}

  cell(key: K): CellValue {
    const c = this.layout.get(key);
    return c === undefined ? '' : this.line[c - 1];
  }

  where(key: K): string {
    return a1(this.row, this.layout.get(key) ?? 1);
  }
}
