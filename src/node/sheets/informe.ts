import type ExcelJS from 'exceljs';
import type { DaySerial, Semester } from '../../core/calendar';
import { buildReport } from '../../core/report/build';
import { reportInput } from '../../core/report/input';
import { PAGE_TEXT } from '../../core/messages/report';
import {
  reportBlocks,
  type Block,
  type PageHeader,
  type ParagraphBlock,
  type ReportModel,
  type SignatureBlock,
  type TableBlock,
  type TableCell,
} from '../../core/report/model';
import { columnLetter } from '../../core/tracker/a1';
import { SHEET } from '../../core/tracker/names';
import type { Evaluation } from '../evaluate-data';
import { HEADER_FILL, HEADER_FONT, NUM_FMT, argb, fillOf } from '../styles';
import type { StreamBook } from '../stream-book';
import type { TrackerData } from '../tracker-data';
import type { SheetOptions } from './setup';
import type { InformeChart } from '../chart';
import { MAX_ROW_PT, wrappedLines } from './row-height';
import { PageFlow, pageCapacity } from './informe-pages';
import { dateOf } from './values';
import { COMPLIANCE_BAR_COLOR } from '../../core/tracker/matriz';

/** The page is a grid of equal columns; blocks span all of them, table cells span a share. */
const GRID_COLUMNS = 12;
/**
 * 12 columns of 12 characters (about 89 px each) print on Letter landscape at about 92 %, so the
 * report's 9-point notes stay above 8 points on paper (14 characters printed them at 7,7).
 */
const COLUMN_CHARS = 12;
const LINE_HEIGHT = 15;
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Estimated lines of wrapped text in a span of `chars` characters (Excel does not size merged rows). */
function lines(text: string, chars: number): number {
  return wrappedLines(text, chars);
}

/** Column spans (summing to GRID_COLUMNS) proportional to a table's relative widths. */
export function spans(widths: readonly number[]): number[] {
  const n = widths.length;
  if (n >= GRID_COLUMNS) return widths.map(() => 1);
  const total = widths.reduce((a, b) => a + b, 0) || n;
  const exact = widths.map((w) => ((w || 1) / total) * GRID_COLUMNS);
  const out = exact.map((x) => Math.max(1, Math.floor(x)));
  // What is left goes to the columns that lost most to rounding (not to the first ones: the ID column
  // would grow as wide as the action).
  const order = exact.map((x, i) => ({ i, loss: x - out[i] })).sort((a, b) => b.loss - a.loss || a.i - b.i);
  let left = GRID_COLUMNS - out.reduce((a, b) => a + b, 0);
  for (let k = 0; left > 0; k = (k + 1) % n, left--) out[order[k].i]++;
  return out;
}

class Page {
  row = 1;
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  constructor(
    readonly ws: ExcelJS.Worksheet,
    readonly flow: PageFlow | null = null,
  ) {}

  /**
   * Ends the current row, at this height (undefined: the default line). A row that does not fit gets a
   * manual break before it: every break is the writer's, so the printer never breaks on its own
   * somewhere the keep rules did not plan for.
   */
  next(height?: number): void {
    if (this.flow && !this.flow.fits(height ?? LINE_HEIGHT)) this.flow.breakAfter(this.row - 1);
    if (height !== undefined) this.ws.getRow(this.row).height = height;
    this.flow?.placed(height);
    this.row++;
  }

  /** Empty rows of the default height. */
  gap(n = 1): void {
    for (let i = 0; i < n; i++) this.next();
  }

  /** Starts a new printed page unless `height` more points fit on this one. */
  keep(height: number): void {
    if (this.flow && !this.flow.fits(height)) this.flow.breakAfter(this.row - 1);
  }

  /**
   * One object per distinct style: exceljs resolves a style object once (its cache is keyed by the
   * object), so table cells that look alike share one. A shared style is never changed afterwards.
   */
  shared(key: string, make: () => Partial<ExcelJS.Style>): Partial<ExcelJS.Style> {
    let style = this.styles.get(key);
    if (!style) {
      style = make();
      this.styles.set(key, style);
    }
    return style;
  }

