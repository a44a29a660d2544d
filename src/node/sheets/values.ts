import type ExcelJS from 'exceljs';
import { serialFromUtcDateTime, utcDateTimeFromSerial, type DaySerial } from '../../core/calendar';
import type { OutValue } from '../tracker-data';

/** A serial (whole days, or with a time fraction) as the UTC Date exceljs writes back as that serial. */
export function dateOf(serial: DaySerial): Date {
  return utcDateTimeFromSerial(serial);
}

/** exceljs's value for one of ours. Strings stay strings, even "=…": exceljs writes them as text. */
export function cellValue(v: OutValue | undefined): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return 'link' in v ? { text: v.text, hyperlink: v.link } : dateOf(v.date);
  return v;
}

/** A formula with the result a reader that does not recalculate shows. */
export function formulaCell(formula: string, result: string | number | DaySerial | null, isDate = false): ExcelJS.CellFormulaValue {
  if (result === null || result === '') return { formula, result: '', date1904: false };
  if (isDate && typeof result === 'number') return { formula, result: dateOf(result), date1904: false };
  return { formula, result, date1904: false };
}

/** The serial of a Date read by exceljs (UTC), keeping a time of day as a fraction. */
export function serialOfDate(d: Date): DaySerial {
  return serialFromUtcDateTime(d);
}
