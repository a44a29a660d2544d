import { builtinTemplate } from '../../src/core/template/builtin';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseMatriz } from '../../src/core/grid/matriz';
import { calculationDate, evaluateRows } from '../../src/core/evaluate';
import { serialFromUtcDate } from '../../src/core/calendar';
import { templateFrequencies } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { createEngine, type EngineValue } from '../support/formula-engine';
import { matrizCol, trackerSheets } from '../support/tracker-workbook';
import { GROUPS } from './agreement-cases';

const template = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const blankToNull = (v: EngineValue): EngineValue => (v === '' ? null : v);

describe.each(GROUPS.map((g) => [g.name, g] as const))('the Matriz formulas and the core agree — %s', (_name, group) => {
  const { sheets, names } = trackerSheets(
    template,
    group.cases.map((c) => c.row),
    group.settings,
  );
  const engine = createEngine(sheets, names);
  const config = parseConfiguracion(sheets[SHEET.configuracion], template.configuracion, templateFrequencies(template), opts);
  const parsed = parseMatriz(sheets[SHEET.matriz], config.settings.frecuencias, opts);
  const today = 0; // never used: every group sets a reference date
  const evaluated = evaluateRows(parsed.rows, config.settings, calculationDate(config.settings, today));
  afterAll(() => engine.destroy());

  test('every case is a row the core read', () => {
    expect(parsed.rows).toHaveLength(group.cases.length);
  });

  test.each(group.cases.map((c, i) => [c.name, c, i] as const))('%s', (_n, c, i) => {
    const row = i + 2;
    const core = evaluated[i];
    const sheet = (key: Parameters<typeof matrizCol>[0]) => blankToNull(engine.value(SHEET.matriz, row, matrizCol(key)));
    expect(sheet('estado')).toBe(core.estado);
    expect(sheet('semaforo')).toBe(core.semaforo);
    expect(sheet('valor')).toBe(core.valor);
    expect(sheet('cumplimiento')).toBe(core.cumplimiento);
    if (c.leapFebruary) {
      // HyperFormula answers the 28th here (see engine-smoke.test.ts); the real hosts and the core say the 29th.
      expect(core.proximoVencimiento).not.toBeNull();
      expect(sheet('proximoVencimiento')).toBe((core.proximoVencimiento ?? 0) - 1);
    } else {
      expect(sheet('proximoVencimiento')).toBe(core.proximoVencimiento);
      expect(sheet('diasRestantes')).toBe(core.diasRestantes);
    }
  });
});

test('the table has at least 40 cases', () => {
  expect(GROUPS.reduce((n, g) => n + g.cases.length, 0)).toBeGreaterThanOrEqual(40);
});
