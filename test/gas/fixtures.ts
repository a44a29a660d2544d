/**
 * Spreadsheets the tests start from: empty, prepared by the menu, and one a person has edited —
 * Matriz columns reordered (formulas moved with them, as Sheets does), an extra column, values
 * typed in every input column, and one computed cell typed over.
 */
import { serialFromParts, utcDateFromSerial } from '../../src/core/calendar';
import { rowFormulas, type ColumnLayout } from '../../src/core/tracker/layout';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import type { FixtureCell, SpreadsheetSpec } from '../fakes';
import { boot, choosePlan, click, type Booted } from './support';

export const PREPARAR = 'Preparar o reparar la hoja';
export const CORTE = 'Registrar corte de seguimiento…';
export const VALIDAR = 'Validar la matriz';
export const INFORME = 'Generar informe semestral…';
export const EXCEL = 'Descargar copia en Excel';
export const AYUDA = 'Ayuda';

export function openMenu(b: Booted): void {
  b.env.authMode = 'LIMITED';
  (b.g.onOpen as (e: unknown) => void)({ authMode: 'LIMITED', source: b.ss });
  b.env.authMode = 'FULL';
}

export function emptyTracker(spec?: SpreadsheetSpec): Booted {
  const b = boot(spec);
  openMenu(b);
  return b;
}

/** Preparar on a new spreadsheet: the menu click, then the default plan chosen in the dialog. */
export function preparedTracker(spec?: SpreadsheetSpec): Booted {
  const b = emptyTracker(spec);
  prepareNew(b);
  return b;
}

/** Preparar on a spreadsheet without Matriz: the click shows the plan dialog, the person loads a plan. */
export function prepareNew(b: Booted, nombre?: string): void {
  click(b, PREPARAR);
  choosePlan(b, nombre);
}

/** A date as Sheets hands it to a script: midnight in Bogotá (UTC−5, no summer time). */
export function bogota(y: number, m: number, d: number): Date {
  return new Date(utcDateFromSerial(serialFromParts(y, m, d)).getTime() + 5 * 3_600_000);
}

/** Input values for row i (0-based) of the seed's Matriz: every input column filled. */
export function typedInputs(i: number): Partial<Record<MatrizKey, FixtureCell>> {
  return {
    fechaInicio: bogota(2024, 1, 10 + i),
    ultimoSeguimiento: i % 2 === 0 ? bogota(2024, 3 + i, 1) : '',
    numerador: 3 + i * 2,
    denominador: 20,
    meta: i === 5 ? 0.5 : 1,
    evidencia: i === 1 ? '- acta 12 (ver carpeta)' : `https://drive.example/acta-${i}`,
    observaciones: i === 2 ? '=no es fórmula, es texto' : `Observación ${i}`,
  };
}

const EXTRA_HEADER = 'Notas del comité';

export interface EditedTracker extends Booted {
  readonly layout: ColumnLayout<MatrizKey>;
  readonly extraCol: number;
  readonly overwritten: { row: number; col: number };
}

export function editedTracker(): EditedTracker {
  const prepared = preparedTracker();
  const sheets: Record<string, FixtureCell[][]> = {};
  const formats: Record<string, string[][]> = {};
  for (const s of prepared.ss.sheets) {
    const values = s.peekValues();
    const formulas = s.peekFormulas();
    sheets[s.name] = values.map((line, r) => line.map((v, c) => (formulas[r][c] || v) as FixtureCell));
    formats[s.name] = values.map((line, r) => line.map((_, c) => s.cell(r + 1, c + 1)?.numberFormat ?? ''));
  }
  // The person's Matriz: inputs first (in another order), the extra column, then the rest.
  const order: MatrizKey[] = ['numerador', 'denominador', 'id', 'fechaInicio', 'ultimoSeguimiento', 'meta', 'estado', 'semaforo'];
  const rest = MATRIZ_COLUMNS.map((c) => c.key).filter((k) => !order.includes(k));
  const keys: (MatrizKey | null)[] = [...order.slice(0, 3), null, ...order.slice(3), ...rest];
  const layout = new Map<MatrizKey, number>();
  keys.forEach((k, i) => {
    if (k) layout.set(k, i + 1);
  });
  const old = prepared.ss.sheet(SHEET.matriz);
  const oldValues = old.peekValues();
  const oldCol = (k: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === k);
  const grid: FixtureCell[][] = [keys.map((k) => (k ? MATRIZ_COLUMNS[oldCol(k)].header : EXTRA_HEADER))];
  const fmt: string[][] = [keys.map(() => '')];
  for (let r = 1; r < oldValues.length; r++) {
    const inputs = typedInputs(r - 1);
    const f = rowFormulas(MATRIZ_COLUMNS, layout, r + 1);
    grid.push(
      keys.map((k) => {
        if (!k) return `Nota ${r}`;
        if (f.has(k)) return `=${f.get(k)}`;
        if (k in inputs) return inputs[k] ?? '';
        return oldValues[r][oldCol(k)] as FixtureCell;
      }),
    );
    fmt.push(keys.map((k) => (k && ['evidencia', 'observaciones', 'id', 'accion', 'metas', 'frecuencia', 'responsables'].includes(k) ? '@' : '')));
  }
  const overwritten = { row: 3, col: layout.get('estado') ?? 0 };
  grid[overwritten.row - 1][overwritten.col - 1] = 'Al día';
  sheets[SHEET.matriz] = grid;
  formats[SHEET.matriz] = fmt;
  const b = boot({ sheets, formats, names: prepared.ss.namedReferences() });
  openMenu(b);
  return { ...b, layout, extraCol: 4, overwritten };
}
