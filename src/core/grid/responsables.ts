import { msg } from '../messages';
import { isEmail, personKey, splitEmails, splitResponsables } from '../reminders/people';
import { SHEET } from '../tracker/names';
import { RESPONSABLES_COLUMNS } from '../tracker/responsables';
import type { MatrizRow } from './matriz';
import { readText } from './cells';
import { readTable } from './table';
import type { Grid, Problem, ReadOptions } from './types';

/** One person or office with the addresses their reminders go to. */
export interface DirectoryEntry {
  readonly name: string;
  readonly emails: readonly string[];
  /** Sheet row in Responsables (1-based). */
  readonly row: number;
}

export interface ParsedResponsables {
  /** By personKey(name); a name listed twice keeps its first row. */
  readonly directory: ReadonlyMap<string, DirectoryEntry>;
  /** Every row as written (a copy writes these back, so nothing a person typed is dropped). */
  readonly written: readonly { readonly name: string; readonly correos: string }[];
  readonly problems: readonly Problem[];
}

/**
 * Reads the Responsables sheet. An address that is not an e-mail is reported at its cell and left
 * out (the others of the row still count); a row with a name and no address is reported too.
 */
export function parseResponsables(grid: Grid, opts: ReadOptions): ParsedResponsables {
  const sheet = SHEET.responsables;
  const table = readTable(grid, sheet, RESPONSABLES_COLUMNS, ['responsable', 'correos']);
  const problems: Problem[] = [...table.problems];
  const directory = new Map<string, DirectoryEntry>();
  const asWritten: { name: string; correos: string }[] = [];
  for (const r of table.rows) {
    const name = readText(r.cell('responsable'), opts).replace(/\s+/g, ' ');
    const correos = readText(r.cell('correos'), opts);
    asWritten.push({ name, correos });
    const written = splitEmails(correos);
    if (!name) {
      problems.push({ sheet, cell: r.where('responsable'), level: 'error', kind: 'value', message: msg.emailsWithoutName() });
      continue;
    }
    const bad = written.filter((e) => !isEmail(e));
    if (bad.length > 0) problems.push({ sheet, cell: r.where('correos'), level: 'error', kind: 'value', message: msg.notAnEmail(bad) });
    const emails = written.filter(isEmail);
    if (written.length === 0) problems.push({ sheet, cell: r.where('correos'), level: 'aviso', kind: 'value', message: msg.noEmailFor(name) });
    const key = personKey(name);
    if (directory.has(key)) {
      problems.push({ sheet, cell: r.where('responsable'), level: 'aviso', kind: 'value', message: msg.responsableTwice(name, directory.get(key)?.row ?? 0) });
      continue;
    }
    directory.set(key, { name, emails, row: r.row });
  }
  return { directory, written: asWritten, problems };
}

/** Every person the Matriz names, in order of first appearance (after splitting each cell). */
export function namedPeople(rows: readonly Pick<MatrizRow, 'responsables'>[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const name of splitResponsables(r.responsables)) {
      const key = personKey(name);
      if (!seen.has(key)) {
        seen.add(key);
        out.push(name);
      }
    }
  }
  return out;
}

/**
 * People the Matriz names that the Responsables sheet does not list: reported once each, at the
 * first Matriz cell that names them (`cellOf` gives that cell's A1 address).
 */
export function unlistedPeople(rows: readonly MatrizRow[], directory: ReadonlyMap<string, DirectoryEntry>, cellOf: (row: MatrizRow) => string): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const name of splitResponsables(r.responsables)) {
      const key = personKey(name);
      if (seen.has(key) || directory.has(key)) continue;
      seen.add(key);
      out.push({ sheet: SHEET.matriz, cell: cellOf(r), level: 'aviso', kind: 'value', message: msg.unlistedResponsable(name) });
    }
  }
  return out;
}
