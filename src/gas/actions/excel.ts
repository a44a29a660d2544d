import { uiText } from '../../core/messages/sheets';
import { escapeHtml, page } from './html';

/** Google's own export link: downloads with the person's session, so no extra scope is needed. */
export function xlsxExportUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${encodeURIComponent(spreadsheetId)}/export?format=xlsx`;
}

export function descargarExcel(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const url = xlsxExportUrl(ss.getId());
  const body = `<p>${escapeHtml(uiText.excelBody())}</p><p><a class="boton" href="${escapeHtml(url)}" target="_blank" rel="noopener">${escapeHtml(uiText.excelLink())}</a></p><p>${escapeHtml(uiText.excelOffline())}</p>`;
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(page(body, uiText.excelTitle())).setWidth(460).setHeight(240), uiText.excelTitle());
}
