import { serialFromIso, type DaySerial } from '../core/calendar';

/** Today's calendar day in Bogotá (docs/ARCHITECTURE.md: the time zone is America/Bogota), whatever the machine's zone. */
export function todayInBogota(now: Date = new Date()): DaySerial {
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const serial = serialFromIso(iso);
  if (serial === null) throw new Error(`Unexpected date ${iso}`);
  return serial;
}
