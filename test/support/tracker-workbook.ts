import { type DaySerial } from '../../src/core/calendar';
import type { TrackerTemplate } from '../../src/core/template/types';
import { CONFIG_ROWS, configRow, namedRanges, namedRangeReference, type ConfigKey } from '../../src/core/tracker/configuracion';
import { FASES_COLUMNS, type FasesKey } from '../../src/core/tracker/fases';
import { initialConfigGrid, initialFasesRows, LISTAS_GRID, type SeedValue } from '../../src/core/tracker/initial';
import { defaultLayout, rowFormulas } from '../../src/core/tracker/layout';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { distinctResponsables } from '../../src/core/summary';
import { tableroLayout } from '../../src/core/tracker/tablero';
import type { ColumnSpec } from '../../src/core/tracker/types';
import type { EngineCell } from './formula-engine';

export type MatrizInput = Partial<Record<MatrizKey, EngineCell>>;
export type FasesInput = Partial<Record<FasesKey, EngineCell>>;
export type SettingsInput = Partial<Record<ConfigKey, EngineCell>>;

export interface TrackerSheets {
  readonly sheets: Record<string, EngineCell[][]>;
  readonly names: Record<string, string>;
}

function seedToCell(v: SeedValue): EngineCell {
  if (v === null) return null;
  if (typeof v === 'object') return v.date;
  return v;
}

function sheetFrom<K extends string>(columns: readonly ColumnSpec<K>[], rows: readonly Partial<Record<K, EngineCell>>[]): EngineCell[][] {
  const layout = defaultLayout(columns);
  const grid: EngineCell[][] = [columns.map((c) => c.header)];
  rows.forEach((input, i) => {
    const row = i + 2;
    const formulas = rowFormulas(columns, layout, row);
    grid.push(columns.map((c) => (formulas.has(c.key) ? `=${formulas.get(c.key)}` : (input[c.key] ?? null))));
  });
  return grid;
}

/**
 * A whole tracker laid out from the core's description — Matriz, Fases, Configuración, Listas,
 * Tablero — with the given input cells, ready for the formula engine. Settings override the
 * template's Configuración values (e.g. fechaReferencia, diasAviso).
 */
export function trackerSheets(t: TrackerTemplate, matriz: readonly MatrizInput[], settings: SettingsInput = {}, fases?: readonly FasesInput[]): TrackerSheets {
  const config = initialConfigGrid(t).map((r) => r.map(seedToCell));
  for (const r of CONFIG_ROWS) {
    const row = configRow(r.key) - 1;
    if (r.formula) config[row][1] = `=${r.formula}`;
    else if (r.key in settings) config[row][1] = settings[r.key] ?? null;
  }
  const faseRows: readonly FasesInput[] = fases ?? initialFasesRows(t).map((m) => Object.fromEntries([...m].map(([k, v]) => [k, seedToCell(v)])) as FasesInput);
  const matrizGrid = sheetFrom(MATRIZ_COLUMNS, matriz);
  // The Tablero's responsables rows as both hosts choose them.
  const tablero = tableroLayout(defaultLayout(MATRIZ_COLUMNS), distinctResponsables(matriz.map((m) => String(m.responsables ?? ''))));
  const tableroGrid: EngineCell[][] = [];
  for (const c of tablero.cells) {
    while (tableroGrid.length < c.row) tableroGrid.push([]);
    const line = tableroGrid[c.row - 1];
    while (line.length < c.col) line.push(null);
    line[c.col - 1] = c.formula !== undefined ? `=${c.formula}` : (c.value ?? null);
  }
  const names: Record<string, string> = {};
  for (const n of namedRanges(t.frecuencias.frecuencias.length)) names[n.name] = namedRangeReference(n);
  return {
    sheets: {
      [SHEET.matriz]: matrizGrid,
      [SHEET.fases]: sheetFrom(FASES_COLUMNS, faseRows),
      [SHEET.configuracion]: config,
      [SHEET.listas]: LISTAS_GRID.map((r) => [...r]),
      [SHEET.tablero]: tableroGrid,
    },
    names,
  };
}

export const matrizCol = (key: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === key) + 1;
export const fasesCol = (key: FasesKey): number => FASES_COLUMNS.findIndex((c) => c.key === key) + 1;
export type { DaySerial };
