/**
 * Configuración: settings found by label (column A), the frequency table under its header, the
 * named ranges the formulas use. Missing settings are inserted above the frequency table with the
 * template's default; values a person typed are never changed (the computed date excepted).
 */
import { SECTION_HEADER_FILL } from '../../core/tracker/styles';
import { parseConfiguracion } from '../../core/grid/configuracion';
import type { CellValue } from '../../core/grid/types';
import type { TrackerTemplate } from '../../core/template/types';
import { CONFIG_COLUMN_WIDTHS, CONFIG_ROWS, FREQ_HEADERS, namedRanges, type ConfigKey, type ConfigRowSpec } from '../../core/tracker/configuracion';
import { initialConfigGrid, LISTAS_GRID, templateFrequencies } from '../../core/tracker/initial';
import { SHEET } from '../../core/tracker/names';
import { uiText } from '../../core/messages/sheets';
import { AUTOMATIC, isBlankCell, keepValue, numberFormat, safeText, seedValue, type HostValue } from '../cells';
import { buildValidation } from './columns';
import { columnLetter } from '../../core/tracker/a1';
import { ensureSize, type PrepareContext, type Sheet } from './context';

export interface ConfigPlacement {
  readonly sheet: Sheet;
  readonly rowOf: ReadonlyMap<ConfigKey, number>;
  readonly frequencyHeaderRow: number;
  /** Rows the FRECUENCIAS range covers before its spare rows. */
  readonly frequencyRows: number;
}

const CONFIG_INDEX = 4;

function settingValue(ctx: PrepareContext, t: TrackerTemplate, r: ConfigRowSpec): HostValue {
  if (r.formula) return `=${r.formula}`;
  const grid = initialConfigGrid(t);
  const v = grid[CONFIG_ROWS.indexOf(r) + 1]?.[1] ?? null;
  if (typeof v === 'string' && numberFormat(r.format) === '@') return v;
  return seedValue(v, ctx.dates.toDate);
}

export function ensureListas(ctx: PrepareContext): void {
  let sheet = ctx.ss.getSheetByName(SHEET.listas);
  if (!sheet) {
    sheet = ctx.ss.insertSheet(SHEET.listas, ctx.ss.getNumSheets());
    ctx.changes.push(uiText.changeSheetCreated(SHEET.listas));
  }
  const range = sheet.getRange(1, 1, LISTAS_GRID.length, 1);
  const values = range.getValues() as CellValue[][];
  // Still blank (new, or a run stopped half-way): hidden first, then filled; content marks it done.
  if (values.every((r) => isBlankCell(r[0]))) sheet.hideSheet();
  if (values.some((r) => isBlankCell(r[0]))) {
    range.setValues(values.map((r, i) => [isBlankCell(r[0]) ? safeText(LISTAS_GRID[i][0]) : keepValue(r[0])]));
  }
}

