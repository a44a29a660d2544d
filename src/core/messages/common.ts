/** The one way a message quotes what a person wrote or a name they see: «texto». */
export const quote = (s: string): string => `«${s}»`;

/** Whole numbers as Colombia writes them: 2.400, not 2400 (by hand: Intl's locale data differs between hosts). */
export const count = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Where a problem is, in words: «la celda A2», «la fila 1», «la columna A», «las columnas A y B»
 * (a person reads «1:1» or «A:B» as nothing).
 */
export const placeOf = (cell: string): string => {
  if (/^[A-Z]{1,3}\d+$/.test(cell)) return `la celda ${cell}`;
  const rows = /^(\d+):(\d+)$/.exec(cell);
  if (rows) return rows[1] === rows[2] ? `la fila ${rows[1]}` : `las filas ${rows[1]} a ${rows[2]}`;
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(cell);
  if (cols) return cols[1] === cols[2] ? `la columna ${cols[1]}` : `las columnas ${cols[1]} ${adjacent(cols[1], cols[2]) ? 'y' : 'a'} ${cols[2]}`;
  return cell;
};

/** «A» and «B» are side by side («las columnas A y B»); «A» and «D» are a span («A a D»). */
function adjacent(a: string, b: string): boolean {
  const n = (s: string): number => [...s].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
  return n(b) - n(a) === 1;
}

/** The same without the article, after a sheet's name: «Hoja «Matriz», fila 1». */
export const placeNoun = (cell: string): string => placeOf(cell).replace(/^(la|las) /, '');

/** A place as a short link text: a cell as it is («Q6»), a row or column in words («fila 1»). */
export const shortPlace = (cell: string): string => (/^[A-Z]{1,3}\d+$/.test(cell) ? cell : placeNoun(cell));
