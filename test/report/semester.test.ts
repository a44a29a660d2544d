import { serialFromParts as d } from '../../src/core/calendar';
import { percentText } from '../../src/core/report/format';
import { defaultSemester, parseSemesterInput } from '../../src/core/report/semester';

describe('the default semester', () => {
  test.each([
    ['mid-November: the current one', d(2025, 11, 15), { year: 2025, half: 2 }],
    ['10 January: the one just ended, of the previous year', d(2026, 1, 10), { year: 2025, half: 2 }],
    ['30 January (day 30 of the semester): still the one just ended', d(2026, 1, 30), { year: 2025, half: 2 }],
    ['31 January (day 31): the current one', d(2026, 1, 31), { year: 2026, half: 1 }],
    ['1 July: semester I just ended', d(2025, 7, 1), { year: 2025, half: 1 }],
    ['15 August: semester II', d(2025, 8, 15), { year: 2025, half: 2 }],
    ['30 June: semester I', d(2025, 6, 30), { year: 2025, half: 1 }],
  ])('%s', (_name, today, expected) => {
    expect(defaultSemester(today)).toEqual(expected);
  });
});

describe('what a person types for the semester', () => {
  test.each([
    ['2025-II', { year: 2025, half: 2 }],
    ['2025-I', { year: 2025, half: 1 }],
    ['I 2025', { year: 2025, half: 1 }],
    ['II-2025', { year: 2025, half: 2 }],
    ['  2025 ii ', { year: 2025, half: 2 }],
    ['2025/2', { year: 2025, half: 2 }],
    ['2025-1', { year: 2025, half: 1 }],
    ['Semestre II de 2025', { year: 2025, half: 2 }],
    ['2025II', { year: 2025, half: 2 }],
  ])('%s is read', (text, expected) => {
    expect(parseSemesterInput(text)).toEqual(expected);
  });
  test.each(['', '2025', 'II', '2025-III', '2025-3', 'segundo 2025', '25-II', '2025-II-2026', 'I II 2025', '1899-I'])('%j is refused', (text) => {
    expect(parseSemesterInput(text)).toBeNull();
  });
});

test('percentages are written the Colombian way', () => {
  expect(percentText(0.85)).toBe('85 %');
  expect(percentText(0.675)).toBe('67,5 %');
  expect(percentText(1)).toBe('100 %');
  expect(percentText(0)).toBe('0 %');
  expect(percentText(2 / 3)).toBe('66,7 %');
  expect(percentText(null)).toBe('—');
});
