/**
 * Spreadsheet service calls of each menu action at 6, 600 and 6,000 Matriz rows, with the built
 * bundle running against the fakes. Printed, never asserted (test/gas/calls.test.ts asserts that
 * the counts are equal across sizes). Time is wall-clock on this machine, for orientation only.
 */
import { callsOf, trackerWithRows } from '../../test/gas/scale';

const SIZES = [6, 600, 6000];
const STEPS: readonly (readonly [string, string])[] = [
  ['Preparar (1.ª vez: pone fórmulas en todas las filas)', 'menuPreparar'],
  ['Preparar (2.ª vez: nada que cambiar)', 'menuPreparar'],
  ['Validar la matriz', 'menuValidar'],
  ['Registrar corte (nuevo)', 'menuRegistrarCorte'],
  ['Registrar corte (reemplazo)', 'menuRegistrarCorte'],
];

export async function run(): Promise<void> {
  console.log('Llamadas al servicio Spreadsheet por acción del menú (Apps Script, sobre las imitaciones de prueba)');
  const table: Record<string, Record<string, string>> = {};
  for (const rows of SIZES) {
    const b = trackerWithRows(rows);
    for (const [label, handler] of STEPS) {
      const start = Date.now();
      const calls = callsOf(b, handler);
      table[label] ??= {};
      table[label][`${rows} filas`] = `${calls} (${Date.now() - start} ms)`;
    }
  }
  console.table(table);
}
