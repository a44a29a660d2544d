import path from 'node:path/posix';
import type { CellValue } from '../../core/grid/types';
import { utcDateTimeFromSerial } from '../../core/calendar';
import { exportMsg } from '../../core/messages';
import { dateStyles } from './styles';
import { decodeXstring, prefixedAttr, xmlEvents, type XmlEvent } from './xml';
import { ZipError, type ZipPackage } from './zip';

/** One worksheet as read: sparse rows (only used cells), its links and merged ranges. */
export interface SheetRead {
  readonly name: string;
  /** Row r (1-based) is rows[r - 1]; rows and cells that hold nothing are holes. */
  readonly rows: CellValue[][];
  /** Hyperlink target by cell address ("J5" → "https://…"). */
  readonly links: ReadonlyMap<string, string>;
  /** Merged ranges as written ("B1:C1"). */
  readonly merges: readonly string[];
}

export interface WorkbookRead {
  /** Every sheet's name, in the workbook's order. */
  readonly sheetNames: readonly string[];
  /** The sheets that were asked for. */
  readonly sheets: readonly SheetRead[];
}

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;
const REL_HYPERLINK = /\/hyperlink$/;

/** The package holds no spreadsheet (a .docx, an .ods renamed): not our reader's limit. */
export class NotASpreadsheet extends Error {
  override readonly name = 'NotASpreadsheet';
}

interface Rel {
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

async function collect(source: AsyncIterable<Buffer | string>, each: (e: XmlEvent) => void): Promise<void> {
  for await (const batch of xmlEvents(source)) for (const e of batch) each(e);
}

function relsPartOf(part: string): string {
  return path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`);
}

/** Relationships of a part, targets resolved to part names (absolute targets as openpyxl writes them, or relative). */
async function relsOf(zip: ZipPackage, part: string): Promise<Map<string, Rel>> {
  const rels = new Map<string, Rel>();
  const entry = zip.find(relsPartOf(part));
  if (!entry) return rels;
  await collect(await zip.stream(entry), (e) => {
    if (e.kind !== 'open' || e.name !== 'Relationship') return;
    const external = (e.attrs.TargetMode ?? '').toLowerCase() === 'external';
    const t = e.attrs.Target ?? '';
    const target = external ? t : t.startsWith('/') ? t.slice(1) : path.normalize(path.join(path.dirname(part), t));
    rels.set(e.attrs.Id ?? '', { type: e.attrs.Type ?? '', target, external });
  });
  return rels;
}

function findRel(rels: ReadonlyMap<string, Rel>, type: RegExp): Rel | undefined {
  for (const r of rels.values()) if (type.test(r.type)) return r;
  return undefined;
}

async function sharedStrings(zip: ZipPackage, part: string | undefined): Promise<string[]> {
  const out: string[] = [];
  const entry = part ? zip.find(part) : undefined;
  if (!entry) return out;
  let text = '';
  let inT = false;
  let phonetic = 0;
  await collect(await zip.stream(entry), (e) => {
    if (e.kind === 'open') {
      if (e.name === 'si') text = '';
      else if (e.name === 'rPh') phonetic += e.empty ? 0 : 1;
      else if (e.name === 't' && !e.empty) inT = phonetic === 0;
      if (e.name === 'si' && e.empty) out.push('');
    } else if (e.kind === 'close') {
      if (e.name === 't') inT = false;
      else if (e.name === 'rPh') phonetic--;
      else if (e.name === 'si') out.push(decodeXstring(text));
    } else if (inT) text += e.text;
  });
  return out;
}

/** "BC12" → [12, 55]. */
function decodeRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

const DATE1904_OFFSET = 1462;

/** Told how many rows of a sheet have been read, at its start and every ROWS_PER_REPORT rows. */
export type ReadProgress = (sheet: string, rows: number) => void;
const ROWS_PER_REPORT = 5000;

async function readSheet(
  zip: ZipPackage,
  name: string,
  part: string,
  strings: readonly string[],
  isDate: readonly boolean[],
  date1904: boolean,
  onRows?: ReadProgress,
): Promise<SheetRead> {
  const entry = zip.find(part);
  if (!entry) throw new ZipError(exportMsg.readerDetail.missingSheetPart(part, name));
  const rows: CellValue[][] = [];
  const linkIds = new Map<string, string>();
  const internal = new Map<string, string>();
  const merges: string[] = [];
  let rowNumber = 0;
  let colNumber = 0;
  let cell: { type: string; style: number; row: number; col: number } | null = null;
  let value = '';
  let hasValue = false;
  let inValue = false;
  let inInline = false;
  let phonetic = 0;
  let rowsRead = 0;
  onRows?.(name, 0);
  const put = (v: CellValue): void => {
    if (!cell || v === null || v === '') return;
    (rows[cell.row - 1] ??= [])[cell.col - 1] = v;
  };
  await collect(await zip.stream(entry), (e) => {
    if (e.kind === 'open') {
      switch (e.name) {
        case 'row':
          rowNumber = e.attrs.r ? Number(e.attrs.r) : rowNumber + 1;
          colNumber = 0;
          if (onRows && ++rowsRead % ROWS_PER_REPORT === 0) onRows(name, rowsRead);
          break;
        case 'c': {
          const pos = e.attrs.r ? decodeRef(e.attrs.r) : null;
          if (pos) [rowNumber, colNumber] = pos;
          else colNumber++;
          cell = { type: e.attrs.t ?? 'n', style: Number(e.attrs.s ?? 0), row: rowNumber, col: colNumber };
          value = '';
          hasValue = false;
          break;
        }
        case 'v':
          inValue = !e.empty && cell !== null;
          hasValue ||= inValue;
          break;
        case 'is':
          inInline = !e.empty;
          break;
        case 'rPh':
          phonetic += e.empty ? 0 : 1;
          break;
        case 't':
          if (inInline && !e.empty && phonetic === 0) {
            inValue = true;
            hasValue = true;
          }
          break;
        case 'mergeCell':
          if (e.attrs.ref) merges.push(e.attrs.ref);
          break;
        case 'hyperlink': {
          const ref = e.attrs.ref ?? '';
          const id = prefixedAttr(e.attrs, 'id');
          if (id) linkIds.set(ref, id);
          else if (e.attrs.location) internal.set(ref, `#${e.attrs.location}`);
          break;
        }
      }
    } else if (e.kind === 'close') {
      switch (e.name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          phonetic--;
          break;
        case 'c':
          if (cell && hasValue) put(cellValue(cell.type, value, isDate[cell.style] === true, strings, date1904));
          cell = null;
          break;
      }
    } else if (inValue) value += e.text;
  });
  const links = new Map<string, string>();
  if (linkIds.size > 0) {
    const rels = await relsOf(zip, part);
    for (const [ref, id] of linkIds) {
      const rel = rels.get(id);
      if (rel && REL_HYPERLINK.test(rel.type)) links.set(ref, rel.target);
    }
  }
  for (const [ref, target] of internal) if (!links.has(ref)) links.set(ref, target);
  return { name, rows, links: expandRanges(links), merges };
}

