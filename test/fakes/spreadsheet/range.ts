/** A rectangle of cells of a fake sheet, with the real Range's reading and writing rules. */
import { cellCost } from '../cost';
import { real, own } from '../real';
import type { FakeRuntime } from '../runtime';
import { serialToInstant } from '../time';
import { a1Of } from './a1';
import { type Cell, isDateFormat, writeInput } from './cell';
import { FakeDataValidation } from './validation';
import type { FakeSheet } from './sheet';
import { displayOf } from './display';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type HAlign = 'left' | 'center' | 'normal' | 'right' | null;
type VAlign = 'top' | 'middle' | 'bottom' | null;
/** Apps Script hands back cell values as any; ours are these. */
type CellOut = string | number | boolean | Date;

type RangeKeys =
  | 'activate'
  | 'breakApart'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWrap'
  | 'getWrapStrategy'
  | 'getWrapStrategies'
  | 'getWraps'
  | 'isBlank'
  | 'merge'
  | 'mergeAcross'
  | 'offset'
  | 'protect'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWrapStrategies'
  | 'setWrapStrategy'
  | 'setWraps';

export class FakeRange implements Pick<Range, RangeKeys> {
  constructor(
    private readonly rt: FakeRuntime,
    readonly sheet: FakeSheet,
    public row: number,
    public col: number,
    public numRows: number,
    public numCols: number,
  ) {}

  // ---- helpers (not part of the Apps Script API, not counted) ----

  clone(): FakeRange {
    return new FakeRange(this.rt, this.sheet, this.row, this.col, this.numRows, this.numCols);
  }

  a1(): string {
    return a1Of(this.row, this.col, this.numRows, this.numCols);
  }

  private c(method: string): Range {
    this.rt.call('SpreadsheetApp', `Range.${method}`);
    this.rt.charge(cellCost(method, this.numRows * this.numCols));
    return real(this);
  }

