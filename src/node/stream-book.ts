/**
 * The workbook written as a stream (exceljs's stream.xlsx.WorkbookWriter): rows go to the zip as
 * they are committed and are deflated by Node's native zlib, so a long history is never held whole.
 *
 * exceljs's streaming sheet writer leaves out parts its in-memory writer has (print options, the
 * data bar's x14 extension list, recalculation on open) and writes the sheet's closing parts in an
 * order the schema (CT_Worksheet) forbids. `commitSheet` writes them itself, in schema order, with
 * exceljs's own serialisers; nothing is re-read or re-inflated afterwards. These are internals of
 * exceljs 4.4.0, which package.json pins exactly (lib/stream/xlsx/worksheet-writer.js, workbook-writer.js).
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import type ExcelJS from 'exceljs';
// The writer alone, not exceljs's index: the index also loads the reader, the in-memory workbook and
// their dependencies, a third of the CLI bundle that Node would parse at every start.
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer';
import Range from 'exceljs/lib/doc/range';
import AppXform from 'exceljs/lib/xlsx/xform/core/app-xform';
import ContentTypesXform from 'exceljs/lib/xlsx/xform/core/content-types-xform';
import WorkbookXform from 'exceljs/lib/xlsx/xform/book/workbook-xform';
import ExtLstXform from 'exceljs/lib/xlsx/xform/sheet/ext-lst-xform';
import PrintOptionsXform from 'exceljs/lib/xlsx/xform/sheet/print-options-xform';
import SharedStringsXform from 'exceljs/lib/xlsx/xform/strings/shared-strings-xform';
import { TRACKER_FONT } from '../core/tracker/styles';
import { chartParts, type ChartSpec } from './chart';
import { rowXml, type PlainValue, type RowSink } from './row-xml';

/** A Node writable as exceljs's StreamBuf feeds it (archiver's entry stream). */
interface Downstream {
  readonly writableLength?: number;
  readonly readableLength?: number;
}

/** The parts of exceljs's WorksheetWriter used here (see worksheet-writer.js). */
interface SheetWriter {
  readonly name: string;
  readonly id: number;
  committed: boolean;
  startedData: boolean;
  _rows: (ExcelJS.Row | undefined)[] | null;
  /** The number of the next row to write once every row is committed. */
  _rowZero: number;
  readonly _merges: Range[];
  readonly stream: { write(text: string): unknown; end(): void; readonly buffers: unknown[]; readonly pipes: Downstream[] };
  readonly conditionalFormatting: unknown[];
  readonly pageSetup: Partial<ExcelJS.PageSetup>;
  readonly _workbook: { readonly styles: unknown };
  readonly _sheetCommentsWriter: { commit(): void };
  readonly _sheetRelsWriter: {
    commit(): void;
    addRelationship(rel: { Type: string; Target: string }): string;
    readonly hyperlinksProxy: { push(link: { address: string; target: string }): void };
  };
  _writeRow(row: ExcelJS.Row): void;
  _writeColumns(): void;
  _writeOpenSheetData(): void;
  _writeCloseSheetData(): void;
  _writeSheetProtection(): void;
  _writeAutoFilter(): void;
  _writeMergeCells(): void;
  _writeConditionalFormatting(): void;
  _writeDataValidations(): void;
  _writeHyperlinks(): void;
  _writePageMargins(): void;
  _writePageSetup(): void;
  _writeHeaderFooter(): void;
  _writeRowBreaks(): void;
  _writeLegacyData(): void;
  _writeCloseWorksheet(): void;
}

/** exceljs's streaming string table (utils/shared-strings.js). */
interface SharedStringTable {
  readonly count: number;
  readonly _values: unknown[];
  _totalRefs: number;
  add(value: unknown): number;
}

/**
 * exceljs's streaming string table keys its entries by the value itself, so every rich-text value
 * ("[object Object]") would share the first one's entry: rich text is keyed by its content here.
 */
function keyRichText(table: SharedStringTable): void {
  const plain = table.add.bind(table);
  const rich = new Map<string, number>();
  table.add = (value) => {
    if (typeof value === 'string') return plain(value);
    const key = JSON.stringify(value);
    let index = rich.get(key);
    if (index === undefined) {
      index = table._values.length;
      table._values.push(value);
      rich.set(key, index);
    }
    table._totalRefs++;
    return index;
  };
}

