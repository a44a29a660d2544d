/**
 * IDs for Matriz rows a person filled without one (a pasted matrix, a sheet opened with its own
 * numbering). One rule for both hosts: Preparar writes them into the empty ID cells, the export
 * into its output. An ID already written is never changed, and a new ID never repeats one.
 */
import { a1 } from '../tracker/a1';
import { msg } from '../messages';
import type { ParsedMatriz } from './matriz';
import type { ParsedTracker } from './tracker';

export interface IdAssignment {
  /** The sheet row (1-based) that gets the ID. */
  readonly row: number;
  readonly id: string;
}

/** "A7", "A2.1", "7": an optional letter prefix, a number, optional ".n" parts. */
const NUMBERED = /^([A-Za-z]*)(\d+)(?:\.\d+)*$/;

/**
 * New IDs for the rows without one, top to bottom. They continue the numbering the sheet already
 * uses: the prefix most IDs have (A when none is numbered; none when the sheet numbers 1, 2, 3…),
 * from the highest number with that prefix plus one, skipping any ID taken (case ignored).
 */
export function assignMissingIds(rows: readonly { readonly row: number; readonly id: string }[]): IdAssignment[] {
  const missing = rows.filter((r) => r.id === '');
  if (missing.length === 0) return [];
  const taken = new Set(rows.filter((r) => r.id !== '').map((r) => r.id.toLowerCase()));
  const prefixCount = new Map<string, number>();
  const highest = new Map<string, number>();
  for (const r of rows) {
    const m = NUMBERED.exec(r.id);
    if (!m) continue;
    const prefix = m[1].toUpperCase();
    prefixCount.set(prefix, (prefixCount.get(prefix) ?? 0) + 1);
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(m[2])));
  }
  // The most used prefix; on a tie the one met first (Map keeps insertion order).
  let prefix = 'A';
  let best = 0;
  for (const [p, n] of prefixCount) {
    if (n > best) {
      prefix = p;
      best = n;
    }
  }
  let next = (highest.get(prefix) ?? 0) + 1;
  return missing.map((r) => {
    while (taken.has(`${prefix}${next}`.toLowerCase())) next++;
    const id = `${prefix}${next}`;
    taken.add(id.toLowerCase());
    next++;
    return { row: r.row, id };
  });
}

/** Assignments of consecutive rows, in order: each run is one range to write and one part of the message. */
export function idRuns(assignments: readonly IdAssignment[]): IdAssignment[][] {
  const runs: IdAssignment[][] = [];
  for (const a of assignments) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].row + 1 === a.row) last.push(a);
    else runs.push([a]);
  }
  return runs;
}

/** The summary line naming the IDs and the cells (column `col`, each assignment's row). */
export function idsAssignedText(sheet: string, assignments: readonly IdAssignment[], col: number, where: 'celdas' | 'salida'): string {
  const runs = idRuns(assignments).map((run) => {
    const first = a1(run[0].row, col);
    const last = a1(run[run.length - 1].row, col);
    return { ids: run.map((a) => a.id), cells: first === last ? first : `${first}:${last}` };
  });
  return msg.idsAssigned(sheet, runs, where);
}

/**
 * The parsed Matriz once the IDs are written: those rows carry their ID, and the «no tiene ID»
 * problem of each filled cell is gone (the rest, a duplicate ID included, stays as it was).
 */
export function withAssignedIds(parsed: ParsedMatriz, assignments: readonly IdAssignment[]): ParsedMatriz {
  if (assignments.length === 0) return parsed;
  const col = parsed.layout.get('id');
  const byRow = new Map(assignments.map((a) => [a.row, a.id]));
  const filled = new Set(col === undefined ? [] : assignments.map((a) => a1(a.row, col)));
  const missingId = msg.missingId();
  return {
    ...parsed,
    rows: parsed.rows.map((r) => {
      const id = byRow.get(r.row);
      return id === undefined ? r : { ...r, id };
    }),
    problems: parsed.problems.filter((p) => !(p.kind === 'value' && p.message === missingId && filled.has(p.cell))),
  };
}

/** The whole parsed tracker once the IDs are written (its problem list without the filled «no tiene ID»). */
export function trackerWithIds<T extends ParsedTracker>(parsed: T, assignments: readonly IdAssignment[]): T {
  if (assignments.length === 0) return parsed;
  const matriz = withAssignedIds(parsed.matriz, assignments);
  const kept = new Set(matriz.problems);
  const dropped = new Set(parsed.matriz.problems.filter((p) => !kept.has(p)));
  return { ...parsed, matriz, problems: parsed.problems.filter((p) => !dropped.has(p)) };
}
