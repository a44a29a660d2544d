/**
 * Who may edit what: the one description both hosts apply (Sheets as protections with editors,
 * Excel as locked and unlocked cells). A role is a list of e-mails; "responsables" means the
 * responsables of that very row of the Matriz.
 */
import { MATRIZ_COLUMNS, type MatrizKey } from '../tracker/matriz';
import { SHEET, type SheetName } from '../tracker/names';
import { REVIEW_KEYS, SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../tracker/seguimiento';

export type Role = 'administradores' | 'controlInterno' | 'responsables';

/** Who edits a Matriz column. */
export function matrizEditors(key: MatrizKey): readonly Role[] {
  if (key === 'observaciones') return ['controlInterno'];
  const role = MATRIZ_COLUMNS.find((c) => c.key === key)?.role;
  return role === 'input' ? ['responsables', 'administradores'] : ['administradores'];
}

/**
 * Who edits a Seguimiento column. Nobody types there: «Registrar corte» writes the records and runs as
 * the person who clicks it (Apps Script has no add-on identity that could be the only editor), so the
 * records are open to the roles that may register a corte, and the review to Control Interno alone.
 */
export function seguimientoEditors(key: SeguimientoKey): readonly Role[] {
  return REVIEW_KEYS.includes(key) ? ['controlInterno'] : ['controlInterno', 'administradores'];
}

/** Who registers a corte (the menu item refuses anyone else once the roles have e-mails). */
export const CORTE_ROLES: readonly Role[] = ['controlInterno', 'administradores'];

/** Sheets protected as a whole: their editors. Historial has none: only the trigger's owner writes it. */
export const WHOLE_SHEETS: ReadonlyArray<{ readonly sheet: SheetName; readonly roles: readonly Role[] }> = [
  { sheet: SHEET.fases, roles: ['administradores'] },
  { sheet: SHEET.tablero, roles: ['administradores'] },
  { sheet: SHEET.configuracion, roles: ['administradores'] },
  { sheet: SHEET.listas, roles: ['administradores'] },
  // Its e-mails decide who edits which Matriz rows: a responsable must not write themself into another's.
  { sheet: SHEET.responsables, roles: ['administradores'] },
  { sheet: SHEET.historial, roles: [] },
];

/** The header rows of the two tables: administrators only (columns are found by these texts). */
export const HEADER_ROLES: readonly Role[] = ['administradores'];

export const SEGUIMIENTO_KEYS: readonly SeguimientoKey[] = SEGUIMIENTO_COLUMNS.map((c) => c.key);
