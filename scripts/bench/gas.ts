/**
 * Spreadsheet service calls of each menu action at 6, 600 and 6,000 Matriz rows, with the built
 * bundle running against the fakes, and the estimated Google time of each run (each call's assumed
 * cost, test/fakes/cost.ts) against the 6-minute limit of a menu action. Printed, never asserted
 * (test/gas/calls.test.ts asserts that the counts are equal across sizes). Wall-clock time is this
 * machine's, for orientation only.
 */
import { LIMIT_MS } from '../../test/fakes/cost';
import { pasteRun, plainEditRun, runOf, seconds, trackerWithRows } from '../../test/gas/scale';

const SIZES = [6, 600, 6000];
const STEPS: readonly (readonly [string, string])[] = [
  ['Preparar (1.ª vez: pone fórmulas en todas las filas)', 'menuPreparar'],
  ['Preparar (2.ª vez: nada que cambiar)', 'menuPreparar'],
  ['Validar la matriz', 'menuValidar'],
  ['Registrar corte (nuevo)', 'menuRegistrarCorte'],
  ['Registrar corte (reemplazo)', 'menuRegistrarCorte'],
];

export async function run(): Promise<void> {
  console.log(`Llamadas al servicio Spreadsheet por acción del menú y tiempo estimado en Google (límite ${seconds(LIMIT_MS.execution)}), sobre las imitaciones de prueba`);
  const table: Record<string, Record<string, string>> = {};
  for (const rows of SIZES) {
    const b = trackerWithRows(rows);
    for (const [label, handler] of STEPS) {
      const start = Date.now();
      const { calls, estimatedMs } = runOf(b, handler);
      table[label] ??= {};
      table[label][`${rows} filas`] = `${calls} llamadas ≈ ${seconds(estimatedMs)} en Google (${Date.now() - start} ms aquí)`;
    }
  }
  console.table(table);

  console.log(`Activador simple onEdit: llamadas al servicio Spreadsheet y tiempo estimado en Google (límite ${seconds(LIMIT_MS.simpleTrigger)})`);
  const edits: Record<string, Record<string, string>> = {};
  const plain = 'Edición simple (una celda de una fila con fórmulas)';
  const paste = 'Pegar todas las filas sin fórmulas (una celda calculada escrita a mano)';
  for (const rows of [6, 600, 3000]) {
    for (const [label, run] of [[plain, plainEditRun], [paste, pasteRun]] as const) {
      const { calls, estimatedMs } = run(rows);
      edits[label] ??= {};
      edits[label][`${rows} filas`] = `${calls} llamadas ≈ ${seconds(estimatedMs)}`;
    }
  }
  console.table(edits);
}
