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
    const pct = /^0(\.(0+))?%$/.exec(numberFormat);
    if (pct) return `${(value * 100).toFixed(pct[2]?.length ?? 0)}%`;
    const fixed = /^(#,##)?0\.(0+)$/.exec(numberFormat);
    if (fixed) return value.toFixed(fixed[2]?.length ?? 0);
    if (numberFormat === '0' || numberFormat === '#,##0') return value.toFixed(0);
    return String(value);
  }
  return String(value);
}
