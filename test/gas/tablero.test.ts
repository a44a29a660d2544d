import { evaluateRows } from '../../src/core/evaluate';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { SHEET } from '../../src/core/tracker/names';
import { TABLERO_ESTADOS, TABLERO_RESPONSABLES_HEADER_ROW, TABLERO_SEMAFOROS } from '../../src/core/tracker/tablero';
import { readTracker } from '../../src/gas/read-tracker';
import { HOST_REALM } from '../fakes/realm';
import { createEngine } from '../support/formula-engine';
import { bogota, editedTracker, PREPARAR } from './fixtures';
import { click } from './support';

describe('Tablero', () => {
  test('counts by estado and semáforo and per responsable are what the core computes; the chart reads the moved columns', () => {
    const b = editedTracker();
    click(b, PREPARAR);
    const row = CONFIG_ROWS.findIndex((r) => r.key === 'fechaReferencia') + 2;
    b.ss
      .sheet(SHEET.configuracion)
      .getRange(row, 2)
      .setValue(bogota(2024, 9, 15));
    Object.assign(globalThis, b.env.globals());
    b.env.realm = HOST_REALM;
    const tracker = readTracker(b.ss as never);
    const core = evaluateRows(tracker.matriz.rows, tracker.settings, tracker.fechaCalculo);
    const input = b.ss.engineInput();
    const engine = createEngine(input.sheets, input.names);
    try {
      TABLERO_ESTADOS.forEach((e, i) => expect([e, engine.value(SHEET.tablero, 5 + i, 2)]).toEqual([e, core.filter((c) => c.estado === e).length]));
      TABLERO_SEMAFOROS.forEach((s, i) => expect([s, engine.value(SHEET.tablero, 11 + i, 2)]).toEqual([s, core.filter((c) => c.semaforo === s).length]));
      const t = b.ss.sheet(SHEET.tablero).peekValues();
      const people = [...new Set(core.map((c) => c.source.responsables))];
      expect(
        t
          .slice(TABLERO_RESPONSABLES_HEADER_ROW)
          .map((r) => r[0])
          .filter(Boolean),
      ).toEqual(people);
      people.forEach((p, i) =>
        expect(engine.value(SHEET.tablero, TABLERO_RESPONSABLES_HEADER_ROW + 1 + i, 2)).toBe(core.filter((c) => c.source.responsables === p).length),
      );
    } finally {
      engine.destroy();
    }
    const chart = b.ss.sheet(SHEET.tablero).charts[0];
    const cols = chart.state.ranges.map((r) => [r.sheet.name, r.col]);
    expect(cols).toEqual([
      [SHEET.matriz, b.layout.get('id')],
      [SHEET.matriz, b.layout.get('cumplimiento')],
    ]);
  });
});
