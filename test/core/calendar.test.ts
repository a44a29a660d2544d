import {
  addMonths,
  daysBetween,
  displayDate,
  parseSemesterLabel,
  partsFromSerial,
  semesterEnd,
  semesterLabel,
  semesterOf,
  semesterStart,
  serialFromDisplay,
  serialFromIso,
  serialFromParts,
  serialFromUtcDate,
  utcDateFromSerial,
  utcDateTimeFromSerial,
  serialFromUtcDateTime,
} from '../../src/core/calendar';

const d = serialFromParts;

describe('EDATE semantics', () => {
  test.each([
    ['31/01/2024 + 1 = 29/02/2024 (bisiesto)', d(2024, 1, 31), 1, d(2024, 2, 29)],
    ['31/01/2023 + 1 = 28/02/2023', d(2023, 1, 31), 1, d(2023, 2, 28)],
    ['29/02/2024 + 12 = 28/02/2025', d(2024, 2, 29), 12, d(2025, 2, 28)],
    ['31/03/2024 − 1 = 29/02/2024', d(2024, 3, 31), -1, d(2024, 2, 29)],
    ['30/11/2023 + 3 = 29/02/2024', d(2023, 11, 30), 3, d(2024, 2, 29)],
    ['15/12/2023 + 1 cruza el año', d(2023, 12, 15), 1, d(2024, 1, 15)],
    ['31/08/2024 + 6 = 28/02/2025', d(2024, 8, 31), 6, d(2025, 2, 28)],
    ['meses fraccionarios se truncan como EDATE', d(2024, 1, 10), 1.9, d(2024, 2, 10)],
    ['0 meses deja la fecha', d(2024, 5, 31), 0, d(2024, 5, 31)],
  ])('%s', (_name, from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected);
  });
});

test('serials are the spreadsheet ones (01/01/2024 = 45292) and round-trip through parts', () => {
  expect(d(2024, 1, 1)).toBe(45292);
  expect(partsFromSerial(45351)).toEqual({ year: 2024, month: 2, day: 29 });
  expect(daysBetween(d(2024, 2, 28), d(2024, 3, 1))).toBe(2);
});

test('dates are shown dd/mm/aaaa and parsed back, refusing days that do not exist', () => {
  expect(displayDate(d(2024, 3, 5))).toBe('05/03/2024');
  expect(serialFromDisplay('05/03/2024')).toBe(d(2024, 3, 5));
  expect(serialFromDisplay('5/3/2024')).toBe(d(2024, 3, 5));
  expect(serialFromDisplay('31/02/2024')).toBeNull();
  expect(serialFromDisplay('29/02/2023')).toBeNull();
  expect(serialFromDisplay('2024-03-05')).toBeNull();
  expect(serialFromIso('2008-11-01')).toBe(d(2008, 11, 1));
  expect(serialFromIso('2008-13-01')).toBeNull();
});

test('a UTC-midnight Date is its calendar day, whatever the machine time zone', () => {
  const date = new Date(Date.UTC(2024, 0, 31));
  expect(serialFromUtcDate(date)).toBe(d(2024, 1, 31));
  expect(utcDateFromSerial(d(2024, 1, 31)).toISOString()).toBe('2024-01-31T00:00:00.000Z');
});

test('semesters: I is January–June, II is July–December', () => {
  expect(semesterOf(d(2024, 6, 30))).toEqual({ year: 2024, half: 1 });
  expect(semesterOf(d(2024, 7, 1))).toEqual({ year: 2024, half: 2 });
  expect(semesterLabel({ year: 2024, half: 2 })).toBe('2024-II');
  expect(semesterStart({ year: 2024, half: 2 })).toBe(d(2024, 7, 1));
  expect(semesterEnd({ year: 2024, half: 1 })).toBe(d(2024, 6, 30));
  expect(parseSemesterLabel(' 2025 - ii ')).toEqual({ year: 2025, half: 2 });
  expect(parseSemesterLabel('2025-III')).toBeNull();
});

test('a serial with a time of day keeps it as a UTC instant (Seguimiento «Registrado el»)', () => {
  expect(utcDateTimeFromSerial(d(2024, 2, 29) + 0.5).toISOString()).toBe('2024-02-29T12:00:00.000Z');
  expect(utcDateTimeFromSerial(d(2024, 2, 29)).toISOString()).toBe('2024-02-29T00:00:00.000Z');
  expect(serialFromUtcDateTime(new Date(Date.UTC(2024, 1, 29, 18)))).toBe(d(2024, 2, 29) + 0.75);
});
