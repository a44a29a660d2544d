/**
 * The one summary behind the Tablero and the report: a responsables text written with other
 * capitals or spaces is the same group everywhere — one Tablero row, whose COUNTIF/AVERAGEIF figures
 * (evaluated by a formula engine) equal the report's group and the export's cached value.
 */
import { serialFromParts, serialFromUtcDate } from '../../src/core/calendar';
import { calculationDate, evaluateRows } from '../../src/core/evaluate';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseMatriz } from '../../src/core/grid/matriz';
import { distinctResponsables, groupByResponsables, responsableKey, summarize } from '../../src/core/summary';
import { builtinTemplate } from '../../src/core/template/builtin';
import { initialMatrizRows, templateFrequencies } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { TABLERO_RESPONSABLES_HEADER_ROW, tableroLayout, tableroValue } from '../../src/core/tracker/tablero';
import { defaultLayout } from '../../src/core/tracker/layout';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { createEngine } from '../support/formula-engine';
import { trackerSheets, type MatrizInput } from '../support/tracker-workbook';

const t = builtinTemplate();
const d = serialFromParts;

test('responsables texts are one group when they differ only in capitals or surrounding spaces; accents count', () => {
  expect(responsableKey('  Comité GEL-T ')).toBe(responsableKey('comité gel-t'));
  expect(responsableKey('Comite GEL-T')).not.toBe(responsableKey('Comité GEL-T'));
  expect(distinctResponsables(['Comité GEL-T', ' comité gel-t ', 'Comite GEL-T', '', '   ', 'COMITÉ GEL-T'])).toEqual(['Comité GEL-T', 'Comite GEL-T']);
});

test('the Tablero has one row per group, and its formulas, the cached values and the report agree', () => {
  // A person wrote the Comité three more ways; A6 keeps the plan's own «Comité Gel-t», A4 and A5 theirs.
  const typed: Record<string, MatrizInput> = {
    A1: { responsables: 'Comité GEL-T', fechaInicio: d(2025, 1, 15), ultimoSeguimiento: d(2025, 5, 20), numerador: 18, denominador: 24 }, // Vencida, 75 %
    'A2.1': { responsables: 'comité gel-t', fechaInicio: d(2025, 2, 1), numerador: 30, denominador: 40 }, // Al día, 75 %
    'A2.2': { responsables: 'COMITÉ GEL-T', fechaInicio: d(2025, 2, 1), numerador: 27, denominador: 30 }, // Al día, 90 %
    A3: { responsables: 'Planeación', ultimoSeguimiento: d(2025, 6, 10), numerador: 5, denominador: 10 }, // Por vencer, 50 %
  };
  const inputs = initialMatrizRows(t).map((m) => {
    const base = Object.fromEntries([...m].map(([k, v]) => [k, v !== null && typeof v === 'object' ? v.date : v])) as MatrizInput;
    return { ...base, ...typed[String(base.id)] };
  });
  const { sheets, names } = trackerSheets(t, inputs, { fechaReferencia: d(2025, 6, 30) });
  const opts = { dateToSerial: serialFromUtcDate };
  const config = parseConfiguracion(sheets[SHEET.configuracion], t.configuracion, templateFrequencies(t), opts);
  const fecha = calculationDate(config.settings, 0);
  const rows = evaluateRows(parseMatriz(sheets[SHEET.matriz], config.settings.frecuencias, opts).rows, config.settings, fecha);
  const groups = groupByResponsables(rows).filter((g) => g.name !== '');
  const comite = groups.find((g) => g.name === 'Comité GEL-T');
  // By hand: A1, A2.1, A2.2 and A6 are the Comité; one Vencida, none Por vencer, average (75 + 75 + 90) / 3 % (A6 unmeasured).
  expect(comite?.rows.map((r) => r.source.id)).toEqual(['A1', 'A2.1', 'A2.2', 'A6']);
  expect(comite?.vencidas).toBe(1);
  expect(comite?.cumplimientoPromedio).toBeCloseTo(0.8, 12);

  const layout = tableroLayout(defaultLayout(MATRIZ_COLUMNS), distinctResponsables(rows.map((r) => r.source.responsables)));
  const engine = createEngine(sheets, names);
  try {
    const tableroNames = groups.map((_, i) => engine.value(SHEET.tablero, TABLERO_RESPONSABLES_HEADER_ROW + 1 + i, 1));
    expect(tableroNames).toEqual(groups.map((g) => g.name));
    expect(engine.value(SHEET.tablero, TABLERO_RESPONSABLES_HEADER_ROW + 1 + groups.length, 1) ?? '').toBe('');
    groups.forEach((g, i) => {
      const r = TABLERO_RESPONSABLES_HEADER_ROW + 1 + i;
      const cached = (col: number) => {
        const cell = layout.cells.find((c) => c.row === r && c.col === col);
        return cell?.measure ? tableroValue(cell.measure, rows, fecha) : undefined;
      };
      expect([engine.value(SHEET.tablero, r, 2), cached(2)]).toEqual([g.rows.length, g.rows.length]);
      expect([engine.value(SHEET.tablero, r, 3), cached(3)]).toEqual([g.vencidas, g.vencidas]);
      expect([engine.value(SHEET.tablero, r, 4), cached(4)]).toEqual([g.porVencer, g.porVencer]);
      const avg = engine.value(SHEET.tablero, r, 5);
      if (g.cumplimientoPromedio === null) expect([avg, cached(5)]).toEqual(['', '']);
      else {
        expect(avg).toBeCloseTo(g.cumplimientoPromedio, 12);
        expect(cached(5)).toBeCloseTo(g.cumplimientoPromedio, 12);
      }
    });
    const s = summarize(rows);
    expect(engine.value(SHEET.tablero, 16, 2)).toBe(s.indicadores);
    expect(engine.value(SHEET.tablero, 17, 2)).toBeCloseTo(s.cumplimientoPromedio ?? NaN, 12);
  } finally {
    engine.destroy();
  }
});
