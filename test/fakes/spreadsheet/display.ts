/**
 * getDisplayValues: what the cell shows. Dates as dd/MM/yyyy (with HH:mm:ss when the format has a
 * time), percentages with the format's decimals, booleans TRUE/FALSE, other numbers as JavaScript
 * prints them. Enough for tests; real Sheets renders every format code.
 */
import { isDate } from '../realm';
import { formatDate } from '../time';

export function displayOf(value: unknown, numberFormat: string, timeZone: string): string {
  if (value === '' || value === null || value === undefined) return '';
  if (isDate(value)) {
    const hasTime = /[hs]/i.test(numberFormat.replace(/"[^"]*"/g, ''));
    const hasDate = /[dy]/i.test(numberFormat.replace(/"[^"]*"/g, ''));
    const pattern = hasDate ? (hasTime ? 'dd/MM/yyyy HH:mm:ss' : 'dd/MM/yyyy') : 'HH:mm:ss';
    return formatDate(value.getTime(), timeZone, pattern);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    numberFormat = sectionFor(value, numberFormat);
    const pct = /^0(\.(0*)(#*))?%$/.exec(numberFormat);
    if (pct) return `${decimals(value * 100, pct[2]?.length ?? 0, (pct[2]?.length ?? 0) + (pct[3]?.length ?? 0))}%`;
    const fixed = /^(#,##)?0\.(0+)$/.exec(numberFormat);
    if (fixed) return value.toFixed(fixed[2]?.length ?? 0);
    if (numberFormat === '0' || numberFormat === '#,##0') return value.toFixed(0);
    return String(value);
  }
  return String(value);
}

/** The section of a format with [=n] conditions (as Sheets reads "[=1]0%;[=0]0%;0.0#%") that applies to `value`. */
function sectionFor(value: number, numberFormat: string): string {
  const sections = numberFormat.split(';');
  if (sections.length < 2 || !sections[0].startsWith('[=')) return numberFormat;
  for (const section of sections) {
    const cond = /^\[=(-?[\d.]+)\](.*)$/.exec(section);
    if (!cond) return section;
    if (value === Number(cond[1])) return cond[2];
  }
  return sections[sections.length - 1];
}

/** `value` with at least `min` and at most `max` decimals (trailing zeros beyond `min` dropped). */
function decimals(value: number, min: number, max: number): string {
  let text = value.toFixed(max);
  if (max > min) text = text.replace(new RegExp(`0{1,${max - min}}$`), '').replace(/\.$/, '');
  return text;
}
