/** What Validar says about the roles: empty roles (protections fall back to warnings) and bad e-mails. */
import type { ParsedConfiguracion } from '../grid/configuracion';
import type { Problem } from '../grid/types';
import { ROLE_SETTING, rolesText } from '../messages/roles';
import { a1 } from '../tracker/a1';
import { SHEET } from '../tracker/names';
import type { MatrizRow, ParsedMatriz } from '../grid/matriz';
import type { DirectoryEntry } from '../grid/responsables';
import { parseEmails } from './emails';
import { MAX_RESPONSABLE_RUNS, responsableRunCount } from './plan';
import { responsableEditors } from './responsables';

export function roleProblems(config: Pick<ParsedConfiguracion, 'settings' | 'rowOf'>): Problem[] {
  const out: Problem[] = [];
  const check = (key: 'correosControlInterno' | 'correosAdministradores', role: 'controlInterno' | 'administradores', what: string): void => {
    const row = config.rowOf.get(key);
    if (row === undefined) return; // the missing setting is already reported
    const cell = a1(row, 2);
    const list = parseEmails(config.settings[key]);
    for (const piece of list.invalid)
      out.push({ sheet: SHEET.configuracion, cell, kind: 'value', level: 'error', message: rolesText.badEmail(ROLE_SETTING[role], piece) });
    if (list.emails.length === 0)
      out.push({ sheet: SHEET.configuracion, cell, kind: 'value', level: 'aviso', message: rolesText.noEmails(ROLE_SETTING[role], what) });
  };
  check('correosControlInterno', 'controlInterno', rolesText.whatControlInterno());
  check('correosAdministradores', 'administradores', rolesText.whatAdmins());
  return out;
}

/**
 * A Matriz whose responsable changes too often from one row to the next cannot get one protection
 * per run (src/core/roles/plan.ts): said at the «Responsables» header, as an aviso.
 */
export function responsableRunProblems(
  matriz: Pick<ParsedMatriz, 'layout'> & { readonly rows: readonly Pick<MatrizRow, 'row' | 'responsables'>[] },
  directory: ReadonlyMap<string, Pick<DirectoryEntry, 'emails'>>,
): Problem[] {
  const col = matriz.layout.get('responsables');
  if (col === undefined) return [];
  const responsables = responsableEditors(
    matriz.rows.map((r) => r.responsables),
    directory,
  );
  const runs = responsableRunCount({ responsables, matriz: { rows: matriz.rows } });
  if (runs <= MAX_RESPONSABLE_RUNS) return [];
  return [{ sheet: SHEET.matriz, cell: a1(1, col), kind: 'value', level: 'aviso', message: rolesText.tooManyRuns(runs, MAX_RESPONSABLE_RUNS) }];
}
