/**
 * A prepared tracker whose Matriz holds exactly `rows` indicator rows (the seed's rows repeated with new
 * IDs and typed inputs), written straight into the fake so building it costs no counted call.
 */
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { writeInput } from '../fakes/spreadsheet/cell';
import { preparedTracker, typedInputs } from './fixtures';
import type { Booted } from './support';

export function trackerWithRows(rows: number): Booted {
  // The blank first sheet becomes the Matriz: give it room for the rows from the start.
  const b = preparedTracker({ maxRows: Math.max(1000, rows + 1) });
  const m = b.ss.sheet(SHEET.matriz);
  const seg = b.ss.sheet(SHEET.seguimiento);
  // Grown behind Preparar's back at every size, so each first run re-fits its protections alike.
  seg.maxRows += rows + 1;
  // The Tablero's chart data has a row per Matriz row: room for them at every size, as for Seguimiento.
  const tab = b.ss.sheet(SHEET.tablero);
  tab.maxRows = Math.max(tab.maxRows, rows + 100);
  const seedRows = m.lastRow() - 1;
  const template = m.peekValues();
  for (let i = seedRows; i < rows; i++) {
    const source = template[1 + (i % seedRows)];
    MATRIZ_COLUMNS.forEach((c, j) => {
      if (c.role !== 'plan') return;
      const v = c.key === 'id' ? `X${i + 1}` : source[j];
      if (v !== '') writeInput(m.ensure(i + 2, j + 1), v, b.ss.timeZone);
    });
  }
  for (let i = 0; i < rows; i++) {
    for (const [k, v] of Object.entries(typedInputs(i % 7))) {
      const j = MATRIZ_COLUMNS.findIndex((c) => c.key === (k as MatrizKey));
      const cell = m.ensure(i + 2, j + 1);
      if (v !== '' && v !== null) writeInput(cell, v, b.ss.timeZone);
    }
  }
  // Rows as a person pastes them: no formulas yet (Preparar's first run fills them all), and
  // exactly `rows` of them even when fewer than the seed's.
  for (let r = 2; r <= Math.max(m.lastRow(), rows + 1); r++) {
    MATRIZ_COLUMNS.forEach((c, j) => {
      const cell = m.cell(r, j + 1);
      if (!cell) return;
      if (r > rows + 1) {
        cell.value = '';
        cell.formula = '';
      }
      if (c.role === 'computed') {
        cell.formula = '';
        cell.value = '';
      }
    });
  }
  // The Tablero is generated from the rows: start it blank so every size rebuilds it alike.
  const t = b.ss.sheet(SHEET.tablero);
  for (let r = 1; r <= t.lastRow() + 1; r++)
    for (let c = 1; c <= 6; c++) {
      const cell = t.cell(r, c);
      if (cell) {
        cell.value = '';
        cell.formula = '';
      }
    }
  b.env.calls.reset();
  return b;
}

/** Spreadsheet service calls of one menu action (prompts answered with a fixed date). */
export function callsOf(b: Booted, handler: string): number {
  return runOf(b, handler).calls;
}

/** One menu action as one execution: its Spreadsheet calls and its estimated Google time (test/fakes/cost.ts). */
export function runOf(b: Booted, handler: string): { calls: number; estimatedMs: number } {
  b.env.ui.answerPrompt('30/06/2024');
  b.env.ui.answerAlert('YES');
  b.env.calls.reset();
  b.env.authMode = 'FULL';
  b.env.rt.beginRun('execution');
  (b.g[handler] as () => void)();
  return { calls: b.env.calls.total('SpreadsheetApp'), estimatedMs: b.env.rt.elapsedMs };
}

/** Seconds, as the benchmark prints an estimate ("12,3 s"). */
export function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('es-CO', { maximumFractionDigits: 1 })} s`;
}

/** The simple onEdit trigger after a person typed or pasted into `a1` of the Matriz: calls and estimated time. */
export function onEditRun(b: Booted, a1: string): { calls: number; estimatedMs: number } {
  const range = b.ss.sheet(SHEET.matriz).getRange(a1);
  b.env.calls.reset();
  b.env.authMode = 'LIMITED';
  b.env.rt.beginRun('simpleTrigger');
  (b.g.onEdit as (e: unknown) => void)({ authMode: b.env.ScriptApp.AuthMode.LIMITED, range, source: b.ss });
  b.env.authMode = 'FULL';
  return { calls: b.env.calls.total('SpreadsheetApp'), estimatedMs: b.env.rt.elapsedMs };
}

/**
 * onEdit after pasting `rows` Matriz rows without formulas (as copied from another file) with one
 * computed cell typed over: the case that once cost one call per row.
 */
export function pasteRun(rows: number): { calls: number; estimatedMs: number } {
  const b = trackerWithRows(rows);
  const m = b.ss.sheet(SHEET.matriz);
  const valor = MATRIZ_COLUMNS.findIndex((c) => c.key === 'valor') + 1;
  writeInput(m.ensure(Math.min(rows + 1, 10), valor), 0.5, b.ss.timeZone);
  return onEditRun(b, `A2:Z${rows + 1}`);
}

/** onEdit after a person typed one number into a row that already has its formulas. */
export function plainEditRun(rows: number): { calls: number; estimatedMs: number } {
  const b = trackerWithRows(rows);
  callsOf(b, 'menuPreparar');
  const m = b.ss.sheet(SHEET.matriz);
  const numerador = MATRIZ_COLUMNS.findIndex((c) => c.key === 'numerador') + 1;
  const row = Math.max(2, Math.floor(rows / 2));
  writeInput(m.ensure(row, numerador), 3, b.ss.timeZone);
  return onEditRun(b, `${String.fromCharCode(64 + numerador)}${row}`);
}
