import { MENU_ITEMS, uiText } from '../../core/messages/sheets';
import { escapeHtml, page } from './html';

/** Ayuda's size: the guide fits it without scrolling (test/node/screens.test.ts renders it at this size). */
export const AYUDA_WIDTH = 640;
export const AYUDA_HEIGHT = 600;

/** A short guide with headings: what to fill in, the reference date, what the report needs, the menu. */
export function ayudaHtml(): string {
  const lines = uiText.helpMenu();
  const menu = MENU_ITEMS.flatMap((item) => {
    const line = item.handler === 'menuAyuda' ? undefined : lines[item.handler];
    return line ? [`<li><b>${escapeHtml(item.label)}</b>: ${escapeHtml(line)}</li>`] : [];
  }).join('');
  const guide = uiText
    .helpGuide()
    .map(
      (s) =>
        `<h2>${escapeHtml(s.heading)}</h2>` +
        (s.text ? `<p>${escapeHtml(s.text)}</p>` : '') +
        (s.checklist ? `<ul>${s.checklist.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>` : ''),
    )
    .join('');
  return page(`${guide}<h2>${escapeHtml(uiText.helpMenuHeading())}</h2><ul>${menu}</ul>`, uiText.helpTitle());
}

export function ayuda(): void {
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(ayudaHtml()).setWidth(AYUDA_WIDTH).setHeight(AYUDA_HEIGHT), uiText.helpTitle());
}
