import { serialFromIso, type DaySerial } from '../core/calendar';

/**
 * Bogotá's offset from UTC. America/Bogota has kept UTC−5 without daylight saving since 1993 (IANA
 * tz database); test/node/today.test.ts checks it against the tz database Node ships, so a change
 * there fails the tests. Fixed rather than asked of Intl, whose first time-zone format loads the
 * zone data: ≈30 ms of every export's start.
 */
const BOGOTA_OFFSET_MS = -5 * 3600 * 1000;

/** Today's calendar day in Bogotá (docs/ARCHITECTURE.md: the time zone is America/Bogota), whatever the machine's zone. */
export function todayInBogota(now: Date = new Date()): DaySerial {
  const iso = new Date(now.getTime() + BOGOTA_OFFSET_MS).toISOString().slice(0, 10);
  const serial = serialFromIso(iso);
  if (serial === null) throw new Error(`Unexpected date ${iso}`);
  return serial;
}
