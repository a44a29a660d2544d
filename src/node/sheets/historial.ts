import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/grid/types';
import { historyText } from '../../core/messages/roles';
import { HISTORIAL_WIDTH } from '../../core/roles/history';

/** The Historial as the downloaded copy had it: header, then its rows unchanged (hidden; locked by the caller). */
export function writeHistorial(ws: ExcelJS.Worksheet, rows: readonly (readonly CellValue[])[]): void {
  for (let c = 1; c <= HISTORIAL_WIDTH; c++) ws.getColumn(c).width = c === 1 ? 18 : 22;
  ws.getColumn(1).numFmt = 'dd/mm/yyyy hh:mm';
  const header = ws.getRow(1);
  header.values = [...historyText.headers()];
  header.font = { bold: true };
  // Values, never formulas: exceljs writes a string that starts with "=" as text.
  rows.forEach((line, i) => {
    ws.getRow(i + 2).values = line.slice(0, HISTORIAL_WIDTH).map((v) => (v === null || v === undefined ? '' : v));
  });
  ws.state = 'hidden';
}
