/** What Validar says about who can be reached: unlisted responsables, bad Comité addresses. */
import { readText } from '../grid/cells';
import type { ParsedMatriz } from '../grid/matriz';
import { unlistedPeople, type ParsedResponsables } from '../grid/responsables';
import type { Grid, Problem, ReadOptions } from '../grid/types';
import { msg } from '../messages';
import { a1 } from '../tracker/a1';
import type { ConfigKey } from '../tracker/configuracion';
import { SHEET } from '../tracker/names';
import { isEmail, splitEmails } from './people';

export interface DirectoryCheck {
  /** The Comité's valid addresses. */
  readonly comite: readonly string[];
  readonly problems: readonly Problem[];
}

export function directoryProblems(
  configGrid: Grid,
  rowOf: ReadonlyMap<ConfigKey, number>,
  matriz: ParsedMatriz,
  responsables: ParsedResponsables,
  hasSheet: boolean,
  opts: ReadOptions,
): DirectoryCheck {
  const problems: Problem[] = [];
  const row = rowOf.get('correosComite');
  const written = row === undefined ? [] : splitEmails(readText(configGrid[row - 1]?.[1], opts));
  const bad = written.filter((e) => !isEmail(e));
  if (row !== undefined && bad.length > 0)
    problems.push({ sheet: SHEET.configuracion, cell: a1(row, 2), level: 'error', kind: 'value', message: msg.badComiteEmails(bad) });
  const col = matriz.layout.get('responsables');
  if (hasSheet && col !== undefined) problems.push(...unlistedPeople(matriz.rows, responsables.directory, (r) => a1(r.row, col)));
  return { comite: written.filter(isEmail), problems };
}
