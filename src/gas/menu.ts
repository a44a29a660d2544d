/**
 * The "Gobierno en Línea" menu. Under AuthMode.NONE (an add-on not yet used in this document)
 * it only builds the menu: no SpreadsheetApp read, no property, nothing needing authorisation.
 */
import { MENU_ITEMS, MENU_SEPARATOR_BEFORE, MENU_TITLE } from '../core/messages/sheets';

export function buildMenu(e?: GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall): void {
  const sheetsUi = SpreadsheetApp.getUi();
  // An add-on's onOpen/onInstall gets an authMode; a bound script's simple trigger gets LIMITED.
  const addon = e !== undefined && e !== null && e.authMode === ScriptApp.AuthMode.NONE;
  const menu = addon ? sheetsUi.createAddonMenu() : sheetsUi.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (MENU_SEPARATOR_BEFORE.includes(item.handler)) menu.addSeparator();
    menu.addItem(item.label, item.handler);
  }
  menu.addToUi();
}
