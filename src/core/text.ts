/** Folds a header or label for tolerant matching: no accents, lower case, single spaces. */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/**
 * What a spreadsheet's VLOOKUP(TRIM(x), …, FALSE) treats as equal: case-insensitive, spaces
 * trimmed and runs of spaces collapsed, accents significant. The core must match exactly this
 * so that the formula and the report never disagree.
 */
export function foldLikeLookup(text: string): string {
  return text.replace(/ +/g, ' ').trim().toLowerCase();
}

/**
 * Text that a spreadsheet would read as a formula or a typed value once written: a leading '=',
 * '+', '-' or '@'. Hosts write such text with a leading apostrophe or as plain text.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
