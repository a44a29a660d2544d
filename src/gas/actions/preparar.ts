import { uiText } from '../../core/messages/sheets';
import { templateByName, templateCatalog } from '../../core/template/catalog';
import { SHEET } from '../../core/tracker/names';
import type { ActionContext, AskContext, Asked } from '../action';
import { spreadsheetDates } from '../dates';
import { prepareTracker } from '../prepare';
import { activeTemplateName, storeTemplateChoice } from '../template-choice';
import { showPlanDialog } from './plan-dialog';

/**
 * From the menu: a spreadsheet already prepared keeps its plan (null: nothing to ask). On an empty
 * one (no Matriz yet) the plan dialog is shown and this run ends; the person's choice comes back
 * through `prepararConPlantilla` (askChosenTemplate), before the lock is taken.
 */
export function askTemplate(ctx: AskContext): Asked<string | null> {
  if (ctx.ss.getSheetByName(SHEET.matriz) !== null) return { answer: null };
  showPlanDialog(ctx.ui);
  return { message: '' };
}

/**
 * The dialog's answer. A name that is not a shipped plan changes nothing; a Matriz that appeared
 * meanwhile (another person prepared the sheet) keeps the plan already stored.
 */
export function askChosenTemplate(nombre: unknown): (ctx: AskContext) => Asked<string | null> {
  return (ctx) => {
    const text = typeof nombre === 'string' ? nombre : String(nombre);
    const chosen = templateCatalog().find((p) => p.nombre === text);
    if (!chosen) return { message: uiText.chooseTemplateBad(text) };
    if (ctx.ss.getSheetByName(SHEET.matriz) !== null) return { answer: null };
    return { answer: chosen.nombre };
  };
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
