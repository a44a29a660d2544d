/**
 * The Tablero: the core's tableroLayout (counts by estado and semáforo, average compliance,
 * a table per responsable, all formulas) and a bar chart of compliance per indicator.
 * The Tablero is generated: its block (columns A–E) is rewritten only when it differs from the
 * layout; anything a person puts to the right of it is left alone.
 */
import { SECTION_HEADER_FILL } from '../../core/tracker/styles';
import type { CellValue } from '../../core/grid/types';
import { SHEET } from '../../core/tracker/names';
import type { ColumnLayout } from '../../core/tracker/layout';
import type { MatrizKey } from '../../core/tracker/matriz';
import { NOT_AVAILABLE_FONT, TABLERO_RESPONSABLES_HEADER_ROW, tableroLayout, type TableroLayout } from '../../core/tracker/tablero';
import { CHART_DATA } from '../../core/messages/summary';
import { a1 } from '../../core/tracker/a1';
import { uiText } from '../../core/messages/sheets';
import { tableroNumberFormat } from '../../core/tracker/render';
import { AUTOMATIC, isBlankCell, keepValue, safeText } from '../cells';
import { ensureSize, type PrepareContext, type Sheet } from './context';
import { findOwnChart, insertOwnChart, rangesKey, storeChartId } from './tablero-chart';

const TABLERO_INDEX = 3;

export function ensureTablero(ctx: PrepareContext, layout: ColumnLayout<MatrizKey>, responsables: readonly string[], matrizRows: number): void {
  ctx.progress(uiText.prepareStep(SHEET.tablero));
  let sheet = ctx.ss.getSheetByName(SHEET.tablero);
  let created = false;
  if (!sheet) {
    sheet = ctx.ss.insertSheet(SHEET.tablero, Math.min(TABLERO_INDEX, ctx.ss.getNumSheets()));
    created = true;
    ctx.changes.push(uiText.changeSheetCreated(SHEET.tablero));
  }
  const t = tableroLayout(layout, responsables, matrizRows);
  const width = t.widths.length;
  const rows = Math.max(...t.cells.map((c) => c.row));
  const data = sheet.getDataRange();
  const values = data.getValues() as CellValue[][];
  const formulas = data.getFormulas();
  // Earlier responsables and chart-data rows below the new ones are ours to clear: a formula in
  // column A or B, or the chart data's own title and header.
  const ours = (i: number): boolean => Boolean(formulas[i]?.[1] || formulas[i]?.[0]) || isChartDataLabel(values[i]?.[0]);
  let end = rows;
  for (let i = TABLERO_RESPONSABLES_HEADER_ROW; i < Math.max(formulas.length, values.length); i++) if (ours(i)) end = Math.max(end, i + 1);

  const wanted: string[][] = [];
  for (let r = 0; r < end; r++) {
    wanted.push([]);
    for (let c = 0; c < width; c++) {
      const f = formulas[r]?.[c] ?? '';
      wanted[r].push(f ? f : asText(values[r]?.[c]));
    }
  }
  // Rows of a previous responsables table or chart data are cleared before the new ones are laid over them.
  const target = wanted.map((r) => [...r]);
  for (let r = TABLERO_RESPONSABLES_HEADER_ROW; r < end; r++) if (ours(r)) target[r] = target[r].map(() => '');
  for (const c of t.cells) target[c.row - 1][c.col - 1] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? '');

  const differs = target.some((r, i) => r.some((v, j) => v !== wanted[i][j]));
  // A Tablero still blank (new, or a run stopped half-way) gets its looks before its content:
  // content marks it done, so the next run styles it again if this one stopped. A Tablero whose
  // content changes gets its looks again too (the rows under the headers moved).
  const blank = wanted.every((r) => r.every((v) => v === ''));
  if (created || blank || differs) {
    ensureSize(sheet, end, width);
    styleTablero(sheet, t, end);
  }
  if (differs) {
    ensureSize(sheet, end, width);
    const block = sheet.getRange(1, 1, end, width);
    block.setNumberFormats(formatsFor(t, end, width));
    // Cells the layout sets get their label or formula; the others are written back as they were.
    const own = new Set(t.cells.map((c) => `${c.row},${c.col}`));
    const ourFormulas = new Set(t.cells.filter((c) => c.formula !== undefined).map((c) => `=${c.formula}`));
    block.setValues(
      target.map((r, i) =>
        r.map((v, j) => {
          if (own.has(`${i + 1},${j + 1}`)) return v.startsWith('=') && ourFormulas.has(v) ? v : safeText(v);
          if (v === '') return '';
          return formulas[i]?.[j] ? formulas[i][j] : keepValue(values[i]?.[j]);
        }),
      ),
    );
    if (!created) ctx.changes.push(uiText.changeTablero());
  }
  ensureNotAvailableRule(sheet, t);
  ensureChart(sheet, t);
}

function isChartDataLabel(v: CellValue | undefined): boolean {
  return v === CHART_DATA.title || v === CHART_DATA.headers[0];
}

function asText(v: CellValue): string {
  if (isBlankCell(v)) return '';
  return v instanceof Date ? v.toISOString() : String(v);
}

function formatsFor(t: TableroLayout, rows: number, width: number): string[][] {
  const out = Array.from({ length: rows }, () => Array.from({ length: width }, () => AUTOMATIC));
  for (const c of t.cells) out[c.row - 1][c.col - 1] = tableroNumberFormat(c.format) ?? AUTOMATIC;
  return out;
}

const BLACK = '#000000';

