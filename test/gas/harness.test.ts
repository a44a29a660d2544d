/**
 * The same journey through the shared harness (test/support/gas-harness.ts): a person opens the
 * sheet, prepares it, types a new row (onEdit gives it formulas), registers a corte.
 */
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { columnLetter } from '../../src/core/tracker/a1';
import { loadGas } from '../support/gas-harness';
import { MENU_ITEMS } from '../../src/core/messages/sheets';

test('open, prepare, type a new row, register a corte', async () => {
  const h = await loadGas({ now: new Date(Date.UTC(2024, 6, 1, 15)) });
  h.call('onOpen', { authMode: 'NONE' });
  expect(h.menuItems().map((i) => i.functionName)).toEqual(MENU_ITEMS.map((i) => i.handler));
  for (const item of MENU_ITEMS) expect(h.has(item.handler)).toBe(true);
  h.runMenuItem('Preparar o reparar la hoja');
  h.choosePlan();
  const matriz = h.spreadsheet.sheet(SHEET.matriz);
  const row = matriz.lastRow() + 1;
  h.edit(SHEET.matriz, `A${row}`, 'A7');
  const estado = MATRIZ_COLUMNS.findIndex((c) => c.key === 'estado') + 1;
  expect(matriz.cell(row, estado)?.formula).toContain(`${columnLetter(estado - 3)}${row}`);
  h.env.ui.answerPrompt('');
  h.runMenuItem('Registrar corte de seguimiento…');
  const seg = h.spreadsheet.sheet(SHEET.seguimiento).peekValues();
  expect(seg).toHaveLength(row);
  expect(seg[1][1]).toBe('2024-II');
});
