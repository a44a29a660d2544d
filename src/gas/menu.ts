/** The "Gobierno en Línea" menu. Works under AuthMode.NONE: it only builds the menu. */
export const MENU_TITLE = 'Gobierno en Línea';

export function buildMenu(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  const ui = SpreadsheetApp.getUi();
  const addon = e !== undefined && e.authMode === ScriptApp.AuthMode.NONE;
  const menu = addon ? ui.createAddonMenu() : ui.createMenu(MENU_TITLE);
  menu.addItem('Ayuda', 'menuAyuda');
  menu.addToUi();
}
