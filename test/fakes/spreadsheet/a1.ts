/** A1 notation for the fakes (kept apart from src/core so a bug there cannot hide here). */

export function columnLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface A1Box {
  sheet: string | null;
  row: number;
  col: number;
  /** null: to the sheet's last row/column (e.g. "A:C" or "2:4"). */
  endRow: number | null;
  endCol: number | null;
}

/** Parses "B2", "A1:C3", "A:C", "2:4", "'My sheet'!A1:B2". Returns null when it is not A1 notation. */
export function parseA1(text: string): A1Box | null {
  let rest = text.trim();
  let sheet: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const parts = rest.replace(/\$/g, '').split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => /^([A-Za-z]{0,3})(\d*)$/.exec(p));
  if (ends.some((m) => m === null || (m[1] === '' && m[2] === ''))) return null;
  const [a, b] = ends as RegExpExecArray[];
  if (a === undefined) return null;
  const aCol = a[1] ? columnNumber(a[1]) : null;
  const aRow = a[2] ? Number(a[2]) : null;
  if (b === undefined) {
    if (aCol === null || aRow === null) return null;
    return { sheet, row: aRow, col: aCol, endRow: aRow, endCol: aCol };
  }
  const bCol = b[1] ? columnNumber(b[1]) : null;
  const bRow = b[2] ? Number(b[2]) : null;
  if ((aCol === null) !== (bCol === null) || (aRow === null) !== (bRow === null)) {
    // "A2:C" (open-ended rows) is allowed; mixed forms like "A:3" are not.
    if (!(aCol !== null && bCol !== null && aRow !== null && bRow === null)) return null;
  }
  return {
    sheet,
    row: Math.min(aRow ?? 1, bRow ?? aRow ?? 1),
    col: Math.min(aCol ?? 1, bCol ?? 1),
    endRow: aRow === null || bRow === null ? null : Math.max(aRow, bRow),
    endCol: aCol === null || bCol === null ? null : Math.max(aCol, bCol),
  };
}

export function a1Of(row: number, col: number, numRows: number, numCols: number): string {
  const start = `${columnLetters(col)}${row}`;
  if (numRows === 1 && numCols === 1) return start;
  return `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

/** "'Configuración'!$B$7": how a named range's reference is written for a formula engine. */
export function absoluteRef(sheet: string, row: number, col: number, numRows: number, numCols: number): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const start = `$${columnLetters(col)}$${row}`;
  if (numRows === 1 && numCols === 1) return `${quoted}!${start}`;
  return `${quoted}!${start}:$${columnLetters(col + numCols - 1)}$${row + numRows - 1}`;
}
