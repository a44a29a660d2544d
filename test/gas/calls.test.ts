import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { callsOf, trackerWithRows } from './scale';

/**
 * Batch behaviour, not timing: the number of Spreadsheet service calls an action makes is the
 * same whatever the number of rows. First runs repair rows without formulas; second runs find
 * everything in place; a corte appends, then replaces.
 */
describe('service calls do not grow with rows', () => {
  const sequence = ['menuPreparar', 'menuPreparar', 'menuValidar', 'menuRegistrarCorte', 'menuRegistrarCorte'];
  const counts = (rows: number): number[] => {
    const b = trackerWithRows(rows);
    return sequence.map((h) => callsOf(b, h));
  };

  test('6, 600 and 6,000 rows cost the same calls per action', () => {
    const small = counts(6);
    expect(counts(600)).toEqual(small);
    expect(counts(6000)).toEqual(small);
  });

  test('onEdit touches only the edited row: a row typed below the last one gets its formulas', () => {
    const b = trackerWithRows(60);
    const m = b.ss.sheet(SHEET.matriz);
    const row = m.lastRow() + 1;
    const id = MATRIZ_COLUMNS.findIndex((c) => c.key === 'id') + 1;
    m.getRange(row, id).setValue('NUEVA');
    b.env.calls.reset();
    b.env.authMode = 'LIMITED';
    (b.g.onEdit as (e: unknown) => void)({ authMode: 'LIMITED', range: m.getRange(row, id), source: b.ss, value: 'NUEVA' });
    const formulas = m.peekFormulas();
    MATRIZ_COLUMNS.forEach((c, j) => {
      if (c.role === 'computed') expect(formulas[row - 1][j]).toMatch(new RegExp(`^=.*${row}`));
    });
    // The rows above and below were not touched.
    expect(formulas[row] ?? []).toEqual([]);
    const onEditCalls = b.env.calls.total('SpreadsheetApp');
    const big = trackerWithRows(600);
    const m2 = big.ss.sheet(SHEET.matriz);
    const row2 = m2.lastRow() + 1;
    m2.getRange(row2, id).setValue('NUEVA');
    big.env.calls.reset();
    big.env.authMode = 'LIMITED';
    (big.g.onEdit as (e: unknown) => void)({ authMode: 'LIMITED', range: m2.getRange(row2, id), source: big.ss, value: 'NUEVA' });
    expect(big.env.calls.total('SpreadsheetApp')).toBe(onEditCalls);
  });

  test('onEdit never throws at the person, even on a sheet without headers', () => {
    const b = trackerWithRows(6);
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(1, 1, 1, MATRIZ_COLUMNS.length).clearContent();
    expect(() => (b.g.onEdit as (e: unknown) => void)({ range: m.getRange(5, 3) })).not.toThrow();
    expect(() => (b.g.onEdit as (e: unknown) => void)(undefined)).not.toThrow();
  });
});
