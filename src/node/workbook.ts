import type { DaySerial } from '../core/calendar';
import { exportMsg, WORKBOOK_TITLE } from '../core/messages';
import { namedRanges, namedRangeReference } from '../core/tracker/configuracion';
import { SHEET } from '../core/tracker/names';
import { evaluateData, type Evaluation } from './evaluate-data';
import { CONFIG_VIEWS, writeConfiguracion } from './sheets/configuracion';
import { writeFases } from './sheets/fases';
import { writeListas } from './sheets/listas';
import { matrizPrint, writeMatriz } from './sheets/matriz';
import { writePendientes } from './sheets/pendientes';
import { writeResponsables } from './sheets/responsables';
import { writeSeguimiento } from './sheets/seguimiento';
import { writeHistorial } from './sheets/historial';
import { FROZEN_HEADER, printSetup, protectSheet, type SheetOptions } from './sheets/setup';
import { tableroChartSpec, writeTablero } from './sheets/tablero';
import type { InformeChart } from './chart';
import { StreamBook } from './stream-book';
import { tablePrint } from './sheets/print-columns';
import { SEGUIMIENTO_COLUMNS } from '../core/tracker/seguimiento';
import type ExcelJS from 'exceljs';
import type { TrackerData } from './tracker-data';

export const WORKBOOK_CREATOR = 'Seguimiento GEL-T';

export interface BuildOptions {
  /** Today's day, for a tracker computed without a reference date (TODAY()). */
  readonly today: DaySerial;
  /** When the file is made (workbook property). */
  readonly now: Date;
  /** The compliance chart (a drawing part) on the Tablero and, given to `informe`, the Informe; on unless false. */
  readonly chart?: boolean;
  /** Adds the Informe sheet (the semester report) after the Tablero; `chart` places the Tablero's chart there. */
  readonly informe?: (book: StreamBook, options: SheetOptions, ev: Evaluation, chart: InformeChart | null) => ExcelJS.Worksheet;
  readonly onProgress?: (step: string) => void;
}

/**
 * The tracker streamed to `file` as an .xlsx: every sheet rendered from the core's description,
 * one sheet after the other (each is committed before the next is added, so the zip never holds
 * two sheets open), its rows committed as they are made.
 */
export async function writeWorkbook(data: TrackerData, file: string, opts: BuildOptions): Promise<Evaluation> {
  const ev = evaluateData(data, opts.today);
  const entidad = data.settings.entidad;
  const book = new StreamBook(file, {
    title: WORKBOOK_TITLE,
    creator: WORKBOOK_CREATOR,
    subject: entidad,
    company: entidad,
    created: opts.now,
  });
  try {
    await writeSheets(book, data, ev, opts);
  } catch (e) {
    book.abort();
    throw e;
  }
  return ev;
}

