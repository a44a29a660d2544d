/** A fake sheet: a grid of cells that grows like a real one, plus the sheet-level settings scripts set. */
import { real, own } from '../real';
import type { FakeRuntime } from '../runtime';
import { parseA1 } from './a1';
import { type Cell, emptyCell, hasContent, writeInput } from './cell';
import { FakeEmbeddedChart, FakeEmbeddedChartBuilder, newChartState } from './chart';
import { FakeConditionalFormatRule } from './conditional';
import { FakeRange } from './range';
import type { FakeSpreadsheet } from './spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

type SheetKeys =
  | 'activate'
  | 'getActiveRange'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearConditionalFormatRules'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getNamedRanges'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setTabColor'
  | 'showColumns'
  | 'showSheet'
  | 'updateChart';

export class FakeSheet implements Pick<Sheet, SheetKeys> {
  /** rows[r-1][c-1]; missing entries are empty cells. */
  private rows: Array<Array<Cell | undefined>> = [];
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  hidden = false;
  tabColor: string | null = null;
  conditionalRules: FakeConditionalFormatRule[] = [];
  charts: FakeEmbeddedChart[] = [];
  readonly merges = new Set<string>();

  constructor(
    private readonly rt: FakeRuntime,
    readonly spreadsheet: FakeSpreadsheet,
    readonly id: number,
    public name: string,
    public maxRows = 1000,
    public maxColumns = 26,
  ) {}

