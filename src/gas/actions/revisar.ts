/**
 * «Revisar corte (Control Interno)…»: Control Interno selects rows of one or more cortes in
 * Seguimiento and sets their review — Aprobado, Devuelto (with an observation) or Pendiente — with
 * who and when. Only the review columns are written, in one block per run of adjacent columns.
 */
import { parseRevision, type SeguimientoRow } from '../../core/grid/seguimiento';
import type { CellValue } from '../../core/grid/types';
import { reviewText } from '../../core/messages/roles';
import { joinList } from '../../core/report/format';
import { REVISION, SHEET, type Revision } from '../../core/tracker/names';
import { REVIEW_KEYS, type SeguimientoKey } from '../../core/tracker/seguimiento';
import { UserError, type ActionContext, type AskContext, type Asked } from '../action';
import { keepValue, safeText, type HostValue } from '../cells';
import { readTracker, type TrackerData } from '../read-tracker';
import { requireRole, roleEmails } from '../roles';
import { writeColumnsExcept } from '../write-columns';

export interface ReviewAnswer {
  readonly state: Revision;
  readonly observation: string;
  readonly reviewer: string;
  readonly first: number;
  readonly last: number;
  /** The IDs the person was shown, to check nothing moved while they answered. */
  readonly ids: string;
}

/** Before the lock (no lock is held while a dialog waits): the role, the selection and the two answers. */
export function askReview(ctx: AskContext): Asked<ReviewAnswer> {
  const title = reviewText.title();
  const tracker = readTracker(ctx.ss, undefined, ['configuracion', 'seguimiento']);
  const reviewer = requireRole(title, ['controlInterno'], roleEmails(tracker.settings));
  const { picked, first, last } = selection(ctx, tracker);
  const ids = joinList(picked.map((p) => p.id));
  const stateAnswer = ctx.ui.prompt(title, reviewText.askState(picked.length, ids), ctx.ui.ButtonSet.OK_CANCEL);
  if (stateAnswer.getSelectedButton() !== ctx.ui.Button.OK) return { message: reviewText.cancelled() };
  const state = parseRevision(stateAnswer.getResponseText());
  if (state === null) throw new UserError(reviewText.badState(stateAnswer.getResponseText().trim()));
  const obsAnswer = ctx.ui.prompt(title, reviewText.askObservation(state), ctx.ui.ButtonSet.OK_CANCEL);
  if (obsAnswer.getSelectedButton() !== ctx.ui.Button.OK) return { message: reviewText.cancelled() };
  const observation = obsAnswer.getResponseText().trim();
  if (state === REVISION.devuelto && !observation) throw new UserError(reviewText.observationRequired());
  return { answer: { state, observation, reviewer, first, last, ids } };
}

function selection(ctx: AskContext, tracker: TrackerData, rows?: { first: number; last: number }): { picked: SeguimientoRow[]; first: number; last: number } {
  const layout = tracker.seguimiento.layout;
  if (!REVIEW_KEYS.every((k) => layout.has(k))) throw new UserError(reviewText.noReviewColumns());
  let first: number;
  let last: number;
  if (rows) {
    ({ first, last } = rows);
  } else {
    const sheet = ctx.ss.getActiveSheet();
    if (sheet.getName() !== SHEET.seguimiento) throw new UserError(reviewText.notInSeguimiento());
    const selected = sheet.getActiveRange();
    if (!selected) throw new UserError(reviewText.notInSeguimiento());
    first = Math.max(2, selected.getRow());
    last = Math.min(selected.getLastRow(), tracker.grids.seguimiento.length);
  }
  const byRow = new Map(tracker.seguimiento.rows.map((r) => [r.row, r] as const));
  const picked: SeguimientoRow[] = [];
  for (let r = first; r <= last; r++) {
    const rec = byRow.get(r);
    if (rec && rec.corte !== null && rec.id) picked.push(rec);
  }
  if (picked.length === 0) throw new UserError(reviewText.noRecords());
  return { picked, first, last };
}

/** Under the lock: the same rows again (refused if they changed meanwhile), then the review columns. */
export function revisarCorte(ctx: ActionContext, answer: ReviewAnswer): string {
  const tracker = readTracker(ctx.ss, undefined, ['configuracion', 'seguimiento']);
  const { picked } = selection(ctx, tracker, answer);
  const ids = joinList(picked.map((p) => p.id));
  if (ids !== answer.ids) throw new UserError(reviewText.changedMeanwhile());
  const sheet = tracker.sheets.seguimiento;
  if (!sheet) throw new UserError(reviewText.notInSeguimiento());
  const layout = tracker.seguimiento.layout;
  const { state, observation, reviewer } = answer;

  // One block from the first to the last selected row: rows without a corte keep their review as it is.
  const width = Math.max(...layout.values());
  const grid = tracker.grids.seguimiento;
  const now = new Date();
  const mine = new Set(picked.map((p) => p.row));
  const review = new Map<SeguimientoKey, HostValue>([
    ['revision', state],
    ['observacionRevision', safeText(observation)],
    ['revisadoPor', safeText(reviewer)],
    ['revisadoEl', now],
  ]);
  const top = picked[0].row;
  const bottom = picked[picked.length - 1].row;
  const lines: HostValue[][] = [];
  for (let r = top; r <= bottom; r++) {
    const line: HostValue[] = Array.from({ length: width }, () => '');
    for (const k of REVIEW_KEYS) {
      const col = layout.get(k) ?? 0;
      const old = grid[r - 1]?.[col - 1] as CellValue | undefined;
      line[col - 1] = mine.has(r) ? (review.get(k) ?? '') : keepValue(old ?? '');
    }
    lines.push(line);
  }
  const reviewCols = new Set(REVIEW_KEYS.map((k) => layout.get(k) ?? 0));
  const skip = new Set(Array.from({ length: width }, (_, i) => i + 1).filter((c) => !reviewCols.has(c)));
  writeColumnsExcept(sheet, top, lines, skip);
  return reviewText.done(state, picked.length, ids);
}
