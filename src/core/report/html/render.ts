/**
 * renderReportHtml: the semester report model as one self-contained web page (inline CSS, inline
 * SVG, no script, no external resource), for the municipality's website. Pure and host-free: the
 * Node export writes it beside the workbook and the Apps Script host can save it beside the PDF.
 */
import { dateText } from '../format';
import { PAGE_TEXT } from '../../messages/report';
import type { PageHeader, ReportModel, ReportSection } from '../model';
import { blockHtml } from './blocks';
import { PAGE_CSS } from './css';
import { esc } from './escape';
import { webMsg } from '../../messages';

// Nothing may load: no script, no font, no image from elsewhere; styles are inline only.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function sectionHtml(s: ReportSection): string {
  const body = s.blocks.map(blockHtml).join('\n');
  if (s.id === 'encabezado') return `<header class="encabezado">${body}</header>`;
  return `<section id="${esc(s.id)}">${body}</section>`;
}

/** Text inside a CSS string in a <style> element: quotes, backslashes, line breaks and «<» escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * The controlled document's block in the printed page's margins (CSS page margin boxes): entity and
 * title at the top, código and versión top right; proceso and fecha bottom left, «Página n de m» bottom right.
 */
function pageMarginsCss(h: PageHeader): string {
  const box = (where: string, text: string): string => `@${where}{content:${text};font:8pt system-ui,sans-serif;color:#444}`;
  const [before, after] = PAGE_TEXT.pageOf('\u0000', '\u0001').split('\u0000');
  const [middle, end] = after.split('\u0001');
  const pages = `${cssString(before)} counter(page) ${cssString(middle)} counter(pages) ${cssString(end)}`;
  return (
    `@media print{@page{` +
    box('top-left', cssString(h.entidad)) +
    box('top-center', cssString(h.title)) +
    box('top-right', cssString(`${h.codigo} · ${h.version}`)) +
    box('bottom-left', cssString(`${h.proceso} · ${h.fecha}`)) +
    box('bottom-right', pages) +
    `}}`
  );
}

export function renderReportHtml(model: ReportModel): string {
  const { meta } = model;
  const [head, ...rest] = model.sections;
  const header = head?.id === 'encabezado' ? sectionHtml(head) : '';
  const sections = (head?.id === 'encabezado' ? rest : model.sections).map(sectionHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="${webMsg.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>${esc(webMsg.pageTitle(meta.title, meta.entidad, meta.semesterLabel))}</title>
<style>${PAGE_CSS}${pageMarginsCss(model.pageHeader)}</style>
</head>
<body>
<div class="pagina">
${header}
<main>
${sections}
</main>
<footer class="pie"><p>${esc(webMsg.generated(dateText(meta.fechaEmision)))}</p></footer>
</div>
</body>
</html>
`;
}
