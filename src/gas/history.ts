/**
 * The Historial: the installable onEdit trigger that appends one row per changed input cell of the
 * Matriz, the sheet itself (created hidden, recreated by repair with a warning) and the trigger's
 * installation. An installable trigger runs as the person who installed it (with their rights: the
 * Historial is protected for them alone), and its event carries the editing user when Google reveals
 * it; the simple onEdit cannot, under consumer accounts, which is why this one is installable.
 */
import { findColumns } from '../core/grid/headers';
import type { CellValue } from '../core/grid/types';
import { historyText } from '../core/messages/roles';
import { HISTORIAL_WIDTH, historyRows } from '../core/roles/history';
import { MATRIZ_COLUMNS } from '../core/tracker/matriz';
import { SHEET } from '../core/tracker/names';
import { keepValue } from './cells';
import type { PrepareContext } from './prepare/context';
import { ensureSize } from './prepare/context';

/** The global function the trigger calls (declared in main.ts). */
export const HISTORY_HANDLER = 'registrarHistorial';
/** Document property: the Historial existed once (so a missing one was deleted). */
const CREATED_KEY = 'gelt.historial.creado';
/** Document property: who installed the trigger (only their trigger may record, or rows would double). */
const INSTALLED_BY_KEY = 'gelt.historial.instaladoPor';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The Historial sheet, created hidden with its header if missing; says when it had been deleted.
 * Looks before content (as every sheet Preparar creates): a run stopped half-way leaves a sheet
 * without its header, which the next run completes.
 */
export function ensureHistorial(ctx: PrepareContext): Sheet {
  const props = PropertiesService.getDocumentProperties();
  let sheet = ctx.ss.getSheetByName(SHEET.historial);
  if (sheet && sheet.getLastRow() > 0) {
    if (props.getProperty(CREATED_KEY) === null) props.setProperty(CREATED_KEY, '1');
    return sheet;
  }
  if (!sheet) sheet = ctx.ss.insertSheet(SHEET.historial, ctx.ss.getNumSheets());
  sheet.setFrozenRows(1);
  sheet.hideSheet();
  sheet
    .getRange(1, 1, 1, HISTORIAL_WIDTH)
    .setFontWeight('bold')
    .setValues([[...historyText.headers()]]);
  ctx.changes.push(props.getProperty(CREATED_KEY) !== null ? historyText.recreated() : historyText.changeCreated());
  props.setProperty(CREATED_KEY, '1');
  return sheet;
}

/**
 * Installs the trigger for the current user unless one is installed already (by them, or recorded as
 * installed by someone else: getUserTriggers shows only one's own). Returns whether it installed one.
 */
export function installHistoryTrigger(ss: Spreadsheet, me: string): boolean {
  const props = PropertiesService.getDocumentProperties();
  const mine = ScriptApp.getUserTriggers(ss).some((t) => t.getHandlerFunction() === HISTORY_HANDLER);
  if (mine) return false;
  const by = props.getProperty(INSTALLED_BY_KEY);
  if (by && by !== me) return false;
  ScriptApp.newTrigger(HISTORY_HANDLER).forSpreadsheet(ss).onEdit().create();
  props.setProperty(INSTALLED_BY_KEY, me || '?');
  return true;
}

/**
 * The trigger: appends the rows of one edit in ONE setValues (a 500-cell paste is 500 rows, the same
 * calls as one cell). Reads the header row and the edited rows' IDs once. Never rewrites a row.
 */
export function recordHistory(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  if (!e || !e.range) return;
  const sheet = e.range.getSheet();
  if (sheet.getName() !== SHEET.matriz) return;
  const width = sheet.getLastColumn();
  if (width < 1) return;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
  const layout = findColumns(SHEET.matriz, header, MATRIZ_COLUMNS).layout;
  const row = e.range.getRow();
  const numRows = e.range.getNumRows();
  const idCol = layout.get('id');
  const ids =
    idCol === undefined
      ? []
      : sheet
          .getRange(row, idCol, numRows, 1)
          .getValues()
          .map((l) => String(l[0] ?? ''));
  const rows = historyRows(
    {
      sheet: SHEET.matriz,
      row,
      col: e.range.getColumn(),
      values: e.range.getValues() as CellValue[][],
      ids,
      oldValue: typeof e.oldValue === 'string' ? e.oldValue : undefined,
      user: editorEmail(e),
      when: new Date(),
    },
    layout,
  );
  if (rows.length === 0) return;
  const ss = e.source ?? SpreadsheetApp.getActiveSpreadsheet();
  const historial = ss.getSheetByName(SHEET.historial);
  // Deleted: the trigger does not recreate it (that is repair's, which says the history is gone).
  if (!historial) return;
  const start = historial.getLastRow() + 1;
  ensureSize(historial, start + rows.length - 1, HISTORIAL_WIDTH);
  historial.getRange(start, 1, rows.length, HISTORIAL_WIDTH).setValues(rows.map((r) => r.map((v) => keepValue(v))));
}

/**
 * The editing user as the event gives it, or "" when Google does not say. Never Session's user: in an
 * installable trigger that may be the trigger's owner, and the edit would be put on the wrong person.
 */
function editorEmail(e: GoogleAppsScript.Events.SheetsOnEdit): string {
  try {
    return (e.user ? e.user.getEmail() : '') || '';
  } catch {
    return '';
  }
}