async function writeSheets(book: StreamBook, data: TrackerData, ev: Evaluation, opts: BuildOptions): Promise<void> {
  const progress = opts.onProgress ?? (() => undefined);
  const entidad = data.settings.entidad;
  const rows =
    (name: string) =>
    (done: number, total: number): void =>
      progress(exportMsg.step.rows(name, done, total));

  progress(exportMsg.step.sheet(SHEET.matriz));
  // Printed in column groups with ID and Acción repeated at the left of each (print-columns.ts).
  const matrizPages = matrizPrint(data.matriz.extraHeaders.length);
  const matriz = book.addSheet(SHEET.matriz, {
    ...printSetup(SHEET.matriz, entidad, true, matrizPages),
    views: FROZEN_HEADER,
    properties: { tabColor: { argb: 'FF1F4E78' } },
  });
  book.setColumnBreaks(matriz, matrizPages.breaks);
  await writeMatriz(book, matriz, data.matriz, ev.matriz, rows(SHEET.matriz));
  await protectSheet(matriz);
  book.commitSheet(matriz);

  progress(exportMsg.step.sheet(SHEET.seguimiento));
  // Corte, semestre and ID repeated on each page of columns.
  const seguimientoPrint = tablePrint(SEGUIMIENTO_COLUMNS, data.seguimiento.extraHeaders.length, 3);
  const seguimiento = book.addSheet(SHEET.seguimiento, { ...printSetup(SHEET.seguimiento, entidad, true, seguimientoPrint), views: FROZEN_HEADER });
  book.setColumnBreaks(seguimiento, seguimientoPrint.breaks);
  await writeSeguimiento(book, seguimiento, data.seguimiento, rows(SHEET.seguimiento));
  // Without cortes it would print a page of headers only; it is hidden until there is one (Sheets writes them).
  if (data.seguimiento.rows.length === 0) seguimiento.state = 'hidden';
  await protectSheet(seguimiento);
  book.commitSheet(seguimiento);

  progress(exportMsg.step.sheet(SHEET.fases));
  const fases = book.addSheet(SHEET.fases, { ...printSetup(SHEET.fases, entidad), views: FROZEN_HEADER });
  await writeFases(book, fases, data.fases, ev.fases);
  await protectSheet(fases);
  book.commitSheet(fases);

  progress(exportMsg.step.sheet(SHEET.tablero));
  const tablero = book.addSheet(SHEET.tablero, printSetup(SHEET.tablero, entidad, false));
  const written = writeTablero(
    tablero,
    ev.matrizAll,
    ev.matrizRows.map((r) => r.responsables),
    ev.fechaCalculo,
    data.matriz.rows.length,
    data.settings,
  );
  const withChart = opts.chart !== false;
  const chartSpec = withChart ? tableroChartSpec(written) : null;
  if (chartSpec) book.addChart(tablero, chartSpec);
  await protectSheet(tablero);
  book.commitSheet(tablero);

  if (opts.informe) {
    progress(exportMsg.step.sheet(SHEET.informe));
    const informeChart: InformeChart | null = withChart && chartSpec ? (at) => tableroChartSpec(written, SHEET.informe, at) : null;
    book.commitSheet(opts.informe(book, printSetup(SHEET.informe, entidad, false), ev, informeChart));
  }

  const config = book.addSheet(SHEET.configuracion, { ...printSetup(SHEET.configuracion, entidad, false), views: CONFIG_VIEWS });
  writeConfiguracion(config, data.settings, ev.fechaCalculo);
  await protectSheet(config);
  book.commitSheet(config);

  progress(exportMsg.step.sheet(SHEET.responsables));
  const responsables = book.addSheet(SHEET.responsables, { ...printSetup(SHEET.responsables, entidad), views: FROZEN_HEADER });
  writeResponsables(responsables, data.responsables ?? { directory: new Map(), written: [] }, ev.matrizRows);
  book.commitSheet(responsables);

  progress(exportMsg.step.sheet(SHEET.pendientes));
  const pendientes = book.addSheet(SHEET.pendientes, { ...printSetup(SHEET.pendientes, entidad, false), views: [{ state: 'frozen', ySplit: 3 }] });
  writePendientes(pendientes, ev.matrizAll, ev.fechaCalculo, data.settings.diasAviso);
  book.commitSheet(pendientes);

  const listas = book.addSheet(SHEET.listas, {});
  writeListas(listas);
  book.commitSheet(listas);
  // Excel has no per-user editors (issue 13): input cells stay unlocked; plan, formulas, Seguimiento
  // (records and review) and the Historial are locked without a password.
  const historial = book.addSheet(SHEET.historial, {});
  writeHistorial(historial, data.historial ?? []);
  await protectSheet(historial);
  book.commitSheet(historial);

  for (const n of namedRanges(data.settings.frecuencias.length)) book.wb.definedNames.add(namedRangeReference(n), n.name);
  progress(exportMsg.step.zipping());
  await book.finish();
}
