/**
 * «Activar o desactivar recordatorios por correo…»: one daily trigger per document, owned by whoever
 * turned reminders on (installable triggers run as their creator; nobody else can see or delete them).
 * Turning off clears the document's state; the owner's trigger is deleted now if the person turning
 * off is its owner, otherwise it deletes itself at its next run (run.ts) without sending anything.
 * The question is asked before the document lock is taken (never hold the lock while a dialog waits).
 */
import { serialFromIso } from '../../core/calendar';
import { reminderText } from '../../core/messages/reminders';
import { runAction } from '../action';
import { todayIso } from './run';
import { readState, REMINDER_HANDLER, REMINDER_HOUR, writeConfigRow, writeState } from './store';

function currentUser(): string {
  return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
}

export function toggleReminders(): void {
  const ui = SpreadsheetApp.getUi();
  const title = reminderText.toggleTitle();
  const state = readState();
  const question = state ? reminderText.confirmOff(state.owner, serialFromIso(state.since) ?? 0) : reminderText.confirmOn(REMINDER_HOUR);
  if (ui.alert(title, question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return;
  runAction(title, (ctx) => {
    const now = readState();
    const me = currentUser();
    if (now) {
      writeState(null);
      let mine = false;
      for (const t of ScriptApp.getProjectTriggers()) {
        if (t.getUniqueId() === now.triggerId) {
          ScriptApp.deleteTrigger(t);
          mine = true;
        }
      }
      writeConfigRow(ctx.ss, 'recordatorios', reminderText.off());
      return mine ? reminderText.turnedOffAlert() : reminderText.offByOther(now.owner);
    }
    const trigger = ScriptApp.newTrigger(REMINDER_HANDLER)
      .timeBased()
      .everyDays(1)
      .atHour(REMINDER_HOUR)
      .inTimezone(ctx.ss.getSpreadsheetTimeZone() || 'America/Bogota')
      .create();
    const since = todayIso(ctx.ss);
    try {
      writeState({ triggerId: trigger.getUniqueId(), owner: me, since });
    } catch (e) {
      ScriptApp.deleteTrigger(trigger); // no trigger without its state: it would only delete itself
      throw e;
    }
    writeConfigRow(ctx.ss, 'recordatorios', reminderText.turnedOn(me, serialFromIso(since) ?? 0));
    return reminderText.turnedOnAlert();
  });
}
