/**
 * The Apps Script entry: the global functions Apps Script calls (triggers and menu handlers),
 * and nothing else. The build turns each export into a top-level function declaration.
 */
import { runAction, runQuick } from './action';
import { ayuda } from './actions/ayuda';
import { registrarCorte } from './actions/corte';
import { descargarExcel } from './actions/excel';
import { preparar } from './actions/preparar';
import { goToCell, validar } from './actions/validar';
import { buildMenu } from './menu';
import { generarInformeSemestral } from './report/generate';
import { handleEdit } from './on-edit';
import { uiText } from '../core/messages/sheets';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  handleEdit(e);
}

export function menuPreparar(): void {
  runAction(uiText.prepareTitle(), preparar);
}

export function menuRegistrarCorte(): void {
  runAction(uiText.corteTitle(), registrarCorte);
}

export function menuValidar(): void {
  runAction(uiText.validateTitle(), validar);
}

export function menuGenerarInforme(): void {
  generarInformeSemestral();
}

/** Called from the Validar sidebar (google.script.run): selects the cell of a problem. */
export function irACelda(hoja: string, celda: string): void {
  goToCell(SpreadsheetApp.getActiveSpreadsheet(), hoja, celda);
}

export function menuDescargarExcel(): void {
  runQuick(uiText.excelTitle(), descargarExcel);
}

export function menuAyuda(): void {
  runQuick(uiText.helpTitle(), ayuda);
}