/**
 * The block's looks, one call per property whatever the number of rows: widths, weights (title and
 * headers bold), backgrounds (section headers grey, a state's cells its colours), text colours,
 * alignment (figures and their headers centred) and wrapping of the headers.
 */
function styleTablero(sheet: Sheet, t: TableroLayout, rows: number): void {
  t.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  const width = t.widths.length;
  const grid = <T>(v: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: width }, () => v));
  const weights = grid<'normal' | 'bold'>('normal');
  const backgrounds = grid<string | null>(null);
  const fonts = grid<string>(BLACK);
  const aligns = grid<'left' | 'center'>('left');
  const wraps = grid(false);
  for (const c of t.cells) {
    const [r, k] = [c.row - 1, c.col - 1];
    if (c.style === 'title' || c.style === 'subtitle' || c.style === 'header') weights[r][k] = 'bold';
    if (c.style === 'header') {
      backgrounds[r][k] = SECTION_HEADER_FILL;
      wraps[r][k] = true;
    }
    if (c.fill) {
      backgrounds[r][k] = c.fill.background;
      fonts[r][k] = c.fill.font;
    }
    if (c.fontColor) fonts[r][k] = c.fontColor;
    if (c.align) aligns[r][k] = c.align;
  }
  const block = sheet.getRange(1, 1, rows, width);
  block.setFontWeights(weights);
  block.setBackgrounds(backgrounds);
  block.setFontColors(fonts);
  block.setHorizontalAlignments(aligns);
  block.setWraps(wraps);
}

/** Sheets returns colours in lower case. */
const NOT_AVAILABLE_COLOR = NOT_AVAILABLE_FONT.toLowerCase();

/** #N/A in the chart data means "not this semáforo": the core's rule, one rule recognised by its formula and colour. */
function ensureNotAvailableRule(sheet: Sheet, t: TableroLayout): void {
  const na = t.notAvailable;
  const existing = sheet.getConditionalFormatRules();
  const isOurs = (r: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean => {
    const b = r.getBooleanCondition();
    return b !== null && /^=ISNA\([A-Z]+\d+\)$/.test(String(b.getCriteriaValues()[0] ?? '')) && (b.getFontColor() ?? '').toLowerCase() === NOT_AVAILABLE_COLOR;
  };
  const wantedA1 = na ? `${a1(na.fromRow, na.fromCol)}:${a1(na.toRow, na.toCol)}` : '';
  const formula = na ? `=${na.condition}` : '';
  // Every rule of ours is read alike (same calls whatever the rows): its formula and its ranges.
  const signature = (r: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string =>
    `${String(r.getBooleanCondition()?.getCriteriaValues()[0] ?? '')}|${r
      .getRanges()
      .map((x) => x.getA1Notation())
      .join(',')}`;
  const current = existing.filter(isOurs).map(signature);
  if (current.join(';') === (na ? `${formula}|${wantedA1}` : '')) return;
  const range = na ? sheet.getRange(wantedA1) : null;
  const kept = existing.filter((r) => !isOurs(r));
  const rule = range
    ? [SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setFontColor(NOT_AVAILABLE_COLOR).setRanges([range]).build()]
    : [];
  sheet.setConditionalFormatRules([...kept, ...rule]);
}

/**
 * Google's chart options for the Tablero chart (the Gviz options EmbeddedChartBuilder.setOption takes):
 * a combo chart over the chart data — one stacked bar series per semáforo in its colour, with value
 * labels, and the thresholds as dashed lines.
 */
export function chartOptions(t: TableroLayout): ReadonlyMap<string, unknown> {
  const series: Record<number, Record<string, unknown>> = {};
  t.chart.series.forEach((s, i) => {
    series[i] =
      s.kind === 'bar'
        ? { type: 'bars', color: s.color, dataLabel: 'value', labelInLegend: s.name }
        : { type: 'line', color: s.color, lineDashStyle: [6, 4], lineWidth: 2, pointSize: 0, labelInLegend: s.name };
  });
  return new Map<string, unknown>([
    ['title', t.chart.title],
    ['seriesType', 'bars'],
    ['isStacked', true],
    ['series', series],
    ['legend', { position: 'bottom' }],
    ['vAxis', { format: 'percent', minValue: 0, maxValue: 1, viewWindow: { min: 0, max: 1 } }],
    ['useFirstColumnAsDomain', true],
  ]);
}

/**
 * One combo chart over the Tablero's chart data; rebuilt when its range changed (more Matriz rows, a
 * moved table). Found by its stored ID (or its ranges), so a person's own charts are never touched.
 */
function ensureChart(sheet: Sheet, t: TableroLayout): void {
  const chart = t.chart;
  const n = chart.lastRow - chart.headerRow;
  if (n <= 0) return;
  const range = sheet.getRange(chart.headerRow, chart.categoryCol, n + 1, 1 + chart.series.length);
  const wantedKey = rangesKey([range]);
  const found = findOwnChart(sheet.getCharts(), wantedKey);
  if (found) {
    storeChartId(found.getChartId());
    if (rangesKey(found.getRanges()) === wantedKey && found.getOptions().get('seriesType') === 'bars') return;
    sheet.updateChart(configure(found.modify().clearRanges(), t, range).build());
    return;
  }
  insertOwnChart(sheet, configure(sheet.newChart(), t, range).build());
}

function configure(
  builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  t: TableroLayout,
  range: GoogleAppsScript.Spreadsheet.Range,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  let b = builder.setChartType(Charts.ChartType.COMBO).addRange(range).setNumHeaders(1).setPosition(t.chart.row, t.chart.col, 0, 0);
  for (const [k, v] of chartOptions(t)) b = b.setOption(k, v);
  return b;
}
