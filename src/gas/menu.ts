/**
 * The "Gobierno en Línea" menu. It only builds the menu: no SpreadsheetApp read, no property,
 * nothing needing authorisation, so it works in every AuthMode (NONE, LIMITED, FULL).
 * The add-on's menu is always createAddonMenu (under Extensiones, titled with the add-on's name);
 * the bound script's is a top-level menu. The event's authMode never changes where the menu goes.
 */
import { logFailure } from './log';
import { MENU_ITEMS, MENU_SEPARATOR_BEFORE, MENU_TITLE } from '../core/messages/sheets';

export type Deployment = 'bound' | 'addon';

export function buildMenu(deployment: Deployment, _e?: GoogleAppsScript.Events.SheetsOnOpen | GoogleAppsScript.Events.AddonOnInstall): void {
  try {
    const sheetsUi = SpreadsheetApp.getUi();
    const menu = deployment === 'addon' ? sheetsUi.createAddonMenu() : sheetsUi.createMenu(MENU_TITLE);
    for (const item of MENU_ITEMS) {
      if (MENU_SEPARATOR_BEFORE.includes(item.handler)) menu.addSeparator();
      menu.addItem(item.label, item.handler);
    }
    menu.addToUi();
  } catch (e) {
    // onOpen has no one to show an alert to (and cannot under NONE): the execution log keeps it.
    logFailure('onOpen', e);
  }
}
