/** How long ago a date was, in the largest whole unit (years, else months, else days): «hace 13 años». */
import { addMonths, daysBetween, partsFromSerial, type DaySerial } from '../calendar';
import { rmsg } from '../messages/report';

/** Whole calendar months from `from` to `to` (to ≥ from), counted as EDATE does. */
function wholeMonths(from: DaySerial, to: DaySerial): number {
  const a = partsFromSerial(from);
  const b = partsFromSerial(to);
  const m = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonths(from, m) > to ? m - 1 : m;
}

function parts(from: DaySerial, to: DaySerial): [number, number, number] {
  const months = wholeMonths(from, to);
  return [Math.floor(months / 12), months, daysBetween(from, to)];
}

/** «hace 13 años» for a date before `today`. */
export function agoText(date: DaySerial, today: DaySerial): string {
  return rmsg.ago(...parts(date, Math.max(date, today)));
}

/** «2 meses» between two dates (how late a phase was met). */
export function spanText(from: DaySerial, to: DaySerial): string {
  return rmsg.span(...parts(from, Math.max(from, to)));
}
