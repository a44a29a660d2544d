import { serialFromParts } from '../../src/core/calendar';
import { evaluateFases, evaluateRows } from '../../src/core/evaluate';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { SHEET } from '../../src/core/tracker/names';
import { readTracker } from '../../src/gas/read-tracker';
import { createEngine } from '../support/formula-engine';
import { HOST_REALM } from '../fakes/realm';
import { bogota, editedTracker, preparedTracker } from './fixtures';
import { click, type Booted } from './support';
import { PREPARAR } from './fixtures';

function withReferenceDate(b: Booted, d: Date): void {
  const row = CONFIG_ROWS.findIndex((r) => r.key === 'fechaReferencia') + 2;
  b.ss.sheet(SHEET.configuracion).getRange(row, 2).setValue(d);
}

/** Runs the host code here (not in the vm): services as globals, values made in this realm. */
function hostSide(b: Booted): void {
  Object.assign(globalThis, b.env.globals());
  b.env.realm = HOST_REALM;
}

function compare(b: Booted, layout: ReadonlyMap<string, number>): { estados: Set<string>; semaforos: Set<string> } {
  const input = b.ss.engineInput();
  const engine = createEngine(input.sheets, input.names);
  hostSide(b);
  const tracker = readTracker(b.ss as never);
  expect(tracker.fechaCalculo).toBe(serialFromParts(2024, 9, 15));
  const core = evaluateRows(tracker.matriz.rows, tracker.settings, tracker.fechaCalculo);
  const estados = new Set<string>();
  const semaforos = new Set<string>();
  try {
    expect(core).toHaveLength(7);
    for (const e of core) {
      expect([e.source.id, engine.value(SHEET.matriz, e.source.row, layout.get('estado') ?? 0)]).toEqual([e.source.id, e.estado]);
      expect([e.source.id, engine.value(SHEET.matriz, e.source.row, layout.get('semaforo') ?? 0)]).toEqual([e.source.id, e.semaforo]);
      estados.add(e.estado);
      semaforos.add(e.semaforo);
    }
    const fases = evaluateFases(tracker.fases.rows, tracker.settings, tracker.fechaCalculo);
    const estadoCol = FASES_COLUMNS.findIndex((c) => c.key === 'estado') + 1;
    for (const f of fases) expect(engine.value(SHEET.fases, f.source.row, estadoCol)).toBe(f.estado);
  } finally {
    engine.destroy();
  }
  return { estados, semaforos };
}

describe('the formulas Preparar writes agree with the core', () => {
  test('on the edited spreadsheet (reordered columns, repaired formula) for the seed rows at a fixed reference date', () => {
    const b = editedTracker();
    click(b, PREPARAR);
    withReferenceDate(b, bogota(2024, 9, 15));
    const seen = compare(b, b.layout);
    // The case table is not trivial: several states occur.
    expect(seen.estados.size).toBeGreaterThan(1);
    expect(seen.semaforos.size).toBeGreaterThan(1);
  });

  test('on the freshly prepared spreadsheet (inputs empty): Sin programar / Sin medir everywhere, as the core says', () => {
    const b = preparedTracker();
    withReferenceDate(b, bogota(2024, 9, 15));
    hostSide(b);
    const layout = readTracker(b.ss as never).matriz.layout;
    const seen = compare(b, layout);
    expect([...seen.estados]).toEqual(['Sin programar']);
  });
});
