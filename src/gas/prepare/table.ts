/**
 * Prepares or repairs one table sheet (Matriz, Fases, Seguimiento) from the core's description:
 * creates it when missing or empty, finds columns by header otherwise, restores a deleted header
 * where its column is empty-headed or appends the column at the end, puts formulas into computed
 * cells that are empty or typed over, and never changes a cell a person filled in another column.
 * Every read and write covers whole ranges: the number of service calls does not depend on rows.
 */
import type { CellValue } from '../../core/grid/types';
import { findColumns } from '../../core/grid/headers';
import type { SeedValue } from '../../core/tracker/initial';
import { defaultLayout, rowFormulas, type ColumnLayout } from '../../core/tracker/layout';
import type { SheetName } from '../../core/tracker/names';
import type { ColumnSpec, FormatRule } from '../../core/tracker/types';
import { uiText } from '../../core/messages/sheets';
import { isBlankCell, safeText, seedValue, type HostValue } from '../cells';
import { addMissingNotes, addMissingValidations, columnNumberFormat, styleNewColumns } from './columns';
import { ensureSize, type PrepareContext, type Sheet } from './context';
import { ensureRules } from './rules';

export interface TableSpec<K extends string> {
  readonly name: SheetName;
  /** Tab position when the sheet is created. */
  readonly index: number;
  readonly columns: readonly ColumnSpec<K>[];
  readonly rules: readonly FormatRule<K>[];
  readonly initialRows: readonly ReadonlyMap<K, SeedValue>[];
}

export interface TableResult<K extends string> {
  readonly sheet: Sheet;
  readonly layout: ColumnLayout<K>;
  /** False when the sheet has data but no header the description knows: it was left untouched. */
  readonly usable: boolean;
  /** True when the sheet was built from scratch (it was missing or empty). */
  readonly created: boolean;
}

export function ensureTable<K extends string>(ctx: PrepareContext, spec: TableSpec<K>): TableResult<K> {
  ctx.progress(uiText.prepareStep(spec.name));
  let sheet = ctx.ss.getSheetByName(spec.name);
  let created = false;
  if (!sheet) {
    sheet = ctx.ss.insertSheet(spec.name, Math.min(spec.index, ctx.ss.getNumSheets()));
    created = true;
    ctx.changes.push(uiText.changeSheetCreated(spec.name));
  }
  // A table without computed columns (Seguimiento) needs only its header: the rows are not read.
  const headerOnly = !spec.columns.some((c) => c.role === 'computed' && c.formula);
  const { values, formulas } = headerOnly ? readHeader(sheet) : readAll(sheet);
  const isEmpty = values.every((r) => r.every(isBlankCell)) && formulas.every((r) => r.every((f) => !f)) && (!headerOnly || sheet.getLastRow() <= 1);
  if (isEmpty) {
    if (!created) ctx.changes.push(uiText.changeHeaderEmptySheet(spec.name));
    return createTable(ctx, sheet, spec);
  }

  const found = findColumns(spec.name, values[0], spec.columns);
  if (found.layout.size === 0) {
    ctx.changes.push(uiText.badHeaderRow(spec.name));
    return { sheet, layout: found.layout, usable: false, created: false };
  }
  const layout = new Map(found.layout);
  let width = values[0].length;
  const header = values[0];

  // Missing columns: back in place when their default column has an empty header, else at the end.
  const defaults = defaultLayout(spec.columns);
  const restored: { spec: ColumnSpec<K>; col: number }[] = [];
  const appended: { spec: ColumnSpec<K>; col: number }[] = [];
  const taken = new Set(layout.values());
  for (const c of spec.columns) {
    if (layout.has(c.key)) continue;
    const home = defaults.get(c.key) ?? 0;
    // A header cell holding a formula is a person's, even when it shows nothing.
    if (home <= width && isBlankCell(header[home - 1]) && !formulas[0]?.[home - 1] && !taken.has(home)) {
      layout.set(c.key, home);
      taken.add(home);
      restored.push({ spec: c, col: home });
    } else {
      appended.push({ spec: c, col: width + appended.length + 1 });
    }
  }
  for (const a of appended) layout.set(a.spec.key, a.col);
  if (appended.length > 0) {
    ensureSize(sheet, 2, width + appended.length);
    sheet.getRange(1, width + 1, 1, appended.length).setValues([appended.map((a) => safeText(a.spec.header))]);
    width += appended.length;
  }
  for (const r of restored) sheet.getRange(1, r.col).setValue(safeText(r.spec.header));
  const added = [...restored, ...appended];
  if (added.length > 0) {
    styleNewColumns(ctx, sheet, added);
    // Said as it was done: a header written back over its own empty cell, or a column added at the end.
    if (restored.length > 0)
      ctx.changes.push(
        uiText.changeHeadersRestored(
          spec.name,
          restored.map((a) => a.spec.header),
        ),
      );
    if (appended.length > 0)
      ctx.changes.push(
        uiText.changeColumnsAppended(
          spec.name,
          appended.map((a) => a.spec.header),
        ),
      );
  }

  const filled = headerOnly ? { empty: 0, typed: 0 } : fillFormulas(sheet, spec.columns, layout, values, formulas);
  if (filled.empty > 0) ctx.changes.push(uiText.changeFormulas(spec.name, filled.empty));
  if (filled.typed > 0) ctx.changes.push(uiText.changeFormulasOverTyped(spec.name, filled.typed));

  const placed = spec.columns.filter((c) => layout.has(c.key)).map((c) => ({ spec: c, col: layout.get(c.key) ?? 0 }));
  const fixes =
    addMissingValidations(
      ctx,
      sheet,
      placed.filter((p) => !added.includes(p)),
      width,
    ) +
    addMissingNotes(sheet, placed, width) +
    (sheet.getFrozenRows() === 0 ? (sheet.setFrozenRows(1), 1) : 0);
  if (fixes > 0) ctx.changes.push(uiText.changeFormats(spec.name));
  finish(ctx, sheet, spec, layout, width);
  return { sheet, layout, usable: true, created: false };
}

