import { ui } from '../../core/tracker/ui';
import { escapeHtml, page } from './html';

export function ayuda(): void {
  const items = ui.helpItems().map(([title, text]) => `<dt><b>${escapeHtml(title)}</b></dt><dd>${escapeHtml(text)}</dd>`).join('');
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(page(`<dl>${items}</dl>`)).setWidth(520).setHeight(460), ui.helpTitle());
}
