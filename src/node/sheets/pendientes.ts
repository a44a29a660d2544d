import type ExcelJS from 'exceljs';
import type { DaySerial } from '../../core/calendar';
import type { EvaluatedRow } from '../../core/evaluate';
import { reminderText } from '../../core/messages/reminders';
import { daysLeftText } from '../../core/messages/reminders';
import { pendientes } from '../../core/reminders/pendientes';
import { NUM_FMT, SECTION_HEADER } from '../styles';
import { dateOf } from './values';
import { wrappedRowHeight } from './row-height';

/** Column widths in Excel characters (about 7 px each). */
const WIDTHS = [28, 8, 60, 12, 22, 12];
const WRAPPED = WIDTHS.map((w, i) => ({ width: w * 7, format: i === 3 ? ('date' as const) : ('longText' as const) }));

/** «Pendientes»: the core's list of what is overdue or due soon, per responsable, as values to print. */
export function writePendientes(ws: ExcelJS.Worksheet, evaluated: readonly EvaluatedRow[], fechaCalculo: DaySerial, diasAviso: number): void {
  ws.getCell(1, 1).value = reminderText.pendientesTitle(fechaCalculo, diasAviso);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const header = ws.getRow(3);
  header.values = reminderText.pendientesHeaders();
  header.eachCell((c) => {
    c.style = { ...c.style, ...SECTION_HEADER };
  });
  const lines = pendientes(evaluated);
  if (lines.length === 0) ws.getCell(4, 1).value = reminderText.pendientesNone();
  lines.forEach((l, i) => {
    const row = ws.getRow(4 + i);
    const values = [l.responsable, l.id, l.indicador, dateOf(l.vence), daysLeftText(l.diasRestantes), l.estado];
    row.values = values;
    // Every cell from the top (a wrapped indicator would otherwise sit above its neighbours), the date beside its days.
    for (let c = 1; c <= values.length; c++) row.getCell(c).alignment = { vertical: 'top', wrapText: c !== 4, horizontal: c === 4 ? 'left' : undefined };
    row.getCell(4).numFmt = NUM_FMT.date;
    // Excel and LibreOffice keep a written row's height: a long indicator or responsable needs its lines.
    const height = wrappedRowHeight(values, WRAPPED);
    if (height !== undefined) row.height = height;
  });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
