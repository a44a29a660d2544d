import type ExcelJS from 'exceljs';
import type { ColumnSpec } from '../../core/tracker/types';

/**
 * Points per line of the tracker's 10-point text (TRACKER_FONT): Excel's row for Arial 10 is 12.75,
 * LibreOffice's a little more; one point spare so a wrapped line is never cut.
 */
export const LINE_HEIGHT_PT = 13.5;
/**
 * Average width of a character of Spanish text in 10-point Arial, in pixels, measured on the PDF
 * (src/node/preview/): 6.9 is what DejaVu Sans takes, the font LibreOffice falls back to when neither
 * Arial nor Liberation Sans is installed, which is wider, so the estimate holds in both.
 */
const CHAR_PX = 6.2;
/** Excel's tallest row. */
export const MAX_ROW_PT = 409;

/**
 * Lines that `text` takes when wrapped at word boundaries in `perLine` characters, as spreadsheet
 * cells wrap (a word longer than a line is cut across lines).
 */
export function wrappedLines(text: string, perLine: number): number {
  const width = Math.max(1, Math.floor(perLine));
  // Most cells of a long history fit on one line: answered without splitting into words.
  if (text.length <= width && !text.includes('\n')) return 1;
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) {
        used = need;
        continue;
      }
      if (used > 0) lines++;
      lines += Math.floor(Math.max(0, word.length - 1) / width);
      used = word.length % width || width;
    }
    total += lines;
  }
  return total;
}

/**
 * A long history repeats its texts (indicator names, responsables): each is measured once per width.
 * Keyed by width, then by the text itself (no key string made per cell: the text's hash is kept by V8).
 */
const measured = new Map<number, Map<string, number>>();
const MAX_MEASURED = 20_000;

function cachedLines(text: string, perLine: number): number {
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let byText = measured.get(perLine);
  if (!byText) measured.set(perLine, (byText = new Map()));
  let lines = byText.get(text);
  if (lines === undefined) {
    if (byText.size >= MAX_MEASURED) byText.clear();
    lines = wrappedLines(text, perLine);
    byText.set(text, lines);
  }
  return lines;
}

/**
 * How tall a row must be to show its wrapped text whole. Google Sheets grows wrapped rows by itself;
 * Excel and LibreOffice keep the stored height of a written file, so the export sets it.
 * Returns undefined when one line is enough.
 */
export function wrappedRowHeight(
  values: readonly ExcelJS.CellValue[],
  columns: readonly Pick<ColumnSpec, 'width' | 'format'>[],
  bold = false,
): number | undefined {
  let lines = 1;
  columns.forEach((c, i) => {
    if (c.format !== 'longText' && !bold) return;
    const v = values[i];
    if (typeof v !== 'string' || v === '') return;
    const perLine = Math.max(1, Math.floor((c.width - 8) / (bold ? CHAR_PX * 1.1 : CHAR_PX)));
    const needed = cachedLines(v, perLine);
    lines = Math.max(lines, needed);
  });
  return lines > 1 ? Math.min(MAX_ROW_PT, lines * LINE_HEIGHT_PT) : undefined;
}
