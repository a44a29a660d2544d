import ExcelJS from 'exceljs';
import { ranking, type Duplicate, type MunicipalityResult } from '../core/consolidate';
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
    await writeSheets(book, input);
    await book.finish();
  } catch (e) {
    book.abort();
    throw e;
  }
}

async function writeSheets(book: StreamBook, input: ConsolidatedInput): Promise<void> {
  const wb = { addWorksheet: (name: string, o: Partial<ExcelJS.AddWorksheetOptions> = {}) => book.addSheet(name, o) };
  const s = consolidateMsg.sheets;
  const ranked = ranking(input.kept);

  const tablero = wb.addWorksheet(s.tablero, { views: [{ state: 'frozen', ySplit: 1 }] });
  header(tablero, consolidateMsg.tableroHeaders, [8, 24, 34, 14, 11, 14, 10, 10, 8, 9, 8, 10]);
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
    ]);
    row.getCell(4).numFmt = DATE;
    row.getCell(6).numFmt = PERCENT;
    await book.commitRow(tablero, row);
  }
  book.commitSheet(tablero);

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
