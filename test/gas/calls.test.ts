import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { writeInput } from '../fakes/spreadsheet/cell';
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

  test("the responsables' protections cost calls per run of one responsable's rows, not per row", () => {
    // Every row is the Secretarios' (a Matriz sorted by responsable, one run), with e-mails for them
    // and for the administrators: their rows get an enforced protection at every size.
    const run = (rows: number): { calls: number[]; enforced: number } => {
      const b = trackerWithRows(rows);
      const m = b.ss.sheet(SHEET.matriz);
      const col = MATRIZ_COLUMNS.findIndex((c) => c.key === 'responsables') + 1;
      for (let r = 2; r <= rows + 1; r++) writeInput(m.ensure(r, col), 'Secretarios', b.ss.timeZone);
      const resp = b.ss.sheet(SHEET.responsables);
      const listed = resp.peekValues().findIndex((line) => line[0] === 'Secretarios') + 1;
      expect(listed).toBeGreaterThan(1); // Preparar listed everyone the seed names
      writeInput(resp.ensure(listed, 2), 'secretaria@valle.gov.co', b.ss.timeZone);
      const admins = CONFIG_ROWS.findIndex((c) => c.label === 'Correos de administradores') + 2;
      // The person running Preparar is the administrator (only administrators apply protections).
      writeInput(b.ss.sheet(SHEET.configuracion).ensure(admins, 2), b.env.Session.activeUserEmail, b.ss.timeZone);
      const calls = [callsOf(b, 'menuPreparar'), callsOf(b, 'menuPreparar')];
      const enforced = b.ss
        .protectionsOf(b.env.SpreadsheetApp.ProtectionType.RANGE)
        .filter((p) => p.editors.includes('secretaria@valle.gov.co') && !p.warningOnly);
      expect(enforced.map((p) => [p.range.row, p.range.numRows])).toEqual([[2, rows]]);
      return { calls, enforced: enforced.length };
    };
    const small = run(6);
    expect(run(600)).toEqual(small);
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
