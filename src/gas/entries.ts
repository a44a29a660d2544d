/**
 * The entry points both deployments share: the simple onEdit trigger, the menu handlers and the
 * sidebar's google.script.run target. The deployment modules (main.ts, main-addon.ts) add onOpen
 * (and onInstall), and the build makes each export a top-level function; nothing else is global.
 */
import { runAction, runQuick } from './action';
import { ayuda } from './actions/ayuda';
import { askCorteDate, registrarCorte } from './actions/corte';
import { descargarExcel } from './actions/excel';
import { prepararConsolidado } from './actions/consolidado';
import { consolidadoSheetMsg } from '../core/messages/consolidate';
import { askReview, revisarCorte } from './actions/revisar';
import { historyText, reviewText } from '../core/messages/roles';
import { activarHistorial } from './actions/historial';
import { recordHistory } from './history';
import { askChosenTemplate, askTemplate, preparar } from './actions/preparar';
import { goToCell, refreshProblems, validar, type Refreshed } from './actions/validar';
import { generarInformeSemestral } from './report/generate';
import { handleEdit } from './on-edit';
import { previewReminders } from './reminders/preview';
import { runDailyReminders } from './reminders/run';
import { toggleReminders } from './reminders/toggle';
import { reminderText } from '../core/messages/reminders';
import { uiText } from '../core/messages/sheets';

export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

export function menuPreparar(): void {
  // On an empty spreadsheet the plan is asked before the lock is taken.
  runAction(uiText.prepareTitle(), preparar, askTemplate);
}

/** Called from the plan dialog (google.script.run): Preparar with the plan the person chose, under the lock. */
export function prepararConPlantilla(nombre: string): void {
  runAction(uiText.prepareTitle(), preparar, askChosenTemplate(nombre));
}

export function menuRegistrarCorte(): void {
  // The date is asked before the lock is taken: no lock is held while a dialog waits.
  runAction(uiText.corteTitle(), registrarCorte, askCorteDate);
}

export function menuRevisarCorte(): void {
  // Asked before the lock is taken, as Registrar corte: no lock is held while a dialog waits.
  runAction(reviewText.title(), revisarCorte, askReview);
}

export function menuActivarHistorial(): void {
  runAction(historyText.installTitle(), activarHistorial);
}

/** The installable onEdit trigger (installed by Preparar or the menu item): the Historial. */
export function registrarHistorial(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    recordHistory(e);
  } catch {
    // Never interrupt a person's typing; a failed record cannot be recovered later either.
  }
}

export function menuValidar(): void {
  runAction(uiText.validateTitle(), validar);
}

export function menuGenerarInforme(): void {
  generarInformeSemestral();
}

/** Called from the Validar sidebar (google.script.run): selects the cell of a problem. */
export function irACelda(hoja: string, celda: string): string {
  return goToCell(hoja, celda);
}

/** Called from the Validar sidebar's «Volver a validar» (google.script.run): the list, read again. */
export function validarDeNuevo(): Refreshed {
  return refreshProblems();
}

/** A departmental spreadsheet: the Consolidado sheet of IMPORTRANGE rows (no other spreadsheet is opened). */
export function menuConsolidado(): void {
  runAction(consolidadoSheetMsg.title, prepararConsolidado);
}

export function menuDescargarExcel(): void {
  runQuick(uiText.excelTitle(), descargarExcel);
}

export function menuAyuda(): void {
  runQuick(uiText.helpTitle(), ayuda);
}

export function menuRecordatorios(): void {
  runQuick(reminderText.toggleTitle(), toggleReminders);
}

export function menuVistaPreviaRecordatorios(): void {
  runAction(reminderText.previewTitle(), previewReminders);
}

/** The daily time-driven trigger's handler (installed by menuRecordatorios). */
export function recordatoriosDiarios(e?: GoogleAppsScript.Events.TimeDriven): void {
  runDailyReminders(e);
}
