import type ExcelJS from 'exceljs';
import type { DaySerial, Semester } from '../../core/calendar';
import { buildReport } from '../../core/report/build';
import { reportInput } from '../../core/report/input';
import { reportBlocks, type Block, type ParagraphBlock, type ReportModel, type TableBlock, type TableCell } from '../../core/report/model';
import { columnLetter } from '../../core/tracker/a1';
import { SHEET } from '../../core/tracker/names';
import type { Evaluation } from '../evaluate-data';
import { HEADER_FILL, HEADER_FONT, NUM_FMT, argb, fillOf } from '../styles';
import type { StreamBook } from '../stream-book';
import type { TrackerData } from '../tracker-data';
import type { SheetOptions } from './setup';
import type { InformeChart } from '../chart';
import { MAX_ROW_PT, wrappedLines } from './row-height';
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
  const out = widths.map((w) => Math.max(1, Math.floor(((w || 1) / total) * GRID_COLUMNS)));
  let left = GRID_COLUMNS - out.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % n, left--) out[i]++;
  return out;
}

class Page {
  row = 1;
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  constructor(readonly ws: ExcelJS.Worksheet) {}

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
    const size = style.font?.size ?? 11;
    this.ws.getRow(this.row).height = Math.min(MAX_ROW_PT, lines(text, (GRID_COLUMNS * COLUMN_CHARS * 11) / size) * LINE_HEIGHT * (size / 11));
    this.row += 1 + gapAfter;
  }
}

function paragraph(page: Page, b: ParagraphBlock): void {
  const text = b.runs.map((r) => r.text).join('');
  const size = b.style === 'note' ? 9 : 11;
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
  const widths = b.widths && b.widths.length === b.header.length ? b.widths : b.header.map(() => 1);
  const sp = b.rows.length > MERGED_TABLE_MAX_ROWS ? b.header.map(() => 1) : spans(widths);
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
      // Bold header text is wider: «Responsables» fills a 12-character column and wraps.
      height = Math.max(height, lines(c.text, sp[i] * COLUMN_CHARS * (header ? 0.85 : 1)));
    });
    page.ws.getRow(page.row).height = Math.min(MAX_ROW_PT, height * LINE_HEIGHT);
    page.row++;
  };
  writeRow(
    b.header.map((h) => ({ text: h })),
    true,
  );
  if (b.rows.length === 0 && b.emptyText) page.full(b.emptyText, { font: { italic: true } }, b.emptyText);
  for (const r of b.rows) writeRow(r, false);
  page.row++;
}

/** Rows of the Informe the chart takes (at LINE_HEIGHT each, about 8 cm). */
const CHART_ROWS = 20;

function block(page: Page, b: Block, book?: StreamBook, chart?: InformeChart | null): void {
  switch (b.kind) {
    case 'heading': {
      const size = b.level === 1 ? 16 : b.level === 2 ? 13 : 11;
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
      page.row++;
      break;
    case 'table':
      table(page, b);
      break;
    case 'chart': {
      // The Tablero's chart (bars coloured by semáforo, threshold lines) over the Tablero's chart data,
      // then the same figures as a table with a data bar: the table is what a reader without charts sees.
      const drawn = chart?.({ col: 0, row: page.row });
      // The chart is not cut by a page: it starts one, under its title.
      if (drawn && page.row > 1) page.ws.getRow(page.row - 1).addPageBreak();
      page.full(b.title, { font: { bold: true } }, b.title);
      if (drawn) {
        book?.addChart(page.ws, { ...drawn, to: { col: GRID_COLUMNS, row: page.row - 1 + CHART_ROWS } });
        for (let r = 0; r < CHART_ROWS; r++) page.ws.getRow(page.row + r).height = LINE_HEIGHT;
        page.row += CHART_ROWS + 1;
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
    case 'signatures': {
      const per = Math.max(1, Math.floor(GRID_COLUMNS / Math.max(1, Math.min(3, b.signers.length))));
      for (let i = 0; i < b.signers.length; i += 3) {
        const group = b.signers.slice(i, i + 3);
        page.row += 2;
        group.forEach((s, j) => {
          const cell = page.span(1 + j * per, (j + 1) * per - (per > 1 ? 1 : 0));
          cell.value = s.name || null; // blank: signed and written by hand
          cell.style = { border: { top: { style: 'thin' } }, font: { bold: true }, alignment: { horizontal: 'center' } };
        });
        page.row++;
        group.forEach((s, j) => {
          const cell = page.span(1 + j * per, (j + 1) * per - (per > 1 ? 1 : 0));
          cell.value = s.role;
          cell.style = { alignment: { horizontal: 'center', wrapText: true, vertical: 'top' } };
        });
        page.ws.getRow(page.row).height = 2 * LINE_HEIGHT;
        page.row++;
      }
      break;
    }
    case 'pageBreak':
      page.ws.getRow(page.row - 1).addPageBreak();
      break;
  }
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
  const page = new Page(ws);
  for (const b of reportBlocks(model)) block(page, b, book, chart);
  ws.pageSetup.printArea = `A1:${columnLetter(GRID_COLUMNS)}${Math.max(1, page.row - 1)}`;
  return ws;
}
