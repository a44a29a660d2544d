import { stat } from 'node:fs/promises';
import path from 'node:path';
import { findColumns } from '../core/grid/headers';
import { parseTracker } from '../core/grid/tracker';
import { isStructural, type CellValue, type Grid, type Problem } from '../core/grid/types';
import { exportMsg, msg } from '../core/messages';
import type { TrackerTemplate } from '../core/template/types';
import { FASES_COLUMNS } from '../core/tracker/fases';
import type { ColumnLayout } from '../core/tracker/layout';
import { MATRIZ_COLUMNS } from '../core/tracker/matriz';
import { SHEET } from '../core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../core/tracker/seguimiento';
import type { ColumnSpec } from '../core/tracker/types';
import { UTC_READ } from './evaluate-data';
import { InputError } from './input-error';
import { readCsv } from './read-csv';
import { findSheet, readXlsx, type WorkbookGrids } from './read-xlsx';
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

/** The rows the parser kept, as the export writes them: values by column, extra columns kept. */
function tableFrom<K extends string>(grid: Grid, columns: readonly ColumnSpec<K>[], layout: ColumnLayout<K>, rowNumbers: readonly number[]): TableData<K> {
  const extra = findColumns('', grid[0] ?? [], columns).extra;
  const rows = rowNumbers.map((r) => {
    const line = grid[r - 1] ?? [];
    const m = new Map<K, OutValue>();
    for (const [key, col] of layout) m.set(key, outValue(line[col - 1]));
    return m;
  });
  return {
    rows,
    extraHeaders: extra.map((c) => String(grid[0]?.[c - 1] ?? '').trim()),
    extraValues: rowNumbers.map((r) => extra.map((c) => outValue((grid[r - 1] ?? [])[c - 1]))),
  };
}

/** Everything from a downloaded copy (.xlsx) or a .csv of the Matriz, with what could not be used. */
export async function readInput(file: string, t: TrackerTemplate): Promise<InputRead> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError(exportMsg.missingInput(file));
  }
  if (info.isDirectory()) throw new InputError(exportMsg.inputIsFolder(file));
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.txt') return fromGrids(new Map([[SHEET.matriz, await readCsv(file)]]), t, file, true);
  if (ext === '.xlsx' || ext === '.xlsm') return fromGrids(await readXlsx(file), t, file, false);
  throw new InputError(exportMsg.unsupportedInput(file));
}

export function fromGrids(grids: WorkbookGrids, t: TrackerTemplate, file: string, matrizOnly: boolean): InputRead {
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

  // The Matriz is the export: with a header missing there is nothing to write.
  const fatal = parsed.matriz.problems.filter(isStructural);
  if (fatal.length > 0) throw new InputError([...fatal.map((p) => exportMsg.problem(p.level, headerPlace(p), p.message)), exportMsg.matrizUnusable()].join('\n'));

  // An absent Configuración or Fases is taken from the template (said in a note, except for a lone .csv of the Matriz).
  if (!configGrid && !matrizOnly) notes.push(exportMsg.sheetFromTemplate(SHEET.configuracion));
  let fases = base.fases;
  let fasesProblems: readonly Problem[] = [];
  if (fasesGrid) {
    if (parsed.fases.problems.some(isStructural)) {
      fasesProblems = parsed.fases.problems.filter(isStructural);
      notes.push(exportMsg.sheetUnusableFromTemplate(SHEET.fases));
    } else {
      fasesProblems = parsed.fases.problems;
      fases = tableFrom(fasesGrid, FASES_COLUMNS, parsed.fases.layout, parsed.fases.rows.map((r) => r.row));
    }
  } else if (!matrizOnly) notes.push(exportMsg.sheetFromTemplate(SHEET.fases));

  // An unreadable Seguimiento is reported and left empty: the history is never invented.
  let seguimiento = base.seguimiento;
  if (segGrid && !parsed.seguimiento.problems.some(isStructural)) {
    seguimiento = tableFrom(segGrid, SEGUIMIENTO_COLUMNS, parsed.seguimiento.layout, parsed.seguimiento.rows.map((r) => r.row));
  }

  const problems = [
    ...(configGrid ? parsed.configuracion.problems : []),
    ...parsed.matriz.problems,
    ...fasesProblems,
    ...(segGrid ? parsed.seguimiento.problems : []),
  ];
  const matriz = tableFrom(matrizGrid, MATRIZ_COLUMNS, parsed.matriz.layout, parsed.matriz.rows.map((r) => r.row));
  return { data: { template: t, settings: parsed.settings, matriz, fases, seguimiento }, problems, notes };
}