  // ---- helpers for the other fakes and for tests (not counted) ----

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row - 1]?.[col - 1];
  }

  ensure(row: number, col: number): Cell {
    const line = (this.rows[row - 1] ??= []);
    return (line[col - 1] ??= emptyCell());
  }

  /** Something was written: formula results are stale until the next recalculation. */
  touch(): void {
    this.spreadsheet.dirty = true;
  }

  lastRow(): number {
    for (let r = this.rows.length; r >= 1; r--) if ((this.rows[r - 1] ?? []).some(hasContent)) return r;
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--)
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
    }
    return last;
  }

  /** A range checked like Sheet.getRange(row, column, numRows, numColumns), with the real messages. */
  makeRange(row: number, col: number, numRows = 1, numCols = 1): FakeRange {
    if (!Number.isInteger(row) || row < 1) this.rt.fail('The starting row of the range is too small.');
    if (!Number.isInteger(col) || col < 1) this.rt.fail('The starting column of the range is too small.');
    if (numRows < 1) this.rt.fail('The number of rows in the range must be at least 1.');
    if (numCols < 1) this.rt.fail('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxColumns) {
      this.rt.fail('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.rt, this, row, col, numRows, numCols);
  }

  rangeFromA1(a1: string): FakeRange {
    const box = parseA1(a1);
    if (box === null) return this.rt.fail('Range not found');
    const endRow = box.endRow ?? this.maxRows;
    const endCol = box.endCol ?? this.maxColumns;
    return this.makeRange(box.row, box.col, endRow - box.row + 1, endCol - box.col + 1);
  }

  /** A range a script handed us, copied so later changes to the sheet's shape can move it. */
  ownRange(range: Range): FakeRange {
    return own(this.rt, range, FakeRange, 'range').clone();
  }

  /** Stored values as written (dates as serial numbers), no formula results; rows up to the last one. */
  peekValues(): Array<Array<string | number | boolean>> {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: Array<Array<string | number | boolean>> = [];
    for (let r = 1; r <= rows; r++) {
      const line: Array<string | number | boolean> = [];
      for (let c = 1; c <= cols; c++) line.push(this.cell(r, c)?.value ?? '');
      out.push(line);
    }
    return out;
  }

  /** Formulas ("" where none), rows up to the last one. */
  peekFormulas(): string[][] {
    const rows = this.lastRow();
    const cols = this.lastColumn();
    const out: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: string[] = [];
      for (let c = 1; c <= cols; c++) line.push(this.cell(r, c)?.formula ?? '');
      out.push(line);
    }
    return out;
  }

  private c(method: string): Sheet {
    this.rt.call('SpreadsheetApp', `Sheet.${method}`);
    return real(this);
  }

  private insertRowsAt(index0: number, howMany: number): void {
    this.rows.splice(index0, 0, ...new Array<Array<Cell | undefined>>(howMany));
    // splice with holes leaves undefined entries: keep them as empty rows.
    this.maxRows += howMany;
    this.spreadsheet.shiftStoredRanges(this, 'row', index0, howMany);
    this.touch();
  }

  private insertColumnsAt(index0: number, howMany: number): void {
    for (const line of this.rows) if (line && line.length > index0) line.splice(index0, 0, ...new Array<Cell | undefined>(howMany));
    this.maxColumns += howMany;
    this.spreadsheet.shiftStoredRanges(this, 'col', index0, howMany);
    this.touch();
  }

  private deleteRowsAt(index0: number, howMany: number): void {
    if (index0 < 0 || index0 + howMany > this.maxRows) this.rt.fail('Those rows are out of bounds.');
    if (howMany >= this.maxRows) this.rt.fail("You can't delete all the rows on the sheet.");
    // Deleting a row deletes its cells: refused when one of them is protected against the user
    // (as typing there would be). Google's reference is silent; see docs/PRIMERA-EJECUCION.md.
    this.spreadsheet.guardWrite(this, index0 + 1, 1, howMany, this.maxColumns);
    this.rows.splice(index0, howMany);
    this.maxRows -= howMany;
    this.spreadsheet.shiftStoredRanges(this, 'row', index0, -howMany);
    this.touch();
  }

  private deleteColumnsAt(index0: number, howMany: number): void {
    if (index0 < 0 || index0 + howMany > this.maxColumns) this.rt.fail('Those columns are out of bounds.');
    if (howMany >= this.maxColumns) this.rt.fail("You can't delete all the columns on the sheet.");
    this.spreadsheet.guardWrite(this, 1, index0 + 1, this.maxRows, howMany);
    for (const line of this.rows) if (line) line.splice(index0, howMany);
    this.maxColumns -= howMany;
    this.spreadsheet.shiftStoredRanges(this, 'col', index0, -howMany);
    this.touch();
  }

  // ---- Apps Script API ----

  activate(): Sheet {
    this.spreadsheet.active = this;
    return this.c('activate');
  }
  /** The person's selection in this sheet (set by Range.activate or a test); A1 when nothing was selected. */
  activeRange: FakeRange | null = null;
  getActiveRange(): GoogleAppsScript.Spreadsheet.Range | null {
    this.c('getActiveRange');
    return real(this.activeRange ?? new FakeRange(this.rt, this, 1, 1, 1, 1));
  }
  getName(): string {
    this.c('getName');
    return this.name;
  }
  getSheetName(): string {
    this.c('getSheetName');
    return this.name;
  }
  getSheetId(): number {
    this.c('getSheetId');
    return this.id;
  }
  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.c('getParent');
    return real(this.spreadsheet);
  }
  getIndex(): number {
    this.c('getIndex');
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }

  setName(name: string): Sheet {
    this.c('setName');
    const other = this.spreadsheet.sameNameSheet(name);
    if (other && other !== this) this.rt.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.name = name;
    return real(this);
  }

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    this.c('getRange');
    if (typeof a === 'string') return real(this.rangeFromA1(a));
    return real(this.makeRange(a, column ?? 1, numRows ?? 1, numColumns ?? 1));
  }

  getDataRange(): Range {
    this.c('getDataRange');
    return real(this.makeRange(1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn())));
  }

  getLastRow(): number {
    this.c('getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.c('getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.c('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.c('getMaxColumns');
    return this.maxColumns;
  }

  appendRow(values: unknown[]): Sheet {
    this.c('appendRow');
    const row = this.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    values.forEach((v, i) => writeInput(this.ensure(row, i + 1), v, this.spreadsheet.timeZone));
    this.touch();
    return real(this);
  }

  clear(): Sheet {
    this.c('clear');
    this.rows = this.rows.map((line) => line?.map((cell) => (cell?.validation ? { ...emptyCell(), validation: cell.validation } : undefined)) ?? []);
    this.touch();
    return real(this);
  }

  clearContents(): Sheet {
    this.c('clearContents');
    for (const line of this.rows)
      for (const cell of line ?? [])
        if (cell) {
          cell.value = '';
          cell.formula = '';
          cell.computed = null;
        }
    this.touch();
    return real(this);
  }

  insertRowsAfter(after: number, howMany: number): Sheet {
    this.c('insertRowsAfter');
    if (after < 1 || after > this.maxRows) this.rt.fail('Those rows are out of bounds.');
    this.insertRowsAt(after, howMany);
    return real(this);
  }
  insertRowAfter(after: number): Sheet {
    return this.insertRowsAfter(after, 1);
  }
  insertRowsBefore(before: number, howMany: number): Sheet {
    this.c('insertRowsBefore');
    if (before < 1 || before > this.maxRows) this.rt.fail('Those rows are out of bounds.');
    this.insertRowsAt(before - 1, howMany);
    return real(this);
  }
  insertRowBefore(before: number): Sheet {
    return this.insertRowsBefore(before, 1);
  }

  insertColumnsAfter(after: number, howMany: number): Sheet {
    this.c('insertColumnsAfter');
    if (after < 1 || after > this.maxColumns) this.rt.fail('Those columns are out of bounds.');
    this.insertColumnsAt(after, howMany);
    return real(this);
  }
  insertColumnAfter(after: number): Sheet {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumnsBefore(before: number, howMany: number): Sheet {
    this.c('insertColumnsBefore');
    if (before < 1 || before > this.maxColumns) this.rt.fail('Those columns are out of bounds.');
    this.insertColumnsAt(before - 1, howMany);
    return real(this);
  }
  insertColumnBefore(before: number): Sheet {
    return this.insertColumnsBefore(before, 1);
  }

  deleteRow(row: number): Sheet {
    this.c('deleteRow');
    this.deleteRowsAt(row - 1, 1);
    return real(this);
  }
  deleteRows(row: number, howMany: number): void {
    this.c('deleteRows');
    this.deleteRowsAt(row - 1, howMany);
  }
  deleteColumn(col: number): Sheet {
    this.c('deleteColumn');
    this.deleteColumnsAt(col - 1, 1);
    return real(this);
  }
  deleteColumns(col: number, howMany: number): void {
    this.c('deleteColumns');
    this.deleteColumnsAt(col - 1, howMany);
  }

  getFrozenRows(): number {
    this.c('getFrozenRows');
    return this.frozenRows;
  }
  setFrozenRows(rows: number): void {
    this.c('setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenColumns(): number {
    this.c('getFrozenColumns');
    return this.frozenColumns;
  }
  setFrozenColumns(columns: number): void {
    this.c('setFrozenColumns');
    this.frozenColumns = columns;
  }

  /** Sheets' default column width is 100 px and row height 21 px. */
  getColumnWidth(col: number): number {
    this.c('getColumnWidth');
    return this.columnWidths.get(col) ?? 100;
  }
  setColumnWidth(col: number, width: number): Sheet {
    this.columnWidths.set(col, width);
    return this.c('setColumnWidth');
  }
  setColumnWidths(start: number, n: number, width: number): Sheet {
    for (let c = start; c < start + n; c++) this.columnWidths.set(c, width);
    return this.c('setColumnWidths');
  }
  getRowHeight(row: number): number {
    this.c('getRowHeight');
    return this.rowHeights.get(row) ?? 21;
  }
  setRowHeight(row: number, height: number): Sheet {
    this.rowHeights.set(row, height);
    return this.c('setRowHeight');
  }
  autoResizeColumn(_col: number): Sheet {
    return this.c('autoResizeColumn');
  }
  autoResizeColumns(_start: number, _n: number): Sheet {
    return this.c('autoResizeColumns');
  }
  hideColumns(col: number, n = 1): void {
    this.c('hideColumns');
    for (let c = col; c < col + n; c++) this.hiddenColumns.add(c);
  }
  showColumns(col: number, n = 1): void {
    this.c('showColumns');
    for (let c = col; c < col + n; c++) this.hiddenColumns.delete(c);
  }
  isColumnHiddenByUser(col: number): boolean {
    this.c('isColumnHiddenByUser');
    return this.hiddenColumns.has(col);
  }

  hideSheet(): Sheet {
    this.c('hideSheet');
    if (this.spreadsheet.sheets.every((s) => s === this || s.hidden)) this.rt.fail("You can't hide all the sheets in a document.");
    this.hidden = true;
    return real(this);
  }
  showSheet(): Sheet {
    this.hidden = false;
    return this.c('showSheet');
  }
  isSheetHidden(): boolean {
    this.c('isSheetHidden');
    return this.hidden;
  }
  getTabColor(): string | null {
    this.c('getTabColor');
    return this.tabColor;
  }
  setTabColor(color: string | null): Sheet {
    this.tabColor = color;
    return this.c('setTabColor');
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.c('getConditionalFormatRules');
    return this.rt.realm.list(this.conditionalRules.map((r) => real<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>(r)));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.c('setConditionalFormatRules');
    this.conditionalRules = rules.map((r) => own(this.rt, r, FakeConditionalFormatRule, 'conditional format rule'));
  }
  clearConditionalFormatRules(): void {
    this.c('clearConditionalFormatRules');
    this.conditionalRules = [];
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.c('getNamedRanges');
    return this.rt.realm.list(
      this.spreadsheet
        .namedRangeObjects()
        .filter((n) => this.spreadsheet.namedRange(n.name)?.sheet === this)
        .map((n) => n.object),
    );
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.c('protect');
    return real(this.spreadsheet.addProtection('SHEET', new FakeRange(this.rt, this, 1, 1, this.maxRows, this.maxColumns)));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.c('getProtections');
    return this.rt.realm.list(
      this.spreadsheet
        .protectionsOf(type)
        .filter((p) => p.range.sheet === this)
        .map((p) => real<GoogleAppsScript.Spreadsheet.Protection>(p)),
    );
  }

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.c('newChart');
    return real(new FakeEmbeddedChartBuilder(this.rt, this, newChartState()));
  }
  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.c('insertChart');
    const fake = own(this.rt, chart, FakeEmbeddedChart, 'chart');
    fake.chartId = this.spreadsheet.nextChartId();
    this.charts.push(fake);
  }
  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    this.c('getCharts');
    return this.rt.realm.list(this.charts.map((ch) => real<GoogleAppsScript.Spreadsheet.EmbeddedChart>(ch)));
  }
  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.c('updateChart');
    const fake = own(this.rt, chart, FakeEmbeddedChart, 'chart');
    const i = this.charts.findIndex((ch) => ch.chartId === fake.chartId);
    if (i < 0) this.rt.fail('The chart does not exist in this sheet.');
    this.charts[i] = fake;
  }
  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    this.c('removeChart');
    const fake = own(this.rt, chart, FakeEmbeddedChart, 'chart');
    this.charts = this.charts.filter((ch) => ch.chartId !== fake.chartId);
  }
}
