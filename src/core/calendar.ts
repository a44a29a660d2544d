/**
 * Calendar days as spreadsheet serial numbers (days since 1899-12-30), the unit that Google
 * Sheets, Excel (after 1 March 1900) and LibreOffice share. No local-time Date is ever used:
 * conversions go through Date.UTC only.
 */
export type DaySerial = number;

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const MS_PER_DAY = 86_400_000;
/** 31/12/9999: the last day every host accepts as a date. */
export const MAX_DATE_SERIAL = 2_958_465;
/** Date.UTC(1899, 11, 30) — the spreadsheet epoch. */
const EPOCH_UTC_MS = Date.UTC(1899, 11, 30);

export function serialFromParts(year: number, month: number, day: number): DaySerial {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_UTC_MS) / MS_PER_DAY);
}

export function partsFromSerial(serial: DaySerial): CalendarDate {
  const d = new Date(EPOCH_UTC_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A Date that stands for a calendar day at UTC midnight (exceljs writes and reads these). */
export function serialFromUtcDate(date: Date): DaySerial {
  return Math.floor((date.getTime() - EPOCH_UTC_MS) / MS_PER_DAY);
}

export function utcDateFromSerial(serial: DaySerial): Date {
  return new Date(EPOCH_UTC_MS + Math.floor(serial) * MS_PER_DAY);
}

/** A serial with a time of day (e.g. 45351.5 = 29/02/2024 12:00) as the UTC instant exceljs writes. */
export function utcDateTimeFromSerial(serial: number): Date {
  return new Date(EPOCH_UTC_MS + Math.round(serial * MS_PER_DAY));
}

/** A UTC instant as a serial, keeping the time of day as a fraction. */
export function serialFromUtcDateTime(date: Date): number {
  return (date.getTime() - EPOCH_UTC_MS) / MS_PER_DAY;
}

export function isoFromSerial(serial: DaySerial): string {
  const { year, month, day } = partsFromSerial(serial);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Parses yyyy-mm-dd (as the template stores dates); null when it is not a real calendar day. */
export function serialFromIso(text: string): DaySerial | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  return checkedSerial(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Parses dd/mm/aaaa (also d/m/aaaa and dd-mm-aaaa); null when it is not a real calendar day. */
export function serialFromDisplay(text: string): DaySerial | null {
  const m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(text.trim());
  if (!m) return null;
  return checkedSerial(Number(m[3]), Number(m[2]), Number(m[1]));
}

/** dd/mm/aaaa, the way every user-facing date is shown. */
export function displayDate(serial: DaySerial): string {
  const { year, month, day } = partsFromSerial(serial);
  return `${pad(day, 2)}/${pad(month, 2)}/${pad(year, 4)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** EDATE: same day `months` later, clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(serial: DaySerial, months: number): DaySerial {
  const { year, month, day } = partsFromSerial(serial);
  const whole = Math.trunc(months);
  const index = year * 12 + (month - 1) + whole;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return serialFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function daysBetween(from: DaySerial, to: DaySerial): number {
  return Math.floor(to) - Math.floor(from);
}

export type SemesterNumber = 1 | 2;

export interface Semester {
  readonly year: number;
  readonly half: SemesterNumber;
}

/** Semesters: I = 1 Jan–30 Jun, II = 1 Jul–31 Dec. */
export function semesterOf(serial: DaySerial): Semester {
  const { year, month } = partsFromSerial(serial);
  return { year, half: month <= 6 ? 1 : 2 };
}

export function semesterStart(s: Semester): DaySerial {
  return serialFromParts(s.year, s.half === 1 ? 1 : 7, 1);
}

export function semesterEnd(s: Semester): DaySerial {
  return s.half === 1 ? serialFromParts(s.year, 6, 30) : serialFromParts(s.year, 12, 31);
}

/** "2024-I", "2024-II": how a semester is written in Seguimiento and in file names. */
export function semesterLabel(s: Semester): string {
  return `${s.year}-${s.half === 1 ? 'I' : 'II'}`;
}

export function parseSemesterLabel(text: string): Semester | null {
  const m = /^\s*(\d{4})\s*-\s*(I{1,2}|1|2)\s*$/i.exec(text);
  if (!m) return null;
  const half = m[2].toUpperCase() === 'I' || m[2] === '1' ? 1 : 2;
  return { year: Number(m[1]), half };
}

export function previousSemester(s: Semester): Semester {
  return s.half === 2 ? { year: s.year, half: 1 } : { year: s.year - 1, half: 2 };
}

function checkedSerial(year: number, month: number, day: number): DaySerial | null {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 9999) return null;
  if (day > daysInMonth(year, month)) return null;
  return serialFromParts(year, month, day);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
