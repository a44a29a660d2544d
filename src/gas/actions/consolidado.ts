/**
 * «Preparar consolidado departamental»: creates or repairs the Consolidado sheet and writes, for
 * every municipality a person listed, the core's IMPORTRANGE row and the ranking. Nothing here opens
 * another spreadsheet (the manifest keeps spreadsheets.currentonly): IMPORTRANGE reads the sources,
 * once a person has allowed each one. A constant number of calls, whatever the number of rows.
 */
import { CONSOLIDADO_ROWS, CONSOLIDADO_UMBRALES, consolidadoLayout, parseSources, rankingRowFormulas, sourceRowFormulas } from '../../core/consolidado-sheets';
import { consolidadoSheetMsg as m } from '../../core/messages/consolidate';
import { NUMBER_FORMAT } from '../../core/tracker/render';
import { SHEET } from '../../core/tracker/names';
import { tableroResumen } from '../../core/tracker/tablero-resumen';
import { UserError, type ActionContext } from '../action';
import { safeText } from '../cells';
import { ensureSize } from '../prepare/context';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const HEADER_BACKGROUND = '#1f4e78';
const HEADER_FONT = '#ffffff';
const PERCENT = NUMBER_FORMAT.percent ?? '0%';
const DATE = NUMBER_FORMAT.date ?? 'dd/mm/yyyy';

/** The formula rows' formats (every run: rows a person adds below get them too). */
function formatRows(sheet: Sheet, first: number, rows: number): void {
  const l = consolidadoLayout();
  sheet.getRange(first, l.importCol, rows, 1).setNumberFormat(DATE);
  const average = tableroResumen().figures.find((f) => f.measure.kind === 'average' && f.measure.responsables === undefined);
  if (average) sheet.getRange(first, l.importCol + average.offset - 1, rows, 1).setNumberFormat(PERCENT);
  sheet.getRange(first, l.rankingCol + 2, rows, 1).setNumberFormat(PERCENT);
}

/** The labels above the table (title, instructions, thresholds' labels, headers): ours, rewritten when changed. */
function labels(): { row: number; col: number; text: string }[] {
  const l = consolidadoLayout();
  const out: { row: number; col: number; text: string }[] = [{ row: CONSOLIDADO_ROWS.title, col: 1, text: m.sheetTitle }];
  m.instructions.forEach((text, i) => out.push({ row: CONSOLIDADO_ROWS.instructions + i, col: 1, text }));
  out.push({ row: CONSOLIDADO_ROWS.umbralRojo, col: 1, text: m.umbralRojo }, { row: CONSOLIDADO_ROWS.umbralAmarillo, col: 1, text: m.umbralAmarillo });
  out.push({ row: CONSOLIDADO_ROWS.header - 1, col: l.rankingCol, text: m.ranking });
  for (const [col, text] of l.headers) out.push({ row: CONSOLIDADO_ROWS.header, col, text });
  return out;
}

/** Widths, frozen header, header colours, number formats and the hidden spill columns. */
function styleSheet(sheet: Sheet, lastCol: number): void {
  const l = consolidadoLayout();
  sheet.setFrozenRows(CONSOLIDADO_ROWS.header);
  sheet.setColumnWidth(1, 180);
  sheet.setColumnWidth(2, 320);
  sheet.setColumnWidths(l.importCol, l.width, 90);
  sheet.setColumnWidth(l.importCol, 150);
  sheet.setColumnWidth(l.conexionCol, 260);
  sheet.setColumnWidth(l.rankingCol + 1, 180);
  sheet.getRange(CONSOLIDADO_ROWS.title, 1).setFontWeight('bold');
  sheet.getRange(CONSOLIDADO_ROWS.header, 1, 1, lastCol).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setFontColor(HEADER_FONT).setWrap(true);
  sheet.getRange(CONSOLIDADO_ROWS.umbralRojo, 1, 2, 1).setWrap(true);
  sheet.getRange(CONSOLIDADO_ROWS.umbralRojo, 2, 2, 1).setNumberFormat(PERCENT);
  for (const c of l.hiddenCols) sheet.hideColumns(c);
}

