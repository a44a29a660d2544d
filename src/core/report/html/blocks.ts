/** One model block → HTML. Texts are final in the model; this file only escapes and lays them out. */
import { rmsg, SIGNATURE_BLANK_NAME, TABLE_CAPTION } from '../../messages';
import type { Block, ParagraphBlock, SignatureBlock, TableBlock, TextRun } from '../model';
import { cardsHtml } from './cards';
import { cellContent } from './cell';
import { chartHtml } from './chart';
import { esc, linkOrText } from './escape';

/** Tables this wide become one box per row on a phone (see .apilada in css.ts); narrower ones are short. */
const STACK_FROM_COLUMNS = 3;

function run(r: TextRun): string {
  let html = linkOrText(r.text, r.link);
  if (r.italic) html = `<em>${html}</em>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  return html;
}

function paragraph(b: ParagraphBlock): string {
  const text = b.runs.map((r) => r.text).join('');
  // The room Control Interno fills in by hand exists on paper only: on screen it would read as an unfinished form.
  if (text === rmsg.blankLine) return '<div class="renglon solo-papel" aria-hidden="true"></div>';
  if (text === rmsg.controlInternoRoom) return `<p class="solo-papel">${b.runs.map(run).join('')}</p>`;
  const cls = [b.style === 'subtitle' ? 'subtitulo' : '', b.style === 'note' ? 'nota' : '', b.align === 'center' ? 'centro' : ''].filter(Boolean);
  return `<p${cls.length ? ` class="${cls.join(' ')}"` : ''}>${b.runs.map(run).join('')}</p>`;
}

function table(b: TableBlock): string {
  if (b.id === 'seguimiento') return cardsHtml(b);
  const caption = `<caption>${esc(TABLE_CAPTION[b.id])}</caption>`;
  const head = `<thead><tr>${b.header.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>`;
  const stacked = b.header.length >= STACK_FROM_COLUMNS;
  const body =
    b.rows.length === 0
      ? `<tr><td class="vacio" colspan="${b.header.length}">${esc(b.emptyText ?? '')}</td></tr>`
      : b.rows
          .map(
            (row) =>
              `<tr>${row
                .map((c, i) => {
                  const cls = c.align === 'right' ? ' class="num"' : '';
                  if (i === 0) return `<th scope="row"${cls}>${cellContent(c)}</th>`;
                  const label = stacked ? ` data-etiqueta="${esc(b.header[i] ?? '')}"` : '';
                  return `<td${cls}${label}>${cellContent(c)}</td>`;
                })
                .join('')}</tr>`,
          )
          .join('');
  return `<table id="tabla-${esc(b.id)}" class="${stacked ? 'apilada' : 'corta'}">${caption}${head}<tbody>${body}</tbody></table>`;
}

function signatures(b: SignatureBlock): string {
  return `<div class="firmas">${b.signers
    .map(
      (s) =>
        `<div class="firma"><p class="rol">${esc(s.role)}</p><p class="linea"><strong>${esc(s.name || SIGNATURE_BLANK_NAME)}</strong></p>${s.cargo ? `<p>${esc(s.cargo)}</p>` : ''}</div>`,
    )
    .join('')}</div>`;
}

export function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${esc(b.text)}</h${b.level}>`;
    case 'paragraph':
      return paragraph(b);
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      return table(b);
    case 'chart':
      return chartHtml(b);
    case 'signatures':
      return signatures(b);
    case 'pageBreak':
      return '<div class="salto" aria-hidden="true"></div>';
  }
}
