/**
 * The 400-row tracker broken the common ways (the issue-17 case, 413 problems with the structural
 * ones): «QUINCENAL» typed in 133 rows, 126 denominators of 0, 150 metas left blank, the
 * «Evidencia» and «Observaciones de Control Interno» headers deleted, and optionally the structural
 * faults too (the «ID» header emptied, the Fases sheet deleted).
 */
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { trackerWithRows } from './scale';
import type { Booted } from './support';
import { preparedTracker } from './fixtures';

export const col = (k: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === k) + 1;
export const header = (k: MatrizKey): string => MATRIZ_COLUMNS[col(k) - 1].header;

/** Every third row (from row 4) gets the frequency «QUINCENAL», which the table does not have: 133 rows. Returns their cells. */
export function quincenal(b: Booted): string[] {
  const m = b.ss.sheet(SHEET.matriz);
  const cells: string[] = [];
  for (let r = 4; r <= 401; r += 3) {
    m.getRange(r, col('frecuencia')).setValue('QUINCENAL');
    cells.push(m.getRange(r, col('frecuencia')).getA1Notation());
  }
  return cells;
}

export function removeOptionalHeaders(b: Booted): void {
  const m = b.ss.sheet(SHEET.matriz);
  m.getRange(1, col('evidencia')).setValue('');
  m.getRange(1, col('observaciones')).setValue('');
}

export function brokenTracker(structural: boolean): { b: Booted; quincenalCells: string[] } {
  const b = trackerWithRows(400);
  const quincenalCells = quincenal(b);
  removeOptionalHeaders(b);
  const m = b.ss.sheet(SHEET.matriz);
  for (let r = 3; r <= 378; r += 3) m.getRange(r, col('denominador')).setValue(0);
  for (let r = 2; r <= 300; r += 2) m.getRange(r, col('meta')).setValue('');
  if (structural) {
    b.ss.sheet(SHEET.matriz).getRange(1, col('id')).setValue('');
    b.ss.deleteSheet(b.ss.getSheetByName(SHEET.fases)!);
  }
  return { b, quincenalCells };
}

/**
 * A freshly prepared tracker a person broke by hand in every sheet the actions count: 7 errors and
 * 7 avisos (the issue's «14 problems» case) — Matriz values (a word for a number, a word for a date,
 * «QUINCENAL» in two rows), a Responsables address that is not an e-mail and a row of addresses
 * without a name, beside the avisos a new tracker has (a missing meta, people without e-mail,
 * roles without e-mails).
 */
export function fourteenProblems(): Booted {
  const b = preparedTracker();
  const m = b.ss.sheet(SHEET.matriz);
  m.getRange(2, col('numerador')).setValue('diez');
  m.getRange(3, col('fechaInicio')).setValue('ayer');
  m.getRange(4, col('meta')).setValue('alta');
  m.getRange(5, col('frecuencia')).setValue('QUINCENAL');
  m.getRange(6, col('frecuencia')).setValue('QUINCENAL');
  const r = b.ss.sheet(SHEET.responsables);
  r.getRange(2, 2).setValue('no-es-correo');
  r.getRange(r.getLastRow() + 1, 2).setValue('sin.nombre@alcaldia.gov.co');
  return b;
}
