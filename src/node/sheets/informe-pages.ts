/**
 * Where the Informe sheet's printed pages end, so the writer can keep a heading with what follows
 * and a table with its header (repeated on the next page). Excel and LibreOffice have no "keep with
 * next" for rows, and a sheet's print titles repeat one range for the whole sheet, not one per table:
 * so the writer places manual page breaks itself. Every row of the Informe gets an explicit height
 * (or the default 15 pt), so the sum of heights is what the printer lays out; the scale is the one
 * «fit to one page wide» gives, rounded down to a whole percent as LibreOffice and Excel do.
 */
import type ExcelJS from 'exceljs';
import { LINE_HEIGHT_PT } from './row-height';

/** Paper sizes in points (portrait), by the OOXML paperSize code; no code is Carta (Letter). */
const PAPER_PT: Readonly<Record<number, readonly [number, number]>> = { 1: [612, 792], 5: [612, 1008], 9: [595, 842] };
/** What is left for rounding differences between our row heights and the printer's (a row's fraction of a point). */
const SAFETY = 0.97;

/** Points a column of `chars` characters takes (Excel: 7 px per character plus 5 px of padding; 0.75 pt per px). */
function columnPt(chars: number): number {
  return (Math.trunc(((chars * 7 + 5) / 7) * 256) / 256) * 7 * 0.75;
}

/** Sheet points of row height that fit on one printed page of this setup. */
export function pageCapacity(setup: Partial<ExcelJS.PageSetup>, columnChars: readonly number[]): number {
  const [w, h] = PAPER_PT[Number(setup.paperSize ?? 1)] ?? PAPER_PT[1];
  const [pageW, pageH] = setup.orientation === 'landscape' ? [h, w] : [w, h];
  const m = setup.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const usableW = pageW - (m.left + m.right) * 72;
  const usableH = pageH - (m.top + m.bottom) * 72;
  const sheetW = columnChars.reduce((a, c) => a + columnPt(c), 0);
  const fit = setup.fitToPage && setup.fitToWidth === 1 ? Math.min(1, usableW / sheetW) : (setup.scale ?? 100) / 100;
  const scale = Math.floor(fit * 100) / 100;
  return (usableH / scale) * SAFETY;
}

/** Tracks how full the current printed page is and breaks it where the writer asks. */
export class PageFlow {
  private used = 0;
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly capacity: number,
  ) {}

  /** The row at `row` (1-based) was written with this height (undefined: the default line). */
  placed(height: number | undefined): void {
    const h = height ?? LINE_HEIGHT_PT;
    // Only a row taller than a whole page gets here without room (the writer breaks before the others).
    if (this.used + h > this.capacity && this.used > 0) this.used = 0;
    this.used += h;
  }

  /** Whether `height` more points fit on the current page. */
  fits(height: number): boolean {
    return this.used === 0 || this.used + height <= this.capacity;
  }

  /** A manual page break after `lastRow` (the rows written so far), unless the page is empty. */
  breakAfter(lastRow: number): void {
    if (this.used === 0 || lastRow < 1) return;
    this.ws.getRow(lastRow).addPageBreak();
    this.used = 0;
  }

  /** Points of row height a page holds. */
  get pageHeight(): number {
    return this.capacity;
  }

  /** Whether nothing is on the current page yet. */
  get atTop(): boolean {
    return this.used === 0;
  }
}
