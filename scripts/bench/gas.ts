/**
 * Spreadsheet service calls of each menu action at 6, 600 and 6,000 Matriz rows, with the built
 * bundle running against the fakes, and the estimated Google time of each run (each call's assumed
 * cost, test/fakes/cost.ts) against the 6-minute limit of a menu action. Printed, never asserted
 * (test/gas/calls.test.ts asserts that the counts are equal across sizes). Wall-clock time is this
 * machine's, for orientation only.
 */
import { LIMIT_MS } from '../../test/fakes/cost';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { writeInput } from '../../test/fakes/spreadsheet/cell';
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
  console.log(
    `Llamadas al servicio Spreadsheet por acción del menú y tiempo estimado en Google (límite ${seconds(LIMIT_MS.execution)}), sobre las imitaciones de prueba`,
  );
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
    for (const [label, run] of [
      [plain, plainEditRun],
      [paste, pasteRun],
    ] as const) {
      const { calls, estimatedMs } = run(rows);
      edits[label] ??= {};
      edits[label][`${rows} filas`] = `${calls} llamadas ≈ ${seconds(estimatedMs)}`;
    }
  }
  console.table(edits);
  await runReminders();
}

/**
 * The daily reminder run (the time-driven trigger, 6-minute limit) at 6, 600 and 6,000 rows, with every
 * responsable given an address and start dates spread so that most rows are due within the warning
 * days or just overdue: the worst day of a month. Prints calls, e-mails and the estimated Google time.
 */
export async function runReminders(): Promise<void> {
  console.log(`Recordatorios diarios (activador de tiempo, límite ${seconds(LIMIT_MS.execution)}): el peor día, casi todo por vencer o recién vencido`);
  const table: Record<string, Record<string, string>> = {};
  for (const rows of SIZES) {
    const b = trackerWithRows(rows);
    const m = b.ss.sheet(SHEET.matriz);
    const inicio = MATRIZ_COLUMNS.findIndex((c) => c.key === 'fechaInicio') + 1;
    const ultimo = MATRIZ_COLUMNS.findIndex((c) => c.key === 'ultimoSeguimiento') + 1;
    const today = new Date();
    for (let r = 2; r <= rows + 1; r++) {
      // Start 1 to 3 months ago, a few days apart: due dates from 8 days ago to 14 days ahead.
      const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, today.getUTCDate() - 8 + ((r * 7) % 23), 12));
      writeInput(m.ensure(r, inicio), d, b.ss.timeZone);
      writeInput(m.ensure(r, ultimo), '', b.ss.timeZone);
    }
    const resp = b.ss.sheet(SHEET.responsables);
    resp.peekValues().forEach((line, i) => {
      if (i > 0 && line[0] !== '') writeInput(resp.ensure(i + 1, 2), `persona${i}@alcaldia.gov.co`, b.ss.timeZone);
    });
    runOf(b, 'menuRecordatorios');
    const trigger = b.env.ScriptApp.triggers.all[0];
    b.env.calls.reset();
    b.env.rt.beginRun('execution');
    const start = Date.now();
    (b.g.recordatoriosDiarios as (e: unknown) => void)({ authMode: 'FULL', triggerUid: trigger.id });
    const ms = b.env.rt.elapsedMs;
    table['Recordatorios diarios'] ??= {};
    table['Recordatorios diarios'][`${rows} filas`] =
      `${b.env.calls.total('SpreadsheetApp')} llamadas, ${b.env.MailApp.sent.length} correos ≈ ${seconds(ms)} en Google (${Date.now() - start} ms aquí)`;
  }
  console.table(table);
}
