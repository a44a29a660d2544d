/**
 * The protections a tracker should have, computed from the description (editors.ts), the sheets'
 * layouts and the roles' e-mails. A host applies the list as it is: Sheets reconciles its protections
 * with it by description (so repair adds, fixes or removes only what differs and never touches a value).
 */
import { protectionText } from '../messages/roles';
import { a1, columnLetter } from '../tracker/a1';
import type { ColumnLayout } from '../tracker/layout';
import type { MatrizKey } from '../tracker/matriz';
import { SHEET, type SheetName } from '../tracker/names';
import type { SeguimientoKey } from '../tracker/seguimiento';
import { HEADER_ROLES, matrizEditors, seguimientoEditors, WHOLE_SHEETS, type Role } from './editors';

export interface RoleEmails {
  readonly administradores: readonly string[];
  readonly controlInterno: readonly string[];
}

/** How the Matriz groups a responsable's rows with the e-mails given for it: trimmed, ignoring case. */
export function responsableKey(text: string): string {
  return text.trim().toLowerCase();
}

export interface TableShape<K extends string> {
  readonly layout: ColumnLayout<K>;
  /** Columns in use (extra columns a person added stay free). */
  readonly width: number;
  readonly maxRows: number;
}

export interface ProtectionInput {
  readonly roles: RoleEmails;
  /** responsableKey(text as written in the Matriz) → e-mails (from the Responsables sheet). */
  readonly responsables: ReadonlyMap<string, readonly string[]>;
  readonly matriz?: TableShape<MatrizKey> & { readonly rows: ReadonlyArray<{ readonly row: number; readonly responsables: string }> };
  readonly seguimiento?: TableShape<SeguimientoKey>;
  /** Which of the whole-protected sheets exist. */
  readonly sheets: readonly SheetName[];
}

export interface ProtectedArea {
  /** Unique and stable: a host recognises its own protection by it. */
  readonly description: string;
  readonly sheet: SheetName;
  /** The range in A1 (closed, e.g. M2:S1000), for a host to check its protection still covers it. */
  readonly a1: string;
  /** A sheet protection; otherwise the range below. */
  readonly whole: boolean;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly roles: readonly Role[];
  /** Who may edit (lower-case). Google also always lets the owner and the person applying it. */
  readonly editors: readonly string[];
  /** A role meant to edit has no e-mail: nobody is locked out, a person who edits sees a warning. */
  readonly warningOnly: boolean;
  /** The roles (or the responsable's name) that made it warning-only. */
  readonly missing: readonly string[];
}

interface Who {
  readonly roles: readonly Role[];
  /** The row's responsable, when `roles` includes "responsables". */
  readonly responsable?: string;
  /** The responsables' e-mails when they are not those of `responsable` alone (the capped Matriz). */
  readonly emails?: readonly string[];
}

interface Run {
  readonly first: number;
  readonly last: number;
  /** null: rows without responsables (administrators only). */
  readonly responsable: string | null;
  readonly emails?: readonly string[];
}

/**
 * At most this many runs of the Matriz get their own protection. Each protection costs Google calls
 * at every repair (ASSUMED ~1 s each, test/fakes/cost.ts): past this, Preparar would near Apps
 * Script's 6-minute limit, so the rows share one protection for all the responsables and Validar
 * asks to sort the Matriz by responsable.
 */
export const MAX_RESPONSABLE_RUNS = 120;

function resolve(input: ProtectionInput, who: Who): Pick<ProtectedArea, 'roles' | 'editors' | 'warningOnly' | 'missing'> {
  const editors: string[] = [];
  const missing: string[] = [];
  const add = (list: readonly string[], name: string): void => {
    if (list.length === 0) missing.push(name);
    for (const e of list) if (!editors.includes(e)) editors.push(e);
  };
  for (const r of who.roles) {
    if (r === 'responsables') add(who.emails ?? input.responsables.get(responsableKey(who.responsable ?? '')) ?? [], who.responsable?.trim() || r);
    else add(input.roles[r], r);
  }
  return { roles: who.roles, editors, warningOnly: missing.length > 0, missing };
}

const sig = (roles: readonly Role[]): string => roles.join('+');

/** Maximal runs of adjacent columns whose editors are the same roles. */
function segments<K extends string>(
  shape: TableShape<K>,
  editorsOf: (key: K) => readonly Role[],
): Array<{ first: number; last: number; roles: readonly Role[] }> {
  const byCol = new Map<number, K>();
  for (const [k, c] of shape.layout) byCol.set(c, k);
  const out: Array<{ first: number; last: number; roles: readonly Role[] }> = [];
  for (let c = 1; c <= shape.width; c++) {
    const key = byCol.get(c);
    if (key === undefined) continue;
    const roles = editorsOf(key);
    const prev = out[out.length - 1];
    if (prev && prev.last === c - 1 && sig(prev.roles) === sig(roles)) prev.last = c;
    else out.push({ first: c, last: c, roles });
  }
  return out;
}

function area(input: ProtectionInput, sheet: SheetName, rows: [number, number], cols: [number, number], who: Who, maxRows = 0): ProtectedArea {
  // An area down to the sheet's last row is named open-ended (M2:S), so adding rows keeps its name.
  const range = rows[1] === maxRows ? `${a1(rows[0], cols[0])}:${columnLetter(cols[1])}` : `${a1(rows[0], cols[0])}:${a1(rows[1], cols[1])}`;
  return {
    description: protectionText.area(sheet, range, who.roles, who.responsable),
    a1: `${a1(rows[0], cols[0])}:${a1(rows[1], cols[1])}`,
    sheet,
    whole: false,
    firstRow: rows[0],
    lastRow: rows[1],
    firstCol: cols[0],
    lastCol: cols[1],
    ...resolve(input, who),
  };
}