/** exceljs's style table (xlsx/xform/style/styles-xform.js): every font a style names passes through _addFont. */
interface StyleTable {
  _addFont(font: Partial<ExcelJS.Font>): number;
  /** The style id of `style` for a cell of exceljs ValueType `cellType`; remembered per style object. */
  addStyleModel(style: Partial<ExcelJS.Style>, cellType: number): number;
}

/** The tracker's typeface where a font leaves it out (exceljs writes a nameless font, which LibreOffice prints in a serif). */
function withTrackerFont(font: Partial<ExcelJS.Font> | undefined): Partial<ExcelJS.Font> {
  const given = Object.fromEntries(Object.entries(font ?? {}).filter(([, v]) => v !== undefined));
  return { name: TRACKER_FONT.family, size: TRACKER_FONT.size, ...given };
}

/**
 * One typeface in every cell: the default font (fontId 0, the cells without a font of their own) and
 * every font a style or a rich-text run names get the tracker's family and size where they leave them out.
 */
function useTrackerFont(styles: StyleTable, strings: SharedStringTable): void {
  const add = styles._addFont.bind(styles);
  add({ name: TRACKER_FONT.family, size: TRACKER_FONT.size, family: 2, color: { theme: 1 } } as Partial<ExcelJS.Font>);
  styles._addFont = (font) => add(withTrackerFont(font));
  const addString = strings.add.bind(strings);
  strings.add = (value) => {
    if (typeof value !== 'object' || value === null || !('richText' in value)) return addString(value);
    const runs = (value as ExcelJS.CellRichTextValue).richText.map((r) => ({ ...r, font: withTrackerFont(r.font) }));
    return addString({ richText: runs });
  };
}

/** The parts of exceljs's WorkbookWriter used here (see workbook-writer.js). */
interface BookWriter {
  readonly styles: StyleTable;
  readonly zip: { append(data: string, opts: { name: string }): void };
  readonly _worksheets: (SheetWriter | undefined)[];
  readonly sharedStrings: SharedStringTable;
  readonly commentRefs: unknown[];
  readonly media: unknown[];
  readonly views: unknown[];
  readonly definedNames: { readonly model: unknown };
  addWorkbook(): Promise<void>;
  addContentTypes(): Promise<void>;
  addApp(): Promise<void>;
  addSharedStrings(): Promise<void>;
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';

/**
 * exceljs marks text with edge spaces or line breaks as <t xml:space="preserve">, an attribute the
 * schema does not allow on <t> (ST_Xstring); readers keep the spaces without it (checked with LibreOffice).
 */
export function fixSharedStrings(xml: string): string {
  return xml.replace(/<t xml:space="preserve">/g, '<t>');
}

/**
 * exceljs checks a new merge against every merge before it, so a sheet of n merges costs n²/2
 * checks (the Informe of 100 indicators has ≈ 900: a good part of a small export's time). This does
 * what its mergeCells does (worksheet-writer.js: refuse an overlap, merge the cells into the first,
 * keep the range for the sheet's mergeCells part) but checks only merges that share a row.
 */
function indexMerges(ws: ExcelJS.Worksheet): void {
  const s = ws as unknown as SheetWriter;
  const byRow = new Map<number, Range[]>();
  const merge = (...cells: unknown[]): void => {
    const range = new Range(cells);
    for (let r = range.top; r <= range.bottom; r++) {
      if (byRow.get(r)?.some((m) => m.intersects(range))) throw new Error('Cannot merge already merged cells');
    }
    const master = ws.getCell(range.top, range.left);
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) if (r > range.top || c > range.left) ws.getCell(r, c).merge(master);
    }
    for (let r = range.top; r <= range.bottom; r++) {
      const list = byRow.get(r);
      if (list) list.push(range);
      else byRow.set(r, [range]);
    }
    s._merges.push(range);
  };
  ws.mergeCells = merge;
}

/** Bytes a sheet may have waiting for the zip before its writer pauses: bounds memory whatever the row count. */
const MAX_PENDING_BYTES = 4 << 20;
const BUFFER_BYTES = 65536; // exceljs's StreamBuf chunk for sheets

/**
 * Waits while more than MAX_PENDING_BYTES of a streamed sheet wait for the zip. Exported for the
 * export bench's baseline, which streams with exceljs alone but must let its zip keep pace likewise.
 */
export async function waitForZip(ws: ExcelJS.Worksheet): Promise<void> {
  const stream = (ws as unknown as SheetWriter).stream;
  const pending = (): number => stream.buffers.length * BUFFER_BYTES + stream.pipes.reduce((n, d) => n + (d.writableLength ?? 0) + (d.readableLength ?? 0), 0);
  while (pending() > MAX_PENDING_BYTES) await new Promise((resolve) => setTimeout(resolve, 2));
}

