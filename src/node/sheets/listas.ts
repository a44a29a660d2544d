import type ExcelJS from 'exceljs';
import { LISTAS_GRID } from '../../core/tracker/initial';
import { SECTION_HEADER } from '../styles';

/** The hidden sheet with the options of small dropdowns (LISTA_ORDEN points here). */
export function writeListas(ws: ExcelJS.Worksheet): void {
  LISTAS_GRID.forEach((line, i) => {
    ws.getRow(i + 1).values = [...line];
  });
  ws.getCell(1, 1).style = SECTION_HEADER;
  ws.getColumn(1).width = 24;
  ws.state = 'hidden';
}