export function ensureConfiguracion(ctx: PrepareContext, t: TrackerTemplate): ConfigPlacement {
  ctx.progress(uiText.prepareStep(SHEET.configuracion));
  let sheet = ctx.ss.getSheetByName(SHEET.configuracion);
  if (!sheet) {
    sheet = ctx.ss.insertSheet(SHEET.configuracion, Math.min(CONFIG_INDEX, ctx.ss.getNumSheets()));
    ctx.changes.push(uiText.changeSheetCreated(SHEET.configuracion));
  }
  const data = sheet.getDataRange();
  const values = data.getValues() as CellValue[][];
  const formulas = data.getFormulas();
  if (values.every((r) => r.every(isBlankCell)) && formulas.every((r) => r.every((f) => !f))) {
    return createConfiguracion(ctx, sheet, t);
  }

  const parsed = parseConfiguracion(values, t.configuracion, templateFrequencies(t), { dateToSerial: ctx.dates.toSerial });
  const rowOf = new Map(parsed.rowOf);
  let freqHeader = parsed.frequencyHeaderRow;
  let lastRow = values.length;

  // Settings a person deleted come back just above the frequency table, with the template's value.
  const missing = CONFIG_ROWS.filter((r) => !rowOf.has(r.key));
  if (missing.length > 0) {
    let at = lastRow + 1;
    if (freqHeader !== null) at = freqHeader > 2 && (values[freqHeader - 2] ?? []).every(isBlankCell) ? freqHeader - 1 : freqHeader;
    if (at <= lastRow) sheet.insertRowsBefore(at, missing.length);
    else ensureSize(sheet, at + missing.length - 1, 3);
    for (const [k, r] of rowOf) if (r >= at) rowOf.set(k, r + missing.length);
    if (freqHeader !== null && freqHeader >= at) freqHeader += missing.length;
    lastRow = Math.max(lastRow + (at <= lastRow ? missing.length : 0), at + missing.length - 1);
    const block = sheet.getRange(at, 1, missing.length, 3);
    block.setNumberFormats(missing.map((r) => ['@', numberFormat(r.format) ?? AUTOMATIC, '@']));
    block.setValues(missing.map((r) => [r.label, settingValue(ctx, t, r), r.note]));
    missing.forEach((r, i) => rowOf.set(r.key, at + i));
    ctx.changes.push(uiText.changeSettings(missing.map((r) => r.label)));
    addConfigValidations(
      ctx,
      sheet,
      missing.map((r) => ({ r, row: rowOf.get(r.key) ?? 0 })),
    );
  }

  // The computed date must stay a formula.
  for (const r of CONFIG_ROWS) {
    const row = rowOf.get(r.key);
    if (!r.formula || row === undefined || missing.includes(r)) continue;
    if (!(formulas[row - 1]?.[1] ?? '')) {
      sheet.getRange(row, 2).setFormula(`=${r.formula}`);
      const typed = !isBlankCell(values[row - 1]?.[1]);
      ctx.changes.push(typed ? uiText.changeFormulasOverTyped(SHEET.configuracion, 1) : uiText.changeFormulas(SHEET.configuracion, 1));
    }
  }

  let frequencyRows = t.frecuencias.frecuencias.length;
  if (freqHeader === null) {
    freqHeader = lastRow + 2;
    const rows = t.frecuencias.frecuencias;
    ensureSize(sheet, freqHeader + rows.length, 3);
    sheet.getRange(freqHeader, 1, rows.length + 1, 2).setValues([[...FREQ_HEADERS.slice(0, 2)], ...rows.map((f) => [safeText(f.etiqueta), f.meses])]);
    sheet.getRange(freqHeader, 1, 1, 3).setFontWeight('bold');
    ctx.changes.push(uiText.changeFrequencyTable());
  } else {
    let filled = 0;
    for (let i = freqHeader; i < values.length; i++) if (!isBlankCell(values[i]?.[0])) filled = i - freqHeader + 1;
    frequencyRows = Math.max(frequencyRows, filled);
  }
  return { sheet, rowOf, frequencyHeaderRow: freqHeader, frequencyRows };
}

function createConfiguracion(ctx: PrepareContext, sheet: Sheet, t: TrackerTemplate): ConfigPlacement {
  const grid = initialConfigGrid(t);
  ensureSize(sheet, grid.length + 12, 3);
  const host: HostValue[][] = grid.map((row) => row.map((v) => seedValue(v, ctx.dates.toDate)));
  CONFIG_ROWS.forEach((r, i) => {
    host[i + 1][1] = settingValue(ctx, t, r);
  });
  // Looks and formats first, values last: a run stopped half-way leaves the sheet empty, and the
  // next run builds it again from the start. A text setting keeps what a person types later as typed.
  const freqHeader = CONFIG_ROWS.length + 3;
  sheet.getRange(1, 1, 1, 3).setFontWeight('bold').setBackground(SECTION_HEADER_FILL);
  sheet.getRange(freqHeader, 1, 1, 3).setFontWeight('bold').setBackground(SECTION_HEADER_FILL);
  sheet.getRange(1, 3, host.length, 1).setWrap(true);
  CONFIG_COLUMN_WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  sheet.setFrozenRows(1);
  sheet.getRange(2, 2, CONFIG_ROWS.length, 1).setNumberFormats(CONFIG_ROWS.map((r) => [numberFormat(r.format) ?? AUTOMATIC]));
  sheet.getRange(1, 1, host.length, 3).setValues(host);
  const rowOf = new Map<ConfigKey, number>(CONFIG_ROWS.map((r, i) => [r.key, i + 2]));
  return { sheet, rowOf, frequencyHeaderRow: freqHeader, frequencyRows: t.frecuencias.frecuencias.length };
}

