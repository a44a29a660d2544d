/**
 * renderReportHtml: the semester report model as one self-contained web page (inline CSS, inline
 * SVG, no script, no external resource), for the municipality's website. Pure and host-free: the
 * Node export writes it beside the workbook and the Apps Script host can save it beside the PDF.
 */
import { dateText } from '../format';
import type { ReportModel, ReportSection } from '../model';
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
<style>${PAGE_CSS}</style>
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
