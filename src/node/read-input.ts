import { stat } from 'node:fs/promises';
import { isBlank } from '../core/grid/cells';
import { headerlessColumns, mergedRanges } from '../core/grid/stray';
import { a1 } from '../core/tracker/a1';
import { foldForMatch } from '../core/text';
import path from 'node:path';
import { findColumns } from '../core/grid/headers';
import { parseTracker } from '../core/grid/tracker';
import { assignMissingIds, idsAssignedText, withAssignedIds } from '../core/grid/ids';
import { columnsHostsAdd, looksLikeMatriz } from '../core/grid/matriz';
import { defaultLayout } from '../core/tracker/layout';
import { isStructural, type CellValue, type Grid, type Problem } from '../core/grid/types';
import { exportMsg, msg } from '../core/messages';
import type { TrackerTemplate } from '../core/template/types';
import { FASES_COLUMNS } from '../core/tracker/fases';
import type { ColumnLayout } from '../core/tracker/layout';
import { MATRIZ_COLUMNS, type MatrizKey } from '../core/tracker/matriz';
import { SHEET } from '../core/tracker/names';
import { parseResponsables, type ParsedResponsables } from '../core/grid/responsables';
import { SEGUIMIENTO_COLUMNS } from '../core/tracker/seguimiento';
import type { ColumnSpec } from '../core/tracker/types';
import { UTC_READ } from './evaluate-data';
import { InputError } from './input-error';
import { readCsvFile } from './read-csv';
import { findSheet, readXlsxFile, type WorkbookGrids } from './read-xlsx';
import type { SheetRead } from './xlsx/workbook';
import { serialOfDate } from './sheets/values';
import { trackerFromTemplate, type OutValue, type TableData, type TrackerData } from './tracker-data';

export interface InputRead {
  readonly data: TrackerData;
  /** What could not be used, by sheet and cell; the export goes on without it. */
  readonly problems: readonly Problem[];
  /** Sheets taken from the template because the file lacks them or they cannot be read. */
  readonly notes: readonly string[];
}

/** Where a structural problem is: the empty sheet's A1, or the header row that lacks a column. */
function headerPlace(p: Problem): string {
  return p.kind === 'missingHeader' ? msg.atRow(p.sheet, p.cell.split(':')[0] ?? '') : msg.at(p.sheet, p.cell);
}

export function outValue(v: CellValue): OutValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : { date: serialOfDate(v) };
  return v;
}

/** The ID's column in the output (the description's order). */
const MATRIZ_LAYOUT_ID = defaultLayout(MATRIZ_COLUMNS).get('id') ?? 1;

/** Excel's limit for the text of one cell (LibreOffice cuts longer text when it opens the file). */
export const MAX_CELL_TEXT = 32_767;
// C0 controls and DEL that XML 1.0 cannot carry (tab, line feed and carriage return it can).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** What the export must change in a text to write it, each change a warning naming the cell. */
function writableText(text: string, sheet: string, cell: string, problems: Problem[]): string {
  let out = text;
  const controls = out.match(CONTROL);
  if (controls) {
    out = out.replace(CONTROL, '');
    problems.push({ sheet, cell, level: 'aviso', kind: 'value', message: msg.controlCharacters(controls.length) });
  }
  if (out.length > MAX_CELL_TEXT) {
    problems.push({ sheet, cell, level: 'aviso', kind: 'value', message: msg.textTooLong(out.length, MAX_CELL_TEXT) });
    out = out.slice(0, MAX_CELL_TEXT);
  }
  return out;
}

/** External link targets a person can follow (web, mail, file); a link inside the workbook is not kept. */
const FOLLOWABLE = /^(https?:|mailto:|ftp:|file:)/i;

/** The rows the parser kept, as the export writes them: values by column, extra columns kept, links kept. */
function tableFrom<K extends string>(
  grid: Grid,
  sheet: string,
  columns: readonly ColumnSpec<K>[],
  layout: ColumnLayout<K>,
  rowNumbers: readonly number[],
  links: ReadonlyMap<string, string> | undefined,
  problems: Problem[],
): TableData<K> {
  const extra = findColumns('', grid[0] ?? [], columns).extra;
  const value = (r: number, c: number): OutValue => {
    const v = outValue((grid[r - 1] ?? [])[c - 1]);
    if (typeof v !== 'string') return v;
    const cell = a1(r, c);
    const text = writableText(v, sheet, cell, problems);
    const link = links?.get(cell);
    return link && FOLLOWABLE.test(link) ? { text, link } : text;
  };
  return {
    rows: rowNumbers.map((r) => new Map<K, OutValue>([...layout].map(([key, col]) => [key, value(r, col)]))),
    extraHeaders: extra.map((c) => String(grid[0]?.[c - 1] ?? '').trim()),
    extraValues: rowNumbers.map((r) => extra.map((c) => value(r, c))),
  };
}

