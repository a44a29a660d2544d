/**
 * Preparar's part of «a matrix a person brought»: the rows with content and no ID get one (the
 * core's rule), written into those empty cells only — one setValues per run of adjacent rows, so a
 * neighbouring ID, formula or format is never rewritten. A sheet without such rows costs nothing.
 */
import { assignMissingIds, idRuns, idsAssignedText, trackerWithIds } from '../../core/grid/ids';
import { SHEET } from '../../core/tracker/names';
import type { TrackerData } from '../read-tracker';
import { safeText } from '../cells';
import type { PrepareContext, Sheet } from './context';

export function fillMissingIds(ctx: PrepareContext, sheet: Sheet, tracker: TrackerData): TrackerData {
  const col = tracker.matriz.layout.get('id');
  if (col === undefined) return tracker;
  const assignments = assignMissingIds(tracker.matriz.rows);
  if (assignments.length === 0) return tracker;
  for (const run of idRuns(assignments)) {
    sheet.getRange(run[0].row, col, run.length, 1).setValues(run.map((a) => [safeText(a.id)]));
  }
  ctx.changes.push(idsAssignedText(SHEET.matriz, assignments, col, 'celdas'));
  return trackerWithIds(tracker, assignments);
}
