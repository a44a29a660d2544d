import { uiText } from '../../core/messages/sheets';
import { templateByName, templateCatalog } from '../../core/template/catalog';
import { SHEET } from '../../core/tracker/names';
import type { ActionContext, AskContext, Asked } from '../action';
import { spreadsheetDates } from '../dates';
import { prepareTracker } from '../prepare';
import { activeTemplateName, storeTemplateChoice } from '../template-choice';

/**
 * On an empty spreadsheet (no Matriz yet) the person chooses the plan to load, before the lock is
 * taken; a spreadsheet already prepared keeps its plan (null: nothing to ask).
 */
export function askTemplate(ctx: AskContext): Asked<string | null> {
  if (ctx.ss.getSheetByName(SHEET.matriz) !== null) return { answer: null };
  const plans = templateCatalog();
  const reply = ctx.ui.prompt(uiText.chooseTemplateTitle(), uiText.chooseTemplatePrompt(plans), ctx.ui.ButtonSet.OK_CANCEL);
  if (reply.getSelectedButton() !== ctx.ui.Button.OK) return { message: '' };
  const text = reply.getResponseText().trim();
  const n = text === '' ? 1 : Number(text);
  const byName = plans.find((p) => p.nombre === text.toLowerCase());
  if (byName) return { answer: byName.nombre };
  if (!Number.isInteger(n) || n < 1 || n > plans.length) return { message: uiText.chooseTemplateBad(text, plans.length) };
  return { answer: plans[n - 1].nombre };
}

export function preparar(ctx: ActionContext, chosen?: string | null): string {
  const changes: string[] = [];
  const nombre = chosen ?? activeTemplateName();
  // Stored first: a Preparar that fails half-way is repaired by the next one with the plan chosen.
  if (chosen) storeTemplateChoice(chosen);
  const outcome = prepareTracker({ ss: ctx.ss, dates: spreadsheetDates(ctx.ss), changes, progress: ctx.progress }, templateByName(nombre).template);
  const head =
    outcome.changes.length === 0 ? uiText.prepareNothing() : outcome.createdMatriz ? uiText.prepareDoneNew() : uiText.prepareDoneChanges(outcome.changes);
  return head + (outcome.problems.problems.length > 0 ? uiText.prepareProblems(outcome.problems.errors, outcome.problems.avisos) : '');
}
