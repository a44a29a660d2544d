import ExcelJS from 'exceljs';
import {
  CHART_EACH_END,
  departmentReport,
  municipalitySemaforo,
  rankingChart,
  type Duplicate,
  type MunicipalityResult,
  type Thresholds,
} from '../core/consolidate';
import { displayDate } from '../core/calendar';
import { columnLetter } from '../core/tracker/a1';
import { SEMAFORO_BAR_COLOR } from '../core/tracker/styles';
import type { ChartSpec } from './chart';
import { writeInforme } from './consolidate-informe';
import { todayInBogota } from './today';
import type { DaySerial } from '../core/calendar';
import { consolidateMsg } from '../core/messages';
import { SEMAFORO, ESTADO } from '../core/tracker/names';
import type { Summary } from '../core/summary';
import { dateOf } from './sheets/values';
import { StreamBook } from './stream-book';
import { WORKBOOK_CREATOR } from './workbook';
import { writeWorkbookFile } from './write-file';

const DATE = 'dd/mm/yyyy';
const PERCENT = '0.0%';
const HEADER_FONT = { bold: true, color: { argb: 'FFFFFFFF' } } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E78' } } as const;

export interface ConsolidatedInput {
  readonly kept: readonly MunicipalityResult[];
  readonly duplicates: readonly Duplicate[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  readonly department: Summary;
  readonly corte?: DaySerial;
  /** The plan's thresholds: each municipality's average is judged by them. */
  readonly thresholds: Thresholds;
}

/** The chart's small table: beside the Tablero's columns, one empty column between. */
const CHART_TABLE_COL = consolidateMsg.tableroHeaders.length + 2;

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function header(ws: ExcelJS.Worksheet, headers: readonly string[], widths: readonly number[]): void {
  ws.columns = headers.map((h, i) => ({ header: h, width: widths[i] ?? 14 }));
  const row = ws.getRow(1);
  row.font = HEADER_FONT;
  row.fill = HEADER_FILL;
}

/**
 * The departmental workbook, streamed like the tracker export (StreamBook): each row is committed as
 * it is added and each sheet before the next, so 11,000 indicator rows never sit in memory at once.
 */
export async function writeConsolidated(file: string, input: ConsolidatedInput, now: Date): Promise<void> {
  await writeWorkbookFile(file, (tmp) => writeBook(tmp, input, now));
}

async function writeBook(file: string, input: ConsolidatedInput, now: Date): Promise<void> {
  const book = new StreamBook(file, { title: consolidateMsg.title, creator: WORKBOOK_CREATOR, subject: consolidateMsg.title, company: '', created: now });
  try {
    await writeSheets(book, input, now);
    await book.finish();
  } catch (e) {
    book.abort();
    throw e;
  }
}

async function writeSheets(book: StreamBook, input: ConsolidatedInput, now: Date): Promise<void> {
  const wb = { addWorksheet: (name: string, o: Partial<ExcelJS.AddWorksheetOptions> = {}) => book.addSheet(name, o) };
  const s = consolidateMsg.sheets;
  const report = departmentReport(input);
  const ranked = report.ranked;
  const chart = rankingChart(ranked, input.thresholds);

  const tablero = wb.addWorksheet(s.tablero, { views: [{ state: 'frozen', ySplit: 1 }] });
  header(tablero, [...consolidateMsg.tableroHeaders, '', ...consolidateMsg.chartHeaders], [8, 24, 34, 14, 11, 14, 10, 10, 8, 9, 8, 10, 12, 3, 8, 28, 14]);
  for (const [i, m] of ranked.entries()) {
    const sm = m.summary;
    const row = tablero.addRow([
      i + 1,
      m.municipio,
      m.entidad,
      dateOf(m.fechaCalculo),
      sm.indicadores,
      sm.cumplimientoPromedio,
      sm.porEstado[ESTADO.vencida],
      sm.porEstado[ESTADO.porVencer],
      sm.porSemaforo[SEMAFORO.verde],
      sm.porSemaforo[SEMAFORO.amarillo],
      sm.porSemaforo[SEMAFORO.rojo],
      sm.porSemaforo[SEMAFORO.sinMedir],
      municipalitySemaforo(m, input.thresholds),
    ]);
    row.getCell(4).numFmt = DATE;
    row.getCell(6).numFmt = PERCENT;
    // The chart's table shares the ranking's first rows (the sheet is written row by row).
    const bar = chart.bars[i];
    if (bar) {
      row.getCell(CHART_TABLE_COL).value = bar.puesto;
      row.getCell(CHART_TABLE_COL + 1).value = consolidateMsg.chartCategory(bar.puesto, bar.municipio);
      row.getCell(CHART_TABLE_COL + 2).value = bar.cumplimiento;
      row.getCell(CHART_TABLE_COL + 2).numFmt = PERCENT;
    }
    await book.commitRow(tablero, row);
  }
  if (chart.bars.length > 0) book.addChart(tablero, tableroChart(s.tablero, chart));
  book.commitSheet(tablero);

  const emitted = displayDate(todayInBogota(now));
  book.commitSheet(
    await writeInforme(book, { report, duplicates: input.duplicates, skipped: input.skipped, thresholds: input.thresholds, emitted }, consolidateMsg.title),
  );

  const resumen = wb.addWorksheet(s.resumen);
  resumen.columns = [{ width: 52 }, { width: 40 }];
  const l = consolidateMsg.summaryLabels;
  const d = input.department;
  const lines: [string, ExcelJS.CellValue, string?][] = [
    [l.municipios, input.kept.length],
    [l.indicadores, d.indicadores],
    [l.medidos, d.medidos],
    [l.promedio, d.cumplimientoPromedio, PERCENT],
    [l.vencidas, d.porEstado[ESTADO.vencida]],
    [l.porVencer, d.porEstado[ESTADO.porVencer]],
    ...Object.entries(d.porSemaforo).map(([k, v]): [string, ExcelJS.CellValue] => [k, v]),
    [l.omitidos, input.skipped.length],
    [l.duplicados, input.duplicates.length],
    input.corte === undefined ? [l.corte, l.corteNone] : [l.corte, dateOf(input.corte), DATE],
  ];
  for (const [label, value, fmt] of lines) {
    const row = resumen.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    if (fmt) row.getCell(2).numFmt = fmt;
    await book.commitRow(resumen, row);
  }
  book.commitSheet(resumen);

  const ind = wb.addWorksheet(s.indicadores, { views: [{ state: 'frozen', ySplit: 1 }] });
  header(ind, consolidateMsg.indicatorHeaders, [22, 30, 14, 8, 40, 30, 10, 8, 13, 13, 11, 14, 30]);
  for (const m of ranked) {
    for (const e of m.evaluated) {
      const r = e.source;
      const row = ind.addRow([
        m.municipio,
        m.entidad,
        dateOf(m.fechaCalculo),
        r.id,
        r.indicador,
        r.responsables,
        e.valor,
        r.meta,
        e.cumplimiento,
        e.estado,
        e.semaforo,
        e.proximoVencimiento === null ? null : dateOf(e.proximoVencimiento),
        m.file,
      ]);
      row.getCell(3).numFmt = DATE;
      row.getCell(7).numFmt = PERCENT;
      row.getCell(8).numFmt = PERCENT;
      row.getCell(9).numFmt = PERCENT;
      row.getCell(12).numFmt = DATE;
      await book.commitRow(ind, row);
    }
  }
  book.commitSheet(ind);

  const om = wb.addWorksheet(s.omitidos);
  header(om, consolidateMsg.skippedHeaders, [40, 100]);
  for (const k of input.skipped) await book.commitRow(om, om.addRow([k.file, k.reason]));
  for (const dup of input.duplicates)
    await book.commitRow(
      om,
      om.addRow([dup.dropped, (dup.sameDate ? consolidateMsg.duplicateSameDate : consolidateMsg.duplicate)(dup.municipio, dup.kept, dup.dropped)]),
    );
  book.commitSheet(om);
}

/** The ranking chart over the Tablero's chart table: one bar per row, coloured by its semáforo. */
function tableroChart(sheet: string, chart: ReturnType<typeof rankingChart>): ChartSpec {
  const n = chart.bars.length;
  const range = (col: number): string => `${quoteSheet(sheet)}!$${columnLetter(col)}$2:$${columnLetter(col)}$${n + 1}`;
  const col = CHART_TABLE_COL + 3;
  return {
    sheet,
    title: consolidateMsg.chartTitle(chart.all, CHART_EACH_END, chart.measured),
    from: { col, row: 0 },
    to: { col: col + 9, row: Math.max(18, Math.ceil(n * 1.3) + 5) },
    categories: { ref: range(CHART_TABLE_COL + 1), values: chart.bars.map((b) => consolidateMsg.chartCategory(b.puesto, b.municipio)) },
    series: [
      {
        name: consolidateMsg.chartSeries,
        ref: range(CHART_TABLE_COL + 2),
        values: chart.bars.map((b) => b.cumplimiento),
        color: SEMAFORO_BAR_COLOR.Verde,
        kind: 'bar',
        pointColors: chart.bars.map((b) => SEMAFORO_BAR_COLOR[b.semaforo]),
      },
    ],
    format: '0%',
    horizontal: true,
  };
}
