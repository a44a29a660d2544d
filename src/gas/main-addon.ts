/**
 * The Editor add-on's entry (`dist-addon/`): the menu lives under Extensiones in every AuthMode.
 * Google runs onOpen under NONE (installed, not yet used in this document) or LIMITED (used here),
 * and onInstall under FULL right after the person installs it; onInstall builds the menu at once.
 */
import { buildMenu } from './menu';

export * from './entries';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu('addon', e);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
