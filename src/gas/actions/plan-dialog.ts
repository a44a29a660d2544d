/**
 * The plan question of Preparar on a spreadsheet without a Matriz: an HTML dialog listing each shipped
 * plan with its one-line description (the core's catalog), the default one checked. «Cargar el plan
 * elegido» calls the global `prepararConPlantilla` (google.script.run), which runs Preparar with that
 * plan under the lock; the dialog closes when the call returns (the action shows its own result).
 * «Cancelar» only closes it: nothing is changed.
 */
import { uiText } from '../../core/messages/sheets';
import { DEFAULT_TEMPLATE, templateCatalog } from '../../core/template/catalog';
import { escapeHtml, page, scriptLiteral } from './html';

/** The entry point the dialog calls (declared in entries.ts). */
export const CHOSEN_PLAN_ENTRY = 'prepararConPlantilla';

export function planDialogHtml(): string {
  const options = templateCatalog()
    .map((p, i) => {
      const id = `plan-${i + 1}`;
      const checked = p.nombre === DEFAULT_TEMPLATE ? ' checked' : '';
      const tag = p.nombre === DEFAULT_TEMPLATE ? ` (${escapeHtml(uiText.chooseTemplateDefault())})` : '';
      return (
        `<li><input type="radio" name="plan" id="${id}" value="${escapeHtml(p.nombre)}"${checked}>` +
        `<label for="${id}">${escapeHtml(p.descripcion)}<span class="nombre">${escapeHtml(p.nombre)}${tag}</span></label></li>`
      );
    })
    .join('');
  const body =
    `<h1>${escapeHtml(uiText.chooseTemplateTitle())}</h1><p>${escapeHtml(uiText.chooseTemplateIntro())}</p>` +
    `<fieldset><legend>${escapeHtml(uiText.chooseTemplateLegend())}</legend><ul class="planes">${options}</ul></fieldset>` +
    `<p><button type="button" id="cargar">${escapeHtml(uiText.chooseTemplateLoad())}</button>` +
    `<button type="button" id="cancelar" class="secundario">${escapeHtml(uiText.chooseTemplateCancel())}</button></p>` +
    `<p id="nota" role="status"></p>` +
    `<script>(function () {
  var cargar = document.getElementById('cargar');
  var nota = document.getElementById('nota');
  cargar.addEventListener('click', function () {
    var elegido = document.querySelector('input[name="plan"]:checked');
    if (!elegido) return;
    cargar.disabled = true;
    nota.textContent = ${scriptLiteral(uiText.chooseTemplateWorking())};
    google.script.run
      .withSuccessHandler(function () { google.script.host.close(); })
      .withFailureHandler(function () { cargar.disabled = false; nota.textContent = ${scriptLiteral(uiText.chooseTemplateFailed())}; })
      .${CHOSEN_PLAN_ENTRY}(elegido.value);
  });
  document.getElementById('cancelar').addEventListener('click', function () { google.script.host.close(); });
})();</script>`;
  return page(body, uiText.chooseTemplateTitle());
}

export function showPlanDialog(ui: GoogleAppsScript.Base.Ui): void {
  ui.showModalDialog(HtmlService.createHtmlOutput(planDialogHtml()).setWidth(520).setHeight(400), uiText.chooseTemplateTitle());
}
