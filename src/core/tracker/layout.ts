import { a1, columnLetter, quoteSheet } from './a1';
import type { ColumnSpec, RowRef } from './types';

/** Where each known column sits in a sheet (1-based), as found by header or as first laid out. */
export type ColumnLayout<K extends string> = ReadonlyMap<K, number>;

/** The layout a new sheet gets: the description's order. */
export function defaultLayout<K extends string>(columns: readonly ColumnSpec<K>[]): ColumnLayout<K> {
  return new Map(columns.map((c, i) => [c.key, i + 1] as const));
}

export function rowRef<K extends string>(layout: ColumnLayout<K>, row: number): RowRef<K> {
  return (key: K) => {
    const col = layout.get(key);
    if (col === undefined) throw new Error(`Column ${key} is not in the sheet`);
    return a1(row, col);
  };
}

/** Formula text (no '=') for every computed column of one row; columns missing from the layout are skipped. */
export function rowFormulas<K extends string>(columns: readonly ColumnSpec<K>[], layout: ColumnLayout<K>, row: number): Map<K, string> {
  const ref = rowRef(layout, row);
  const out = new Map<K, string>();
  for (const c of columns) {
    if (!c.formula || !layout.has(c.key)) continue;
    const needed = referencedKeys(c, columns);
    if (needed.every((k) => layout.has(k))) out.set(c.key, c.formula(ref));
  }
  return out;
}

/** Which columns a formula reads (found by rendering it against a probe). */
export function referencedKeys<K extends string>(column: ColumnSpec<K>, columns: readonly ColumnSpec<K>[]): K[] {
  if (!column.formula) return [];
  const seen: K[] = [];
  column.formula((key) => {
    if (!seen.includes(key)) seen.push(key);
    return 'A1';
  });
  return seen.filter((k) => columns.some((c) => c.key === k));
}

/** An absolute whole-column reference to another sheet, e.g. Matriz!$X:$X. */
export function columnRange(sheet: string, col: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(sheet)}!$${letter}:$${letter}`;
}

/** The A1 range of one column's data cells, e.g. X2:X7. */
export function dataRange(col: number, firstRow: number, lastRow: number): string {
  const letter = columnLetter(col);
  return `${letter}${firstRow}:${letter}${lastRow}`;
}