/** Data the export would otherwise drop silently: columns without a header, merged cells, a sheet with headers only. */
function strayProblems(grid: Grid, sheet: string, read: SheetRead | undefined, dataRows: number): Problem[] {
  const out = [...headerlessColumns(grid, sheet), ...mergedRanges(read?.merges ?? [], sheet)];
  if (dataRows === 0 && (grid[0] ?? []).some((v) => !isBlank(v)))
    out.push({ sheet, cell: 'A2', level: 'error', kind: 'value', message: msg.noDataRows(sheet) });
  return out;
}

/** The sheets the export reads from a downloaded copy; the others (Tablero, Informe…) are rebuilt. */
const READ_SHEETS = [SHEET.matriz, SHEET.configuracion, SHEET.fases, SHEET.seguimiento, SHEET.responsables, SHEET.historial];

/**
 * Everything from a downloaded copy (.xlsx) or a .csv of the Matriz, with what could not be used.
 * `onProgress` hears which sheet of an .xlsx is being read and how many rows so far.
 */
export async function readInput(file: string, t: TrackerTemplate, onProgress?: (step: string) => void): Promise<InputRead> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    throw new InputError(exportMsg.cannotOpenInput(file, (e as NodeJS.ErrnoException).code));
  }
  if (info.isDirectory()) throw new InputError(exportMsg.inputIsFolder(file));
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') {
    const csv = await readCsvFile(file);
    const read = fromGrids(new Map([[SHEET.matriz, csv.grid]]), t, file, true);
    return { ...read, problems: [...csv.problems, ...read.problems] };
  }
  if (ext === '.xlsx' || ext === '.xlsm') {
    const wanted = new Set(READ_SHEETS.map(foldForMatch));
    const progress = onProgress && ((sheet: string, rows: number) => onProgress(exportMsg.step.readingRows(sheet, rows)));
    const xlsx = await readXlsxFile(file, (name) => wanted.has(foldForMatch(name)), progress);
    if (findSheet(xlsx.grids, SHEET.matriz)) return fromGrids(xlsx.grids, t, file, false, xlsx.sheets);
    // No Matriz: a sheet whose header row reads as a plan matrix (a matrix a person brought) is read as it.
    const others = await readXlsxFile(file, (name) => !wanted.has(foldForMatch(name)), progress);
    const adopted = [...others.grids].find(([, g]) => g.length > 0 && looksLikeMatriz(g[0]));
    if (!adopted) return fromGrids(xlsx.grids, t, file, false, xlsx.sheets);
    const [name, grid] = adopted;
    const grids = new Map(xlsx.grids).set(SHEET.matriz, grid);
    const sheets = new Map(xlsx.sheets);
    const read = others.sheets.get(name);
    if (read) sheets.set(SHEET.matriz, read);
    const result = fromGrids(grids, t, file, false, sheets);
    return { ...result, notes: [msg.matrizAdoptedOffline(name), ...result.notes] };
  }
  throw new InputError(exportMsg.unsupportedInput(file));
}

/**
 * The tracker from grids by sheet name. `sheets` (from the .xlsx reader) adds each sheet's links
 * and merged ranges, so links survive and merges are reported.
 */
