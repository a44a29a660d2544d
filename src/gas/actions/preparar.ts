import { builtinTemplate } from '../../core/template/builtin';
import { ui } from '../../core/tracker/ui';
import type { ActionContext } from '../action';
import { spreadsheetDates } from '../dates';
import { prepareTracker } from '../prepare';

export function preparar(ctx: ActionContext): string {
  const changes: string[] = [];
  const outcome = prepareTracker({ ss: ctx.ss, dates: spreadsheetDates(ctx.ss), changes, progress: ctx.progress }, builtinTemplate());
  const head = outcome.changes.length === 0 ? ui.prepareNothing() : outcome.createdMatriz ? ui.prepareDoneNew() : ui.prepareDoneChanges(outcome.changes);
  return head + (outcome.problems > 0 ? ui.prepareProblems(outcome.problems) : '');
}
