/**
 * «Vista previa de los recordatorios»: the e-mails today's run would send, from the same plan
 * (run.ts planToday), in a dialog. Sends nothing and records nothing.
 */
import { reminderText } from '../../core/messages/reminders';
import type { ActionContext } from '../action';
import { escapeHtml, page } from '../actions/html';
import { planToday } from './run';

export function previewReminders(ctx: ActionContext): void {
  const quota = MailApp.getRemainingDailyQuota();
  const plan = planToday(ctx.ss, quota);
  const parts: string[] = [];
  if (plan.send.length === 0 && plan.deferred.length === 0) parts.push(`<p>${escapeHtml(reminderText.previewNone())}</p>`);
  else parts.push(`<p>${escapeHtml(reminderText.previewIntro(plan.send.length, quota))}</p>`);
  for (const m of plan.send) {
    parts.push(
      `<section class="correo"><p><b>${escapeHtml(reminderText.previewTo())}:</b> <span class="para">${escapeHtml(m.to.join(', '))}</span><br>` +
        `<b>${escapeHtml(reminderText.previewSubject())}:</b> <span class="asunto">${escapeHtml(m.subject)}</span></p>` +
        `<div style="border:1px solid #ccc;padding:8px">${m.htmlBody}</div></section>`,
    );
  }
  if (plan.deferred.length > 0) parts.push(`<p>${escapeHtml(reminderText.previewDeferred(plan.deferred.length))}</p>`);
  if (plan.unreachable.length > 0) parts.push(`<p>${escapeHtml(reminderText.previewUnreachable(plan.unreachable.map((u) => u.para)))}</p>`);
  const html = HtmlService.createHtmlOutput(page(parts.join(''), reminderText.previewTitle()))
    .setWidth(720)
    .setHeight(560);
  ctx.ui.showModalDialog(html, reminderText.previewTitle());
}
