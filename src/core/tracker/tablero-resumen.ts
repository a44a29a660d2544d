/**
 * The Tablero's summary block as another spreadsheet imports it: column B from the fecha de cálculo
 * to the average (named TABLERO_RESUMEN in every tracker), and what each of its rows holds. Read
 * off tableroLayout, so a Tablero laid out differently moves the block and its offsets with it.
 */
import { defaultLayout } from './layout';
import { MATRIZ_COLUMNS } from './matriz';
import { NAMED, SHEET } from './names';
import { TABLERO_RESPONSABLES_HEADER_ROW, tableroLayout, type TableroMeasure } from './tablero';
import type { CellFormat } from './types';

export interface ResumenFigure {
  /** 1-based position inside the block (its row minus the block's first row, plus one). */
  readonly offset: number;
  readonly label: string;
  readonly measure: TableroMeasure;
  readonly format: CellFormat;
}

export interface ResumenBlock {
  readonly sheet: string;
  readonly col: number;
  readonly firstRow: number;
  readonly lastRow: number;
  /** Rows of the block that hold a figure; the others hold a heading or nothing. */
  readonly figures: readonly ResumenFigure[];
}

export function tableroResumen(): ResumenBlock {
  const { cells } = tableroLayout(defaultLayout(MATRIZ_COLUMNS), []);
  const summary = cells.filter((c) => c.col === 2 && c.row < TABLERO_RESPONSABLES_HEADER_ROW && c.measure !== undefined);
  const firstRow = Math.min(...summary.map((c) => c.row));
  const lastRow = Math.max(...summary.map((c) => c.row));
  const labelOf = (row: number): string => cells.find((c) => c.row === row && c.col === 1)?.value ?? '';
  return {
    sheet: SHEET.tablero,
    col: 2,
    firstRow,
    lastRow,
    figures: summary.map((c) => ({ offset: c.row - firstRow + 1, label: labelOf(c.row), measure: c.measure as TableroMeasure, format: c.format })),
  };
}

/** The block as a named range of the tracker (Preparar and the export make it). */
export function tableroResumenRange(): {
  name: typeof NAMED.tableroResumen;
  sheet: string;
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
} {
  const b = tableroResumen();
  return { name: NAMED.tableroResumen, sheet: b.sheet, firstRow: b.firstRow, firstCol: b.col, lastRow: b.lastRow, lastCol: b.col };
}