  /** A merged cell across columns from..to of the current row. */
  span(from: number, to: number): ExcelJS.Cell {
    if (to > from) this.ws.mergeCells(this.row, from, this.row, to);
    return this.ws.getCell(this.row, from);
  }

  full(value: ExcelJS.CellValue, style: Partial<ExcelJS.Style>, text: string, gapAfter = 0): void {
    const cell = this.span(1, GRID_COLUMNS);
    cell.value = value;
    cell.style = { ...style, alignment: { wrapText: true, vertical: 'top', ...(style.alignment ?? {}) } };
    this.next(fullHeight(text, style.font?.size ?? 11));
    this.gap(gapAfter);
  }
}

/** Height of a full-width row of text at this font size. */
function fullHeight(text: string, size: number): number {
  return Math.min(MAX_ROW_PT, lines(text, (GRID_COLUMNS * COLUMN_CHARS * 11) / size) * LINE_HEIGHT * (size / 11));
}

const HEADING_SIZE: Readonly<Record<1 | 2 | 3, number>> = { 1: 16, 2: 13, 3: 11 };
const paragraphSize = (b: ParagraphBlock): number => (b.style === 'note' ? 9 : 11);

/** Column spans of a table as the writer lays it out. */
function tableSpans(b: Pick<TableBlock, 'widths' | 'header' | 'rows'>): number[] {
  const widths = b.widths && b.widths.length === b.header.length ? b.widths : b.header.map(() => 1);
  return b.rows.length > MERGED_TABLE_MAX_ROWS ? b.header.map(() => 1) : spans(widths);
}

/** Bold header text is wider: a header as long as its column («Responsables» in 12 characters) wraps. */
const BOLD_CHARS = 0.85;

function rowHeight(texts: readonly string[], sp: readonly number[], header = false): number {
  let height = 1;
  texts.slice(0, sp.length).forEach((t, i) => (height = Math.max(height, lines(t, sp[i] * COLUMN_CHARS * (header ? BOLD_CHARS : 1)))));
  return Math.min(MAX_ROW_PT, height * LINE_HEIGHT);
}

/** Points of a signature group as signatures() writes it: a gap, the role, two lines to sign, the name on the line, the cargo (two lines). */
const SIGNATURE_GROUP_PT = 7 * LINE_HEIGHT;
/** Grid columns of one signature: a third of the page, whether one person signs or three. */
const SIGNATURE_SPAN = GRID_COLUMNS / 3;

/** Height of a whole table as written (header, rows or the empty text, the gap after). */
function tableHeight(b: TableBlock): number {
  const sp = tableSpans(b);
  const body =
    b.rows.length > 0
      ? b.rows.reduce(
          (a, r) =>
            a +
            rowHeight(
              r.map((c) => c.text),
              sp,
            ),
          0,
        )
      : b.emptyText
        ? fullHeight(b.emptyText, 11)
        : 0;
  return rowHeight(b.header, sp, true) + body + LINE_HEIGHT;
}

/**
 * What of a block must share a page with the heading before it: its first piece — or, for a table
 * that fits on one page, all of it (a five-row table is not split to save a few lines).
 */
function leadHeight(b: Block | undefined, pageHeight = Infinity): number {
  if (!b) return 0;
  switch (b.kind) {
    case 'heading':
      return fullHeight(b.text, HEADING_SIZE[b.level]);
    case 'paragraph':
      return fullHeight(b.runs.map((r) => r.text).join(''), paragraphSize(b)) + (b.style === 'subtitle' ? 0 : LINE_HEIGHT);
    case 'list':
      return b.items.length > 0 ? fullHeight(b.items[0], 11) : 0;
    case 'table': {
      const whole = tableHeight(b);
      if (whole <= pageHeight) return whole;
      const sp = tableSpans(b);
      const first = b.rows[0];
      return (
        rowHeight(b.header, sp, true) +
        (first
          ? rowHeight(
              first.map((c) => c.text),
              sp,
            )
          : b.emptyText
            ? fullHeight(b.emptyText, 11)
            : 0)
      );
    }
    case 'chart':
      return chartHeight(b.title);
    case 'signatures':
      return Math.ceil(b.signers.length / 3) * SIGNATURE_GROUP_PT;
    case 'pageBreak':
      return 0;
  }
}

