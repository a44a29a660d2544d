/**
 * «Registrar corte de seguimiento…»: one values-only row per Matriz indicator in Seguimiento,
 * computed by the core at the corte date (the same rules as the Matriz formulas). The same date
 * again asks (before the lock is taken) whether to replace that corte; no other row is touched.
 */
import { displayDate, semesterLabel, semesterOf, serialFromDisplay, serialFromIso, type DaySerial } from '../../core/calendar';
import { evaluateRows, type EvaluatedRow } from '../../core/evaluate';
import type { CellValue } from '../../core/grid/types';
import { isStructural } from '../../core/grid/types';
import { problemList } from '../../core/grid/problem-list';
import { msg } from '../../core/messages';
import { REVISION, SHEET } from '../../core/tracker/names';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../core/tracker/seguimiento';
import { uiText } from '../../core/messages/sheets';
import { findColumns } from '../../core/grid/headers';
import { UserError, type ActionContext, type AskContext, type Asked } from '../action';
import { safeText, type HostValue } from '../cells';
import { spreadsheetDates, type TzDates } from '../dates';
import type { Sheet } from '../prepare/context';
import { ensureSize } from '../prepare/context';
import { extendProtections } from '../prepare/protections';
import { ensureTable } from '../prepare/table';
import { writeColumnsExcept } from '../write-columns';
import { roleEmails, requireRole } from '../roles';
import { CORTE_ROLES } from '../../core/roles/editors';
import { parseRevision } from '../../core/grid/seguimiento';
import { REVIEW_KEYS } from '../../core/tracker/seguimiento';
import { reviewText } from '../../core/messages/roles';
import { joinList } from '../../core/report/format';
import { readTracker } from '../read-tracker';

/** What the person answered before the lock was taken. */
export interface CorteAnswer {
  readonly corte: DaySerial;
  /** The person agreed to replace that corte (it existed when they were asked). */
  readonly replace: boolean;
}

/**
 * Asked before the lock (no lock is held while a dialog waits): the date, and when that corte is
 * already in Seguimiento, whether to replace it. Reads only Seguimiento's corte column.
 */
export function askCorteDate(ctx: AskContext): Asked<CorteAnswer> {
  const dates = spreadsheetDates(ctx.ss);
  const corte = askDate(ctx, dates.today());
  // The person cancelled (or closed the prompt, or said no below): they know nothing was registered,
  // so no second alert says it.
  if (corte === null) return { message: '' };
  const seg = ctx.ss.getSheetByName(SHEET.seguimiento);
  const existing = seg ? corteRows(seg, corte, dates).length : 0;
  if (existing === 0) return { answer: { corte, replace: false } };
  const answer = ctx.ui.alert(uiText.corteTitle(), uiText.corteReplaceAsk(displayDate(corte), existing), ctx.ui.ButtonSet.YES_NO);
  if (answer !== ctx.ui.Button.YES) return { message: '' };
  return { answer: { corte, replace: true } };
}

