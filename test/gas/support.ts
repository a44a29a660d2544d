/**
 * Loads the built Apps Script bundle into a vm context wired to the fakes, as the Apps Script
 * runtime would run it: one global script, globals called by name. Plus fixtures and snapshots.
 */
import { createEnvironment, type FakeEnvironment, type FakeSpreadsheet, type FixtureCell, type SpreadsheetSpec } from '../fakes';
import { bundleCode, loadGasSync, type Deployment } from '../support/gas-harness';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { SHEET } from '../../src/core/tracker/names';
import { foldForMatch } from '../../src/core/text';
import { planChoice } from '../support/plan-dialog';

/** The bundle exactly as `npm run build` makes it (built in memory: no race on dist/). */
export const bundle = bundleCode;

export type Globals = Record<string, (...args: unknown[]) => unknown>;

export interface Booted {
  readonly env: FakeEnvironment;
  readonly ss: FakeSpreadsheet;
  readonly g: Globals;
}

export function boot(spec?: SpreadsheetSpec, deployment?: Deployment): Booted {
  const env = createEnvironment({ userEmail: 'control.interno@valledesanjuan.gov.co' });
  const harness = loadGasSync({ env, spreadsheet: spec, deployment });
  return { env, ss: harness.spreadsheet, g: harness.context as unknown as Globals };
}

/** Runs a menu handler the way a click does: by the function name the menu registered. */
export function click(b: Booted, caption: string): void {
  const name = b.env.ui.functionFor(caption);
  if (!name) throw new Error(`No menu item ${caption}`);
  const fn = b.g[name];
  if (typeof fn !== 'function') throw new Error(`${name} is not a global function`);
  b.env.authMode = 'FULL';
  fn();
}

/**
 * After a click on Preparar on a spreadsheet without Matriz: the person picks a plan in the dialog (the
 * default one, checked, unless named) and clicks «Cargar el plan elegido» — a google.script.run call.
 */
export function choosePlan(b: Booted, nombre?: string): void {
  const { entry, value } = planChoice(b.env.ui, nombre);
  const fn = b.g[entry];
  if (typeof fn !== 'function') throw new Error(`${entry} is not a global function`);
  b.env.authMode = 'FULL';
  fn(value);
}

export function lastMessage(b: Booted): string {
  const d = b.env.ui.lastDialog();
  if (!d) return '';
  return 'message' in d ? d.message : d.html.content;
}

/** Every stored detail of the spreadsheet, for "nothing changed" comparisons. */
export function stateOf(ss: FakeSpreadsheet): string {
  // Many cells share one validation rule object: each is serialised once.
  const rules = new Map<object, string>();
  const ruleText = (v: object): string => {
    let text = rules.get(v);
    if (text === undefined) {
      text = JSON.stringify(v, replacer);
      rules.set(v, text);
    }
    return text;
  };
  const sheets = ss.sheets.map((s) => {
    // One line per stored cell, every field of Cell but the computed result (a compact form:
    // sheets hold thousands of formatted cells). A field added to Cell must be added here.
    const cells: string[] = [];
    for (let r = 1; r <= s.maxRows; r++) {
      for (let c = 1; c <= s.maxColumns; c++) {
        const cell = s.cell(r, c);
        if (!cell) continue;
        cells.push(
          `${r},${c}|${typeof cell.value}:${String(cell.value)}|${cell.formula}|${cell.numberFormat}|${cell.note}|${cell.background}|${cell.fontColor}|${cell.fontWeight}|${cell.wrap}|${cell.wrapStrategy}|${cell.horizontalAlignment}|${cell.verticalAlignment}|${cell.validation ? ruleText(cell.validation) : ''}`,
        );
      }
    }
    return {
      name: s.name,
      hidden: s.hidden,
      maxRows: s.maxRows,
      maxColumns: s.maxColumns,
      frozen: s.frozenRows,
      widths: [...s.columnWidths],
      cells,
      rules: s.conditionalRules.map((r) => JSON.stringify(r.state, replacer)),
      charts: s.charts.map((c) => JSON.stringify(c.state, replacer)),
    };
  });
  const protections = ['RANGE', 'SHEET'].flatMap((t) =>
    ss
      .protectionsOf(t as never)
      .map((p) => `${p.description}|${p.warningOnly}|${p.range.sheet.name}!${p.range.row},${p.range.col},${p.range.numRows},${p.range.numCols}`),
  );
  return JSON.stringify({ sheets, names: ss.namedReferences(), protections });
}

function replacer(key: string, value: unknown): unknown {
  if (key === 'rt' || key === 'spreadsheet') return undefined;
  if (value && typeof value === 'object' && 'sheet' in value && 'row' in value && 'numRows' in value) {
    const r = value as { sheet: { name: string }; row: number; col: number; numRows: number; numCols: number };
    return `${r.sheet.name}!${r.row},${r.col},${r.numRows},${r.numCols}`;
  }
  if (value instanceof Map) return [...value];
  return value;
}

const COMPUTED_HEADERS: Record<string, readonly string[]> = {
  [SHEET.matriz]: MATRIZ_COLUMNS.filter((c) => c.role === 'computed').flatMap((c) => [c.header, ...c.aliases].map(foldForMatch)),
  [SHEET.fases]: FASES_COLUMNS.filter((c) => c.role === 'computed').flatMap((c) => [c.header, ...c.aliases].map(foldForMatch)),
};

/**
 * What people typed: every non-empty value or formula outside computed columns and outside the
 * generated Tablero and Listas. Keyed by sheet and the text of the column header, so it survives a
 * column being found elsewhere.
 */
export function personCells(ss: FakeSpreadsheet): Map<string, string | number | boolean> {
  const out = new Map<string, string | number | boolean>();
  for (const s of ss.sheets) {
    if (s.name === SHEET.tablero || s.name === SHEET.listas) continue;
    const values = s.peekValues();
    const formulas = s.peekFormulas();
    const computed = COMPUTED_HEADERS[s.name] ?? [];
    const header = values[0] ?? [];
    values.forEach((line, r) =>
      line.forEach((v, c) => {
        if (r > 0 && computed.includes(foldForMatch(String(header[c] ?? '')))) return;
        if (s.name === SHEET.configuracion && String(line[0]).startsWith('Fecha de cálculo') && c === 1) return;
        const content = formulas[r][c] || v;
        if (content !== '') out.set(`${s.name}!R${r + 1}C${c + 1}`, content);
      }),
    );
  }
  return out;
}

/** Cells of `before` that are gone or different in `after` (cells only added are fine). */
export function changedCells(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  return [...before].filter(([k, v]) => after.get(k) !== v).map(([k, v]) => `${k}: ${String(v)} → ${String(after.get(k))}`);
}

export type { FixtureCell, FakeSpreadsheet, FakeEnvironment };
