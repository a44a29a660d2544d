import type { TableCell } from '../model';
import { esc, linkOrText } from './escape';

/** A cell's content: a coloured mark for estado/semáforo (the word itself says it), a link, or text. */
export function cellContent(c: TableCell): string {
  let html = linkOrText(c.text, c.link);
  if (c.fill) html = `<span class="marca" style="background:${esc(c.fill.background)};color:${esc(c.fill.font)}">${html}</span>`;
  else if (c.bold) html = `<strong>${html}</strong>`;
  return html;
}
