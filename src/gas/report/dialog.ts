/**
 * The closing dialog: whether the report is complete (and if not, what is missing, with a
 * «Validar la matriz» button), the date its figures are computed at, and the Doc (the draft to
 * review and sign), its PDF and its web page (review copies) as buttons.
 */
import { displayDate, semesterEnd, type Semester } from '../../core/calendar';
import { rmsg } from '../../core/messages/report';
import { escapeHtml, page, scriptLiteral } from '../actions/html';

export interface DoneInfo {
  readonly label: string;
  readonly semester: Semester;
  readonly docUrl: string;
  readonly pdfUrl: string;
  /** The report's web page (.html) beside the PDF. */
  readonly webUrl: string;
  /** What the report lacks (the model's «Información incompleta»), in the core's words. */
  readonly missing: readonly string[];
  /** The date the figures are computed at, and whether it is Configuración's reference date. */
  readonly fechaCalculo: number;
  readonly fromReference: boolean;
  /** True when the Doc's footer already carries «Página x de y»; else the person is asked to number the pages. */
  readonly pageNumbers: boolean;
  /** Notes of this run (version, folder, template). */
  readonly lines: readonly string[];
}

export const DONE_WIDTH = 600;
export const DONE_HEIGHT = 660;

export function doneHtml(info: DoneInfo): string {
  const p = (t: string, cls = ''): string => `<p${cls ? ` class="${cls}"` : ''}>${escapeHtml(t)}</p>`;
  const button = (href: string, t: string, cls = ''): string =>
    `<a class="boton${cls}" href="${escapeHtml(href)}" target="_blank" rel="noopener">${escapeHtml(t)}</a>`;
  const end = semesterEnd(info.semester);
  const state =
    info.missing.length === 0
      ? `<div class="caja ok">${p(rmsg.doneComplete(info.label))}</div>`
      : `<div class="caja aviso">${p(rmsg.doneIncomplete(info.label, info.missing.length))}<ul>${info.missing.map((m) => `<li>${escapeHtml(m)}</li>`).join('')}</ul>` +
        `<button type="button" id="validar" class="secundario">${escapeHtml(rmsg.doneValidate)}</button></div>`;
  const date = displayDate(info.fechaCalculo);
  const when = [info.fromReference ? rmsg.doneDateReference(date) : rmsg.doneDateToday(date)];
  if (info.fechaCalculo > end) when.push(rmsg.donePastSemester(info.label, displayDate(end), info.fromReference));
  return page(
    [
      state,
      p(when.join(' ')),
      p(`${info.pageNumbers ? rmsg.doneDocHint : rmsg.doneDocHintNumberPages} ${rmsg.donePdfHint}`),
      `<p>${button(info.docUrl, rmsg.doneDocButton)}${button(info.pdfUrl, rmsg.donePdfButton, ' secundario')}${button(info.webUrl, rmsg.doneWebButton, ' secundario')}</p>`,
      ...info.lines.map((l) => p(l)),
      '<p id="nota" role="status" aria-live="polite" class="caja aviso"></p>',
      info.missing.length === 0 ? '' : validateScript(),
    ].join('\n'),
    rmsg.doneTitle,
  );
}

// «Validar la matriz» runs the menu action on the server (it opens the sidebar), then closes this dialog.
function validateScript(): string {
  return `<script>
document.getElementById('validar').addEventListener('click', function () {
  google.script.run
    .withSuccessHandler(function () { google.script.host.close(); })
    .withFailureHandler(function () { document.getElementById('nota').textContent = ${scriptLiteral(rmsg.doneValidateFailed)}; })
    .menuValidar();
});
</script>`;
}

export function showDone(ui: GoogleAppsScript.Base.Ui, info: DoneInfo): void {
  const out = HtmlService.createHtmlOutput(doneHtml(info)).setWidth(DONE_WIDTH).setHeight(DONE_HEIGHT);
  ui.showModalDialog(out, rmsg.doneTitle);
}
