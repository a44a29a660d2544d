import { serialFromUtcDate } from '../../src/core/calendar';
import { calculationDate, evaluateRows } from '../../src/core/evaluate';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseMatriz } from '../../src/core/grid/matriz';
import { builtinTemplate } from '../../src/core/template/builtin';
import { templateFrequencies } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { evaluateInLibreOffice, requireLibreOffice } from '../support/libreoffice';
import { matrizCol, trackerSheets } from '../support/tracker-workbook';
import { GROUPS } from './agreement-cases';

const template = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };

// The same table in a real host: LibreOffice also settles the leap-February cases HyperFormula gets wrong.
(requireLibreOffice() ? describe : describe.skip)('the Matriz formulas and the core agree in LibreOffice', () => {
  jest.setTimeout(300_000); // LibreOffice's first start builds a profile: slow on a busy machine
  test.each(GROUPS.map((g) => [g.name, g] as const))('%s', async (_name, group) => {
    const { sheets, names } = trackerSheets(
      template,
      group.cases.map((c) => c.row),
      group.settings,
    );
    const lo = await evaluateInLibreOffice(sheets, names);
    const config = parseConfiguracion(sheets[SHEET.configuracion], template.configuracion, templateFrequencies(template), opts);
    const rows = evaluateRows(parseMatriz(sheets[SHEET.matriz], config.settings.frecuencias, opts).rows, config.settings, calculationDate(config.settings, 0));
    const mismatches: string[] = [];
    group.cases.forEach((c, i) => {
      const core = rows[i];
      const shown = (k: Parameters<typeof matrizCol>[0]) => {
        const v = lo.value(SHEET.matriz, i + 2, matrizCol(k));
        return v === '' ? null : v;
      };
      const same = (k: 'estado' | 'semaforo' | 'proximoVencimiento' | 'diasRestantes' | 'valor' | 'cumplimiento') => {
        const a = shown(k);
        const b = core[k];
        const ok = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
        if (!ok) mismatches.push(`${c.name}: ${k} LibreOffice=${JSON.stringify(a)} núcleo=${JSON.stringify(b)}`);
      };
      (['estado', 'semaforo', 'proximoVencimiento', 'diasRestantes', 'valor', 'cumplimiento'] as const).forEach(same);
    });
    expect(mismatches).toEqual([]);
  });
});