export function fromGrids(grids: WorkbookGrids, t: TrackerTemplate, file: string, matrizOnly: boolean, sheets?: ReadonlyMap<string, SheetRead>): InputRead {
  const readOf = (name: string): SheetRead | undefined => (sheets ? findSheet(sheets, name) : undefined);
  const base = trackerFromTemplate(t);
  const notes: string[] = [];

  const matrizGrid = findSheet(grids, SHEET.matriz);
  if (!matrizGrid) throw new InputError(exportMsg.noMatriz(file, [...grids.keys()]));
  const configGrid = findSheet(grids, SHEET.configuracion);
  const fasesGrid = findSheet(grids, SHEET.fases);
  const segGrid = findSheet(grids, SHEET.seguimiento);
  const parsed = parseTracker(
    { matriz: matrizGrid, ...(configGrid && { configuracion: configGrid }), ...(fasesGrid && { fases: fasesGrid }), ...(segGrid && { seguimiento: segGrid }) },
    t,
    UTC_READ,
  );

  // The Matriz is the export: with a plan header missing there is nothing to write. Input columns
  // and the ID the output adds (empty, and assigned), as Preparar does in Sheets.
  const added = columnsHostsAdd(parsed.matriz.layout);
  const addedMessages = new Set(added.map((c) => msg.missingHeader(c.header)));
  const isAdded = (p: Problem): boolean => p.kind === 'missingHeader' && p.sheet === SHEET.matriz && addedMessages.has(p.message);
  const fatal = parsed.matriz.problems.filter((p) => isStructural(p) && !isAdded(p));
  if (fatal.length > 0)
    throw new InputError([...fatal.map((p) => exportMsg.problem(p.level, headerPlace(p), p.message)), exportMsg.matrizUnusable()].join('\n'));

  const problems: Problem[] = [...(configGrid ? parsed.configuracion.problems : [])];
  const emptyAdded = added.filter((c) => c.key !== 'id').map((c) => c.header);
  if (emptyAdded.length > 0) notes.push(msg.columnsAddedOffline(SHEET.matriz, emptyAdded));
  // Rows with content and no ID get one in the output (the core's rule); the file read is not touched.
  const ids = assignMissingIds(parsed.matriz.rows);
  const matrizParsed = withAssignedIds(parsed.matriz, ids);
  problems.push(
    ...matrizParsed.problems.filter((p) => !isAdded(p)),
    ...strayProblems(matrizGrid, SHEET.matriz, readOf(SHEET.matriz), parsed.matriz.rows.length),
  );

  // An absent Configuración or Fases is taken from the template (said in a note, except for a lone .csv of the Matriz).
  if (!configGrid && !matrizOnly) notes.push(exportMsg.sheetFromTemplate(SHEET.configuracion));
  let fases = base.fases;
  if (fasesGrid) {
    if (parsed.fases.problems.some(isStructural)) {
      problems.push(...parsed.fases.problems.filter(isStructural));
      notes.push(exportMsg.sheetUnusableFromTemplate(SHEET.fases));
    } else {
      problems.push(...parsed.fases.problems, ...headerlessColumns(fasesGrid, SHEET.fases), ...mergedRanges(readOf(SHEET.fases)?.merges ?? [], SHEET.fases));
      fases = tableFrom(
        fasesGrid,
        SHEET.fases,
        FASES_COLUMNS,
        parsed.fases.layout,
        parsed.fases.rows.map((r) => r.row),
        readOf(SHEET.fases)?.links,
        problems,
      );
    }
  } else if (!matrizOnly) notes.push(exportMsg.sheetFromTemplate(SHEET.fases));

  // An unreadable Seguimiento is reported and left empty: the history is never invented.
  let seguimiento = base.seguimiento;
  if (segGrid) {
    problems.push(...parsed.seguimiento.problems);
    if (!parsed.seguimiento.problems.some(isStructural)) {
      problems.push(...headerlessColumns(segGrid, SHEET.seguimiento), ...mergedRanges(readOf(SHEET.seguimiento)?.merges ?? [], SHEET.seguimiento));
      seguimiento = tableFrom(
        segGrid,
        SHEET.seguimiento,
        SEGUIMIENTO_COLUMNS,
        parsed.seguimiento.layout,
        parsed.seguimiento.rows.map((r) => r.row),
        readOf(SHEET.seguimiento)?.links,
        problems,
      );
    }
  }

  const read = tableFrom(
    matrizGrid,
    SHEET.matriz,
    MATRIZ_COLUMNS,
    parsed.matriz.layout,
    parsed.matriz.rows.map((r) => r.row),
    readOf(SHEET.matriz)?.links,
    problems,
  );
  // The output writes the rows in order from row 2, the ID in the description's column.
  const idOf = new Map(ids.map((a) => [a.row, a.id]));
  const matriz: TableData<MatrizKey> =
    ids.length === 0
      ? read
      : {
          ...read,
          rows: read.rows.map((m, i) => {
            const id = idOf.get(parsed.matriz.rows[i].row);
            return id === undefined ? m : new Map(m).set('id', id);
          }),
        };
  if (ids.length > 0) {
    const outputRow = new Map(parsed.matriz.rows.map((r, i) => [r.row, i + 2]));
    const shown = ids.map((a) => ({ row: outputRow.get(a.row) ?? a.row, id: a.id }));
    notes.push(idsAssignedText(SHEET.matriz, shown, MATRIZ_LAYOUT_ID, 'salida'));
  }
  let responsables: ParsedResponsables | undefined;
  const respGrid = findSheet(grids, SHEET.responsables);
  if (respGrid) {
    responsables = parseResponsables(respGrid, UTC_READ);
    problems.push(...responsables.problems);
  }
  // The Historial is copied as it is, row by row (its header is the workbook's own).
  const historial = (findSheet(grids, SHEET.historial) ?? []).slice(1).filter((line) => line.some((v) => v !== null && v !== ''));
  return {
    data: { template: t, settings: parsed.settings, matriz, fases, seguimiento, historial, ...(responsables ? { responsables } : {}) },
    problems,
    notes,
  };
}