interface Grid {
  readonly values: CellValue[][];
  readonly formulas: string[][];
}

function readAll(sheet: Sheet): Grid {
  const data = sheet.getDataRange();
  return { values: data.getValues() as CellValue[][], formulas: data.getFormulas() };
}

/** Row 1 only (one getRange, two reads); a sheet without columns reads as one blank cell. */
function readHeader(sheet: Sheet): Grid {
  const width = sheet.getLastColumn();
  if (width < 1) return { values: [['']], formulas: [['']] };
  const header = sheet.getRange(1, 1, 1, width);
  return { values: header.getValues() as CellValue[][], formulas: header.getFormulas() };
}

/** A new (or emptied) sheet: headers, the template's rows with their formulas, looks, rules. */
function createTable<K extends string>(ctx: PrepareContext, sheet: Sheet, spec: TableSpec<K>): TableResult<K> {
  const layout = defaultLayout(spec.columns);
  const width = spec.columns.length;
  const rows = spec.initialRows.length;
  ensureSize(sheet, Math.max(rows + 1, 2), width);
  const placed = spec.columns.map((c, i) => ({ spec: c, col: i + 1 }));
  // Formats first: a text column's format decides how the strings below are read.
  styleNewColumns(ctx, sheet, placed);
  const grid: HostValue[][] = [spec.columns.map((c) => c.header)];
  spec.initialRows.forEach((row, i) => {
    const f = rowFormulas(spec.columns, layout, i + 2);
    grid.push(
      spec.columns.map((c) => {
        const formula = f.get(c.key);
        if (formula !== undefined) return `=${formula}`;
        const v = row.get(c.key);
        if (v === undefined || v === null) return '';
        // Plain-text columns keep strings as written; others need the apostrophe guard.
        if (typeof v === 'string' && columnNumberFormat(c) === '@') return v;
        return seedValue(v, ctx.dates.toDate);
      }),
    );
  });
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  sheet.getRange(1, 1, 1, width).setNotes([spec.columns.map((c) => c.note)]);
  sheet.setFrozenRows(1);
  finish(ctx, sheet, spec, layout, width);
  return { sheet, layout, usable: true, created: true };
}

function finish<K extends string>(ctx: PrepareContext, sheet: Sheet, spec: TableSpec<K>, layout: ColumnLayout<K>, _width: number): void {
  if (ensureRules(sheet, spec.rules, layout)) ctx.changes.push(uiText.changeRules(spec.name));
}

/**
 * A row is in use when a person or the plan wrote in a non-computed column, or typed a value over
 * a computed cell. Such rows get formulas; empty rows stay empty (they would count as "Sin programar").
 */
export function usedRows<K extends string>(
  columns: readonly ColumnSpec<K>[],
  layout: ColumnLayout<K>,
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly string[])[],
): boolean[] {
  const content = columns.filter((c) => c.role !== 'computed' && layout.has(c.key)).map((c) => (layout.get(c.key) ?? 0) - 1);
  const computed = columns.filter((c) => c.role === 'computed' && layout.has(c.key)).map((c) => (layout.get(c.key) ?? 0) - 1);
  return values.map((row, i) => i > 0 && (content.some((c) => !isBlankCell(row[c])) || computed.some((c) => !isBlankCell(row[c]) && !formulas[i]?.[c])));
}

/**
 * For each computed column, one setFormulas over the rows from the first to the last cell that
 * needs a formula; cells in between keep their formula (or stay empty). Returns the formulas written
 * into empty cells and over values a person had typed (said apart: the second replaces what they wrote).
 */
function fillFormulas<K extends string>(
  sheet: Sheet,
  columns: readonly ColumnSpec<K>[],
  layout: ColumnLayout<K>,
  values: CellValue[][],
  formulas: string[][],
): { readonly empty: number; readonly typed: number } {
  const used = usedRows(columns, layout, values, formulas);
  const count = { empty: 0, typed: 0 };
  for (const c of columns) {
    if (c.role !== 'computed' || !c.formula) continue;
    const col = layout.get(c.key);
    if (col === undefined) continue;
    const wanted: (string | null)[] = values.map((_, i) => {
      if (!used[i]) return null;
      const existing = formulas[i]?.[col - 1] ?? '';
      if (existing) return null;
      const f = rowFormulas(columns, layout, i + 1).get(c.key);
      return f === undefined ? null : `=${f}`;
    });
    const first = wanted.findIndex((w) => w !== null);
    if (first < 0) continue;
    let last = first;
    wanted.forEach((w, i) => {
      if (w !== null) last = i;
    });
    const block: string[][] = [];
    for (let i = first; i <= last; i++) {
      const w = wanted[i];
      if (w !== null) count[isBlankCell(values[i]?.[col - 1]) ? 'empty' : 'typed']++;
      block.push([w ?? formulas[i]?.[col - 1] ?? '']);
    }
    sheet.getRange(first + 1, col, block.length, 1).setFormulas(block);
  }
  return count;
}