export function registrarCorte(ctx: ActionContext, answer: CorteAnswer): string {
  const corte = answer.corte;
  // Seguimiento's rows are not read: only its header (ensureTable) and its corte column. Fases is
  // and Responsables are read (they are small) so the closing count is the one Preparar and Validar give.
  const tracker = readTracker(ctx.ss, undefined, ['matriz', 'fases', 'configuracion', 'responsables']);
  if (!tracker.sheets.matriz) throw new UserError(uiText.corteNoMatriz(msg.missingSheet(SHEET.matriz)));
  const structural = tracker.matriz.problems.find(isStructural);
  if (structural) throw new UserError(uiText.corteBlocked(SHEET.matriz, structural.cell, structural.message));
  const rows = tracker.matriz.rows.filter((r) => r.id);
  if (rows.length === 0) throw new UserError(uiText.corteNoRows());
  const emails = roleEmails(tracker.settings);
  // With no role configured yet anybody may register (Validar says the roles are missing).
  if (CORTE_ROLES.some((r) => r !== 'responsables' && emails[r].length > 0)) requireRole(uiText.corteTitle(), ['controlInterno', 'administradores'], emails);

  const prepared = ensureTable(
    { ss: ctx.ss, dates: tracker.dates, changes: [], progress: ctx.progress },
    { name: SHEET.seguimiento, index: 1, columns: SEGUIMIENTO_COLUMNS, rules: [], initialRows: [] },
  );
  if (!prepared.usable) throw new UserError(uiText.badHeaderRow(SHEET.seguimiento));
  const sheet = prepared.sheet;
  const layout = prepared.layout;
  const width = Math.max(sheet.getLastColumn(), ...layout.values());
  const existing = corteRows(sheet, corte, tracker.dates, layout.get('corte'));
  const shown = displayDate(corte);
  // Someone registered this date while the person was answering: ask again rather than replace unasked.
  if (existing.length > 0 && !answer.replace) throw new UserError(uiText.corteChangedMeanwhile(shown));
  const approved = approvedIds(sheet, existing, layout);
  if (approved.length > 0) throw new UserError(reviewText.frozen(shown, joinList(approved)));
  // Control Interno's review columns are never written here: they keep their review (and are
  // protected for Control Interno alone, so writing them would be refused for anyone else).
  const skip = new Set(REVIEW_KEYS.map((k) => layout.get(k)).filter((c): c is number => c !== undefined));

  ctx.progress(uiText.working(uiText.corteTitle()));
  const evaluated = evaluateRows(rows, tracker.settings, corte);
  const who = activeUser();
  const now = new Date();
  const fresh = evaluated.map((e) => recordRow(e, corte, who, now, tracker.dates));
  const toLine = (rec: Map<SeguimientoKey, HostValue | string> | null, formats: readonly string[]): HostValue[] => {
    const line: HostValue[] = Array.from({ length: width }, () => '');
    if (!rec) return line;
    for (const [k, v] of rec) {
      const col = layout.get(k);
      if (col === undefined) continue;
      line[col - 1] = typeof v === 'string' && formats[col - 1] !== '@' ? safeText(v) : v;
    }
    return line;
  };
  writeCorte(sheet, existing, fresh, width, toLine, skip);
  const list = problemList(tracker.problems);
  return (
    uiText.corteDone(shown, semesterLabel(semesterOf(corte)), fresh.length, existing.length > 0) +
    (existing.length > 0 && skip.size > 0 ? reviewText.replaceKeepsReview() : '') +
    (list.problems.length > 0 ? uiText.corteWithProblems(list.errors, list.avisos) : '')
  );
}

type CorteLine = Map<SeguimientoKey, HostValue>;
type ToLine = (rec: CorteLine | null, formats: readonly string[]) => HostValue[];

/**
 * All or nothing. A new corte is one write below the last row. A corte in consecutive rows is
 * replaced in place by one write over its rows (the new rows, then blanks for rows left over),
 * when the new rows fit or nothing follows it. Otherwise (more rows than before with other cortes
 * after it, or rows a person sorted apart) the new rows are written below the last row first, and
 * only then are the old rows removed: a failure in between leaves the old corte whole, and a second
 * run replaces both copies.
 */
function writeCorte(sheet: Sheet, existing: readonly number[], fresh: readonly CorteLine[], width: number, toLine: ToLine, skip: ReadonlySet<number>): void {
  const lastRow = Math.max(1, sheet.getLastRow());
  const block = (start: number, lines: readonly (CorteLine | null)[]): void => {
    const maxRows = sheet.getMaxRows();
    ensureSize(sheet, start + lines.length - 1, width);
    // New rows at the bottom: the records' protections stretch over them (else open until a repair).
    if (start + lines.length - 1 > maxRows) extendProtections(sheet, maxRows);
    const range = sheet.getRange(start, 1, lines.length, width);
    const formats = range.getNumberFormats();
    writeColumnsExcept(
      sheet,
      start,
      lines.map((rec, i) => toLine(rec, formats[i])),
      skip,
    );
  };
  if (existing.length === 0) {
    block(lastRow + 1, fresh);
    return;
  }
  const first = existing[0];
  const last = existing[existing.length - 1];
  const contiguous = last - first + 1 === existing.length;
  if (contiguous && (fresh.length <= existing.length || last >= lastRow)) {
    const lines: (CorteLine | null)[] = [...fresh];
    while (lines.length < existing.length) lines.push(null);
    block(first, lines);
    return;
  }
  // Deleting the old rows deletes their review cells too, which only Control Interno may edit:
  // refused before anything is written for whoever may not (Google would refuse the deleteRows).
  if (!mayDeleteRows(sheet, first, last)) throw new UserError(reviewText.moveNeedsControlInterno());
  block(lastRow + 1, fresh);
  // Bottom-up, one call per run of consecutive rows, so earlier row numbers stay valid.
  const runs: { start: number; count: number }[] = [];
  for (const r of existing) {
    const run = runs[runs.length - 1];
    if (run && run.start + run.count === r) run.count++;
    else runs.push({ start: r, count: 1 });
  }
  for (const run of runs.reverse()) sheet.deleteRows(run.start, run.count);
}