/** Called after the named ranges exist (the order dropdown reads LISTA_ORDEN). */
export function ensureConfigValidations(ctx: PrepareContext, placement: ConfigPlacement): void {
  const sheet = placement.sheet;
  const rows = CONFIG_ROWS.filter((r) => r.validation)
    .map((r) => ({ r, row: placement.rowOf.get(r.key) ?? 0 }))
    .filter((x) => x.row > 0);
  const last = Math.max(...rows.map((x) => x.row));
  const existing = sheet.getRange(1, 2, last, 1).getDataValidations();
  const missing = rows.filter((x) => !existing[x.row - 1]?.[0]);
  if (missing.length > 0) addConfigValidations(ctx, sheet, missing);
}

function addConfigValidations(ctx: PrepareContext, sheet: Sheet, rows: readonly { r: ConfigRowSpec; row: number }[]): void {
  for (const { r, row } of rows) {
    if (!r.validation) continue;
    const rule = buildValidation(ctx, r.validation);
    if (rule) sheet.getRange(row, 2).setDataValidation(rule);
  }
}

/**
 * Creates or moves every named range to where the settings and the frequency table really are.
 * Returns true when a range's sheet does not exist yet (the Tablero's, on a first run): Preparar
 * calls it again once that sheet is made.
 */
export function ensureNamedRanges(ctx: PrepareContext, placement: ConfigPlacement): boolean {
  const specs = namedRanges(placement.frequencyRows, (k) => placement.rowOf.get(k) ?? 0, placement.frequencyHeaderRow);
  const existing = new Map(ctx.ss.getNamedRanges().map((n) => [n.getName(), n] as const));
  const sheets = new Map<string, Sheet | null>();
  const sheetOf = (name: string): Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, ctx.ss.getSheetByName(name));
    return sheets.get(name) ?? null;
  };
  const fixed: string[] = [];
  let waiting = false;
  for (const s of specs) {
    if (s.firstRow < 1) continue;
    const a1 =
      `${columnLetter(s.firstCol)}${s.firstRow}` + (s.firstRow === s.lastRow && s.firstCol === s.lastCol ? '' : `:${columnLetter(s.lastCol)}${s.lastRow}`);
    const current = existing.get(s.name);
    if (current && pointsTo(current, s.sheet, a1)) continue;
    const sheet = sheetOf(s.sheet);
    if (!sheet) {
      waiting = true;
      continue;
    }
    ensureSize(sheet, s.lastRow, s.lastCol);
    const range = sheet.getRange(s.firstRow, s.firstCol, s.lastRow - s.firstRow + 1, s.lastCol - s.firstCol + 1);
    // setNamedRange on an existing name re-points it too (a broken one included).
    if (current) current.setRange(range);
    else ctx.ss.setNamedRange(s.name, range);
    fixed.push(s.name);
  }
  if (fixed.length > 0) ctx.changes.push(uiText.changeNamedRanges(fixed));
  return waiting;
}

/**
 * Whether a named range already covers this place. A name whose sheet was deleted points to
 * #REF!: its getRange() throws, and it simply needs re-pointing.
 */
function pointsTo(named: GoogleAppsScript.Spreadsheet.NamedRange, sheetName: string, a1: string): boolean {
  try {
    const r = named.getRange();
    return r.getSheet().getName() === sheetName && r.getA1Notation() === a1;
  } catch {
    return false;
  }
}
