import { ui } from '../../core/tracker/ui';
import { escapeHtml, page } from './html';

/** Google's own export link: downloads with the person's session, so no extra scope is needed. */
export function xlsxExportUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?format=xlsx`;
}

export function descargarExcel(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const url = xlsxExportUrl(ss.getId());
  const body = `<p>${escapeHtml(ui.excelBody())}</p><p><a class="boton" href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(ui.excelLink())}</a></p><p>${escapeHtml(ui.excelOffline())}</p>`;
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(page(body)).setWidth(460).setHeight(240), ui.excelTitle());
}