/**
 * A heading stays with what follows: the paragraph after it and the start of the table after that
 * (a «section heading, intro, table» starts on one page). Signatures are never split from their heading.
 */
function keepHeadingWithNext(page: Page, blocks: readonly Block[], i: number): void {
  const b = blocks[i];
  if (b.kind !== 'heading') return;
  const room = page.flow?.pageHeight ?? Infinity;
  // The heading, every paragraph right under it, and the start (or the whole, if short) of what follows.
  let need = leadHeight(b);
  let j = i + 1;
  for (; blocks[j]?.kind === 'paragraph'; j++) need += leadHeight(blocks[j]);
  const after = blocks[j];
  if (after && after.kind !== 'heading') need += leadHeight(after, room);
  // More than a page: the heading goes with the first piece only (the rest flows).
  if (need > room) need = leadHeight(b) + leadHeight(blocks[i + 1]);
  page.keep(need);
}

function paragraph(page: Page, b: ParagraphBlock): void {
  const text = b.runs.map((r) => r.text).join('');
  const size = paragraphSize(b);
  const onlyLink = b.runs.length === 1 && b.runs[0].link ? b.runs[0].link : undefined;
  const value: ExcelJS.CellValue = onlyLink
    ? { text, hyperlink: onlyLink }
    : { richText: b.runs.map((r) => ({ text: r.text, font: { bold: r.bold === true, italic: r.italic === true || b.style === 'note', size } })) };
  page.full(
    value,
    { font: { size, italic: b.style === 'note' }, alignment: { horizontal: b.align === 'center' ? 'center' : 'left' } },
    text,
    b.style === 'subtitle' ? 0 : 1,
  );
}

function tableCellValue(c: TableCell, cell: ExcelJS.Cell): void {
  if (c.value !== undefined && c.format === 'date') {
    cell.value = dateOf(c.value as DaySerial);
    cell.numFmt = NUM_FMT.date;
  } else if (c.value !== undefined && c.format === 'percent') {
    cell.value = c.value;
    cell.numFmt = Number.isInteger(Math.round(c.value * 1000) / 10) ? '0 %' : '0.0 %';
  } else if (c.value !== undefined && c.format === 'integer') {
    cell.value = c.value;
    cell.numFmt = NUM_FMT.integer;
  } else if (c.link) {
    cell.value = { text: c.text, hyperlink: c.link };
    cell.font = { color: { argb: 'FF1155CC' }, underline: true };
  } else {
    cell.value = c.text;
  }
}

/**
 * Tables longer than this are written one cell per column, without merging: exceljs checks every
 * new merge against all earlier ones (and so does reading the file back), which is quadratic.
 */
export const MERGED_TABLE_MAX_ROWS = 150;

function table(page: Page, b: TableBlock): void {
  const sp = tableSpans(b);
  const starts = sp.map((_, i) => 1 + sp.slice(0, i).reduce((a, x) => a + x, 0));
  const writeRow = (cells: readonly TableCell[], header: boolean): void => {
    let height = 1;
    cells.slice(0, sp.length).forEach((c, i) => {
      const cell = page.span(starts[i], starts[i] + sp[i] - 1);
      tableCellValue(c, cell);
      const font: Partial<ExcelJS.Font> = header
        ? HEADER_FONT
        : { ...(cell.font ?? {}), bold: c.bold === true, ...(c.fill ? { color: { argb: argb(c.fill.font) } } : {}) };
      // Everything the style depends on (the cell's own style holds only what tableCellValue set).
      const key = `${header ? 'h' : ''}|${cell.numFmt ?? ''}|${c.link ? 'l' : ''}|${c.bold === true ? 'b' : ''}|${c.align ?? ''}|${c.fill ? `${c.fill.background}${c.fill.font}` : ''}`;
      cell.style = page.shared(key, () => ({
        ...cell.style,
        font,
        border: BOX,
        alignment: { wrapText: true, vertical: 'top', horizontal: header ? 'center' : (c.align ?? 'left') },
        ...(header ? { fill: HEADER_FILL } : c.fill ? { fill: fillOf(c.fill) } : {}),
      }));
      // The merged span's other cells carry the border too, so the box is drawn whole.
      for (let k = starts[i] + 1; k < starts[i] + sp[i]; k++) page.ws.getCell(page.row, k).style = page.shared('box', () => ({ border: BOX }));
      height = Math.max(height, lines(c.text, sp[i] * COLUMN_CHARS * (header ? BOLD_CHARS : 1)));
    });
    page.next(Math.min(MAX_ROW_PT, height * LINE_HEIGHT));
  };
  const headerCells = b.header.map((h) => ({ text: h }));
  const headerHeight = rowHeight(b.header, sp, true);
  // The header never ends a page: a short table stays whole, a long one starts with its first row; a page the rows fill repeats the header.
  page.keep(leadHeight(b, page.flow?.pageHeight));
  writeRow(headerCells, true);
  if (b.rows.length === 0 && b.emptyText) page.full(b.emptyText, { font: { italic: true } }, b.emptyText);
  for (const r of b.rows) {
    const h = rowHeight(
      r.map((c) => c.text),
      sp,
    );
    if (page.flow && !page.flow.fits(h)) {
      page.flow.breakAfter(page.row - 1);
      if (page.flow.fits(headerHeight + h)) writeRow(headerCells, true);
    }
    writeRow(r, false);
  }
  page.gap();
}