export interface BookProperties {
  readonly title: string;
  readonly creator: string;
  readonly subject: string;
  readonly company: string;
  readonly created: Date;
}

export class StreamBook {
  readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly book: BookWriter;
  private readonly charts: { sheet: string; spec: ChartSpec }[] = [];
  private readonly columnBreaks = new Map<string, readonly number[]>();
  private readonly sinks = new WeakMap<readonly Partial<ExcelJS.Style>[], { sheet: SheetWriter; sink: RowSink }>();
  private readonly company: string;

  private readonly file: WriteStream;

  constructor(file: string, props: BookProperties) {
    this.file = createWriteStream(file);
    this.wb = new WorkbookWriter({ stream: this.file, useStyles: true, useSharedStrings: true });
    Object.assign(this.wb, {
      creator: props.creator,
      lastModifiedBy: props.creator,
      title: props.title,
      subject: props.subject,
      created: props.created,
      modified: props.created,
    });
    this.company = props.company;
    this.book = this.wb as unknown as BookWriter;
    this.book.addWorkbook = () => this.addWorkbook();
    this.book.addContentTypes = () => this.addContentTypes();
    this.book.addApp = () => this.addApp();
    this.book.addSharedStrings = () => this.addSharedStrings();
    keyRichText(this.book.sharedStrings);
    useTrackerFont(this.book.styles, this.book.sharedStrings);
  }

  addSheet(name: string, options: Partial<ExcelJS.AddWorksheetOptions> & { headerFooter?: Partial<ExcelJS.HeaderFooter> }): ExcelJS.Worksheet {
    const ws = this.wb.addWorksheet(name, options as Partial<ExcelJS.AddWorksheetOptions>);
    indexMerges(ws);
    return ws;
  }

  /** Shows `spec` on `ws` (drawn when the sheet is committed). */
  addChart(ws: ExcelJS.Worksheet, spec: ChartSpec): void {
    this.charts.push({ sheet: ws.name, spec });
  }

  /** Prints a new page after each of `columns` (1-based; exceljs's streaming writer has no column breaks). */
  setColumnBreaks(ws: ExcelJS.Worksheet, columns: readonly number[]): void {
    this.columnBreaks.set(ws.name, columns);
  }

  /**
   * Writes the sheet's remaining rows and its closing parts in the order CT_Worksheet wants
   * (exceljs's own commit puts sheetProtection, hyperlinks and legacyDrawing out of place and
   * leaves out printOptions and the extension list), then ends its part of the zip.
   */
  commitSheet(ws: ExcelJS.Worksheet): void {
    const s = ws as unknown as SheetWriter;
    if (s.committed) return;
    for (const row of s._rows ?? []) if (row) s._writeRow(row);
    s._rows = null;
    if (!s.startedData) {
      s._writeColumns();
      s._writeOpenSheetData();
      s.startedData = true;
    }
    s._writeCloseSheetData();
    s._writeSheetProtection();
    s._writeAutoFilter();
    s._writeMergeCells();
    // The x14 ids of data bars are given by the extension list's prepare; the rule refers to them.
    const ext = new ExtLstXform();
    const extModel = { conditionalFormattings: s.conditionalFormatting };
    ext.prepare?.(extModel, { styles: s._workbook.styles });
    s._writeConditionalFormatting();
    s._writeDataValidations();
    s._writeHyperlinks();
    const p = s.pageSetup;
    s.stream.write(
      new PrintOptionsXform().toXml({
        showRowColHeaders: p.showRowColHeaders,
        showGridLines: p.showGridLines,
        horizontalCentered: p.horizontalCentered,
        verticalCentered: p.verticalCentered,
      }),
    );
    s._writePageMargins();
    s._writePageSetup();
    s._writeHeaderFooter();
    s._writeRowBreaks();
    const breaks = this.columnBreaks.get(s.name) ?? [];
    if (breaks.length > 0) {
      const brk = breaks.map((c) => `<brk id="${c}" max="1048575" man="1"/>`).join('');
      s.stream.write(`<colBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</colBreaks>`);
    }
    this.charts
      .filter((c) => c.sheet === s.name)
      .forEach((c) => {
        const index = this.charts.indexOf(c) + 1;
        const rId = s._sheetRelsWriter.addRelationship({ Type: REL_DRAWING, Target: `../drawings/drawing${index}.xml` });
        s.stream.write(`<drawing r:id="${rId}"/>`);
        for (const part of chartParts(c.spec, index).files) this.book.zip.append(part.xml, { name: part.name });
      });
    s._writeLegacyData();
    s.stream.write(ext.toXml(extModel));
    s._writeCloseWorksheet();
    s.stream.end();
    s._sheetCommentsWriter.commit();
    s._sheetRelsWriter.commit();
    s.committed = true;
  }

