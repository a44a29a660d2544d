/**
 * How a sheet wider than the paper prints: in groups of whole columns, each group on its own pages
 * with the first columns (ID, Acción) repeated at its left, at one scale that keeps the tracker's
 * 10-point text at 8.5 points or more. Google Sheets has no print settings a script can set (see
 * docs/ARCHITECTURE.md), so this is the offline workbook's alone.
 */
import { columnLetter } from '../../core/tracker/a1';
import type { ColumnSpec } from '../../core/tracker/types';
import type { WidePrint } from './setup';

/** Letter, landscape: the printable width in pixels (96 per inch) between the margins printSetup gives. */
export const PRINTABLE_WIDTH_PX = (11 - 0.4 - 0.4) * 96;
/** The smallest print scale: 10-point text prints at 8.5 points, above the 8-point floor of legibility. */
export const MIN_PRINT_SCALE = 0.85;
/**
 * LibreOffice and Excel draw a column a little wider than the pixels it was given (cell padding and
 * the character-width rounding of the Excel unit); measured on the PDF at about 4 %.
 */
const DRAWN_WIDTH = 1.05;

export interface ColumnPages {
  /** 1-based columns after which a new page starts. */
  readonly breaks: readonly number[];
  /** Print scale in percent (what pageSetup.scale takes). */
  readonly scalePercent: number;
}

/**
 * Packs columns (widths in px, `groups[i]` a label of column i: a new group starts a page when it
 * would not fit whole in what is left) into pages that repeat the first `repeated` columns.
 */
export function columnPages(widths: readonly number[], groups: readonly string[], repeated: number): ColumnPages {
  const drawn = widths.map((w) => w * DRAWN_WIDTH);
  const titles = drawn.slice(0, repeated).reduce((a, w) => a + w, 0);
  const capacity = PRINTABLE_WIDTH_PX / MIN_PRINT_SCALE - titles;
  const breaks: number[] = [];
  let used = 0;
  let widest = 0;
  for (let i = repeated; i < drawn.length; i++) {
    const startsGroup = i === repeated || groups[i] !== groups[i - 1];
    let groupWidth = 0;
    for (let j = i; j < drawn.length && groups[j] === groups[i]; j++) groupWidth += drawn[j];
    const fitsHere = used + drawn[i] <= capacity;
    const groupFitsAlone = groupWidth <= capacity;
    const groupFitsHere = used + groupWidth <= capacity;
    if (used > 0 && (!fitsHere || (startsGroup && groupFitsAlone && !groupFitsHere))) {
      breaks.push(i); // a break after column i (1-based i) = before 0-based column i
      widest = Math.max(widest, used);
      used = 0;
    }
    used += drawn[i];
  }
  widest = Math.max(widest, used);
  const scale = Math.min(1, PRINTABLE_WIDTH_PX / (titles + widest));
  return { breaks, scalePercent: Math.floor(scale * 100) };
}

/** Pixels of a column a person added (sheets/table.ts gives them this width). */
const EXTRA_COLUMN_PX = 140;

/**
 * The column groups of a table sheet: its columns grouped by `groupOf` (by default who fills them:
 * plan, person, formula, as the header colours say), the columns a person added last, the first
 * `repeated` columns on every page.
 */
export function tablePrint<K extends string>(
  columns: readonly Pick<ColumnSpec<K>, 'key' | 'width' | 'role'>[],
  extraColumns: number,
  repeated: number,
  groupOf: (c: Pick<ColumnSpec<K>, 'key' | 'role'>) => string = (c) => c.role,
): WidePrint {
  const widths = [...columns.map((c) => c.width), ...Array.from({ length: extraColumns }, () => EXTRA_COLUMN_PX)];
  const groups = [...columns.map(groupOf), ...Array.from({ length: extraColumns }, () => 'extra')];
  return { ...columnPages(widths, groups, repeated), titleColumns: `A:${columnLetter(repeated)}` };
}
