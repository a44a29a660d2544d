/** How the report writes numbers and dates (Colombia): "85 %", "85,7 %", "31/12/2025". */
import { displayDate, type DaySerial } from '../calendar';
import { count } from '../messages/common';

/** Shown where a value is missing. */
export const NO_VALUE = '—';

/** A fraction as a percentage: at most one decimal, comma as decimal mark, a space before "%". */
export function percentText(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return NO_VALUE;
  const tenths = Math.round(fraction * 1000 + (fraction >= 0 ? 1e-9 : -1e-9));
  const whole = Math.trunc(tenths / 10);
  const decimal = Math.abs(tenths % 10);
  const sign = tenths < 0 && whole === 0 ? '-' : '';
  return decimal === 0 ? `${sign}${whole} %` : `${sign}${whole},${decimal} %`;
}

export function dateText(serial: DaySerial | null): string {
  return serial === null ? NO_VALUE : displayDate(serial);
}

/** "1 indicador", "3 indicadores". */
export function plural(n: number, one: string, many: string): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "A1, A3 y A5". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`;
}

/** Characters Drive, Excel and file systems disagree on, replaced in a file name. */
export function safeFileName(text: string): string {
  return text
    .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