  /** Commits `row` and, when the zip lags behind, waits for it: what waits is bounded, not the sheet. */
  async commitRow(ws: ExcelJS.Worksheet, row: ExcelJS.Row): Promise<void> {
    row.commit();
    await waitForZip(ws);
  }

  /**
   * Writes a row of plain values (row-xml.ts) after the sheet's committed rows, without exceljs's
   * Row and Cell objects; `styles` are the columns' style objects, shared by every row. The sheet's
   * rows before it must be committed, and the rows after it can again be exceljs rows.
   */
  async writePlainRow(ws: ExcelJS.Worksheet, values: readonly PlainValue[], styles: readonly Partial<ExcelJS.Style>[], height?: number): Promise<void> {
    const sheet = ws as unknown as SheetWriter;
    if (sheet._rows?.some(Boolean)) throw new Error(`${ws.name}: a plain row follows uncommitted rows`);
    if (!sheet.startedData) {
      sheet._writeColumns();
      sheet._writeOpenSheetData();
      sheet.startedData = true;
    }
    const rowNumber = sheet._rowZero;
    const xml = rowXml(rowNumber, values, height, this.rowSink(sheet, styles));
    if (xml) sheet.stream.write(xml);
    sheet._rowZero = rowNumber + 1;
    await waitForZip(ws);
  }

  /** The workbook's tables and the sheet's links for rowXml; a column's style id is asked of exceljs once. */
  private rowSink(sheet: SheetWriter, styles: readonly Partial<ExcelJS.Style>[]): RowSink {
    let sink = this.sinks.get(styles);
    if (sink?.sheet === sheet) return sink.sink;
    const ids: number[] = [];
    const table = this.book.styles;
    const strings = this.book.sharedStrings;
    const links = sheet._sheetRelsWriter.hyperlinksProxy;
    const made: RowSink = {
      // exceljs remembers a style object's id from the first cell that uses it, whatever later cells hold.
      styleId: (index, valueType) => (ids[index] ??= styles[index] ? table.addStyleModel(styles[index], valueType) : 0),
      sharedString: (text) => strings.add(text),
      hyperlink: (address, target) => links.push({ address, target }),
    };
    sink = { sheet, sink: made };
    this.sinks.set(styles, sink);
    return made;
  }

  /** After a failure: closes the file (its owner removes it), so nothing is left writing. */
  abort(): void {
    this.file.destroy();
  }

  /** Every sheet committed: the workbook parts, then the zip's end. */
  async finish(): Promise<void> {
    await this.wb.commit();
  }

  private async addWorkbook(): Promise<void> {
    const model = {
      worksheets: this.book._worksheets.filter(Boolean),
      definedNames: this.book.definedNames.model,
      views: this.book.views,
      properties: {},
      // Readers that recalculate do it on open; the cached results serve the ones that do not.
      calcProperties: { fullCalcOnLoad: true },
    };
    const x = new WorkbookXform();
    x.prepare?.(model, {});
    this.book.zip.append(x.toXml(model), { name: '/xl/workbook.xml' });
  }

  private async addContentTypes(): Promise<void> {
    const b = this.book;
    const xml = new ContentTypesXform().toXml({
      worksheets: b._worksheets.filter(Boolean),
      sharedStrings: b.sharedStrings,
      commentRefs: b.commentRefs,
      media: b.media,
    });
    const extra = this.charts.map((c, i) => chartParts(c.spec, i + 1).contentTypes).join('');
    b.zip.append(xml.replace('</Types>', `${extra}</Types>`), { name: '[Content_Types].xml' });
  }

  private async addApp(): Promise<void> {
    this.book.zip.append(new AppXform().toXml({ worksheets: this.book._worksheets.filter(Boolean), company: this.company }), { name: 'docProps/app.xml' });
  }

  private async addSharedStrings(): Promise<void> {
    if (!this.book.sharedStrings.count) return;
    this.book.zip.append(fixSharedStrings(new SharedStringsXform().toXml(this.book.sharedStrings)), { name: '/xl/sharedStrings.xml' });
  }
}
