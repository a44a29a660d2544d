/**
 * The simple onEdit trigger under Google's limits: a constant number of Spreadsheet calls whatever
 * the paste size (a simple trigger has 30 s), at most 5 for a plain edit, and a value a person typed
 * over a computed cell is theirs.
 */
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { writeInput } from '../fakes/spreadsheet/cell';
import { preparedTracker } from './fixtures';
import { trackerWithRows } from './scale';
import type { Booted } from './support';

const col = (k: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === k) + 1;
const computed = MATRIZ_COLUMNS.filter((c) => c.role === 'computed').map((c) => col(c.key));

/** Fires onEdit as Sheets does after a person typed or pasted into `a1`; returns Spreadsheet calls. */
function fireEdit(b: Booted, a1: string): number {
  const range = b.ss.sheet(SHEET.matriz).getRange(a1);
  b.env.calls.reset();
  b.env.authMode = 'LIMITED';
  (b.g.onEdit as (e: unknown) => void)({ authMode: b.env.ScriptApp.AuthMode.LIMITED, range, source: b.ss });
  b.env.authMode = 'FULL';
  return b.env.calls.total('SpreadsheetApp');
}

/** A paste of `rows` rows without formulas (as copied from another file), one computed cell typed over. */
function paste(rows: number): { b: Booted; calls: number; typedRow: number } {
  const b = trackerWithRows(rows);
  const m = b.ss.sheet(SHEET.matriz);
  const typedRow = Math.min(rows + 1, 10);
  writeInput(m.ensure(typedRow, col('valor')), 0.5, b.ss.timeZone);
  const calls = fireEdit(b, `A2:${'Z'}${rows + 1}`);
  return { b, calls, typedRow };
}

describe('onEdit', () => {
  test('a plain edit (a row that has its formulas) costs at most 5 Spreadsheet calls and writes nothing', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    const before = JSON.stringify(m.peekFormulas());
    writeInput(m.ensure(4, col('numerador')), 3, b.ss.timeZone);
    const calls = fireEdit(b, `${String.fromCharCode(64 + col('numerador'))}4`);
    expect(calls).toBeLessThanOrEqual(5);
    expect(JSON.stringify(m.peekFormulas())).toBe(before);
  });

  test('a 3,000-row paste with a computed cell typed over: every other row gets its formulas, in as many calls as 30 rows', () => {
    const big = paste(3000);
    const m = big.b.ss.sheet(SHEET.matriz);
    const formulas = m.peekFormulas();
    const values = m.peekValues();
    for (let r = 2; r <= 3001; r++) {
      for (const c of computed) {
        if (r === big.typedRow && c === col('valor')) {
          expect(formulas[r - 1][c - 1]).toBe('');
          expect(values[r - 1][c - 1]).toBe(0.5);
        } else {
          expect(formulas[r - 1][c - 1]).toMatch(new RegExp(`^=.*\\b[A-Z]+${r}\\b`));
        }
      }
    }
    const small = paste(30);
    expect(big.calls).toBe(small.calls);
    expect(big.calls).toBeLessThanOrEqual(12);
  });

  test('rows with no content get no formulas, and a row typed below the last one gets them', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    const row = m.lastRow() + 1;
    writeInput(m.ensure(row, col('id')), 'NUEVA', b.ss.timeZone);
    fireEdit(b, `A${row - 1}:A${row + 3}`);
    const formulas = m.peekFormulas();
    for (const c of computed) expect(formulas[row - 1][c - 1]).toMatch(/^=/);
    for (const c of computed) expect(formulas[row]?.[c - 1] ?? '').toBe('');
  });

  test('edits elsewhere cost 2 calls; an edit of the header row or of a whole column never throws', () => {
    const b = preparedTracker();
    const range = b.ss.sheet(SHEET.tablero).getRange('A1');
    b.env.calls.reset();
    (b.g.onEdit as (e: unknown) => void)({ range, source: b.ss });
    expect(b.env.calls.total('SpreadsheetApp')).toBe(2);
    expect(() => fireEdit(b, 'A1')).not.toThrow();
    expect(() => fireEdit(b, 'C:C')).not.toThrow();
  });
});
