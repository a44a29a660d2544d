import ExcelJS from 'exceljs';
import type { DaySerial } from '../core/calendar';
import { exportMsg, WORKBOOK_TITLE } from '../core/messages';
import { namedRanges, namedRangeReference } from '../core/tracker/configuracion';
import { SHEET } from '../core/tracker/names';
import { evaluateData, type Evaluation } from './evaluate-data';
import { writeConfiguracion } from './sheets/configuracion';
import { writeFases } from './sheets/fases';
import { writeListas } from './sheets/listas';
import { writeMatriz } from './sheets/matriz';
import { writeSeguimiento } from './sheets/seguimiento';
import { printSetup, protectSheet } from './sheets/setup';
import { tableroChart, writeTablero } from './sheets/tablero';
import type { ChartSpec } from './chart';
import type { TrackerData } from './tracker-data';

export const WORKBOOK_CREATOR = 'Seguimiento GEL-T';

export interface BuildOptions {
  /** Today's day, for a tracker computed without a reference date (TODAY()). */
  readonly today: DaySerial;
  /** When the file is made (workbook property). */
  readonly now: Date;
  /** Adds the Tablero's compliance chart (a drawing part). */
  readonly chart?: boolean;
  /** Adds the Informe sheet (the semester report) after the Tablero. */
  readonly informe?: (wb: ExcelJS.Workbook, ev: Evaluation) => ExcelJS.Worksheet;
  readonly onProgress?: (step: string) => void;
}

/** The tracker as an exceljs workbook: every sheet rendered from the core's description. */
export async function buildWorkbook(data: TrackerData, opts: BuildOptions): Promise<{ wb: ExcelJS.Workbook; evaluation: Evaluation; charts: ChartSpec[] }> {
  const progress = opts.onProgress ?? (() => undefined);
  const ev = evaluateData(data, opts.today);
  const wb = new ExcelJS.Workbook();
  wb.creator = WORKBOOK_CREATOR;
  wb.lastModifiedBy = WORKBOOK_CREATOR;
  wb.title = WORKBOOK_TITLE;
  wb.subject = data.settings.entidad;
  wb.company = data.settings.entidad;
  wb.created = opts.now;
  wb.modified = opts.now;
  // Readers that recalculate do it on open; the cached results serve the ones that do not.
  wb.calcProperties = { fullCalcOnLoad: true };

  const entidad = data.settings.entidad;
  progress('Matriz');
  const matriz = wb.addWorksheet(SHEET.matriz, { properties: { tabColor: { argb: 'FF1F4E78' } } });
  writeMatriz(matriz, data.matriz, ev.matriz);

  progress('Seguimiento');
  const seguimiento = wb.addWorksheet(SHEET.seguimiento);
  writeSeguimiento(seguimiento, data.seguimiento, (n) => progress(exportMsg.stepSeguimientoRows(SHEET.seguimiento, n)));

  progress('Fases');
  const fases = wb.addWorksheet(SHEET.fases);
  writeFases(fases, data.fases, ev.fases);

  progress('Tablero');
  const tablero = wb.addWorksheet(SHEET.tablero);
  const chart = writeTablero(tablero, ev.matrizAll, ev.matrizRows.map((r) => r.responsables), ev.fechaCalculo);
  const ids = data.matriz.rows.map((r) => {
    const id = r.get('id');
    return id === null || id === undefined ? '' : typeof id === 'object' ? '' : String(id);
  });
  const chartSpec = opts.chart ? tableroChart(chart, ids, ev.matriz.map((e) => e.cumplimiento)) : null;

  const informe = opts.informe?.(wb, ev);

  const config = wb.addWorksheet(SHEET.configuracion);
  writeConfiguracion(config, data.settings, ev.fechaCalculo);
  const listas = wb.addWorksheet(SHEET.listas);
  writeListas(listas);

  for (const ws of [matriz, seguimiento, fases, config]) printSetup(ws, entidad);
  printSetup(tablero, entidad, false);
  if (informe) printSetup(informe, entidad, false);
  for (const ws of [matriz, fases, tablero, config]) await protectSheet(ws);

  for (const n of namedRanges(data.settings.frecuencias.length)) wb.definedNames.add(namedRangeReference(n), n.name);
  return { wb, evaluation: ev, charts: chartSpec ? [chartSpec] : [] };
}
