/**
 * Person-typed text inside COUNTIF/AVERAGEIF criteria and VLOOKUP keys. Excel, Google Sheets and
 * LibreOffice (which reads .xlsx with wildcards on, not regular expressions) treat `*` and `?` as
 * wildcards there, `~` as their escape, and a leading `<`, `>`, `=` (or `<>`, `>=`…) as an operator:
 * «<por definir>» would count every cell, «~Tesorería» none. These shapes match the text literally.
 */

/** `expr`'s text as a wildcard pattern that matches only itself: ~ * ? each escaped with ~. */
export function literalPattern(expr: string): string {
  return `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${expr},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * A criterion equal to `expr`'s text (case-insensitive, as COUNTIF compares): "=" first so that a
 * leading < > = in the text is part of the value, not an operator (ECMA-376 Part 1 §18.17.7.54).
 */
export function literalCriterion(expr: string): string {
  return `"="&${literalPattern(expr)}`;
}