export function prepararConsolidado(ctx: ActionContext): string {
  const l = consolidadoLayout();
  const lastCol = l.rankingCol + m.rankingHeaders.length - 1;
  let sheet = ctx.ss.getSheetByName(SHEET.consolidado);
  const created = sheet === null;
  // Read and checked before anything is written: bad input changes nothing.
  const values = sheet ? sheet.getDataRange().getValues() : [];
  const listed = values.slice(CONSOLIDADO_ROWS.first - 1).map((r) => [r[0], r[1]]);
  const { sources, problems } = parseSources(listed);
  if (problems.length > 0) throw new UserError(m.badInput(problems));

  if (!sheet) {
    sheet = ctx.ss.insertSheet(SHEET.consolidado, ctx.ss.getNumSheets());
    ensureSize(sheet, CONSOLIDADO_ROWS.first + 50, lastCol);
    // Looks before content (a run stopped half-way leaves a sheet without labels, redone next time).
    styleSheet(sheet, lastCol);
  }
  const at = (row: number, col: number): unknown => values[row - 1]?.[col - 1] ?? '';
  const top = Array.from({ length: CONSOLIDADO_ROWS.header }, (_, r) => Array.from({ length: lastCol }, (_, c) => at(r + 1, c + 1)));
  let changed = false;
  for (const x of labels()) {
    if (top[x.row - 1][x.col - 1] === x.text) continue;
    top[x.row - 1][x.col - 1] = safeText(x.text);
    changed = true;
  }
  // The thresholds are a person's once written: only an empty cell gets the default.
  const thresholds: [number, number][] = [
    [CONSOLIDADO_ROWS.umbralRojo, CONSOLIDADO_UMBRALES.rojo],
    [CONSOLIDADO_ROWS.umbralAmarillo, CONSOLIDADO_UMBRALES.amarillo],
  ];
  for (const [row, v] of thresholds)
    if (top[row - 1][1] === '') {
      top[row - 1][1] = v;
      changed = true;
    }
  if (changed) sheet.getRange(1, 1, CONSOLIDADO_ROWS.header, lastCol).setValues(top as (string | number)[][]);
  if (created) return m.created();

  // Source rows get their formulas; every other row of the formula columns is cleared (a link removed).
  const first = CONSOLIDADO_ROWS.first;
  const end = Math.max(sheet.getLastRow(), sources.at(-1)?.row ?? first, first + sources.length - 1);
  const last = Math.max(first, sources.at(-1)?.row ?? first);
  const byRow = new Map(sources.map((s) => [s.row, s]));
  const rows = end - first + 1;
  ensureSize(sheet, end, lastCol);
  const blank = (n: number): string[] => Array.from({ length: n }, () => '');
  const formulas = Array.from({ length: rows }, (_, i) =>
    byRow.has(first + i) ? sourceRowFormulas(l, first + i, first, last).map((f) => (f ? `=${f}` : '')) : blank(l.width + 2),
  );
  formatRows(sheet, first, rows);
  sheet.getRange(first, l.importCol, rows, l.width + 2).setFormulas(formulas);
  const ranking = Array.from({ length: rows }, (_, k) =>
    k < sources.length ? rankingRowFormulas(l, k + 1, first + k, first, last) : blank(m.rankingHeaders.length),
  );
  sheet.getRange(first, l.rankingCol, rows, 1).setValues(ranking.map((r) => [r[0]]));
  sheet
    .getRange(first, l.rankingCol + 1, rows, m.rankingHeaders.length - 1)
    .setFormulas(ranking.map((r) => r.slice(1).map((f) => (f === '' ? '' : `=${String(f)}`))));
  if (sources.length === 0) return m.none();
  return m.written(sources.length);
}
