/**
 * No action reads a whole sheet it does not need: Preparar reads only Seguimiento's header; a corte
 * reads only Seguimiento's corte column. A read of more fails here (as a 50,000-row history would
 * cost time in Google).
 */
import { SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import type { FakeRange } from '../fakes';
import { CORTE, PREPARAR, preparedTracker } from './fixtures';
import { click, lastMessage, type Booted } from './support';

/** Makes every read of Seguimiento outside row 1 and the allowed columns throw. */
function guardSeguimiento(b: Booted, allowedCols: readonly number[]): string[] {
  const seg = b.ss.sheet(SHEET.seguimiento);
  const reads: string[] = [];
  seg.getDataRange = () => {
    throw new Error('Seguimiento read whole (getDataRange)');
  };
  const make = seg.makeRange.bind(seg);
  seg.makeRange = (row: number, col: number, numRows = 1, numCols = 1): FakeRange => {
    const r = make(row, col, numRows, numCols);
    const getValues = r.getValues.bind(r);
    r.getValues = () => {
      const ok = row + numRows - 1 <= 1 || (numCols === 1 && allowedCols.includes(col)) || (row > 1 && numRows <= 20);
      reads.push(`${row},${col},${numRows},${numCols}${ok ? '' : ' (too much)'}`);
      return getValues();
    };
    return r;
  };
  return reads;
}

describe('reads', () => {
  test("Preparar reads only Seguimiento's header", () => {
    const b = preparedTracker();
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const reads = guardSeguimiento(b, []);
    click(b, PREPARAR);
    expect(lastMessage(b)).not.toMatch(/No se pudo/);
    expect(reads.filter((r) => r.endsWith('(too much)'))).toEqual([]);
  });

  test("a corte reads only Seguimiento's corte column (and the rows it writes)", () => {
    const b = preparedTracker();
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const corteCol = SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === 'corte') + 1;
    const reads = guardSeguimiento(b, [corteCol]);
    b.env.ui.answerPrompt('31/12/2024');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/Se registró el corte del 31\/12\/2024/);
    b.env.ui.answerPrompt('30/06/2024');
    b.env.ui.answerAlert('YES');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/Se reemplazó el corte del 30\/06\/2024/);
    expect(reads.filter((r) => r.endsWith('(too much)'))).toEqual([]);
  });
});