/** Rows of the Informe the chart takes (at LINE_HEIGHT each, about 8 cm). */
const CHART_ROWS = 20;

/** The chart's title and the chart, which print on one page. */
function chartHeight(title: string): number {
  return fullHeight(title, 11) + CHART_ROWS * LINE_HEIGHT;
}

function block(page: Page, b: Block, book?: StreamBook, chart?: InformeChart | null): void {
  switch (b.kind) {
    case 'heading': {
      const size = HEADING_SIZE[b.level];
      const style: Partial<ExcelJS.Style> = {
        font: { bold: true, size, color: { argb: argb('#1F4E78') } },
        alignment: { horizontal: b.level === 1 ? 'center' : 'left' },
      };
      if (b.level === 2) style.border = { bottom: { style: 'thin', color: { argb: argb('#1F4E78') } } };
      page.full(b.text, style, b.text, b.level === 1 ? 0 : 0);
      break;
    }
    case 'paragraph':
      paragraph(page, b);
      break;
    case 'list':
      b.items.forEach((item, i) => page.full(`${b.ordered ? `${i + 1}.` : '•'} ${item}`, { alignment: { indent: 1 } }, item));
      page.gap();
      break;
    case 'table':
      table(page, b);
      break;
    case 'chart': {
      // The Tablero's chart (bars coloured by semáforo, threshold lines) over the Tablero's chart data,
      // then the same figures as a table with a data bar: the table is what a reader without charts sees.
      const drawn = chart?.({ col: 0, row: page.row });
      // The chart is not cut by a page: its title and the chart go on one page (the flow breaks before them if needed).
      if (drawn) page.keep(chartHeight(b.title));
      page.full(b.title, { font: { bold: true } }, b.title);
      if (drawn) {
        book?.addChart(page.ws, { ...drawn, to: { col: GRID_COLUMNS, row: page.row - 1 + CHART_ROWS } });
        for (let r = 0; r < CHART_ROWS; r++) page.next(LINE_HEIGHT);
        page.gap();
      }
      const first = page.row + 1;
      table(page, {
        kind: 'table',
        id: 'resumen-semaforo',
        header: ['Indicador', b.seriesName],
        widths: [2, 1],
        rows: b.categories.map((c, i) => [{ text: c }, b.values[i] === null ? { text: '—' } : { text: '', value: b.values[i] ?? 0, format: 'percent' }]),
      });
      const valueCol = columnLetter(1 + spans([2, 1])[0]);
      if (b.categories.length > 0) {
        page.ws.addConditionalFormatting({
          ref: `${valueCol}${first}:${valueCol}${first + b.categories.length - 1}`,
          rules: [
            {
              type: 'dataBar',
              priority: 1,
              gradient: false,
              minLength: 0,
              maxLength: 100,
              cfvo: [
                { type: 'num', value: 0 },
                { type: 'num', value: 1 },
              ],
              color: { argb: argb(COMPLIANCE_BAR_COLOR) },
            } as ExcelJS.DataBarRuleType,
          ],
        });
      }
      break;
    }
    case 'signatures':
      signatures(page, b);
      break;
    case 'pageBreak':
      page.ws.getRow(page.row - 1).addPageBreak();
      break;
  }
}

