import { serialFromParts, serialFromUtcDate } from '../../src/core/calendar';
import { calculationDate, evaluateFases, evaluateRows } from '../../src/core/evaluate';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseFases } from '../../src/core/grid/fases';
import { parseMatriz } from '../../src/core/grid/matriz';
import { builtinTemplate } from '../../src/core/template/builtin';
import { templateFrequencies, initialMatrizRows } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { TABLERO_ESTADOS, TABLERO_RESPONSABLES_HEADER_ROW, TABLERO_SEMAFOROS } from '../../src/core/tracker/tablero';
import { createEngine } from '../support/formula-engine';
import { fasesCol, trackerSheets, type MatrizInput } from '../support/tracker-workbook';

const t = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const d = serialFromParts;

/** The seed's plan with values a secretary would type, at a corte of 30/06/2025. */
function filledPlan(): MatrizInput[] {
  const typed: Record<string, MatrizInput> = {
    A1: { fechaInicio: d(2025, 1, 15), ultimoSeguimiento: d(2025, 5, 20), numerador: 18, denominador: 24 }, // due 20/06 → Vencida; 75 % → Amarillo
    'A2.1': { fechaInicio: d(2025, 2, 1), numerador: 30, denominador: 40 }, // due 01/08 → Al día; 75 %
    'A2.2': { fechaInicio: d(2025, 2, 1), numerador: 27, denominador: 30 }, // 90 % → Verde
    A3: { ultimoSeguimiento: d(2025, 6, 10), numerador: 5, denominador: 10 }, // due 10/07 → Por vencer; 50 % → Rojo
    A4: { fechaInicio: d(2025, 1, 1), numerador: 12_000_000, denominador: 4_000_000_000 }, // no meta → Sin medir
    A5: {}, // Sin programar, Sin medir
    A6: { fechaInicio: d(2024, 12, 1), numerador: 1, denominador: 1 }, // due 01/12/2025 → Al día; Verde
  };
  return initialMatrizRows(t).map((m) => {
    const base = Object.fromEntries([...m].map(([k, v]) => [k, v !== null && typeof v === 'object' ? v.date : v])) as MatrizInput;
    return { ...base, ...typed[String(base.id)] };
  });
}

test("the Tablero and Fases formulas show what the core computes for the seed's plan", () => {
  const fechaRef = d(2025, 6, 30);
  const fases = [{ fechaCumplimiento: d(2008, 10, 1) }, { fechaCumplimiento: d(2010, 3, 1) }, {}, {}, {}];
  const base = trackerSheets(t, filledPlan(), { fechaReferencia: fechaRef });
  const faseInputs = base.sheets[SHEET.fases].slice(1).map((row, i) => ({
    id: row[0],
    fase: row[1],
    plazoNacional: row[2],
    plazoTerritorial: row[3],
    ...fases[i],
  }));
  const { sheets, names } = trackerSheets(t, filledPlan(), { fechaReferencia: fechaRef }, faseInputs);
  const engine = createEngine(sheets, names);

  const config = parseConfiguracion(sheets[SHEET.configuracion], t.configuracion, templateFrequencies(t), opts);
  const rows = evaluateRows(parseMatriz(sheets[SHEET.matriz], config.settings.frecuencias, opts).rows, config.settings, calculationDate(config.settings, 0));
  const phases = evaluateFases(parseFases(sheets[SHEET.fases], opts).rows, config.settings, fechaRef);

  // By hand (see filledPlan): one Vencida, one Por vencer, four Al día, one Sin programar.
  expect(rows.map((r) => r.estado)).toEqual(['Vencida', 'Al día', 'Al día', 'Por vencer', 'Al día', 'Sin programar', 'Al día']);
  expect(rows.map((r) => r.semaforo)).toEqual(['Amarillo', 'Amarillo', 'Verde', 'Rojo', 'Sin medir', 'Sin medir', 'Verde']);

  TABLERO_ESTADOS.forEach((e, i) => {
    expect(engine.value(SHEET.tablero, 5 + i, 2)).toBe(rows.filter((r) => r.estado === e).length);
  });
  TABLERO_SEMAFOROS.forEach((s, i) => {
    expect(engine.value(SHEET.tablero, 11 + i, 2)).toBe(rows.filter((r) => r.semaforo === s).length);
  });
  const measured = rows.flatMap((r) => (r.cumplimiento === null ? [] : [r.cumplimiento]));
  expect(engine.value(SHEET.tablero, 17, 2)).toBeCloseTo(measured.reduce((a, b) => a + b, 0) / measured.length, 12);
  expect(engine.value(SHEET.tablero, 17, 2)).toBeCloseTo((0.75 + 0.75 + 0.9 + 0.5 + 1) / 5, 12);

  // Per responsable: "Alcalde Municipal, Secretarios" holds A4 (Al día) and A5 (Sin programar), neither measured.
  const respRow = TABLERO_RESPONSABLES_HEADER_ROW + 1 + [...new Set(filledPlan().map((m) => m.responsables))].indexOf('Alcalde Municipal, Secretarios');
  expect(engine.value(SHEET.tablero, respRow, 1)).toBe('Alcalde Municipal, Secretarios');
  expect(engine.value(SHEET.tablero, respRow, 2)).toBe(2);
  expect(engine.value(SHEET.tablero, respRow, 3)).toBe(0);
  expect(engine.value(SHEET.tablero, respRow, 5)).toBe('');
  // "Comité Gel-t- Oficina de Control Interno" holds A2.1 (75 %) and A2.2 (90 %): average 82,5 %.
  const comiteRow =
    TABLERO_RESPONSABLES_HEADER_ROW + 1 + [...new Set(filledPlan().map((m) => m.responsables))].indexOf('Comité Gel-t- Oficina de Control Interno');
  expect(engine.value(SHEET.tablero, comiteRow, 2)).toBe(2);
  expect(engine.value(SHEET.tablero, comiteRow, 5)).toBeCloseTo(0.825, 12);
  // "Comité Gel-t- Alcalde Municipal - Secretarios" holds only A1: one Vencida.
  const a1Row =
    TABLERO_RESPONSABLES_HEADER_ROW + 1 + [...new Set(filledPlan().map((m) => m.responsables))].indexOf('Comité Gel-t- Alcalde Municipal - Secretarios');
  expect(engine.value(SHEET.tablero, a1Row, 3)).toBe(1);

  phases.forEach((p, i) => {
    expect(engine.value(SHEET.fases, i + 2, fasesCol('estado'))).toBe(p.estado);
    expect(engine.value(SHEET.fases, i + 2, fasesCol('plazoAplicable'))).toBe(p.plazo);
  });
  expect(phases.map((p) => p.estado)).toEqual(['Cumplida', 'Cumplida tarde', 'Vencida', 'Vencida', 'Vencida']);
  engine.destroy();
});
