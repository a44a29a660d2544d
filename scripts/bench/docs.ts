/**
 * «Generar informe semestral…» at 6, 60 and 600 actions: DocumentApp, Drive and Spreadsheet calls,
 * and the estimated Google time of the run (each call's assumed cost, test/fakes/cost.ts) against the
 * 6-minute limit, with the built bundle running against the fakes. Printed, never asserted.
 * Sizes are Matriz rows chosen so that the actions (IDs before the first dot) are 6, 60 and 600:
 * the seed's 7 rows hold 6 actions (A2.1 and A2.2 are one), every extra row is one more action.
 */
import { LIMIT_MS } from '../../test/fakes/cost';
import { seconds, trackerWithRows } from '../../test/gas/scale';

const SIZES: readonly (readonly [number, number])[] = [
  [6, 7],
  [60, 61],
  [600, 601],
];

export async function run(): Promise<void> {
  console.log(
    `Llamadas a servicios de Apps Script al generar el informe semestral y tiempo estimado en Google (límite ${seconds(LIMIT_MS.execution)}), sobre las imitaciones de prueba`,
  );
  const table: Record<string, Record<string, string | number>> = {};
  for (const [actions, rows] of SIZES) {
    const b = trackerWithRows(rows);
    b.env.ui.answerPrompt('2024-I');
    b.env.calls.reset();
    b.env.authMode = 'FULL';
    b.env.rt.beginRun('execution');
    const start = Date.now();
    let failure = '';
    try {
      (b.g.menuGenerarInforme as () => void)();
    } catch (e) {
      failure = e instanceof Error ? e.message : String(e);
    }
    const ms = Date.now() - start;
    const byMethod = b.env.calls.byMethod('DocumentApp');
    const top = Object.entries(byMethod)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 4)
      .map(([m, n]) => `${m} ${n}`)
      .join(', ');
    table[`${actions} acciones (${rows} filas)`] = {
      DocumentApp: b.env.calls.total('DocumentApp'),
      Drive: b.env.calls.total('Drive'),
      SpreadsheetApp: b.env.calls.total('SpreadsheetApp'),
      'DocumentApp por fila': Number((b.env.calls.total('DocumentApp') / rows).toFixed(1)),
      'más llamadas (DocumentApp)': top,
      'tiempo estimado en Google': `${seconds(b.env.rt.elapsedMs)}${b.env.rt.timedOut ? ' (pasa el límite: Google lo detendría)' : ''}${failure ? ` — ${failure}` : ''}`,
      'ms aquí': ms,
    };
  }
  console.table(table);
}

// Run alone: node scripts/run-ts.mjs scripts/bench/docs.ts
if (/[\\/]docs\.cjs$/.test(process.argv[1] ?? '')) void run();
