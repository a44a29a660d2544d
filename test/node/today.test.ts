import { isoFromSerial } from '../../src/core/calendar';
import { todayInBogota } from '../../src/node/today';

/** The calendar day in Bogotá as the tz database Node ships says it (yyyy-mm-dd). */
const bogotaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota', year: 'numeric', month: '2-digit', day: '2-digit' });

describe("the export's today", () => {
  it('is the calendar day in Bogotá, not on the machine: 23:30 in Bogotá is already tomorrow in UTC', () => {
    expect(isoFromSerial(todayInBogota(new Date('2026-12-01T04:30:00Z')))).toBe('2026-11-30');
    expect(isoFromSerial(todayInBogota(new Date('2026-12-01T05:00:00Z')))).toBe('2026-12-01');
  });

  it('agrees with the tz database at every hour of the years around now', () => {
    const disagreements: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 3600 * 1000) {
      const at = new Date(t);
      if (isoFromSerial(todayInBogota(at)) !== bogotaDay.format(at)) disagreements.push(at.toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});
