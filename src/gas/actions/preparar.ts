import { builtinTemplate } from '../../core/template/builtin';
import { uiText } from '../../core/messages/sheets';
import type { ActionContext } from '../action';
import { spreadsheetDates } from '../dates';
import { prepareTracker } from '../prepare';

export function preparar(ctx: ActionContext): string {
  const changes: string[] = [];
  const outcome = prepareTracker({ ss: ctx.ss, dates: spreadsheetDates(ctx.ss), changes, progress: ctx.progress }, builtinTemplate());
  const head = outcome.changes.length === 0 ? uiText.prepareNothing() : outcome.createdMatriz ? uiText.prepareDoneNew() : uiText.prepareDoneChanges(outcome.changes);
  return head + (outcome.problems.problems.length > 0 ? uiText.prepareProblems(outcome.problems.errors, outcome.problems.avisos) : '');
}