/** A hyperlink may cover a range ("J5:J7"): each cell of it gets the target. */
function expandRanges(links: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [ref, target] of links) {
    const [a, b] = ref.split(':');
    const from = decodeRef(a ?? '');
    const to = b ? decodeRef(b) : from;
    if (!from || !to || (to[0] - from[0] + 1) * (to[1] - from[1] + 1) > 10_000) {
      out.set(a ?? ref, target);
      continue;
    }
    for (let r = from[0]; r <= to[0]; r++) for (let c = from[1]; c <= to[1]; c++) out.set(`${columnName(c)}${r}`, target);
  }
  return out;
}

function columnName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function cellValue(type: string, raw: string, isDate: boolean, strings: readonly string[], date1904: boolean): CellValue {
  switch (type) {
    case 's':
      return strings[Number(raw)] ?? null;
    case 'inlineStr':
    case 'str':
      return decodeXstring(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim().toLowerCase() === 'true';
    case 'e':
      return raw.trim();
    case 'd': {
      const t = raw.trim();
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(t) || !t.includes('T') ? t : `${t}Z`);
      return Number.isNaN(d.getTime()) ? t : d;
    }
    default: {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n)) return raw.trim() === '' ? null : raw;
      return isDate ? utcDateTimeFromSerial(date1904 ? n + DATE1904_OFFSET : n) : n;
    }
  }
}

/**
 * Reads a SpreadsheetML package by streaming its parts: the workbook's sheet list, shared strings
 * and date styles, then only the sheets `wanted` names. Cells that hold nothing cost nothing, so a
 * stray value in XFD1048576 is one cell, not a grid of the sheet's extent.
 */
export async function readWorkbook(zip: ZipPackage, wanted: (sheet: string) => boolean, onRows?: ReadProgress): Promise<WorkbookRead> {
  const root = findRel(await relsOf(zip, ''), REL_OFFICE_DOCUMENT);
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  const wbEntry = zip.find(workbookPart);
  if (!wbEntry) throw new NotASpreadsheet(workbookPart);
  const rels = await relsOf(zip, workbookPart);
  const sheets: { name: string; rid: string }[] = [];
  let date1904 = false;
  let isWorkbook = false;
  await collect(await zip.stream(wbEntry), (e) => {
    if (e.kind !== 'open') return;
    if (e.name === 'workbook') isWorkbook = true;
    if (e.name === 'sheet') sheets.push({ name: e.attrs.name ?? '', rid: prefixedAttr(e.attrs, 'id') ?? '' });
    else if (e.name === 'workbookPr') date1904 = e.attrs.date1904 === '1' || e.attrs.date1904 === 'true';
  });
  if (!isWorkbook) throw new NotASpreadsheet(workbookPart);
  const strings = await sharedStrings(zip, findRel(rels, REL_SHARED_STRINGS)?.target);
  const stylesPart = findRel(rels, REL_STYLES)?.target;
  const stylesEntry = stylesPart ? zip.find(stylesPart) : undefined;
  const isDate = await dateStyles(stylesEntry ? await zip.stream(stylesEntry) : undefined);
  const out: SheetRead[] = [];
  for (const s of sheets) {
    if (!wanted(s.name)) continue;
    const rel = rels.get(s.rid);
    // A chart sheet or dialog sheet has no cells to read.
    if (!rel || !/\/worksheet$/.test(rel.type)) continue;
    out.push(await readSheet(zip, s.name, rel.target, strings, isDate, date1904, onRows));
  }
  return { sheetNames: sheets.map((s) => s.name), sheets: out };
}
