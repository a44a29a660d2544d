import { uiText } from '../../core/messages/sheets';
import { escapeHtml, page } from './html';

/** A short guide with headings: the menu, the reference date, and what the report needs. */
export function ayudaHtml(): string {
  const items = uiText
    .helpItems()
    .map(([title, text]) => `<dt><b>${escapeHtml(title)}</b></dt><dd>${escapeHtml(text)}</dd>`)
    .join('');
  const guide = uiText
    .helpGuide()
    .map(
      (s) =>
        `<h2>${escapeHtml(s.heading)}</h2><p>${escapeHtml(s.text)}</p>` +
        (s.checklist ? `<ul>${s.checklist.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : ''),
    )
    .join('');
  return page(`${guide}<h2>${escapeHtml(uiText.helpMenuHeading())}</h2><dl>${items}</dl>`, uiText.helpTitle());
}

export function ayuda(): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(ayudaHtml()).setWidth(600).setHeight(560), uiText.helpTitle());
}
