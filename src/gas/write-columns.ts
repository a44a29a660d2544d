/** Block writes that leave some columns alone (another role's protected columns). */
import type { HostValue } from './cells';

/**
 * Writes `lines` (full-width rows starting at row `top`, column 1) except the columns in `skip`:
 * one setValues per run of adjacent written columns, so the calls depend on the layout, never on rows.
 */
export function writeColumnsExcept(sheet: GoogleAppsScript.Spreadsheet.Sheet, top: number, lines: readonly HostValue[][], skip: ReadonlySet<number>): void {
  const width = lines[0]?.length ?? 0;
  let c = 1;
  while (c <= width) {
    if (skip.has(c)) {
      c += 1;
      continue;
    }
    let end = c;
    while (end + 1 <= width && !skip.has(end + 1)) end += 1;
    const from = c;
    sheet.getRange(top, from, lines.length, end - from + 1).setValues(lines.map((l) => l.slice(from - 1, end)));
    c = end + 1;
  }
}
