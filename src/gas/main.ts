/**
 * The bound script's entry (`dist/`, pushed with clasp into the spreadsheet's own script): its
 * simple onOpen runs under AuthMode.LIMITED and puts «Gobierno en Línea» in the top menu bar.
 */
import { buildMenu } from './menu';

export * from './entries';

export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildMenu('bound', e);
}
