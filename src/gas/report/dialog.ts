/** The closing dialog: what was made, with links to the document, its PDF and its web page. */
import { rmsg } from '../../core/messages/report';
import { escapeHtml } from '../actions/html';

export interface DoneInfo {
  readonly label: string;
  readonly docUrl: string;
  readonly pdfUrl: string;
  readonly webUrl: string;
  readonly lines: readonly string[];
}

export function doneHtml(info: DoneInfo): string {
  const p = (t: string): string => `<p>${escapeHtml(t)}</p>`;
  const a = (href: string, t: string): string => `<li><a href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(t)}</a></li>`;
  return [
    '<div style="font-family: Arial, sans-serif; font-size: 14px">',
    p(rmsg.doneBody(info.label)),
    `<ul>${a(info.docUrl, rmsg.linkDoc)}${a(info.pdfUrl, rmsg.linkPdf)}${a(info.webUrl, rmsg.linkWeb)}</ul>`,
    ...info.lines.map(p),
    '</div>',
  ].join('\n');
}

export function showDone(ui: GoogleAppsScript.Base.Ui, info: DoneInfo): void {
  const out = HtmlService.createHtmlOutput(doneHtml(info)).setWidth(520).setHeight(280);
  ui.showModalDialog(out, rmsg.doneTitle);
}
