/**
 * The seguimiento table as one card per indicator: ten columns do not fit a phone, and a citizen
 * looks for one action at a time. The card's heading is the row's first two cells (ID and acción);
 * the other cells follow as term/value pairs named by the table's own header.
 */
import type { TableBlock } from '../model';
import { cellContent } from './cell';
import { esc } from './escape';
import { webMsg } from '../../messages';

export function cardsHtml(b: TableBlock): string {
  if (b.rows.length === 0) return `<p class="vacio">${esc(b.emptyText ?? '')}</p>`;
  const cards = b.rows
    .map((row) => {
      const [id, accion, ...rest] = row;
      const title = [id?.text, accion?.text]
        .filter((t) => t !== undefined && t !== '')
        .map((t) => esc(t))
        .join('. ');
      const pairs = rest.map((c, i) => `<dt>${esc(b.header[i + 2] ?? '')}</dt><dd>${cellContent(c)}</dd>`).join('');
      return `<li class="ficha" data-id="${esc(id?.text ?? '')}"><h3>${title}</h3><dl>${pairs}</dl></li>`;
    })
    .join('');
  return `<p>${esc(webMsg.cardsIntro(b.rows.length))}</p><ul class="fichas" id="tabla-${esc(b.id)}">${cards}</ul>`;
}
