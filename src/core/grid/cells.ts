import { displayDate, serialFromDisplay, serialFromParts, type DaySerial } from '../calendar';
import { msg } from '../messages';
import type { CellValue, ReadOptions } from './types';

/** A cell read as a typed value, or the reason it cannot be. */
export type Read<T> = { readonly value: T | null; readonly problem?: string };

export function isBlank(v: CellValue): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function readText(v: CellValue, opts: ReadOptions): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return isValidDate(v) ? displayDate(opts.dateToSerial(v)) : '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  return String(v).trim();
}

/** A non-negative number. Text is refused even when it looks numeric: the sheet's formulas would refuse it too. */
export function readNumber(v: CellValue): Read<number> {
  if (isBlank(v)) return { value: null };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: null, problem: msg.notANumber() };
    if (v < 0) return { value: v, problem: msg.negativeNumber(v) };
    return { value: v };
  }
  if (typeof v === 'string') return { value: null, problem: msg.numberAsText(v.trim()) };
  return { value: null, problem: msg.notANumber() };
}

/** The days a tracker date can plausibly be (earlier or later is a typing mistake). */
export const PLAUSIBLE_FROM = serialFromParts(1990, 1, 1);
export const PLAUSIBLE_TO = serialFromParts(2100, 12, 31);

/** A calendar day. A number is taken as a serial (as ISNUMBER does); text is refused with a hint. */
export function readDate(v: CellValue, opts: ReadOptions): Read<DaySerial> {
  if (isBlank(v)) return { value: null };
  let serial: number | null = null;
  if (v instanceof Date) {
    if (!isValidDate(v)) return { value: null, problem: msg.badDate(String(v)) };
    serial = opts.dateToSerial(v);
  } else if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { value: null, problem: msg.badDate(String(v)) };
    serial = Math.floor(v);
  } else if (typeof v === 'string') {
    const text = v.trim();
    return { value: null, problem: serialFromDisplay(text) !== null ? msg.dateAsText(text) : msg.badDate(text) };
  } else {
    return { value: null, problem: msg.badDate(String(v)) };
  }
  if (serial < PLAUSIBLE_FROM || serial > PLAUSIBLE_TO) {
    const shown = serial >= 1 && serial <= 2_958_465 ? displayDate(serial) : String(v);
    return { value: serial, problem: msg.implausibleDate(shown) };
  }
  return { value: serial };
}

function isValidDate(d: Date): boolean {
  return !Number.isNaN(d.getTime());
}
