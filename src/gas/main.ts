/**
 * The Apps Script entry: the global functions Apps Script calls (triggers and menu handlers),
 * and nothing else. The build turns each export into a top-level function declaration.
 */
import { buildMenu } from './menu';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu(e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
