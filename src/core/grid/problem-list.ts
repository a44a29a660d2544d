/**
 * The one list of problems every host action shows or counts (Validar, Registrar corte, Preparar,
 * the report): the same problems in the same order, so their counts agree. Structural problems
 * come first and once; identical messages are grouped with every cell they concern, so a person
 * reads «QUINCENAL» once with its 133 cells instead of 133 times.
 */
import { isStructural, type Problem, type ProblemKind, type ProblemLevel } from './types';

/** One message and the cells it concerns, in sheet order. */
export interface ProblemGroup {
  readonly sheet: string;
  readonly level: ProblemLevel;
  readonly kind: ProblemKind;
  readonly message: string;
  readonly structural: boolean;
  readonly cells: readonly string[];
}

/** A sheet's groups, structural first, then errors, then avisos. */
export interface SheetProblems {
  readonly sheet: string;
  readonly errors: number;
  readonly avisos: number;
  readonly groups: readonly ProblemGroup[];
}

export interface ProblemList {
  /** Every problem once, structural first, then by sheet (in the order the parser read them). */
  readonly problems: readonly Problem[];
  readonly errors: number;
  readonly avisos: number;
  readonly structural: readonly Problem[];
  /** The structural problems grouped, missing sheets first: what a person fixes before anything else. */
  readonly structuralGroups: readonly ProblemGroup[];
  readonly bySheet: readonly SheetProblems[];
}

/** A missing sheet, an empty sheet, a missing header; then other header or setting problems; then cell values; errors before avisos. */
const STRUCTURAL_ORDER: Partial<Record<ProblemKind, number>> = { missingSheet: 0, emptySheet: 1, missingHeader: 2 };
function rank(p: Problem): number {
  if (isStructural(p)) return STRUCTURAL_ORDER[p.kind] ?? 2;
  return 3 + (p.kind === 'value' ? 2 : 0) + (p.level === 'error' ? 0 : 1);
}

/** Identical messages of one sheet become one group with every cell, in the given order. */
function groupsOf(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, { head: Problem; cells: string[] }>();
  for (const p of problems) {
    const key = `${p.sheet}\u0000${p.level}\u0000${p.kind}\u0000${p.message}`;
    const g = groups.get(key);
    if (g) g.cells.push(p.cell);
    else groups.set(key, { head: p, cells: [p.cell] });
  }
  return [...groups.values()].map(({ head, cells }) => ({
    sheet: head.sheet,
    level: head.level,
    kind: head.kind,
    message: head.message,
    structural: isStructural(head),
    cells,
  }));
}

export function problemList(all: readonly Problem[]): ProblemList {
  const seen = new Set<string>();
  const unique: Problem[] = [];
  for (const p of all) {
    const key = `${p.sheet}\u0000${p.cell}\u0000${p.level}\u0000${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(p);
  }
  const sheetOrder = [...new Set(unique.map((p) => p.sheet))];
  // Array.prototype.sort is stable: within a rank, the parser's order (row by row) stands.
  const byRank = unique
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p) - rank(b.p) || a.i - b.i)
    .map((x) => x.p);
  // Structural problems of every sheet, ordered by kind first (a missing sheet before a missing header).
  const structural = byRank.filter(isStructural);
  const problems = [...structural, ...sheetOrder.flatMap((s) => byRank.filter((p) => p.sheet === s && !isStructural(p)))];

  const bySheet = sheetOrder.map((sheet): SheetProblems => {
    const mine = byRank.filter((p) => p.sheet === sheet);
    return {
      sheet,
      errors: mine.filter((p) => p.level === 'error').length,
      avisos: mine.filter((p) => p.level === 'aviso').length,
      groups: groupsOf(mine),
    };
  });
  // Sheets with a structural problem first, so «Falta la hoja …» is the first line a person reads.
  const firstStructural = (s: SheetProblems): number => (s.groups.some((g) => g.structural) ? 0 : 1);
  const sortedSheets = bySheet
    .map((s, i) => ({ s, i }))
    .sort((a, b) => firstStructural(a.s) - firstStructural(b.s) || a.i - b.i)
    .map((x) => x.s);
  const errors = unique.filter((p) => p.level === 'error').length;
  return { problems, errors, avisos: unique.length - errors, structural, structuralGroups: groupsOf(structural), bySheet: sortedSheets };
}
