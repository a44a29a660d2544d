import type ExcelJS from 'exceljs';
import type { DaySerial } from '../../core/calendar';
import type { Settings } from '../../core/grid/configuracion';
import { CONFIG_COLUMN_WIDTHS, CONFIG_ROWS, FREQ_HEADER_ROW, configRow, namedRanges } from '../../core/tracker/configuracion';
import { configGrid } from '../../core/tracker/initial';
import { NAMED } from '../../core/tracker/names';
import { NUM_FMT, SECTION_HEADER, excelWidth } from '../styles';
import { cellValue, formulaCell } from './values';
import { addValidation } from './setup';
import { wrappedRowHeight } from './row-height';

/** Configuración's columns as they wrap: values and explanations wrap, parameter names do not. */
const WRAPPED_CONFIG_COLUMNS = CONFIG_COLUMN_WIDTHS.map((width, i) => ({ width, format: i === 0 ? ('text' as const) : ('longText' as const) }));

/** Configuración: settings (column B named), the frequency table below; only values are editable. */
export function writeConfiguracion(ws: ExcelJS.Worksheet, settings: Settings, fechaCalculo: DaySerial): void {
  const grid = configGrid(settings, settings.frecuencias);
  CONFIG_COLUMN_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = excelWidth(w);
  });
  ws.getColumn(1).alignment = { vertical: 'top' };
  ws.getColumn(2).alignment = { vertical: 'top' };
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  grid.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    const values = line.map(cellValue);
    values.forEach((v, c) => {
      row.getCell(c + 1).value = v;
    });
    // Excel and LibreOffice keep a written row's height: a wrapped explanation needs its lines (Sheets grows by itself).
    const height = wrappedRowHeight(values, WRAPPED_CONFIG_COLUMNS, i === 0 || i + 1 === FREQ_HEADER_ROW);
    if (height !== undefined) row.height = height;
  });
  for (const r of CONFIG_ROWS) {
    const cell = ws.getCell(configRow(r.key), 2);
    cell.numFmt = NUM_FMT[r.format];
    cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
    if (r.key === 'fechaReferencia') cell.value = settings.fechaReferencia === null ? null : cellValue({ date: settings.fechaReferencia });
    if (r.formula) {
      cell.value = formulaCell(r.formula, fechaCalculo, r.format === 'date');
    } else {
      cell.protection = { locked: false };
    }
    if (r.validation) addValidation(ws, cell.address, r.validation);
  }
  // The frequency table starts a page of its own when printed, under its own header.
  ws.getRow(FREQ_HEADER_ROW - 1).addPageBreak();
  for (const headerRow of [1, FREQ_HEADER_ROW]) {
    for (let c = 1; c <= 3; c++) {
      ws.getCell(headerRow, c).style = SECTION_HEADER;
    }
  }
  // The table's rows, spare ones included, as the FRECUENCIAS named range covers them.
  const freq = namedRanges(settings.frecuencias.length).find((n) => n.name === NAMED.frecuencias);
  const lastFreqRow = freq ? freq.lastRow : FREQ_HEADER_ROW + settings.frecuencias.length;
  for (let r = FREQ_HEADER_ROW + 1; r <= lastFreqRow; r++) {
    ws.getCell(r, 1).protection = { locked: false };
    const months = ws.getCell(r, 2);
    months.protection = { locked: false };
    months.numFmt = NUM_FMT.integer;
    months.alignment = { horizontal: 'left', vertical: 'top' };
  }
}

/** Configuración's views (given when the sheet is added): header in view, the first value selected. */
export const CONFIG_VIEWS: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'B2' }];
