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
import { TABLERO_RESPONSABLES_HEADER_ROW, tableroLayout, type TableroLayout } from '../../core/tracker/tablero';
import { uiText } from '../../core/messages/sheets';
import { tableroNumberFormat } from '../../core/tracker/render';
import { AUTOMATIC, isBlankCell, keepValue, safeText } from '../cells';
import { ensureSize, type PrepareContext, type Sheet } from './context';
import { findOwnChart, insertOwnChart, rangesKey, storeChartId } from './tablero-chart';

const TABLERO_INDEX = 3;

export function ensureTablero(ctx: PrepareContext, matriz: Sheet, layout: ColumnLayout<MatrizKey>, responsables: readonly string[]): void {
  ctx.progress(uiText.prepareStep(SHEET.tablero));
  let sheet = ctx.ss.getSheetByName(SHEET.tablero);
  let created = false;
  if (!sheet) {
    sheet = ctx.ss.insertSheet(SHEET.tablero, Math.min(TABLERO_INDEX, ctx.ss.getNumSheets()));
    created = true;
    ctx.changes.push(uiText.changeSheetCreated(SHEET.tablero));
  }
  const t = tableroLayout(layout, responsables);
  const width = t.widths.length;
  const rows = Math.max(...t.cells.map((c) => c.row));
  const data = sheet.getDataRange();
  const values = data.getValues() as CellValue[][];
  const formulas = data.getFormulas();
  // Earlier responsables rows (a formula in column B) below the new table are ours to clear.
  let end = rows;
  for (let i = TABLERO_RESPONSABLES_HEADER_ROW; i < formulas.length; i++) if (formulas[i]?.[1]) end = Math.max(end, i + 1);

  const wanted: string[][] = [];
  for (let r = 0; r < end; r++) {
    wanted.push([]);
    for (let c = 0; c < width; c++) {
      const f = formulas[r]?.[c] ?? '';
      wanted[r].push(f ? f : asText(values[r]?.[c]));
    }
  }
  // Rows of a previous responsables table are cleared before the new one is laid over them.
  const target = wanted.map((r) => [...r]);
  for (let r = TABLERO_RESPONSABLES_HEADER_ROW; r < end; r++) if (formulas[r]?.[1]) target[r] = target[r].map(() => '');
  for (const c of t.cells) target[c.row - 1][c.col - 1] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? '');

  const differs = target.some((r, i) => r.some((v, j) => v !== wanted[i][j]));
  // A Tablero still blank (new, or a run stopped half-way) gets its looks before its content:
  // content marks it done, so the next run styles it again if this one stopped.
  const blank = wanted.every((r) => r.every((v) => v === ''));
  if (created || blank) {
    ensureSize(sheet, end, width);
    styleTablero(sheet, t);
  }
  if (differs) {
    ensureSize(sheet, end, width);
    const block = sheet.getRange(1, 1, end, width);
    block.setNumberFormats(formatsFor(t, end, width));
    // Cells the layout sets get their label or formula; the others are written back as they were.
    const own = new Set(t.cells.map((c) => `${c.row},${c.col}`));
    block.setValues(
      target.map((r, i) =>
        r.map((v, j) => {
          if (own.has(`${i + 1},${j + 1}`)) return v.startsWith('=') && isOurFormula(v, t) ? v : safeText(v);
          if (v === '') return '';
          return formulas[i]?.[j] ? formulas[i][j] : keepValue(values[i]?.[j]);
        }),
      ),
    );
    if (!created) ctx.changes.push(uiText.changeTablero());
  }
  ensureChart(sheet, matriz, t);
}

function asText(v: CellValue): string {
  if (isBlankCell(v)) return '';
  return v instanceof Date ? v.toISOString() : String(v);
}

function isOurFormula(v: string, t: TableroLayout): boolean {
  return t.cells.some((c) => c.formula !== undefined && `=${c.formula}` === v);
}

function formatsFor(t: TableroLayout, rows: number, width: number): string[][] {
  const out = Array.from({ length: rows }, () => Array.from({ length: width }, () => AUTOMATIC));
  for (const c of t.cells) out[c.row - 1][c.col - 1] = tableroNumberFormat(c.format) ?? AUTOMATIC;
  return out;
}

function styleTablero(sheet: Sheet, t: TableroLayout): void {
  t.widths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  for (const c of t.cells) {
    if (c.style === 'title') sheet.getRange(c.row, c.col).setFontWeight('bold');
  }
  const headers = t.cells.filter((c) => c.style === 'header');
  const headerRows = [...new Set(headers.map((c) => c.row))];
  for (const r of headerRows) {
    const cols = headers.filter((c) => c.row === r).map((c) => c.col);
    sheet
      .getRange(r, Math.min(...cols), 1, Math.max(...cols) - Math.min(...cols) + 1)
      .setFontWeight('bold')
      .setBackground(SECTION_HEADER_FILL)
      .setWrap(true);
  }
}

/**
 * One bar chart of compliance per indicator, over whole Matriz columns; rebuilt when columns moved.
 * Found by its stored ID (or its ranges), so a person's own charts are never touched.
 */
function ensureChart(sheet: Sheet, matriz: Sheet, t: TableroLayout): void {
  const rows = matriz.getMaxRows();
  const categories = matriz.getRange(1, t.chart.categories.col, rows, 1);
  const series = matriz.getRange(1, t.chart.values.col, rows, 1);
  const wantedKey = rangesKey([categories, series]);
  const current = findOwnChart(sheet.getCharts(), wantedKey);
  if (current) {
    storeChartId(current.getChartId());
    if (rangesKey(current.getRanges()) === wantedKey) return;
    sheet.updateChart(current.modify().clearRanges().addRange(categories).addRange(series).build());
    return;
  }
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(categories)
    .addRange(series)
    .setNumHeaders(1)
    .setPosition(t.chart.row, t.chart.col, 0, 0)
    .setOption('title', t.chart.title)
    .setOption('legend', { position: 'none' })
    .setOption('hAxis', { format: 'percent', minValue: 0, maxValue: 1 })
    .build();
  insertOwnChart(sheet, chart);
}
