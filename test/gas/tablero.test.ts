import { evaluateRows } from '../../src/core/evaluate';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { SHEET } from '../../src/core/tracker/names';
import { chartLabel, TABLERO_ESTADOS, TABLERO_RESPONSABLES_HEADER_ROW, TABLERO_SEMAFOROS } from '../../src/core/tracker/tablero';
import { ESTADO_FILL, FILL, SEMAFORO_FILL } from '../../src/core/tracker/matriz';
import { SEMAFORO_BAR_COLOR, THRESHOLD_LINE_COLOR } from '../../src/core/tracker/styles';
import { CHART_DATA } from '../../src/core/messages/summary';
import { readTracker } from '../../src/gas/read-tracker';
import { HOST_REALM } from '../fakes/realm';
import { createEngine } from '../support/formula-engine';
import { bogota, editedTracker, PREPARAR } from './fixtures';
import { click } from './support';

describe('Tablero', () => {
  test('counts by estado and semáforo and per responsable are what the core computes; the chart data follows the semáforo and the thresholds', () => {
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
    let chartRange = '';
    try {
      TABLERO_ESTADOS.forEach((e, i) => expect([e, engine.value(SHEET.tablero, 5 + i, 2)]).toEqual([e, core.filter((c) => c.estado === e).length]));
      TABLERO_SEMAFOROS.forEach((s, i) => expect([s, engine.value(SHEET.tablero, 11 + i, 2)]).toEqual([s, core.filter((c) => c.semaforo === s).length]));
      const t = b.ss.sheet(SHEET.tablero).peekValues();
      const people = [...new Set(core.map((c) => c.source.responsables))];
      const h = TABLERO_RESPONSABLES_HEADER_ROW;
      expect(t.slice(h, h + people.length).map((r) => r[0])).toEqual(people);
      expect(t[h + people.length][0]).toBe('');
      people.forEach((p, i) =>
        expect(engine.value(SHEET.tablero, TABLERO_RESPONSABLES_HEADER_ROW + 1 + i, 2)).toBe(core.filter((c) => c.source.responsables === p).length),
      );
      // The chart data: one row per Matriz row, the compliance under its semáforo only, the thresholds.
      const header = h + people.length + 3;
      expect(t[header - 2][0]).toBe(CHART_DATA.title);
      expect(t[header - 1]).toEqual([...CHART_DATA.headers]);
      chartRange = `${SHEET.tablero}!A${header}:F${header + Math.max(...core.map((c) => c.source.row)) - 1}`;
      const umbral = (key: string): unknown => tracker.settings[key as 'umbralRojo'];
      core.forEach((c) => {
        const r = header + c.source.row - 1;
        expect(engine.value(SHEET.tablero, r, 1)).toBe(chartLabel(c.source.id, c.source.indicador));
        (['Rojo', 'Amarillo', 'Verde'] as const).forEach((s, j) =>
          expect([c.source.id, s, engine.value(SHEET.tablero, r, 2 + j)]).toEqual([
            c.source.id,
            s,
            c.semaforo === s ? c.cumplimiento : { error: expect.stringMatching(/N\/?A/) },
          ]),
        );
        expect([engine.value(SHEET.tablero, r, 5), engine.value(SHEET.tablero, r, 6)]).toEqual([umbral('umbralRojo'), umbral('umbralAmarillo')]);
      });
    } finally {
      engine.destroy();
    }
    // Counts carry the colours of the states they count, and sit centred under their headers.
    const tablero = b.ss.sheet(SHEET.tablero);
    const looks = tablero.getRange(1, 1, TABLERO_RESPONSABLES_HEADER_ROW + 1, 5);
    const backgrounds = looks.getBackgrounds();
    const vencida = 5 + TABLERO_ESTADOS.indexOf('Vencida');
    const rojo = 11 + TABLERO_SEMAFOROS.indexOf('Rojo');
    expect(backgrounds[vencida - 1][1].toLowerCase()).toBe(ESTADO_FILL.Vencida.background.toLowerCase());
    expect(backgrounds[rojo - 1][1].toLowerCase()).toBe(SEMAFORO_FILL.Rojo.background.toLowerCase());
    expect(backgrounds[TABLERO_RESPONSABLES_HEADER_ROW - 1][2].toLowerCase()).toBe(ESTADO_FILL.Vencida.background.toLowerCase());
    expect(looks.getFontColors()[TABLERO_RESPONSABLES_HEADER_ROW][2].toLowerCase()).toBe(ESTADO_FILL.Vencida.font.toLowerCase());
    const aligns = looks.getHorizontalAlignments();
    expect(
      [aligns[3][1], aligns[4][1], aligns[TABLERO_RESPONSABLES_HEADER_ROW - 1][4], aligns[TABLERO_RESPONSABLES_HEADER_ROW][4]].map((a) => a.toLowerCase()),
    ).toEqual(expect.arrayContaining(['center']));
    expect(new Set([aligns[3][1], aligns[4][1], aligns[TABLERO_RESPONSABLES_HEADER_ROW - 1][4], aligns[TABLERO_RESPONSABLES_HEADER_ROW][4]]).size).toBe(1);
    expect(FILL.red.background).toBe(ESTADO_FILL.Vencida.background);

    // The chart: a combo over the chart data, one coloured stacked series per semáforo with value labels, dashed threshold lines.
    expect(tablero.charts).toHaveLength(1);
    const chart = tablero.charts[0];
    expect(String(chart.state.type)).toBe('COMBO');
    expect(chart.state.ranges.map((r) => `${r.sheet.name}!${r.a1()}`)).toEqual([chartRange]);
    expect(chart.state.numHeaders).toBe(1);
    expect(chart.state.options.get('isStacked')).toBe(true);
    const series = chart.state.options.get('series') as Record<number, { type: string; color: string; dataLabel?: string; lineDashStyle?: number[] }>;
    expect([0, 1, 2, 3, 4].map((i) => [series[i].type, series[i].color])).toEqual([
      ['bars', SEMAFORO_BAR_COLOR.Rojo],
      ['bars', SEMAFORO_BAR_COLOR.Amarillo],
      ['bars', SEMAFORO_BAR_COLOR.Verde],
      ['line', THRESHOLD_LINE_COLOR.rojo],
      ['line', THRESHOLD_LINE_COLOR.amarillo],
    ]);
    expect([0, 1, 2].map((i) => series[i].dataLabel)).toEqual(['value', 'value', 'value']);
    expect(series[3].lineDashStyle).toBeDefined();
    // A second Preparar changes nothing on the chart (same ID, same ranges).
    const id = chart.chartId;
    click(b, PREPARAR);
    expect(tablero.charts.map((c) => c.chartId)).toEqual([id]);
  });
});
