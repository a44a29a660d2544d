/**
 * A plan matrix as a municipality brings it, used by both hosts' tests: its own header names (aliases,
 * not ours), its own column order, a numbered column with some numbers missing and one repeated, an
 * extra column of its own, frequencies written in several ways and one nobody knows («Quincenal»),
 * and none of the input columns the tracker adds (Último seguimiento, Numerador, Denominador).
 */
import { serialFromParts, type DaySerial } from '../../src/core/calendar';
import type { MatrizKey } from '../../src/core/tracker/matriz';

export type PastedCell = string | number | { readonly date: DaySerial } | null;

/** The header the person wrote → the column it must be read as (null: a column of theirs, kept). */
export const PASTED_HEADERS: readonly (readonly [string, MatrizKey | null])[] = [
  ['N°', 'id'],
  ['Actividad', 'accion'],
  ['Indicador', 'indicador'],
  ['Meta', 'meta'],
  ['Responsable(s)', 'responsables'],
  ['Periodicidad', 'frecuencia'],
  ['Fecha inicio', 'fechaInicio'],
  ['Notas del municipio', null],
];

const d = (y: number, m: number, day: number): { date: DaySerial } => ({ date: serialFromParts(y, m, day) });

/** Rows 2…8 of the sheet; the months each frequency means (null: unknown). */
export const PASTED_ROWS: readonly { readonly cells: readonly PastedCell[]; readonly months: number | null }[] = [
  {
    cells: [1, 'Publicar el plan de acción en la web', '% de publicaciones a tiempo', 1, 'Secretaría de Planeación', 'Trimestral', d(2025, 1, 15), 'Prioridad'],
    months: 3,
  },
  { cells: [2, 'Actualizar el inventario de trámites', 'Trámites actualizados', 0.8, 'Secretaría General', 'Mensual', d(2025, 2, 1), null], months: 1 },
  { cells: [null, 'Abrir datos del presupuesto', 'Conjuntos de datos publicados', 1, 'Secretaría de Hacienda', 'bimestral', d(2025, 3, 1), null], months: 2 },
  {
    cells: [null, 'Capacitar a los funcionarios', '% de funcionarios capacitados', 0.9, 'Talento Humano', 'Cada 3 meses', d(2025, 1, 20), 'Con el SENA'],
    months: 3,
  },
  { cells: [2, 'Responder PQRSD en línea', 'PQRSD respondidas a tiempo', 1, 'Atención al Ciudadano', 'Semestral', d(2025, 4, 1), null], months: 6 },
  { cells: [null, 'Medir la satisfacción', 'Encuestas aplicadas', 1, 'Control Interno', 'Quincenal', d(2025, 5, 2), null], months: null },
  { cells: [null, 'Rendir cuentas', 'Audiencias realizadas', 1, 'Despacho del Alcalde', 'Anual', d(2025, 6, 30), null], months: 12 },
];

/** The IDs each row must end with: the two numbered rows keep theirs (the repeated 2 too), the rest continue 3, 4, 5, 6. */
export const PASTED_IDS = ['1', '2', '3', '4', '2', '5', '6'];

/** Sheet rows (1-based) whose ID cell was empty and gets an ID. */
export const PASTED_FILLED_ROWS = [4, 5, 7, 8];

export function pastedGrid(): PastedCell[][] {
  return [PASTED_HEADERS.map(([h]) => h), ...PASTED_ROWS.map((r) => [...r.cells])];
}

/** Column (1-based) of a header in the pasted sheet. */
export function pastedCol(key: MatrizKey): number {
  return PASTED_HEADERS.findIndex(([, k]) => k === key) + 1;
}