/** Whether the user may edit every protection over rows first..last (Protection.canEdit): a few calls, whatever the rows. */
function mayDeleteRows(sheet: Sheet, first: number, last: number): boolean {
  const protections = [...sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET), ...sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)];
  return protections.every((p) => {
    if (p.getProtectionType() === SpreadsheetApp.ProtectionType.RANGE) {
      const r = p.getRange();
      if (r.getLastRow() < first || r.getRow() > last) return true;
    }
    return p.canEdit();
  });
}

/** IDs of the corte's rows Control Interno approved: two reads (review and ID columns of those rows). */
function approvedIds(sheet: Sheet, rows: readonly number[], layout: ReadonlyMap<SeguimientoKey, number>): string[] {
  const revCol = layout.get('revision');
  if (revCol === undefined || rows.length === 0) return [];
  const first = rows[0];
  const n = rows[rows.length - 1] - first + 1;
  const revs = sheet.getRange(first, revCol, n, 1).getValues() as CellValue[][];
  const idCol = layout.get('id');
  const ids = idCol === undefined ? [] : (sheet.getRange(first, idCol, n, 1).getValues() as CellValue[][]);
  return rows.filter((r) => parseRevision(String(revs[r - first]?.[0] ?? '')) === REVISION.aprobado).map((r) => String(ids[r - first]?.[0] ?? '') || '?');
}

/** Rows (1-based, ascending) of Seguimiento whose corte is this date: one read of the corte column. */
function corteRows(sheet: Sheet, corte: DaySerial, dates: TzDates, corteCol?: number): number[] {
  const col = corteCol ?? findCorteColumn(sheet);
  const last = sheet.getLastRow();
  if (col === undefined || last < 2) return [];
  const values = sheet.getRange(2, col, last - 1, 1).getValues() as CellValue[][];
  const out: number[] = [];
  values.forEach((line, i) => {
    const v = line[0];
    if (isDate(v) && dates.toSerial(v) === corte) out.push(i + 2);
  });
  return out;
}

function findCorteColumn(sheet: Sheet): number | undefined {
  const width = sheet.getLastColumn();
  if (width < 1) return undefined;
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
  return findColumns(SHEET.seguimiento, header, SEGUIMIENTO_COLUMNS).layout.get('corte');
}

/** A Date from any realm (the script's own or a service's). */
function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** The corte date, or null when the person cancels. A wrong date is a UserError: nothing is written. */
function askDate(ctx: AskContext, today: DaySerial): DaySerial | null {
  const answer = ctx.ui.prompt(uiText.corteTitle(), uiText.cortePrompt(displayDate(today)), ctx.ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ctx.ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (!text) return today;
  const serial = serialFromDisplay(text) ?? serialFromIso(text);
  if (serial === null) throw new UserError(uiText.corteBadDate(text));
  return serial;
}

function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail() || uiText.unknownUser();
  } catch {
    return uiText.unknownUser();
  }
}

function recordRow(e: EvaluatedRow, corte: DaySerial, who: string, now: Date, dates: TzDates): CorteLine {
  const s = e.source;
  const num = (n: number | null): HostValue => (n === null ? '' : n);
  const date = (d: DaySerial | null): HostValue => (d === null ? '' : dates.toDate(d));
  return new Map<SeguimientoKey, HostValue>([
    ['corte', dates.toDate(corte)],
    ['semestre', semesterLabel(semesterOf(corte))],
    ['id', s.id],
    ['indicador', s.indicador],
    ['responsables', s.responsables],
    ['numerador', num(s.numerador)],
    ['denominador', num(s.denominador)],
    ['valor', num(e.valor)],
    ['meta', num(s.meta)],
    ['cumplimiento', num(e.cumplimiento)],
    ['estado', e.estado],
    ['semaforo', e.semaforo],
    ['proximoVencimiento', date(e.proximoVencimiento)],
    ['diasRestantes', num(e.diasRestantes)],
    ['evidencia', s.evidencia],
    ['registradoPor', who],
    ['registradoEl', now],
  ]);
}
