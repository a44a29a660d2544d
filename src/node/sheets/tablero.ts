import type ExcelJS from 'exceljs';
import type { DaySerial } from '../../core/calendar';
import type { EvaluatedRow } from '../../core/evaluate';
import { columnLetter, quoteSheet } from '../../core/tracker/a1';
import { distinctResponsables } from '../../core/summary';
import { tableroLayout, tableroValue, type TableroChart, type TableroResult } from '../../core/tracker/tablero';
import type { ChartSpec } from '../chart';
import { tableroNumberFormat } from '../../core/tracker/render';
import { GENERAL, SECTION_HEADER, argb, excelWidth, solid } from '../styles';
import { MATRIZ_LAYOUT } from './matriz';
import { formulaCell } from './values';

/** The Tablero as written: its chart description and what each of its formulas shows. */
export interface WrittenTablero {
  readonly chart: TableroChart;
  /** The cached result of the formula at (row, col), 1-based; undefined where there is none. */
  readonly result: (row: number, col: number) => TableroResult | undefined;
}

/**
 * The Tablero: counts by estado and semáforo, average compliance, one line per responsables text and
 * the chart data, all formulas over the Matriz, with the values the core computes as cached results.
 */
export function writeTablero(
  ws: ExcelJS.Worksheet,
  evaluated: readonly EvaluatedRow[],
  responsablesTexts: readonly string[],
  fechaCalculo: DaySerial,
  matrizRows: number,
  thresholds: { readonly umbralRojo: number; readonly umbralAmarillo: number },
): WrittenTablero {
  const layout = tableroLayout(MATRIZ_LAYOUT, distinctResponsables(responsablesTexts), matrizRows);
  layout.widths.forEach((px, i) => {
    ws.getColumn(i + 1).width = excelWidth(px);
  });
  const results = new Map<string, TableroResult>();
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.formula !== undefined) {
      const result = c.measure ? tableroValue(c.measure, evaluated, fechaCalculo, thresholds) : null;
      if (result !== null) results.set(`${c.row},${c.col}`, result);
      cell.value =
        result !== null && typeof result === 'object'
          ? { formula: c.formula, result: { error: result.error } as ExcelJS.CellErrorValue, date1904: false }
          : formulaCell(c.formula, result, c.format === 'date');
    } else {
      cell.value = c.value ?? null;
    }
    // One style object per look, shared by its cells: exceljs resolves a style per distinct object.
    const key = [c.format, c.style, c.align, c.fill?.background, c.fill?.font, c.fontColor].join('|');
    let style = styles.get(key);
    if (!style) {
      style = { numFmt: tableroNumberFormat(c.format) ?? GENERAL };
      if (c.style === 'title') style.font = { bold: true, size: 14 };
      if (c.style === 'subtitle') style.font = { bold: true };
      if (c.style === 'header') Object.assign(style, SECTION_HEADER);
      if (c.style === 'label') style.alignment = { wrapText: true, vertical: 'top' };
      if (c.align) style.alignment = { ...style.alignment, horizontal: c.align };
      if (c.fill) {
        style.fill = solid(c.fill.background);
        style.font = { ...style.font, color: { argb: argb(c.fill.font) } };
      }
      if (c.fontColor) style.font = { ...style.font, color: { argb: argb(c.fontColor) } };
      styles.set(key, style);
    }
    cell.style = style;
  }
  const na = layout.notAvailable;
  if (na) {
    // #N/A marks "not this semáforo" for the chart: the core's rule hides it on paper.
    ws.addConditionalFormatting({
      ref: `${columnLetter(na.fromCol)}${na.fromRow}:${columnLetter(na.toCol)}${na.toRow}`,
      rules: [{ type: 'expression', priority: 1, formulae: [na.condition], style: { font: { color: { argb: argb(na.fontColor) } } } }],
    });
  }
  return { chart: layout.chart, result: (row, col) => results.get(`${row},${col}`) };
}

/** Bars beyond this many indicators would be unreadable: the Tablero then shows no chart. */
export const CHART_MAX_ROWS = 300;

/** The range of one chart-data column, e.g. Tablero!$B$31:$B$37. */
function columnRef(chart: TableroChart, col: number): string {
  const l = columnLetter(col);
  return `${quoteSheet(chart.sheet)}!$${l}$${chart.headerRow + 1}:$${l}$${chart.lastRow}`;
}

/**
 * The chart's parts for the package, over the Tablero's chart data, with the cached results as the
 * chart's caches; `at` places it (the Tablero's anchor by default, the Informe gives its own).
 */
export function tableroChartSpec(written: WrittenTablero, sheet = written.chart.sheet, at?: { col: number; row: number }): ChartSpec | null {
  const chart = written.chart;
  const n = chart.lastRow - chart.headerRow;
  if (n <= 0 || n > CHART_MAX_ROWS) return null;
  const rows = Array.from({ length: n }, (_, i) => chart.headerRow + 1 + i);
  const number = (v: TableroResult | undefined): number | null => (typeof v === 'number' ? v : null);
  const from = at ?? { col: chart.col - 1, row: chart.row - 1 };
  return {
    sheet,
    title: chart.title,
    from,
    to: { col: from.col + chart.series.length + 1, row: from.row + 24 },
    categories: { ref: columnRef(chart, chart.categoryCol), values: rows.map((r) => String(written.result(r, chart.categoryCol) ?? '')) },
    series: chart.series.map((s) => ({
      name: s.name,
      ref: columnRef(chart, s.col),
      values: rows.map((r) => number(written.result(r, s.col))),
      color: s.color,
      kind: s.kind,
    })),
    format: chart.format,
  };
}
