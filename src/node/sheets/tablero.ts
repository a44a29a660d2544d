import type ExcelJS from 'exceljs';
import type { DaySerial } from '../../core/calendar';
import type { EvaluatedRow } from '../../core/evaluate';
import { distinctResponsables, tableroLayout, tableroValue } from '../../core/tracker/tablero';
import { HEADER_FILL, HEADER_FONT, NUM_FMT, excelWidth } from '../styles';
import { MATRIZ_LAYOUT } from './matriz';
import { formulaCell } from './values';

/**
 * The Tablero: counts by estado and semáforo, average compliance and one line per responsables
 * text, all formulas over whole Matriz columns, with the values the core computes as cached results.
 */
export function writeTablero(ws: ExcelJS.Worksheet, evaluated: readonly EvaluatedRow[], responsablesTexts: readonly string[], fechaCalculo: DaySerial): void {
  const layout = tableroLayout(MATRIZ_LAYOUT, distinctResponsables(responsablesTexts));
  layout.widths.forEach((px, i) => {
    ws.getColumn(i + 1).width = excelWidth(px);
  });
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.formula !== undefined) {
      const result = c.measure ? tableroValue(c.measure, evaluated, fechaCalculo) : null;
      cell.value = formulaCell(c.formula, result, c.format === 'date');
    } else {
      cell.value = c.value ?? null;
    }
    cell.numFmt = NUM_FMT[c.format];
    if (c.style === 'title') cell.font = { bold: true, size: 14 };
    if (c.style === 'header') {
      cell.font = HEADER_FONT;
      cell.fill = HEADER_FILL;
    }
    if (c.style === 'label') cell.alignment = { wrapText: true, vertical: 'top' };
  }
}