/**
 * Signatures by role, up to three side by side: «Elaboró», room to sign, the name on the line (blank
 * to be written by hand when Configuración has none), the cargo.
 */
function signatures(page: Page, b: SignatureBlock): void {
  const per = SIGNATURE_SPAN;
  for (let i = 0; i < b.signers.length; i += 3) {
    const group = b.signers.slice(i, i + 3);
    page.keep(SIGNATURE_GROUP_PT);
    page.gap();
    const line = (value: (s: (typeof group)[number]) => string | null, style: Partial<ExcelJS.Style>, height?: number): void => {
      group.forEach((s, j) => {
        const cell = page.span(1 + j * per, (j + 1) * per - (per > 1 ? 1 : 0));
        cell.value = value(s);
        cell.style = style;
      });
      page.next(height);
    };
    line((s) => s.role, { font: { bold: true }, alignment: { horizontal: 'left' } });
    page.gap(2); // room to sign
    line((s) => s.name || null, { border: { top: { style: 'thin' } }, font: { bold: true }, alignment: { horizontal: 'center' } });
    line((s) => s.cargo || null, { alignment: { horizontal: 'center', wrapText: true, vertical: 'top' } }, 2 * LINE_HEIGHT);
  }
}

/**
 * The controlled document's block on every printed page: entity, title and the sheet's name at the top
 * (the preview finds a page's sheet by that name, as on every other sheet); proceso, código and versión,
 * the fecha, and «Página n de m» at the foot. The workbook's own font size, so it prints above 8 points.
 */
function printHeader(ws: ExcelJS.Worksheet, h: PageHeader): void {
  const hf = (t: string): string => t.replace(/&/g, '&&');
  ws.headerFooter.oddHeader = `&L${hf(h.entidad)}&C${hf(h.title)}&R${hf(SHEET.informe)}`;
  ws.headerFooter.oddFooter = `&L${hf([h.proceso, h.codigo, h.version].join(' · '))}&C${hf(h.fecha)}&R${PAGE_TEXT.pageOf('&P', '&N')}`;
}

/** The report model of the exported data (the Informe sheet and the web page render the same one). */
export function informeModel(data: TrackerData, ev: Evaluation, semester: Semester, today: DaySerial): ReportModel {
  // The rows as written (ev): what the workbook's formulas compute with.
  const source = {
    template: data.template,
    settings: data.settings,
    matriz: { rows: ev.matrizRows },
    fases: { rows: ev.faseRows },
    seguimiento: { rows: ev.seguimientoRows },
  };
  return buildReport(reportInput(source, semester, today));
}

/** The Informe sheet: the semester report model (the same one the Google Doc renders), laid out for print. */
export function informeSheet(
  book: StreamBook,
  options: SheetOptions,
  data: TrackerData,
  ev: Evaluation,
  semester: Semester,
  today: DaySerial,
  chart: InformeChart | null = null,
): ExcelJS.Worksheet {
  const model = informeModel(data, ev, semester, today);
  const ws = book.addSheet(SHEET.informe, { ...options, views: [{ showGridLines: false }] });
  for (let c = 1; c <= GRID_COLUMNS; c++) ws.getColumn(c).width = COLUMN_CHARS;
  const page = new Page(
    ws,
    new PageFlow(
      ws,
      pageCapacity(
        ws.pageSetup,
        Array.from({ length: GRID_COLUMNS }, () => COLUMN_CHARS),
      ),
    ),
  );
  const blocks = reportBlocks(model);
  blocks.forEach((b, i) => {
    keepHeadingWithNext(page, blocks, i);
    block(page, b, book, chart);
  });
  printHeader(ws, model.pageHeader);
  ws.pageSetup.printArea = `A1:${columnLetter(GRID_COLUMNS)}${Math.max(1, page.row - 1)}`;
  return ws;
}
