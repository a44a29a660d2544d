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

/**
 * Each column's cells share one style object (exceljs resolves a style once per object; a cell's own
 * object costs that per cell, a good part of the sheet's time at thousands of rows). Every cell from
 * the top (a wrapped indicator would otherwise sit above its neighbours), the date beside its days.
 */
const COLUMN_STYLES: readonly Partial<ExcelJS.Style>[] = WIDTHS.map((_, i) => {
  const alignment: Partial<ExcelJS.Alignment> = { vertical: 'top', wrapText: i !== 3, horizontal: i === 3 ? 'left' : undefined };
  return i === 3 ? { alignment, numFmt: NUM_FMT.date } : { alignment };
});

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
    COLUMN_STYLES.forEach((style, c) => {
      row.getCell(c + 1).style = style;
    });
    // Excel and LibreOffice keep a written row's height: a long indicator or responsable needs its lines.
    const height = wrappedRowHeight(values, WRAPPED);
    if (height !== undefined) row.height = height;
  });
  WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}
