/** «Activar el historial de cambios»: the Historial sheet, its protection and the installable trigger. */
import { historyText } from '../../core/messages/roles';
import type { ActionContext } from '../action';
import { spreadsheetDates } from '../dates';
import { ensureHistorial, installHistoryTrigger } from '../history';
import { ensureRoleProtections } from '../prepare/roles';
import { readTracker } from '../read-tracker';
import { activeEmail } from '../roles';

export function activarHistorial(ctx: ActionContext): string {
  const changes: string[] = [];
  const prep = { ss: ctx.ss, dates: spreadsheetDates(ctx.ss), changes, progress: ctx.progress };
  ensureHistorial(prep);
  const installed = installHistoryTrigger(ctx.ss, activeEmail());
  const tracker = readTracker(ctx.ss);
  ensureRoleProtections({ ...prep, changes: [] }, tracker, tracker.responsables.directory);
  if (!installed && changes.length === 0) return historyText.alreadyInstalled();
  return [historyText.installed(), ...changes.filter((c) => c === historyText.recreated())].join('\n\n');
}
