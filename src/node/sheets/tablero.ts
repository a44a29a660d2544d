import type ExcelJS from 'exceljs';
import type { DaySerial } from '../../core/calendar';
import type { EvaluatedRow } from '../../core/evaluate';
import { columnLetter, quoteSheet } from '../../core/tracker/a1';
import { MATRIZ_COLUMNS, MATRIZ_RULES } from '../../core/tracker/matriz';
import { SHEET } from '../../core/tracker/names';
import { distinctResponsables } from '../../core/summary';
import { tableroLayout, tableroValue, type TableroChart } from '../../core/tracker/tablero';
import type { ChartSpec } from '../chart';
import { tableroNumberFormat } from '../../core/tracker/render';
import { GENERAL, SECTION_HEADER, excelWidth } from '../styles';
import { MATRIZ_LAYOUT } from './matriz';
import { formulaCell } from './values';

/**
 * The Tablero: counts by estado and semáforo, average compliance and one line per responsables
 * text, all formulas over whole Matriz columns, with the values the core computes as cached results.
 */
export function writeTablero(
  ws: ExcelJS.Worksheet,
  evaluated: readonly EvaluatedRow[],
  responsablesTexts: readonly string[],
  fechaCalculo: DaySerial,
): TableroChart {
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
    cell.numFmt = tableroNumberFormat(c.format) ?? GENERAL;
    if (c.style === 'title') cell.font = { bold: true, size: 14 };
    if (c.style === 'header') cell.style = { ...cell.style, ...SECTION_HEADER };
    if (c.style === 'label') cell.alignment = { wrapText: true, vertical: 'top' };
  }
  return layout.chart;
}

/** Bars beyond this many indicators would be unreadable: the Tablero then shows no chart. */
export const CHART_MAX_ROWS = 300;

/**
 * The chart's parts for the package: compliance per indicator over the Matriz data rows, with the
 * IDs and the cached compliance as the chart's caches.
 */
export function tableroChart(chart: TableroChart, ids: readonly string[], cumplimiento: readonly (number | null)[]): ChartSpec | null {
  if (ids.length === 0 || ids.length > CHART_MAX_ROWS) return null;
  const range = (col: number): string => `${quoteSheet(chart.categories.sheet)}!$${columnLetter(col)}$2:$${columnLetter(col)}$${ids.length + 1}`;
  return {
    sheet: SHEET.tablero,
    title: chart.title,
    seriesName: MATRIZ_COLUMNS[chart.values.col - 1]?.header ?? chart.title,
    from: { col: chart.col - 1, row: chart.row - 1 },
    to: { col: chart.col - 1 + 8, row: chart.row - 1 + Math.max(16, Math.ceil(ids.length * 1.2) + 4) },
    categories: { ref: range(chart.categories.col), values: ids },
    values: { ref: range(chart.values.col), values: cumplimiento, format: '0%' },
    color: MATRIZ_RULES.find((r) => r.kind === 'dataBar')?.color ?? '#6AA84F',
  };
}
