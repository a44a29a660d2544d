import { msg } from '../messages';
import { a1 } from '../tracker/a1';
import { isBlank } from './cells';
import type { Grid, Problem } from './types';

/**
 * Cells with data in a column whose header (row 1) is empty: the export keeps columns by header, so
 * those values would be lost. One error per such column, at its first filled cell. The grid may be
 * sparse (a reader keeps only used cells), so this costs the used cells, not the sheet's extent.
 */
export function headerlessColumns(grid: Grid, sheet: string): Problem[] {
  const header = grid[0] ?? [];
  const first = new Map<number, { row: number; count: number }>();
  grid.forEach((line, r) => {
    if (r === 0 || !line) return;
    line.forEach((v, c) => {
      if (isBlank(v) || !isBlank(header[c])) return;
      const seen = first.get(c);
      if (seen) seen.count++;
      else first.set(c, { row: r + 1, count: 1 });
    });
  });
  return [...first]
    .sort(([a], [b]) => a - b)
    .map(([c, { row, count }]) => ({ sheet, cell: a1(row, c + 1), level: 'error', kind: 'value', message: msg.dataWithoutHeader(a1(1, c + 1), count) }));
}

/** "B1:C3" → its corners, 1-based; null when it is not a range. */
function rangeCorners(ref: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const m = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/i.exec(ref.replace(/\$/g, ''));
  if (!m) return null;
  const col = (s: string): number => [...s.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { r1: Number(m[2]), c1: col(m[1]), r2: Number(m[4]), c2: col(m[3]) };
}

/**
 * Merged cells: only the top-left cell holds the value (as in every spreadsheet program), so the
 * others count as empty. A merged header names one column only; merged data cells are read once.
 * Nothing is lost, so these are warnings naming the range.
 */
export function mergedRanges(merges: readonly string[], sheet: string, limit = 20): Problem[] {
  const out: Problem[] = [];
  for (const ref of merges) {
    const r = rangeCorners(ref);
    if (!r || (r.r1 === r.r2 && r.c1 === r.c2)) continue;
    const topLeft = a1(r.r1, r.c1);
    const message = r.r1 === 1 ? msg.mergedHeader(ref, topLeft) : msg.mergedCells(ref, topLeft);
    out.push({ sheet, cell: topLeft, level: 'aviso', kind: 'value', message });
    if (out.length >= limit) break;
  }
  return out;
}
