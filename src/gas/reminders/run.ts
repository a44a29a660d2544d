/**
 * The daily reminder run (an installable time-driven trigger) and the plan it shares with the preview.
 * The rules are the core's (src/core/reminders/plan.ts); this file only reads, sends and records.
 *
 * Google's behaviour this relies on (docs/ARCHITECTURE.md, "Reminders"): an installable trigger runs
 * as the user who created it, under AuthMode.FULL, with a 6-minute limit; MailApp counts recipients
 * against a daily quota (100 consumer, 1,500 Workspace) that getRemainingDailyQuota reports.
 */
import { evaluateRows } from '../../core/evaluate';
import { reminderText } from '../../core/messages/reminders';
import { planReminders, type ReminderPlan } from '../../core/reminders/plan';
import { SHEET } from '../../core/tracker/names';
import { readTracker } from '../read-tracker';
import { readSent, readState, recordSent, REMINDER_HANDLER, writeConfigRow } from './store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Today's plan for this spreadsheet with `quota` recipients left: what the run sends and the preview shows. */
export function planToday(ss: Spreadsheet, quota: number): ReminderPlan {
  // Seguimiento and Fases play no part in who is due.
  const tracker = readTracker(ss, undefined, ['matriz', 'configuracion', 'responsables']);
  // Reminders count days from today, whatever Configuración's reference date says.
  const rows = evaluateRows(tracker.matriz.rows, tracker.settings, tracker.today).map((e) => ({
    row: e.source.row,
    id: e.source.id,
    indicador: e.source.indicador,
    responsables: e.source.responsables,
    proximoVencimiento: e.proximoVencimiento,
    estado: e.estado,
    semaforo: e.semaforo,
  }));
  const tablero = ss.getSheetByName(SHEET.tablero);
  return planReminders({
    rows,
    today: tracker.today,
    diasAviso: tracker.settings.diasAviso,
    directory: tracker.responsables.directory,
    comite: tracker.comite,
    sent: readSent(ss),
    quota,
    links: { url: ss.getUrl(), matrizGid: tracker.sheets.matriz?.getSheetId() ?? 0, tableroGid: tablero?.getSheetId() ?? 0 },
    entidad: tracker.settings.entidad,
  });
}

function stamp(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone() || 'America/Bogota', 'dd/MM/yyyy HH:mm');
}

/**
 * The trigger's handler. A trigger that is not the document's current one (reminders were turned off,
 * or on again by someone else) deletes itself and sends nothing: only its owner can delete it.
 * Whatever was sent before a failure is recorded (never sent twice); the failure is written in
 * Configuración and thrown again, so Google's failure notice reaches the owner too.
 */
export function runDailyReminders(e?: GoogleAppsScript.Events.TimeDriven): void {
  const state = readState();
  const uid = e?.triggerUid ?? '';
  if (!state || state.triggerId !== uid) {
    for (const t of ScriptApp.getProjectTriggers()) {
      if (t.getUniqueId() === uid && t.getHandlerFunction() === REMINDER_HANDLER) ScriptApp.deleteTrigger(t);
    }
    return;
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const lock = LockService.getDocumentLock();
  const sent: [string, Date, string][] = [];
  let recipients = 0;
  try {
    lock.waitLock(60_000);
    const plan = planToday(ss, MailApp.getRemainingDailyQuota());
    for (const mail of plan.send) {
      MailApp.sendEmail({ to: mail.to.join(','), subject: mail.subject, body: mail.body, htmlBody: mail.htmlBody, name: reminderText.sender() });
      const when = new Date();
      for (const k of mail.keys) sent.push([k, when, mail.to.join(', ')]);
      recipients += mail.to.length;
    }
    recordSent(ss, sent);
    const sentCount = plan.send.length;
    writeConfigRow(
      ss,
      'recordatoriosEnvio',
      reminderText.runSummary(
        stamp(ss),
        sentCount,
        recipients,
        plan.deferred.length,
        plan.unreachable.map((u) => u.para),
      ),
    );
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    try {
      recordSent(ss, sent);
      writeConfigRow(ss, 'recordatoriosEnvio', reminderText.runFailed(stamp(ss), detail));
    } catch (inner) {
      console.error(`reminders: could not record the failure: ${String(inner)}`);
    }
    console.error(`reminders: ${detail}`);
    throw err;
  } finally {
    lock.releaseLock();
  }
}

/** yyyy-mm-dd of today in the spreadsheet's zone. */
export function todayIso(ss: Spreadsheet): string {
  return Utilities.formatDate(new Date(), ss.getSpreadsheetTimeZone() || 'America/Bogota', 'yyyy-MM-dd');
}
