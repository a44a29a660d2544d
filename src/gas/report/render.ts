/**
 * Renders the report model into a Google Docs body. Service calls are kept per block, not per
 * cell: a whole table is one appendTable(string[][]); only cells with a colour or a link are
 * touched afterwards, and the header cells get a fill and bold.
 */
import type { Block, ChartBlock, PageHeader, ParagraphBlock, SignatureBlock, TableBlock, TableCell } from '../../core/report/model';
import { NO_VALUE, percentText } from '../../core/report/format';
import { CHART_CATEGORY_HEADER, rmsg, SIGNATURE_BLANK_NAME, SIGNATURE_LINE } from '../../core/messages/report';

type Body = GoogleAppsScript.Document.Body;
type Blob = GoogleAppsScript.Base.BlobSource;

export interface RenderOptions {
  /** The Tablero's chart as an image; without it a chart block is shown as a table. */
  readonly chartImage?: Blob | null;
  /** A note placed right after the encabezado (e.g. "Versión 2 del informe de este semestre."). */
  readonly afterHeader?: string;
}

/** Usable width of the page in points (A4/Carta with 2 cm margins ≈ 500 pt). */
const PAGE_WIDTH_PT = 500;
const HEADER_FILL = '#D9D9D9';

export function renderBlocks(body: Body, blocks: readonly Block[], opts: RenderOptions = {}): void {
  let titleSeen = false;
  for (const b of blocks) {
    // The version note goes under the encabezado: just before the first section heading.
    if (b.kind === 'heading' && b.level === 2 && titleSeen && opts.afterHeader) {
      note(body, opts.afterHeader);
      titleSeen = false;
    }
    if (b.kind === 'heading' && b.level === 1) titleSeen = true;
    renderBlock(body, b, opts);
  }
}

function renderBlock(body: Body, b: Block, opts: RenderOptions): void {
  switch (b.kind) {
    case 'heading': {
      const h = DocumentApp.ParagraphHeading;
      body.appendParagraph(b.text).setHeading(b.level === 1 ? h.TITLE : b.level === 2 ? h.HEADING1 : h.HEADING2);
      return;
    }
    case 'paragraph':
      paragraph(body, b);
      return;
    case 'list': {
      const glyph = b.ordered ? DocumentApp.GlyphType.NUMBER : DocumentApp.GlyphType.BULLET;
      for (const item of b.items) body.appendListItem(item).setGlyphType(glyph);
      return;
    }
    case 'table':
      table(body, b);
      return;
    case 'chart':
      chart(body, b, opts.chartImage ?? null);
      return;
    case 'signatures':
      signatures(body, b);
      return;
    case 'pageBreak':
      body.appendPageBreak();
      return;
  }
}

function paragraph(body: Body, b: ParagraphBlock): void {
  const p = body.appendParagraph(b.runs.map((r) => r.text).join(''));
  if (b.align === 'center') p.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  const styled = b.runs.some((r) => r.bold || r.italic || r.link) || b.style === 'note';
  if (!styled) return;
  const text = p.editAsText();
  if (b.style === 'note') text.setItalic(true);
  let at = 0;
  for (const r of b.runs) {
    const end = at + r.text.length - 1;
    if (r.text.length > 0) {
      if (r.bold) text.setBold(at, end, true);
      if (r.italic) text.setItalic(at, end, true);
      if (r.link) text.setLinkUrl(at, end, r.link);
    }
    at = end + 1;
  }
}

function note(body: Body, text: string): void {
  body.appendParagraph(text).editAsText().setItalic(true);
}

type TableParts = Pick<TableBlock, 'header' | 'rows' | 'widths' | 'emptyText'>;

function table(body: Body, b: TableParts): void {
  // appendTable needs at least one non-empty string per cell position; "" is fine.
  const grid: string[][] = [[...b.header], ...b.rows.map((r) => r.map((c) => c.text))];
  const t = body.appendTable(grid);
  const header = t.getRow(0);
  for (let c = 0; c < b.header.length; c++) {
    const cell = header.getCell(c);
    cell.setBackgroundColor(HEADER_FILL);
    cell.editAsText().setBold(true);
  }
  if (b.widths && b.widths.length === b.header.length) {
    const total = b.widths.reduce((a, w) => a + w, 0);
    b.widths.forEach((w, c) => t.setColumnWidth(c, Math.round((w / total) * PAGE_WIDTH_PT)));
  }
  b.rows.forEach((row, r) => row.forEach((cell, c) => styleCell(t, r + 1, c, cell)));
  if (b.rows.length === 0 && b.emptyText) note(body, b.emptyText);
}

/**
 * Only cells that carry a colour or a link cost calls. A coloured cell gets its background only
 * (2 calls): the FILL backgrounds are light enough for black text, and the font colour and bold
 * would cost three more calls per cell — the biggest share of a 600-action report.
 */
function styleCell(t: GoogleAppsScript.Document.Table, row: number, col: number, cell: TableCell): void {
  if (!cell.fill && !cell.link) return;
  const target = t.getCell(row, col);
  if (cell.fill) target.setBackgroundColor(cell.fill.background);
  if (cell.link && cell.text) target.editAsText().setLinkUrl(cell.link);
}

function chart(body: Body, b: ChartBlock, image: Blob | null): void {
  if (image) {
    body.appendParagraph(b.title).setHeading(DocumentApp.ParagraphHeading.HEADING3);
    body.appendImage(image);
    return;
  }
  note(body, rmsg.noChart);
  const rows: TableCell[][] = b.categories.map((c, i) => [{ text: c }, { text: b.values[i] === null ? NO_VALUE : percentText(b.values[i]) }]);
  table(body, { header: [CHART_CATEGORY_HEADER, b.seriesName], rows, widths: [1, 1] });
}

/** Each signer by role: «Elaboró», room to sign, the line, the name (a blank to write by hand) and the cargo. */
function signatures(body: Body, b: SignatureBlock): void {
  for (const s of b.signers) {
    body.appendParagraph('');
    body.appendParagraph(s.role).editAsText().setBold(true);
    body.appendParagraph('');
    body.appendParagraph(SIGNATURE_LINE);
    // A missing name keeps its line blank, to be written by hand.
    body
      .appendParagraph(s.name || SIGNATURE_BLANK_NAME)
      .editAsText()
      .setBold(true);
    if (s.cargo) body.appendParagraph(s.cargo);
  }
}

/**
 * The controlled document's block in the Doc's header, repeated on every page: entity and title, then
 * proceso · código · versión · fecha. A template that has its own header keeps it. DocumentApp cannot
 * insert a page-number field (Docs' AutoText PAGE_NUMBER/PAGE_COUNT is read-only in the API too):
 * «Página x de y» comes in the footer of the converted shell (docx-shell.ts); when Drive did not
 * convert it, the closing dialog asks the person to number the pages (Insertar › Números de página).
 */
export function renderPageHeader(doc: GoogleAppsScript.Document.Document, h: PageHeader): void {
  if (doc.getHeader()) return;
  const header = doc.addHeader();
  const first = header.getChild(0);
  const top = [h.entidad, h.title].filter(Boolean).join(' — ');
  const line = header.appendParagraph(top);
  line.editAsText().setFontSize(8).setBold(true);
  header.appendParagraph([h.proceso, h.codigo, h.version, h.fecha].join(' · ')).editAsText().setFontSize(8);
  // addHeader starts with one empty paragraph: the block starts right there.
  if (first && first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') header.removeChild(first);
}
