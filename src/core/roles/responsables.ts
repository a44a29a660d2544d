/**
 * Who may edit a Matriz row's input cells: the people its «Responsables» cell names (split as the
 * reminders split it, src/core/reminders/people.ts), with the e-mails the Responsables sheet gives
 * each of them. A cell naming anyone without a valid e-mail (or not listed) gets none: its rows stay
 * warning-only, so nobody the cell names is locked out of their own row; Validar reports that person
 * at the Responsables (or Matriz) cell, as the reminders do.
 */
import type { DirectoryEntry } from '../grid/responsables';
import { personKey, splitResponsables } from '../reminders/people';
import { responsableKey } from './plan';

/** responsableKey(cell as written) → the e-mails (lower-case, each once) of everyone it names; [] when one of them has none. */
export function responsableEditors(
  cells: readonly string[],
  directory: ReadonlyMap<string, Pick<DirectoryEntry, 'emails'>>,
): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, readonly string[]>();
  for (const cell of cells) {
    const key = responsableKey(cell);
    if (out.has(key)) continue;
    const people = splitResponsables(cell);
    const lists = people.map((name) => (directory.get(personKey(name))?.emails ?? []).map((e) => e.trim().toLowerCase()));
    if (people.length === 0 || lists.some((l) => l.length === 0)) {
      out.set(key, []);
      continue;
    }
    out.set(key, [...new Set(lists.flat())]);
  }
  return out;
}

/** The people the cells name who have no valid e-mail (their rows stay warning-only), each once, in order. */
export function responsablesWithoutEmail(cells: readonly string[], directory: ReadonlyMap<string, Pick<DirectoryEntry, 'emails'>>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const name of cells.flatMap(splitResponsables)) {
    const key = personKey(name);
    if (seen.has(key)) continue;
    seen.add(key);
    if ((directory.get(key)?.emails ?? []).length === 0) out.push(name);
  }
  return out;
}
