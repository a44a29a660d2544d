import { readFile } from 'node:fs/promises';
import { serialFromDisplay, serialFromIso, utcDateFromSerial } from '../core/calendar';
import { findColumns } from '../core/grid/headers';
import type { CellValue, Grid, Problem } from '../core/grid/types';
import { exportMsg } from '../core/messages';
import { MATRIZ_COLUMNS } from '../core/tracker/matriz';
import { SHEET } from '../core/tracker/names';
import { InputError } from './input-error';

/** Whether bytes hold a UTF-8 sequence of two or more bytes (text that is UTF-8 and not plain ASCII). */
function hasUtf8Multibyte(bytes: Uint8Array): boolean {
  return /[\u0080-\uffff]/.test(new TextDecoder('utf-8').decode(bytes).replace(/\ufffd/g, ''));
}

/**
 * The text of a CSV: UTF-8 (with or without BOM); a file that is not valid UTF-8 is read as
 * Windows-1252, as Excel saves «CSV». A file that mixes both (lines pasted from two sources) is
 * read line by line, and `cp1252Lines` lists the lines taken as Windows-1252.
 */
export function decodeCsvText(bytes: Uint8Array): { text: string; cp1252Lines: number[] } {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  const cp1252Lines: number[] = [];
  try {
    text = utf8.decode(bytes);
  } catch {
    if (!hasUtf8Multibyte(bytes)) text = new TextDecoder('windows-1252').decode(bytes);
    else {
      const lines: string[] = [];
      let start = 0;
      for (let i = 0; i <= bytes.length; i++) {
        if (i < bytes.length && bytes[i] !== 0x0a) continue;
        const line = bytes.subarray(start, i);
        try {
          lines.push(utf8.decode(line));
        } catch {
          lines.push(new TextDecoder('windows-1252').decode(line));
          cp1252Lines.push(lines.length);
        }
        start = i + 1;
      }
      text = lines.join('\n');
    }
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, cp1252Lines };
}

export function decodeText(bytes: Uint8Array): string {
  return decodeCsvText(bytes).text;
}

/** The separator of the header line: ';' (Excel in Spanish) or ',' (Google Sheets), outside quotes. */
export function detectSeparator(text: string): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}

/** A quote that opens a field and never closes: everything after it would become one field. */
export class UnclosedQuote extends Error {
  override readonly name = 'UnclosedQuote';
  constructor(
    readonly line: number,
    readonly field: number,
  ) {
    super(`unclosed quote from line ${line}`);
  }
}

