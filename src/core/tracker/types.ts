import type { NamedRangeName, SheetName } from './names';

/** How a cell's value is shown; each host maps these to its number formats. */
export type CellFormat = 'text' | 'longText' | 'date' | 'dateTime' | 'percent' | 'integer' | 'number';

/** Who fills a column: copied from the plan, typed by a person, or computed by a formula. */
export type ColumnRole = 'plan' | 'input' | 'computed' | 'record';

export type Validation =
  /** A dropdown whose options live in a named range (never an inline list). */
  | { readonly kind: 'list'; readonly source: NamedRangeName; readonly strict: boolean; readonly help: string }
  | { readonly kind: 'date'; readonly help: string }
  | { readonly kind: 'numberAtLeast'; readonly min: number; readonly help: string };

/** Gives the A1 address of another column in the same row, e.g. ref('numerador') → "P5". */
export type RowRef<K extends string> = (key: K) => string;

export interface ColumnSpec<K extends string = string> {
  readonly key: K;
  readonly header: string;
  /** Other headers a person may have typed for the same column (matched folded). */
  readonly aliases: readonly string[];
  readonly role: ColumnRole;
  readonly format: CellFormat;
  /** Width in pixels as Google Sheets counts them; Excel gets width / 7 characters. */
  readonly width: number;
  /** A header the parser must find to work at all. */
  readonly required: boolean;
  /** The note on the header cell, explaining the column to a person. */
  readonly note: string;
  readonly validation?: Validation;
  /** Formula text without the leading '=', for computed columns. */
  readonly formula?: (ref: RowRef<K>) => string;
}

export interface HighlightFill {
  readonly background: string;
  readonly font: string;
}

/** A conditional format: colour `columns` of a row when `column` of that row equals `equals`. */
export interface HighlightRule<K extends string = string> {
  readonly kind: 'rowEquals';
  readonly sheet: SheetName;
  readonly columns: readonly K[];
  readonly column: K;
  readonly equals: string;
  readonly fill: HighlightFill;
}

/**
 * Compliance as a bar in Excel (its length; the cell's colour is its semáforo's, by the semáforo rules).
 * Google Sheets has no data bars: there the semáforo colour alone shows it.
 */
export interface DataBarRule<K extends string = string> {
  readonly kind: 'dataBar';
  readonly sheet: SheetName;
  readonly column: K;
  readonly color: string;
}

export type FormatRule<K extends string = string> = HighlightRule<K> | DataBarRule<K>;
