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

/** What JavaScript's \s matches, but the line feed (a paragraph break here). */
function isBlank(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13 && code !== 10);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Lines that `text` takes when wrapped at word boundaries in `perLine` characters, as spreadsheet
 * cells wrap (a word longer than a line is cut across lines). One pass over the characters, nothing
 * allocated: a long history measures a fresh text (an evidence link, a note) on almost every row.
 */
export function wrappedLines(text: string, perLine: number): number {
  const width = Math.max(1, Math.floor(perLine));
  let total = 0;
  let lines = 1; // of the current paragraph
  let used = 0; // characters on its last line
  let word = 0; // length of the word being read
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && !isBlank(code)) {
      word++;
      continue;
    }
    if (word > 0) {
      const need = used === 0 ? word : used + 1 + word;
      if (need <= width) used = need;
      else {
        if (used > 0) lines++;
        lines += Math.floor((word - 1) / width);
        used = word % width || width;
      }
      word = 0;
    }
    if (code === 10) {
      total += lines;
      lines = 1;
      used = 0;
    }
  }
  return total;
}

/**
 * How tall a row must be to show its wrapped text whole. Google Sheets grows wrapped rows by itself;
 * Excel and LibreOffice keep the stored height of a written file, so the export sets it.
 * Returns undefined when one line is enough.
 */
export function wrappedRowHeight(values: readonly unknown[], columns: readonly Pick<ColumnSpec, 'width' | 'format'>[], bold = false): number | undefined {
  return rowHeightOf(columns, bold)(values);
}

/**
 * wrappedRowHeight for many rows of the same columns: which columns wrap, and at how many
 * characters, is worked out once rather than per row (a 100,000-row history asks 100,000 times).
 */
export function rowHeightOf(columns: readonly Pick<ColumnSpec, 'width' | 'format'>[], bold = false): (values: readonly unknown[]) => number | undefined {
  const wrapping: { readonly index: number; readonly perLine: number }[] = [];
  columns.forEach((c, index) => {
    if (c.format !== 'longText' && !bold) return;
    wrapping.push({ index, perLine: Math.max(1, Math.floor((c.width - 8) / (bold ? CHAR_PX * 1.1 : CHAR_PX))) });
  });
  return (values) => {
    let lines = 1;
    for (const { index, perLine } of wrapping) {
      const v = values[index];
      if (typeof v === 'string' && v !== '') lines = Math.max(lines, wrappedLines(v, perLine));
    }
    return lines > 1 ? Math.min(MAX_ROW_PT, lines * LINE_HEIGHT_PT) : undefined;
  };
}
