/** Every menu action, the sidebar's target and the edit trigger, with the answers a person may give. */
import { MENU_ITEMS } from '../../../src/core/messages/sheets';
import { SHEET } from '../../../src/core/tracker/names';
import type { Booted } from '../support';
import type { Random } from './random';

export type ActionName = (typeof MENU_ITEMS)[number]['handler'] | 'irACelda' | 'prepararConPlantilla' | 'onEdit';

export const ACTIONS: readonly ActionName[] = [...MENU_ITEMS.map((i) => i.handler), 'irACelda', 'prepararConPlantilla', 'onEdit'];

/** Scripts the person's answers, then calls the global function as Google would. Throws only if the script threw. */
export function perform(b: Booted, action: ActionName, r: Random): void {
  const ui = b.env.ui;
  b.env.authMode = 'FULL';
  if (action === 'menuRegistrarCorte') {
    const [text, button] = r.pick([
      ['30/06/2024', 'OK'],
      ['', 'OK'],
      ['31/02/2024', 'OK'],
      ['', 'CANCEL'],
      ['2024-12-31', 'OK'],
    ] as const);
    ui.answerPrompt(text, button);
    ui.answerAlert(r.pick(['YES', 'NO'] as const));
  } else if (action === 'menuGenerarInforme') {
    const [text, button] = r.pick([
      ['', 'OK'],
      ['2024-I', 'OK'],
      ['zz', 'OK'],
      ['', 'CANCEL'],
    ] as const);
    ui.answerPrompt(text, button);
  }
  const g = b.g[action];
  if (typeof g !== 'function') throw new Error(`No global ${action}`);
  try {
    // Each action is its own execution, with its own clock (30 s for onEdit, 6 min otherwise).
    b.env.rt.beginRun(action === 'onEdit' ? 'simpleTrigger' : 'execution');
    call(b, action, g, r);
  } finally {
    ui.clearAnswers();
    b.env.authMode = 'FULL';
  }
}

function call(b: Booted, action: ActionName, g: (...args: unknown[]) => unknown, r: Random): void {
  if (action === 'irACelda') {
    g(r.pick([SHEET.matriz, SHEET.fases, 'No existe', 42]), r.pick(['A1', 'B3', 'ZZ9', `A${1_000_000}`, '1:1', '<x>', undefined]));
  } else if (action === 'prepararConPlantilla') {
    // What a page could send: a plan, a plan with spaces or in capitals, no plan, markup, a number.
    g(r.pick(['gel-valle-de-san-juan', 'gobierno-digital', 'plan-de-accion-institucional', ' GOBIERNO-DIGITAL', '', '<b>x</b>', 3, undefined]));
  } else if (action === 'onEdit') {
    const s = b.ss.sheets.find((x) => x.name === SHEET.matriz) ?? b.ss.sheets[0];
    const row = 1 + r.int(Math.max(1, Math.min(s.maxRows, s.lastRow() + 3)));
    const range = s.getRange(row, 1, 1 + r.int(3), Math.min(s.maxColumns, 1 + r.int(20)));
    b.env.authMode = 'LIMITED';
    g({ authMode: b.env.ScriptApp.AuthMode.LIMITED, range, source: b.ss });
  } else {
    g();
  }
}
