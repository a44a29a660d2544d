/**
 * The Tablero's chart is the add-on's own object: it is found by the chart ID stored when it was
 * inserted (a document property), or — for a spreadsheet prepared before IDs were stored — by the
 * Matriz ranges it shows. Never by a display option (title) and never "the first chart": a chart a
 * person added to the Tablero is never taken, changed or counted.
 */
import { SHEET } from '../../core/tracker/names';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Range = GoogleAppsScript.Spreadsheet.Range;

const CHART_ID_KEY = 'gelt.tablero.graficoId';

function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  try {
    return PropertiesService.getDocumentProperties();
  } catch {
    return null;
  }
}

export function storedChartId(): number | null {
  const raw = documentProperties()?.getProperty(CHART_ID_KEY) ?? null;
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) ? id : null;
}

export function storeChartId(id: number | null): void {
  if (id === null || storedChartId() === id) return;
  documentProperties()?.setProperty(CHART_ID_KEY, String(id));
}

/** "Matriz!A1:A1000,Matriz!F1:F1000": the ranges of a chart, as text to compare. */
export function rangesKey(ranges: readonly Range[]): string {
  return ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`).join(',');
}

/** The add-on's chart among a sheet's charts: by stored ID, else by the ranges it shows. */
export function findOwnChart(charts: readonly Chart[], wantedRanges?: string): Chart | null {
  const id = storedChartId();
  if (id !== null) {
    const byId = charts.find((c) => c.getChartId() === id);
    if (byId) return byId;
  }
  if (wantedRanges === undefined) return null;
  return charts.find((c) => rangesKey(c.getRanges()) === wantedRanges) ?? null;
}

/** Inserts the chart and stores its ID (insertChart returns nothing: the new ID is the one not seen before). */
export function insertOwnChart(sheet: Sheet, chart: Chart): void {
  const before = new Set(sheet.getCharts().map((c) => c.getChartId()));
  sheet.insertChart(chart);
  const added = sheet.getCharts().find((c) => !before.has(c.getChartId()));
  storeChartId(added?.getChartId() ?? null);
}

/** The Tablero's compliance chart (for the report), or null when the add-on has none there. */
export function tableroChart(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Chart | null {
  const sheet = ss.getSheetByName(SHEET.tablero);
  if (!sheet || storedChartId() === null) return null;
  return findOwnChart(sheet.getCharts());
}
