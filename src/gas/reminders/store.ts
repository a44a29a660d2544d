/**
 * What the reminders remember. In the document's properties: who turned them on, since when, and the
 * ID of their trigger (one per document). In a hidden sheet «Recordatorios enviados»: one row per key
 * sent (src/core/reminders/plan.ts), so a reminder goes once; read with one getValues, appended with one
 * setValues. A sheet rather than properties because properties hold 9 kB a value and 500 kB in all
 * (Google's Quotas page), which 6,000 rows of keys would pass.
 */
import type { CellValue } from '../../core/grid/types';
import { reminderText } from '../../core/messages/reminders';
import { NAMED, SHEET } from '../../core/tracker/names';
import { safeText } from '../cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const STATE_PROPERTY = 'gelt.recordatorios';

/** The daily run's global function (src/gas/main.ts). */
export const REMINDER_HANDLER = 'recordatoriosDiarios';
/** Hour of the day (the script's zone, America/Bogota) the daily trigger runs; Google picks a minute within it. */
export const REMINDER_HOUR = 7;

export interface ReminderState {
  readonly triggerId: string;
  readonly owner: string;
  /** yyyy-mm-dd */
  readonly since: string;
}

export function readState(): ReminderState | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(STATE_PROPERTY);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<ReminderState>;
    return typeof v.triggerId === 'string' && typeof v.owner === 'string' && typeof v.since === 'string'
      ? { triggerId: v.triggerId, owner: v.owner, since: v.since }
      : null;
  } catch {
    return null;
  }
}

export function writeState(state: ReminderState | null): void {
  const props = PropertiesService.getDocumentProperties();
  if (state === null) props.deleteProperty(STATE_PROPERTY);
  else props.setProperty(STATE_PROPERTY, JSON.stringify(state));
}

/** Every key recorded as sent. */
export function readSent(ss: Spreadsheet): Set<string> {
  const sheet = ss.getSheetByName(SHEET.envios);
  if (!sheet) return new Set();
  const values = sheet.getDataRange().getValues() as CellValue[][];
  return new Set(
    values
      .slice(1)
      .map((r) => String(r[0] ?? ''))
      .filter((k) => k !== ''),
  );
}

/** Appends sent keys (one row each: key, when, to whom). */
export function recordSent(ss: Spreadsheet, rows: readonly (readonly [string, Date, string])[]): void {
  if (rows.length === 0) return;
  let sheet = ss.getSheetByName(SHEET.envios);
  if (!sheet) {
    sheet = ss.insertSheet(SHEET.envios, ss.getNumSheets());
    sheet.getRange(1, 1, 1, 3).setValues([reminderText.enviosHeaders()]);
    sheet.hideSheet();
  }
  const at = sheet.getLastRow() + 1;
  const need = at + rows.length - 1;
  if (need > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), need - sheet.getMaxRows());
  const range = sheet.getRange(at, 1, rows.length, 3);
  range.setNumberFormats(rows.map(() => ['@', 'dd/mm/yyyy hh:mm', '@']));
  range.setValues(rows.map(([k, when, to]) => [k, when, to]));
}

/** Writes one of Configuración's reminder rows (by its named range); false when Preparar has not made it. */
export function writeConfigRow(ss: Spreadsheet, which: 'recordatorios' | 'recordatoriosEnvio', text: string): boolean {
  const range = ss.getRangeByName(which === 'recordatorios' ? NAMED.recordatorios : NAMED.recordatoriosEnvio);
  if (!range) return false;
  range.setValue(safeText(text));
  return true;
}
