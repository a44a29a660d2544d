import { uiText } from '../../core/messages/sheets';
import { escapeHtml, page } from './html';

export function ayuda(): void {
  const items = uiText.helpItems().map(([title, text]) => `<dt><b>${escapeHtml(title)}</b></dt><dd>${escapeHtml(text)}</dd>`).join('');
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(page(`<dl>${items}</dl>`, uiText.helpTitle())).setWidth(520).setHeight(460), uiText.helpTitle());
}