function tableAreas<K extends string>(
  input: ProtectionInput,
  sheet: SheetName,
  shape: TableShape<K>,
  editorsOf: (key: K) => readonly Role[],
  rowsOfResponsables: (first: number, last: number) => readonly Run[],
): ProtectedArea[] {
  const out: ProtectedArea[] = [];
  if (shape.width < 1) return out;
  out.push(area(input, sheet, [1, 1], [1, shape.width], { roles: HEADER_ROLES }));
  const last = Math.max(2, shape.maxRows);
  for (const s of segments(shape, editorsOf)) {
    if (!s.roles.includes('responsables')) {
      out.push(area(input, sheet, [2, last], [s.first, s.last], { roles: s.roles }, last));
      continue;
    }
    for (const run of rowsOfResponsables(2, last)) {
      const who: Who =
        run.responsable === null
          ? { roles: s.roles.filter((r) => r !== 'responsables') }
          : { roles: s.roles, responsable: run.responsable, emails: run.emails };
      out.push(area(input, sheet, [run.first, run.last], [s.first, s.last], who, last));
    }
  }
  return out;
}

/**
 * Rows of the Matriz in runs of the same editors: adjacent rows whose responsables have the same
 * e-mails make one protection (so the count follows how often the editors change down the Matriz,
 * not the number of rows; a Matriz sorted by responsable needs one per responsable). Rows whose
 * responsable has no e-mail, and the rows after the last indicator (no responsable yet), share one
 * key: adjacent, they make one warning-only protection, so rows left empty below cost nothing.
 */
function responsableRuns(input: ProtectionInput, first: number, last: number): readonly Run[] {
  const rows = matrizRows(input, first, last);
  const runs = runsOf(input.responsables, rows, first, last);
  if (rows.length === 0 || responsableRunCount(input) <= MAX_RESPONSABLE_RUNS) return runs;
  // Too many changes of responsable down the Matriz: one protection for all of them (warning-only
  // when one of them has no e-mail), and the empty rows below as before.
  const lists = rows.map((r) => input.responsables.get(responsableKey(r.responsables)) ?? []);
  const emails = lists.some((l) => l.length === 0) ? [] : [...new Set(lists.flat())];
  const lastRow = rows[rows.length - 1].row;
  const out: Run[] = [{ first, last: lastRow, responsable: protectionText.allResponsables(), emails }];
  if (lastRow < last) out.push({ first: lastRow + 1, last, responsable: '' });
  return out;
}

function matrizRows(
  input: { readonly matriz?: Pick<NonNullable<ProtectionInput['matriz']>, 'rows'> },
  first: number,
  last: number,
): ReadonlyArray<{ readonly row: number; readonly responsables: string }> {
  return [...(input.matriz?.rows ?? [])].filter((r) => r.row >= first && r.row <= last).sort((a, b) => a.row - b.row);
}

function runsOf(
  responsables: ProtectionInput['responsables'],
  rows: ReadonlyArray<{ readonly row: number; readonly responsables: string }>,
  first: number,
  last: number,
): Run[] {
  const NONE = '\u0000';
  const runs: Array<Run & { last: number; key: string }> = [];
  let next = first;
  const put = (row: number, key: string, responsable: string | null): void => {
    const prev = runs[runs.length - 1];
    // Blank rows between indicators go with the next indicator's run.
    if (prev && prev.key === key) prev.last = row;
    else runs.push({ first: next, last: row, responsable, key });
    next = row + 1;
  };
  for (const r of rows) {
    const emails = responsables.get(responsableKey(r.responsables)) ?? [];
    const known = emails.length > 0;
    put(r.row, known ? [...emails].sort().join(' ') : NONE, known ? r.responsables.trim() : '');
  }
  if (next <= last) put(last, NONE, '');
  return runs.map((r) => ({ first: r.first, last: r.last, responsable: r.responsable }));
}

/**
 * How many protections the Matriz's indicator rows need, one per run of the same editors (the empty
 * rows below add one more). Past MAX_RESPONSABLE_RUNS Preparar shares one and Validar says so.
 */
export function responsableRunCount(input: {
  readonly responsables: ProtectionInput['responsables'];
  readonly matriz?: Pick<NonNullable<ProtectionInput['matriz']>, 'rows'>;
}): number {
  const rows = [...(input.matriz?.rows ?? [])].filter((r) => r.row >= 2).sort((a, b) => a.row - b.row);
  if (rows.length === 0) return 0;
  return runsOf(input.responsables, rows, 2, rows[rows.length - 1].row).length;
}

export function protectionPlan(input: ProtectionInput): ProtectedArea[] {
  const out: ProtectedArea[] = [];
  if (input.matriz) out.push(...tableAreas(input, SHEET.matriz, input.matriz, matrizEditors, (f, l) => responsableRuns(input, f, l)));
  if (input.seguimiento) out.push(...tableAreas(input, SHEET.seguimiento, input.seguimiento, seguimientoEditors, () => []));
  for (const w of WHOLE_SHEETS) {
    if (!input.sheets.includes(w.sheet)) continue;
    out.push({
      description: protectionText.sheet(w.sheet, w.roles),
      sheet: w.sheet,
      a1: '',
      whole: true,
      firstRow: 1,
      lastRow: 1,
      firstCol: 1,
      lastCol: 1,
      ...resolve(input, { roles: w.roles }),
    });
  }
  return out;
}

/** The roles with no e-mail, for Validar (each once). */
export function rolesWithoutEmail(roles: RoleEmails): Role[] {
  return (['controlInterno', 'administradores'] as const).filter((r) => roles[r].length === 0);
}
