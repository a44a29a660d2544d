import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/tracker/a1';
import type { ColumnSpec } from '../../core/tracker/types';
import { ROLE_HEADER_FILL } from '../../core/tracker/styles';
import { columnNumberFormat } from '../../core/tracker/render';
import type { StreamBook } from '../stream-book';
import { GENERAL, excelWidth, solid } from '../styles';
import type { TableData } from '../tracker-data';
import { rowHeightOf, wrappedRowHeight } from './row-height';
import { cellValue } from './values';

/** Rows below the data that keep the columns' dropdowns and highlighting, for rows a person adds. */
export const SPARE_ROWS = 200;
const EXTRA_WIDTH_PX = 140;

export interface TableSheet<K extends string> {
  readonly book: StreamBook;
  readonly ws: ExcelJS.Worksheet;
  readonly columns: readonly ColumnSpec<K>[];
  readonly data: TableData<K>;
  /** The formula cell (with its cached result) of a computed column in data row `index` (0-based). */
  readonly computed?: (index: number, key: K) => ExcelJS.CellValue;
  /** Called every few thousand rows with how many are written (progress of long exports). */
  readonly onRows?: (done: number, total: number) => void;
}

/**
 * Writes a sheet laid out as the description says: header row with notes, one column per spec
 * (width, number format, wrapping; typed columns unlocked, computed ones locked), the
 * data rows, then the extra columns a person had added. Rows are committed to the stream as they
 * are made; every cell of a column shares the column's style object, which exceljs then resolves
 * once (its style cache is keyed by object) instead of once per cell. Returns the last column used.
 * The sheet is added with FROZEN_HEADER views (a streamed sheet writes its views first).
 */
export async function writeTable<K extends string>(t: TableSheet<K>): Promise<number> {
  const { ws, columns, data } = t;
  const lastCol = columns.length + data.extraHeaders.length;
  const styles: Partial<ExcelJS.Style>[] = [];
  columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = excelWidth(c.width);
    const style: Partial<ExcelJS.Style> = { numFmt: columnNumberFormat(c) ?? GENERAL };
    if (c.format === 'longText') style.alignment = { wrapText: true, vertical: 'top' };
    else style.alignment = { vertical: 'top' };
    // Only what a person types is unlocked: the plan, formulas and records follow the roles (issue 13).
    if (c.role === 'input') style.protection = { locked: false };
    col.style = style;
    styles.push(style);
  });
  data.extraHeaders.forEach((_, i) => {
    const col = ws.getColumn(columns.length + i + 1);
    col.width = excelWidth(EXTRA_WIDTH_PX);
    const style: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: true }, protection: { locked: false } };
    col.style = style;
    styles.push(style);
  });

  const header = ws.getRow(1);
  const headerTexts = [...columns.map((c) => c.header), ...data.extraHeaders];
  header.values = headerTexts;
  for (let c = 1; c <= lastCol; c++) {
    const cell = header.getCell(c);
    const spec = columns[c - 1];
    // Header colours say who fills the column (core description); a person's own columns count as input.
    cell.style = {
      font: { bold: true },
      fill: solid(ROLE_HEADER_FILL[spec?.role ?? 'input']),
      alignment: { wrapText: true, vertical: 'middle' },
      protection: { locked: true },
    };
    if (spec) cell.note = spec.note;
  }
  const headerHeight = wrappedRowHeight(headerTexts, columns, true);
  if (headerHeight !== undefined) header.height = headerHeight;

  await t.book.commitRow(ws, header);

  const total = data.rows.length;
  const heightOf = rowHeightOf(columns);
  for (let i = 0; i < total; i++) {
    const row = data.rows[i];
    const extra = data.extraValues[i] ?? [];
    const computed = t.computed;
    if (!computed) {
      // No formula in the row: written as XML text (row-xml.ts), exceljs's own output without its objects.
      const values = [...columns.map((c) => row.get(c.key)), ...extra];
      await t.book.writePlainRow(ws, values, styles, heightOf(values));
    } else {
      // An empty cell (undefined) is not written at all: its column's style (the <col> element) gives
      // it the format and the lock a written empty cell would carry.
      const values: (ExcelJS.CellValue | undefined)[] = columns.map((c) =>
        c.role === 'computed' ? (computed(i, c.key) ?? undefined) : (cellValue(row.get(c.key)) ?? undefined),
      );
      for (const v of extra) values.push(cellValue(v) ?? undefined);
      const added = ws.addRow(values);
      for (let c = 0; c < values.length; c++) if (values[c] !== undefined) added.getCell(c + 1).style = styles[c];
      const height = heightOf(values);
      if (height !== undefined) added.height = height;
      await t.book.commitRow(ws, added);
    }
    if (t.onRows && (i + 1) % 5000 === 0) t.onRows(i + 1, total);
  }

  ws.autoFilter = `A1:${columnLetter(lastCol)}1`;
  return lastCol;
}

/** Last row that dropdowns and highlighting cover: the data plus spare rows. */
export function coveredLastRow(dataRows: number): number {
  return 1 + dataRows + SPARE_ROWS;
}
