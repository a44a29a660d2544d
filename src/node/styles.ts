import type ExcelJS from 'exceljs';
import { SECTION_HEADER_FILL } from '../core/tracker/styles';
import { NUMBER_FORMAT } from '../core/tracker/render';
import type { CellFormat, HighlightFill } from '../core/tracker/types';

/** Excel's name for the automatic format (the core's null). */
export const GENERAL = 'General';

/** Excel number formats for the description's cell formats: the core's NUMBER_FORMAT, automatic as General. */
export const NUM_FMT: Readonly<Record<CellFormat, string>> = Object.fromEntries(
  (Object.keys(NUMBER_FORMAT) as CellFormat[]).map((f) => [f, NUMBER_FORMAT[f] ?? GENERAL]),
) as Record<CellFormat, string>;

/** Google Sheets widths are pixels; Excel counts characters of about 7 pixels. */
export function excelWidth(px: number): number {
  return Math.max(4, Math.round((px / 7) * 10) / 10);
}

/** "#F4C7C3" → "FFF4C7C3" (exceljs wants ARGB). */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** The Informe's table headers (a printed document, not a tracker sheet). */
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb('#1F4E78') } };
export const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: argb('#FFFFFF') } };

/** A solid fill of one of the core's colours (header colours by role, section headers). */
export function solid(hex: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } };
}

/** Section headers of Configuración, the Tablero and Listas, as the Sheets host shows them. */
export const SECTION_HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: solid(SECTION_HEADER_FILL),
  alignment: { vertical: 'middle', wrapText: true },
};

export function highlightStyle(f: HighlightFill): Partial<ExcelJS.Style> {
  // Conditional formats take the fill colour from bgColor (dxf), not fgColor.
  return {
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.background) } },
    font: { color: { argb: argb(f.font) } },
  };
}

export function fillOf(f: HighlightFill): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(f.background) } };
}
