import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseConfiguracion, settingsFromTemplate, type Settings } from '../core/grid/configuracion';
import { parseFases } from '../core/grid/fases';
import { findColumns } from '../core/grid/headers';
import { parseMatriz } from '../core/grid/matriz';
import { parseSeguimiento } from '../core/grid/seguimiento';
import type { CellValue, Grid, Problem } from '../core/grid/types';
import { exportMsg, msg } from '../core/messages';
import type { TrackerTemplate } from '../core/template/types';
import { FASES_COLUMNS } from '../core/tracker/fases';
import { templateFrequencies } from '../core/tracker/initial';
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

/** A column-header problem (missing or unreadable header row): the sheet cannot be read at all. */
function isHeaderError(p: Problem): boolean {
  return p.level === 'error' && (/^\d+:\d+$/.test(p.cell) || p.cell === 'A1');
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
  const problems: Problem[] = [];
  const notes: string[] = [];

  const matrizGrid = findSheet(grids, SHEET.matriz);
  if (!matrizGrid) throw new InputError(exportMsg.noMatriz(file, [...grids.keys()]));

  let settings: Settings = settingsFromTemplate(t.configuracion, templateFrequencies(t));
  const configGrid = findSheet(grids, SHEET.configuracion);
  if (configGrid) {
    const parsed = parseConfiguracion(configGrid, t.configuracion, templateFrequencies(t), UTC_READ);
    settings = parsed.settings;
    problems.push(...parsed.problems);
  } else if (!matrizOnly) notes.push(exportMsg.sheetFromTemplate(SHEET.configuracion));

  const matriz = parseMatriz(matrizGrid, settings.frecuencias, UTC_READ);
  const fatal = matriz.problems.filter(isHeaderError);
  if (fatal.length > 0) throw new InputError([...fatal.map((p) => exportMsg.problem(p.level, p.cell === 'A1' ? msg.at(p.sheet, 'A1') : msg.atRow(p.sheet, p.cell.split(':')[0] ?? ''), p.message)), exportMsg.matrizUnusable()].join('\n'));
  problems.push(...matriz.problems);

  let fases = base.fases;
  const fasesGrid = findSheet(grids, SHEET.fases);
  if (fasesGrid) {
    const parsed = parseFases(fasesGrid, UTC_READ);
    if (parsed.problems.some(isHeaderError)) {
      problems.push(...parsed.problems.filter(isHeaderError));
      notes.push(exportMsg.sheetUnusableFromTemplate(SHEET.fases));
    } else {
      problems.push(...parsed.problems);
      fases = tableFrom(fasesGrid, FASES_COLUMNS, parsed.layout, parsed.rows.map((r) => r.row));
    }
  } else if (!matrizOnly) notes.push(exportMsg.sheetFromTemplate(SHEET.fases));

  let seguimiento = base.seguimiento;
  const segGrid = findSheet(grids, SHEET.seguimiento);
  if (segGrid) {
    const parsed = parseSeguimiento(segGrid, UTC_READ);
    problems.push(...parsed.problems);
    if (!parsed.problems.some(isHeaderError)) seguimiento = tableFrom(segGrid, SEGUIMIENTO_COLUMNS, parsed.layout, parsed.rows.map((r) => r.row));
  }

  return {
    data: { template: t, settings, matriz: tableFrom(matrizGrid, MATRIZ_COLUMNS, matriz.layout, matriz.rows.map((r) => r.row)), fases, seguimiento },
    problems,
    notes,
  };
}
