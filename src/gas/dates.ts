/**
 * Calendar days in the spreadsheet's time zone. Apps Script hands dates over as instants
 * (midnight in the spreadsheet's zone); the core counts calendar days. Conversions are memoised
 * per instant/day, so a 6,000-row sheet costs one Utilities call per distinct day, not per cell.
 */
import { serialFromIso, serialFromUtcDate, utcDateFromSerial, type DaySerial } from '../core/calendar';

export interface TzDates {
  readonly timeZone: string;
  toSerial(d: Date): DaySerial;
  toDate(serial: DaySerial): Date;
  today(): DaySerial;
}

export function tzDates(timeZone: string): TzDates {
  const serials = new Map<number, DaySerial>();
  const dates = new Map<DaySerial, Date>();
  const toSerial = (d: Date): DaySerial => {
    const t = d.getTime();
    let s = serials.get(t);
    if (s === undefined) {
      s = serialFromIso(Utilities.formatDate(d, timeZone, 'yyyy-MM-dd')) ?? serialFromUtcDate(d);
      serials.set(t, s);
    }
    return s;
  };
  return {
    timeZone,
    toSerial,
    toDate(serial) {
      let d = dates.get(serial);
      if (d === undefined) {
        d = midnightIn(serial, timeZone);
        dates.set(serial, d);
      }
      return new Date(d.getTime());
    },
    today: () => toSerial(new Date()),
  };
}

export function spreadsheetDates(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): TzDates {
  return tzDates(ss.getSpreadsheetTimeZone() || 'America/Bogota');
}

/** "-0500" → −5 h in ms. */
function offsetMs(d: Date, timeZone: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(Utilities.formatDate(d, timeZone, 'Z'));
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** The instant a calendar day starts in the zone (offset re-read once for zones with summer time). */
function midnightIn(serial: DaySerial, timeZone: string): Date {
  const wall = utcDateFromSerial(serial).getTime();
  let t = wall - offsetMs(new Date(wall), timeZone);
  t = wall - offsetMs(new Date(t), timeZone);
  return new Date(t);
}