/** RFC 4180 fields: quotes around fields, "" for a quote, line breaks inside quotes kept. An unclosed quote is an UnclosedQuote. */
export function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let line = 1;
  let openedAt = { line: 0, field: 0 };
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') {
      quoted = true;
      openedAt = { line, field: row.length + 1 };
    } else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) {
    // Quotes pair up wrongly from the first line with an odd number of them: that is where to look.
    const odd = text.split('\n').findIndex((l) => (l.match(/"/g)?.length ?? 0) % 2 === 1);
    throw new UnclosedQuote(odd >= 0 ? odd + 1 : openedAt.line, odd >= 0 ? 0 : openedAt.field);
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * A number as a person or a locale writes it: "1.234,5" and "1,234.5", "85%" or "85 %" (→ 0.85),
 * "-3". `decimal` decides a lone separator ("1,5" vs "1.5"). Null when it is not a number.
 */
export function parseLocaleNumber(text: string, decimal: ',' | '.'): number | null {
  let t = text.trim().replace(/\s+/g, '');
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 0.01;
    t = t.slice(0, -1);
  }
  if (!/^[-+]?[\d.,]+$/.test(t) || !/\d/.test(t)) return null;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  let dec: string | null;
  if (lastComma >= 0 && lastDot >= 0) dec = lastComma > lastDot ? ',' : '.';
  else if (lastComma >= 0) dec = t.indexOf(',') === lastComma ? (decimal === ',' ? ',' : null) : null;
  else if (lastDot >= 0) dec = t.indexOf('.') === lastDot ? (decimal === '.' ? '.' : null) : null;
  else dec = null;
  const group = dec === ',' ? '.' : dec === '.' ? ',' : lastComma >= 0 ? ',' : '.';
  if (dec === null && (lastComma >= 0 || lastDot >= 0)) {
    // A lone separator that is not the decimal one groups thousands: groups of exactly three digits.
    if (!new RegExp(`^[-+]?\\d{1,3}(\\${group}\\d{3})*$`).test(t)) return null;
  }
  const normal = t
    .split(group)
    .join('')
    .replace(dec ?? '#', '.');
  if (!/^[-+]?\d*\.?\d+$/.test(normal) && !/^[-+]?\d+\.?$/.test(normal)) return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n * scale : null;
}

/** Which decimal mark the file's number columns use, from the first value that tells. */
function decimalMark(rows: readonly string[][], numberCols: readonly number[]): ',' | '.' {
  for (const r of rows.slice(1)) {
    for (const c of numberCols) {
      const t = (r[c - 1] ?? '').trim();
      if (/^\d+,\d{1,2}%?$|^\d+,\d{4,}$/.test(t) || /\.\d{3},/.test(t)) return ',';
      if (/^\d+\.\d{1,2}%?$|^\d+\.\d{4,}$/.test(t) || /,\d{3}\./.test(t)) return '.';
    }
  }
  // No telling value: Colombia writes a decimal comma.
  return ',';
}

/**
 * A .csv of the Matriz as the core's grid: header row as text, date columns' "dd/mm/aaaa" (or
 * aaaa-mm-dd) as dates, number columns' "1.234,5" / "85%" as numbers. What does not convert
 * stays text, so the Matriz parser reports it by cell like any other wrong value.
 */
export async function readCsv(file: string): Promise<Grid> {
  return (await readCsvFile(file)).grid;
}

/** The grid of a .csv, with warnings about how it was read (lines in another encoding). */
export async function readCsvFile(file: string): Promise<{ grid: Grid; problems: Problem[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new InputError(exportMsg.cannotOpenInput(file, (e as NodeJS.ErrnoException).code));
  }
  if (bytes.includes(0)) throw new InputError(exportMsg.notACsv(file));
  const { text, cp1252Lines } = decodeCsvText(bytes);
  const problems: Problem[] =
    cp1252Lines.length > 0
      ? [{ sheet: SHEET.matriz, cell: `${cp1252Lines[0]}:${cp1252Lines[0]}`, level: 'aviso', kind: 'value', message: exportMsg.mixedEncoding(cp1252Lines) }]
      : [];
  const sep = detectSeparator(text);
  let parsed: string[][];
  try {
    parsed = parseCsv(text, sep);
  } catch (e) {
    if (e instanceof UnclosedQuote) throw new InputError(exportMsg.unclosedQuote(file, e.line, e.field));
    throw e;
  }
  const rows = parsed.filter((r) => r.some((f) => f.trim() !== ''));
  if (rows.length === 0 || rows[0].length < 2) throw new InputError(exportMsg.notACsv(file));
  const found = findColumns(SHEET.matriz, rows[0], MATRIZ_COLUMNS);
  const kindOf = new Map<number, 'date' | 'number'>();
  for (const c of MATRIZ_COLUMNS) {
    const col = found.layout.get(c.key);
    if (col === undefined || c.role === 'computed') continue;
    if (c.format === 'date' || c.format === 'dateTime') kindOf.set(col, 'date');
    else if (c.format === 'number' || c.format === 'percent' || c.format === 'integer') kindOf.set(col, 'number');
  }
  const decimal = decimalMark(
    rows,
    [...kindOf].filter(([, k]) => k === 'number').map(([c]) => c),
  );
  const grid = rows.map((r, i) =>
    r.map((field, c): CellValue => {
      if (i === 0) return field.trim();
      if (field.trim() === '') return null;
      const kind = kindOf.get(c + 1);
      if (kind === 'date') {
        const serial = serialFromDisplay(field) ?? serialFromIso(field);
        return serial === null ? field : utcDateFromSerial(serial);
      }
      if (kind === 'number') return parseLocaleNumber(field, decimal) ?? field;
      return field;
    }),
  );
  return { grid, problems };
}
