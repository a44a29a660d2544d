/** A fake spreadsheet: its sheets, named ranges, protections, toasts and formula results. */
/** What Apps Script throws when a script writes into a protected cell its user may not edit. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
import { ProtectionType } from '../enums';
import { real, own } from '../real';
import type { FakeRuntime } from '../runtime';
import { absoluteRef, parseA1 } from './a1';
import type { Cell, Computed } from './cell';
import { FakeNamedRange } from './named-range';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeSheet } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A cell as the formula engine takes it: a string starting with "=" is a formula; dates are serials. */
export type EngineCell = string | number | boolean | null;
export interface FormulaEngine {
  value(sheet: string, row1: number, col1: number): Computed;
  destroy(): void;
}
/** The signature of test/support/formula-engine.ts's createEngine. */
export type EngineFactory = (sheets: Record<string, EngineCell[][]>, names: Record<string, string>) => FormulaEngine;

/**
 * A stored cell for the engine. The engine reads a string starting with "=" as a formula, so a text
 * that starts with "=" (written with an apostrophe or into a "@" cell) goes with an apostrophe,
 * which keeps it text there too.
 */
function engineCell(cell: Cell | undefined): EngineCell {
  if (cell === undefined) return null;
  if (cell.formula !== '') return cell.formula;
  if (cell.value === '') return null;
  return typeof cell.value === 'string' && cell.value.startsWith('=') ? `'${cell.value}` : cell.value;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

type SpreadsheetKeys =
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getId'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeNamedRange'
  | 'rename'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export class FakeSpreadsheet implements Pick<Spreadsheet, SpreadsheetKeys> {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  readonly toasts: Toast[] = [];
  /** A null range is a name whose sheet was deleted: Sheets keeps the name, pointing to #REF!. */
  private readonly named = new Map<string, { range: FakeRange | null; object: FakeNamedRange }>();
  private readonly protections: FakeProtection[] = [];
  private sheetIds = 0;
  private chartIds = 0;
  /** Formula results are stale (something was written since the last recalculation). */
  dirty = true;
  private engine: EngineFactory | null = null;

  constructor(
    private readonly rt: FakeRuntime,
    readonly id: string,
    public name: string,
    public timeZone = 'America/Bogota',
    public locale = 'es_CO',
    readonly ownerEmail = 'propietario@example.gov.co',
  ) {}

  // ---- helpers for the other fakes and for tests (not counted) ----

  /** Adds a sheet without counting a call (for building test fixtures). */
  addSheet(name: string, index = this.sheets.length, maxRows = 1000, maxColumns = 26): FakeSheet {
    const sheet = new FakeSheet(this.rt, this, this.sheetIds === 0 ? 0 : 100_000 + this.sheetIds * 7919, name, maxRows, maxColumns);
    this.sheetIds += 1;
    this.sheets.splice(index, 0, sheet);
    this.active ??= sheet;
    this.dirty = true;
    return sheet;
  }

  findSheet(name: string): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }

  /**
   * Sheets refuses a second sheet whose name differs only in letter case (as far as we know; not
   * verified with a source), so duplicates are checked without case.
   */
  sameNameSheet(name: string): FakeSheet | null {
    const key = name.toLocaleLowerCase('es');
    return this.sheets.find((s) => s.name.toLocaleLowerCase('es') === key) ?? null;
  }

  /** Every sheet's stored values and formulas (for "nothing a person typed changed" checks). */
  snapshot(): Record<string, { values: Array<Array<string | number | boolean>>; formulas: string[][] }> {
    const out: Record<string, { values: Array<Array<string | number | boolean>>; formulas: string[][] }> = {};
    for (const s of this.sheets) out[s.name] = { values: s.peekValues(), formulas: s.peekFormulas() };
    return out;
  }

  /** The fake sheet by name, for tests; throws when absent. */
  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return s;
  }

  nextChartId(): number {
    this.chartIds += 1;
    return this.chartIds;
  }

  namedRange(name: string): FakeRange | null {
    return this.named.get(name)?.range ?? null;
  }

  namedRangeObjects(): Array<{ name: string; object: GoogleAppsScript.Spreadsheet.NamedRange }> {
    return [...this.named.entries()].map(([name, n]) => ({ name, object: real(n.object) }));
  }

  /** Every named range as "'Sheet'!$A$1:$B$2", the form the formula engine takes. */
  namedReferences(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [name, { range }] of this.named) {
      if (range === null) continue;
      out[name] = absoluteRef(range.sheet.name, range.row, range.col, range.numRows, range.numCols);
    }
    return out;
  }

  defineNamedRange(name: string, range: Range): void {
    const stored = own(this.rt, range, FakeRange, 'range').clone();
    const existing = this.named.get(name);
    if (existing) existing.range = stored;
    else this.named.set(name, { range: stored, object: new FakeNamedRange(this.rt, this, name) });
    this.dirty = true;
  }

  deleteNamedRange(name: string): void {
    this.named.delete(name);
    this.dirty = true;
  }

  renameNamedRange(from: string, to: string): void {
    const entry = this.named.get(from);
    if (!entry) return;
    this.named.delete(from);
    this.named.set(to, entry);
  }

  addProtection(type: 'RANGE' | 'SHEET', range: FakeRange): FakeProtection {
    const p = new FakeProtection(
      this.rt,
      ProtectionType[type],
      range,
      (gone) => {
        const i = this.protections.indexOf(gone);
        if (i >= 0) this.protections.splice(i, 1);
      },
      [this.ownerEmail, this.rt.actingUser, ...this.editors],
      this.ownerEmail,
    );
    this.protections.push(p);
    return p;
  }

  /** People the file is shared with as editors (a new protection starts with them). */
  readonly editors: string[] = [];
  /** Person-typed edits that went ahead past a warning-only protection (what the warning dialog would show). */
  readonly warnings: string[] = [];

  /** Protections covering any cell of the area, the enforced ones that refuse `user` first. */
  protectionsOver(sheet: FakeSheet, row: number, col: number, numRows: number, numCols: number): FakeProtection[] {
    const meets = (r: FakeRange): boolean =>
      r.sheet === sheet && r.row <= row + numRows - 1 && row <= r.row + r.numRows - 1 && r.col <= col + numCols - 1 && col <= r.col + r.numCols - 1;
    const inside = (r: FakeRange): boolean =>
      r.sheet === sheet && r.row <= row && row + numRows <= r.row + r.numRows && r.col <= col && col + numCols <= r.col + r.numCols;
    return this.protections.filter((p) =>
      String(p.type) === String(ProtectionType.SHEET) ? p.range.sheet === sheet && !p.unprotected.some(inside) : meets(p.range),
    );
  }

  /** Google's refusal when `user` writes into a protected cell it may not edit (script or person). */
  guardWrite(sheet: FakeSheet, row: number, col: number, numRows: number, numCols: number, user: string = this.rt.actingUser): void {
    if (this.protectionsOver(sheet, row, col, numRows, numCols).some((p) => !p.allows(user))) this.rt.fail(PROTECTED_MESSAGE);
  }

  protectionsOf(type: GoogleAppsScript.Spreadsheet.ProtectionType): FakeProtection[] {
    return this.protections.filter((p) => String(p.type) === String(type));
  }

  /** Keeps stored ranges (named, protected, rules, charts) on the same cells when rows/columns move. */
  shiftStoredRanges(sheet: FakeSheet, dim: 'row' | 'col', index0: number, delta: number): void {
    const ranges: FakeRange[] = [
      ...[...this.named.values()].flatMap((n) => (n.range ? [n.range] : [])),
      ...this.protections.flatMap((p) => [p.range, ...p.unprotected]),
      ...sheet.conditionalRules.flatMap((r) => r.state.ranges.map((x) => own(this.rt, x, FakeRange, 'range'))),
      ...sheet.charts.flatMap((ch) => ch.state.ranges),
    ];
    for (const r of ranges) {
      if (r.sheet !== sheet) continue;
      const start = dim === 'row' ? r.row : r.col;
      const size = dim === 'row' ? r.numRows : r.numCols;
      let newStart = start;
      let newSize = size;
      if (delta > 0) {
        if (start > index0) newStart += delta;
        else if (start + size - 1 > index0) newSize += delta;
      } else {
        const from = index0 + 1;
        const to = index0 - delta; // last deleted, 1-based
        const overlap = Math.max(0, Math.min(to, start + size - 1) - Math.max(from, start) + 1);
        newSize = Math.max(1, size - overlap);
        if (start > to) newStart = start + delta;
        else if (start >= from) newStart = from;
      }
      if (dim === 'row') {
        r.row = newStart;
        r.numRows = newSize;
      } else {
        r.col = newStart;
        r.numCols = newSize;
      }
    }
  }

  /** Every sheet as the formula engine takes it: values and formulas up to each sheet's last cell. */
  engineInput(): { sheets: Record<string, EngineCell[][]>; names: Record<string, string> } {
    const sheets: Record<string, EngineCell[][]> = {};
    for (const s of this.sheets) {
      const rows = s.lastRow();
      const cols = s.lastColumn();
      const grid: EngineCell[][] = [];
      for (let r = 1; r <= rows; r++) {
        const line: EngineCell[] = [];
        for (let c = 1; c <= cols; c++) {
          const cell = s.cell(r, c);
          line.push(engineCell(cell));
        }
        grid.push(line);
      }
      sheets[s.name] = grid;
    }
    return { sheets, names: this.namedReferences() };
  }

  /** Evaluates every formula cell once with an engine; getValues then returns the results. */
  recalculate(factory: EngineFactory): void {
    const input = this.engineInput();
    const engine = factory(input.sheets, input.names);
    try {
      for (const s of this.sheets) {
        const rows = s.lastRow();
        const cols = s.lastColumn();
        for (let r = 1; r <= rows; r++) {
          for (let c = 1; c <= cols; c++) {
            const cell = s.cell(r, c);
            if (cell && cell.formula !== '') cell.computed = engine.value(s.name, r, c);
          }
        }
      }
    } finally {
      engine.destroy();
    }
    this.dirty = false;
  }

  /**
   * With an engine, formula cells read their up-to-date result, as in Sheets (recalculated on the
   * first read after a write). Without one (the default), a formula cell reads as "".
   */
  useFormulaEngine(factory: EngineFactory | null): void {
    this.engine = factory;
    this.dirty = true;
  }

  ensureComputed(): void {
    if (this.engine !== null && this.dirty) this.recalculate(this.engine);
  }

  private c(method: string): void {
    this.rt.call('SpreadsheetApp', `Spreadsheet.${method}`);
  }

  // ---- Apps Script API ----

  getId(): string {
    this.c('getId');
    return this.id;
  }
  getName(): string {
    this.c('getName');
    return this.name;
  }
  rename(name: string): void {
    this.c('rename');
    this.name = name;
  }
  getUrl(): string {
    this.c('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.c('getSpreadsheetTimeZone');
    return this.timeZone;
  }
  setSpreadsheetTimeZone(tz: string): void {
    this.c('setSpreadsheetTimeZone');
    this.timeZone = tz;
  }
  getSpreadsheetLocale(): string {
    this.c('getSpreadsheetLocale');
    return this.locale;
  }
  getOwner(): GoogleAppsScript.Base.User | null {
    this.c('getOwner');
    const email = this.ownerEmail;
    const owner: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
    return real(owner);
  }

  getSheets(): Sheet[] {
    this.c('getSheets');
    return this.rt.realm.list(this.sheets.map((s) => real<Sheet>(s)));
  }
  getNumSheets(): number {
    this.c('getNumSheets');
    return this.sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    this.c('getSheetByName');
    const s = this.findSheet(name);
    return s ? real(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    this.c('getSheetById');
    const s = this.sheets.find((x) => x.id === id);
    return s ? real(s) : null;
  }
  getActiveSheet(): Sheet {
    this.c('getActiveSheet');
    return real(this.active ?? this.sheets[0] ?? this.rt.fail('No sheets'));
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.c('setActiveSheet');
    this.active = own(this.rt, sheet, FakeSheet, 'sheet');
    return sheet;
  }

  moveActiveSheet(pos: number): void {
    this.c('moveActiveSheet');
    const s = this.active;
    if (!s) return;
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(Math.max(0, Math.min(this.sheets.length, pos - 1)), 0, s);
  }

  /** insertSheet(), (index), (name), (name, index); the options/template forms are not faked. */
  insertSheet(a?: string | number | object, b?: number | object): Sheet {
    this.c('insertSheet');
    let name: string;
    let index = this.sheets.length;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else {
      if (typeof a === 'number') index = a;
      let n = this.sheets.length + 1;
      while (this.sameNameSheet(`Hoja ${n}`)) n += 1;
      name = `Hoja ${n}`;
    }
    if (this.sameNameSheet(name)) this.rt.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const sheet = this.addSheet(name, Math.max(0, Math.min(index, this.sheets.length)));
    this.active = sheet; // insertSheet activates the new sheet
    return real(sheet);
  }

  deleteSheet(sheet: Sheet): void {
    this.c('deleteSheet');
    const fake = own(this.rt, sheet, FakeSheet, 'sheet');
    if (this.sheets.length <= 1) this.rt.fail("You can't remove all the sheets in a document.");
    this.sheets.splice(this.sheets.indexOf(fake), 1);
    // Named ranges on the sheet stay, broken (#REF!): getRange() on them throws, getRangeByName is null.
    for (const n of this.named.values()) if (n.range?.sheet === fake) n.range = null;
    for (const p of [...this.protections]) if (p.range.sheet === fake) this.protections.splice(this.protections.indexOf(p), 1);
    if (this.active === fake) this.active = this.sheets[0] ?? null;
    this.dirty = true;
  }

  getRange(a1: string): Range {
    this.c('getRange');
    const box = parseA1(a1);
    if (box === null) return this.rt.fail('Range not found');
    const sheet = box.sheet === null ? (this.active ?? this.sheets[0]) : this.findSheet(box.sheet);
    if (!sheet) return this.rt.fail('Range not found');
    const local = a1.includes('!') ? a1.slice(a1.lastIndexOf('!') + 1) : a1;
    return real(sheet.rangeFromA1(local));
  }

  getRangeByName(name: string): Range | null {
    this.c('getRangeByName');
    const r = this.namedRange(name);
    return r ? real(r.clone()) : null;
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.c('getNamedRanges');
    return this.rt.realm.list(this.namedRangeObjects().map((n) => n.object));
  }

  /**
   * Names must start with a letter or "_", hold letters, digits, "_" or ".", and not look like a cell
   * reference (Sheets' documented rules). The error wording here is ours, not verified.
   */
  setNamedRange(name: string, range: Range): void {
    this.c('setNamedRange');
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^(true|false)$/i.test(name)) {
      this.rt.fail(`Invalid named range name: ${name}`);
    }
    this.defineNamedRange(name, range);
  }

  /** Unverified: we assume removing an unknown name fails like an unknown range. */
  removeNamedRange(name: string): void {
    this.c('removeNamedRange');
    if (!this.named.has(name)) this.rt.fail('Range not found');
    this.deleteNamedRange(name);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.c('getProtections');
    return this.rt.realm.list(this.protectionsOf(type).map((p) => real<GoogleAppsScript.Spreadsheet.Protection>(p)));
  }

  toast(message: string, title?: string, timeoutSeconds?: number | null): void {
    this.c('toast');
    this.toasts.push({ message: String(message), title: title ?? '', timeoutSeconds: timeoutSeconds ?? null });
  }
}