  private grid<T>(read: (cell: Cell | undefined) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numCols; c++) line.push(read(this.sheet.cell(this.row + r, this.col + c)));
      out.push(this.rt.realm.list(line));
    }
    return this.rt.realm.list(out);
  }

  private first<T>(read: (cell: Cell | undefined) => T): T {
    return read(this.sheet.cell(this.row, this.col));
  }

  private guard(): void {
    this.sheet.spreadsheet.guardWrite(this.sheet, this.row, this.col, this.numRows, this.numCols);
  }

  private each(write: (cell: Cell) => void): void {
    this.guard();
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numCols; c++) write(this.sheet.ensure(this.row + r, this.col + c));
    }
    this.sheet.touch();
  }

  /** Checks a 2-D array against the range, with the real error messages. */
  private checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) return this.rt.fail("The parameters (String) don't match the method signature.");
    if (data.length !== this.numRows) {
      this.rt.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const line of data as unknown[]) {
      const n = Array.isArray(line) ? line.length : 0;
      if (n !== this.numCols) {
        this.rt.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${n} but the range has ${this.numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private eachWith<T>(data: unknown, write: (cell: Cell, item: T) => void): void {
    const rows = this.checkShape(data);
    this.guard();
    for (let r = 0; r < this.numRows; r++) {
      const line = rows[r] ?? [];
      for (let c = 0; c < this.numCols; c++) write(this.sheet.ensure(this.row + r, this.col + c), line[c] as T);
    }
    this.sheet.touch();
  }

  /** What getValues returns for a cell: "" when empty, Date for date formats, formula results. */
  valueOf_(cell: Cell | undefined): CellOut {
    if (cell === undefined) return '';
    let value: string | number | boolean;
    if (cell.formula !== '') {
      this.sheet.spreadsheet.ensureComputed();
      const computed = cell.computed;
      if (computed === null) return '';
      value = typeof computed === 'object' ? computed.error : computed;
    } else {
      value = cell.value;
    }
    if (typeof value === 'number' && isDateFormat(cell.numberFormat)) {
      return this.rt.realm.date(serialToInstant(value, this.sheet.spreadsheet.timeZone));
    }
    return value;
  }

  private displayOf_(cell: Cell | undefined): string {
    const value = this.valueOf_(cell);
    return displayOf(value, cell?.numberFormat ?? '', this.sheet.spreadsheet.timeZone);
  }

  // ---- geometry ----

  getA1Notation(): string {
    this.c('getA1Notation');
    return this.a1();
  }
  getRow(): number {
    this.c('getRow');
    return this.row;
  }
  getColumn(): number {
    this.c('getColumn');
    return this.col;
  }
  getNumRows(): number {
    this.c('getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.c('getNumColumns');
    return this.numCols;
  }
  getLastRow(): number {
    this.c('getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.c('getLastColumn');
    return this.col + this.numCols - 1;
  }
  getSheet(): Sheet {
    this.c('getSheet');
    return real(this.sheet);
  }
  getGridId(): number {
    this.c('getGridId');
    return this.sheet.id;
  }
  activate(): Range {
    this.sheet.spreadsheet.active = this.sheet;
    this.sheet.activeRange = this.clone();
    return this.c('activate');
  }

  getCell(row: number, column: number): Range {
    this.c('getCell');
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) this.rt.fail('Cell reference out of range');
    return real(new FakeRange(this.rt, this.sheet, this.row + row - 1, this.col + column - 1, 1, 1));
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    this.c('offset');
    return real(this.sheet.makeRange(this.row + rowOffset, this.col + columnOffset, numRows ?? this.numRows, numColumns ?? this.numCols));
  }

  // ---- values and formulas ----

  getValue(): CellOut {
    this.c('getValue');
    return this.first((cell) => this.valueOf_(cell));
  }
  getValues(): CellOut[][] {
    this.c('getValues');
    return this.grid((cell) => this.valueOf_(cell));
  }
  getDisplayValue(): string {
    this.c('getDisplayValue');
    return this.first((cell) => this.displayOf_(cell));
  }
  getDisplayValues(): string[][] {
    this.c('getDisplayValues');
    return this.grid((cell) => this.displayOf_(cell));
  }

  isBlank(): boolean {
    this.c('isBlank');
    return this.grid((cell) => cell === undefined || (cell.value === '' && cell.formula === '')).every((line) => line.every(Boolean));
  }

  setValue(value: unknown): Range {
    const tz = this.sheet.spreadsheet.timeZone;
    this.each((cell) => writeInput(cell, value, tz));
    return this.c('setValue');
  }

  setValues(values: unknown[][]): Range {
    this.c('setValues');
    const tz = this.sheet.spreadsheet.timeZone;
    this.eachWith<unknown>(values, (cell, value) => writeInput(cell, value, tz));
    return real(this);
  }

  getFormula(): string {
    this.c('getFormula');
    return this.first((cell) => cell?.formula ?? '');
  }
  getFormulas(): string[][] {
    this.c('getFormulas');
    return this.grid((cell) => cell?.formula ?? '');
  }

  setFormula(formula: string): Range {
    const tz = this.sheet.spreadsheet.timeZone;
    this.each((cell) => writeFormula(cell, formula, tz));
    return this.c('setFormula');
  }

  setFormulas(formulas: string[][]): Range {
    this.c('setFormulas');
    const tz = this.sheet.spreadsheet.timeZone;
    this.eachWith<string>(formulas, (cell, formula) => writeFormula(cell, formula, tz));
    return real(this);
  }

  clearContent(): Range {
    this.each((cell) => {
      cell.value = '';
      cell.formula = '';
      cell.computed = null;
    });
    return this.c('clearContent');
  }

  /** clear() empties contents and formats; options pick contents, formats, validations or notes only. */
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): Range {
    const picked = options !== undefined && (options.contentsOnly || options.formatOnly || options.validationsOnly || options.commentsOnly);
    this.each((cell) => {
      if (!picked || options?.contentsOnly) {
        cell.value = '';
        cell.formula = '';
        cell.computed = null;
      }
      if (!picked || options?.formatOnly) resetFormat(cell);
      if (options?.validationsOnly) cell.validation = null;
      if (options?.commentsOnly) cell.note = '';
    });
    return this.c('clear');
  }

  clearFormat(): Range {
    this.each(resetFormat);
    return this.c('clearFormat');
  }
  clearNote(): Range {
    this.each((cell) => {
      cell.note = '';
    });
    return this.c('clearNote');
  }
  clearDataValidations(): Range {
    this.each((cell) => {
      cell.validation = null;
    });
    return this.c('clearDataValidations');
  }

  // ---- formats ----

  getNumberFormat(): string {
    this.c('getNumberFormat');
    return this.first((cell) => cell?.numberFormat ?? DEFAULT_NF);
  }
  getNumberFormats(): string[][] {
    this.c('getNumberFormats');
    return this.grid((cell) => cell?.numberFormat ?? DEFAULT_NF);
  }
  setNumberFormat(format: string): Range {
    this.each((cell) => {
      cell.numberFormat = format;
    });
    return this.c('setNumberFormat');
  }
  setNumberFormats(formats: string[][]): Range {
    this.c('setNumberFormats');
    this.eachWith<string>(formats, (cell, f) => {
      cell.numberFormat = f;
    });
    return real(this);
  }

  getNote(): string {
    this.c('getNote');
    return this.first((cell) => cell?.note ?? '');
  }
  getNotes(): string[][] {
    this.c('getNotes');
    return this.grid((cell) => cell?.note ?? '');
  }
  setNote(note: string | null): Range {
    this.each((cell) => {
      cell.note = note ?? '';
    });
    return this.c('setNote');
  }
  setNotes(notes: Array<Array<string | null>>): Range {
    this.c('setNotes');
    this.eachWith<string | null>(notes, (cell, n) => {
      cell.note = n ?? '';
    });
    return real(this);
  }

  getDataValidation(): DataValidation | null {
    this.c('getDataValidation');
    return this.first((cell) => (cell?.validation ?? null) as DataValidation | null);
  }

  getDataValidations(): Array<Array<DataValidation | null>> {
    this.c('getDataValidations');
    return this.grid((cell) => (cell?.validation ?? null) as DataValidation | null);
  }

  setDataValidation(rule: DataValidation | null): Range {
    this.c('setDataValidation');
    const v = rule === null ? null : own(this.rt, rule, FakeDataValidation, 'data validation rule');
    this.each((cell) => {
      cell.validation = v;
    });
    return real(this);
  }

  setDataValidations(rules: Array<Array<DataValidation | null>>): Range {
    this.c('setDataValidations');
    this.eachWith<DataValidation | null>(rules, (cell, rule) => {
      cell.validation = rule === null || rule === undefined ? null : own(this.rt, rule, FakeDataValidation, 'data validation rule');
    });
    return real(this);
  }

  getBackground(): string {
    this.c('getBackground');
    return this.first((cell) => cell?.background ?? '#ffffff');
  }
  getBackgrounds(): string[][] {
    this.c('getBackgrounds');
    return this.grid((cell) => cell?.background ?? '#ffffff');
  }
  setBackground(color: string | null): Range {
    this.each((cell) => {
      cell.background = color ?? '#ffffff';
    });
    return this.c('setBackground');
  }
  setBackgrounds(colors: Array<Array<string | null>>): Range {
    this.c('setBackgrounds');
    this.eachWith<string | null>(colors, (cell, color) => {
      cell.background = color ?? '#ffffff';
    });
    return real(this);
  }

  getFontColor(): string {
    this.c('getFontColor');
    return this.first((cell) => cell?.fontColor ?? '#000000');
  }
  getFontColors(): string[][] {
    this.c('getFontColors');
    return this.grid((cell) => cell?.fontColor ?? '#000000');
  }
  setFontColor(color: string | null): Range {
    this.each((cell) => {
      cell.fontColor = color ?? '#000000';
    });
    return this.c('setFontColor');
  }
  setFontColors(colors: unknown[][]): Range {
    this.c('setFontColors');
    this.eachWith<string | null>(colors, (cell, color) => {
      cell.fontColor = color ?? '#000000';
    });
    return real(this);
  }

  getFontWeight(): 'normal' | 'bold' {
    this.c('getFontWeight');
    return this.first((cell) => cell?.fontWeight ?? 'normal');
  }
  getFontWeights(): Array<Array<'normal' | 'bold'>> {
    this.c('getFontWeights');
    return this.grid((cell) => cell?.fontWeight ?? 'normal');
  }
  setFontWeight(weight: 'normal' | 'bold' | null): Range {
    this.each((cell) => {
      cell.fontWeight = weight ?? 'normal';
    });
    return this.c('setFontWeight');
  }
  setFontWeights(weights: Array<Array<'normal' | 'bold' | null>>): Range {
    this.c('setFontWeights');
    this.eachWith<'normal' | 'bold' | null>(weights, (cell, w) => {
      cell.fontWeight = w ?? 'normal';
    });
    return real(this);
  }

  getWrap(): boolean {
    this.c('getWrap');
    return this.first((cell) => cell?.wrap ?? false);
  }
  getWraps(): boolean[][] {
    this.c('getWraps');
    return this.grid((cell) => cell?.wrap ?? false);
  }
  setWrap(wrap: boolean): Range {
    this.each((cell) => {
      cell.wrap = wrap;
      cell.wrapStrategy = wrap ? 'WRAP' : 'OVERFLOW';
    });
    return this.c('setWrap');
  }
  setWraps(wraps: boolean[][]): Range {
    this.c('setWraps');
    this.eachWith<boolean>(wraps, (cell, w) => {
      cell.wrap = w;
      cell.wrapStrategy = w ? 'WRAP' : 'OVERFLOW';
    });
    return real(this);
  }

  getWrapStrategy(): GoogleAppsScript.Spreadsheet.WrapStrategy {
    this.c('getWrapStrategy');
    return this.first((cell) => (cell?.wrapStrategy ?? 'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy);
  }
  getWrapStrategies(): GoogleAppsScript.Spreadsheet.WrapStrategy[][] {
    this.c('getWrapStrategies');
    return this.grid((cell) => (cell?.wrapStrategy ?? 'OVERFLOW') as unknown as GoogleAppsScript.Spreadsheet.WrapStrategy);
  }
  setWrapStrategy(strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): Range {
    const name = String(strategy);
    this.each((cell) => {
      cell.wrapStrategy = name;
      cell.wrap = name === 'WRAP';
    });
    return this.c('setWrapStrategy');
  }
  setWrapStrategies(strategies: GoogleAppsScript.Spreadsheet.WrapStrategy[][]): Range {
    this.c('setWrapStrategies');
    this.eachWith<GoogleAppsScript.Spreadsheet.WrapStrategy>(strategies, (cell, s) => {
      cell.wrapStrategy = String(s);
      cell.wrap = String(s) === 'WRAP';
    });
    return real(this);
  }

  getHorizontalAlignment(): string {
    this.c('getHorizontalAlignment');
    return this.first((cell) => cell?.horizontalAlignment ?? 'general');
  }
  getHorizontalAlignments(): string[][] {
    this.c('getHorizontalAlignments');
    return this.grid((cell) => cell?.horizontalAlignment ?? 'general');
  }
  setHorizontalAlignment(a: HAlign): Range {
    this.each((cell) => {
      cell.horizontalAlignment = a === null || a === 'normal' ? 'general' : a;
    });
    return this.c('setHorizontalAlignment');
  }
  setHorizontalAlignments(aligns: HAlign[][]): Range {
    this.c('setHorizontalAlignments');
    this.eachWith<HAlign>(aligns, (cell, a) => {
      cell.horizontalAlignment = a === null || a === 'normal' ? 'general' : a;
    });
    return real(this);
  }

  getVerticalAlignment(): string {
    this.c('getVerticalAlignment');
    return this.first((cell) => cell?.verticalAlignment ?? 'bottom');
  }
  getVerticalAlignments(): string[][] {
    this.c('getVerticalAlignments');
    return this.grid((cell) => cell?.verticalAlignment ?? 'bottom');
  }
  setVerticalAlignment(a: VAlign): Range {
    this.each((cell) => {
      cell.verticalAlignment = a ?? 'bottom';
    });
    return this.c('setVerticalAlignment');
  }
  setVerticalAlignments(aligns: VAlign[][]): Range {
    this.c('setVerticalAlignments');
    this.eachWith<VAlign>(aligns, (cell, a) => {
      cell.verticalAlignment = a ?? 'bottom';
    });
    return real(this);
  }

  // ---- structure ----

  merge(): Range {
    this.sheet.merges.add(this.a1());
    return this.c('merge');
  }
  mergeAcross(): Range {
    this.sheet.merges.add(this.a1());
    return this.c('mergeAcross');
  }
  breakApart(): Range {
    this.sheet.merges.delete(this.a1());
    return this.c('breakApart');
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.c('protect');
    return real(this.sheet.spreadsheet.addProtection('RANGE', this.clone()));
  }
}

const DEFAULT_NF = '0.###############';

function resetFormat(cell: Cell): void {
  cell.numberFormat = DEFAULT_NF;
  cell.background = '#ffffff';
  cell.fontColor = '#000000';
  cell.fontWeight = 'normal';
  cell.wrap = false;
  cell.wrapStrategy = 'OVERFLOW';
  cell.horizontalAlignment = 'general';
  cell.verticalAlignment = 'bottom';
}

/** setFormula(s): "" clears the cell; a text without "=" is entered as typed (Sheets stores it as a value). */
function writeFormula(cell: Cell, formula: string, timeZone: string): void {
  if (formula.startsWith('=')) {
    cell.value = '';
    cell.formula = formula;
    cell.computed = null;
  } else {
    writeInput(cell, formula, timeZone);
  }
}
