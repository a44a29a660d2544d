import { serialFromParts, serialFromUtcDate } from '../../src/core/calendar';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseFases } from '../../src/core/grid/fases';
import type { CellValue } from '../../src/core/grid/types';
import { evaluateFases } from '../../src/core/evaluate';
import { builtinTemplate } from '../../src/core/template/builtin';
import { configRow } from '../../src/core/tracker/configuracion';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { initialConfigGrid, initialFasesRows, templateFrequencies, type SeedValue } from '../../src/core/tracker/initial';

const t = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const toCell = (v: SeedValue): CellValue => (v !== null && typeof v === 'object' ? v.date : v);
const freshConfig = (): CellValue[][] => initialConfigGrid(t).map((r) => r.map(toCell));
const parse = (g: CellValue[][]) => parseConfiguracion(g, t.configuracion, templateFrequencies(t), opts);

test('a fresh Configuración reads back as the template, with no problem', () => {
  const { settings, problems } = parse(freshConfig());
  expect(problems.filter((p) => p.level === 'error')).toEqual([]);
  expect(settings).toMatchObject({
    municipio: 'Valle de San Juan',
    orden: 'territorial',
    diasAviso: 15,
    umbralRojo: 0.6,
    umbralAmarillo: 0.8,
    fechaReferencia: null,
  });
  expect(settings.frecuencias).toHaveLength(t.frecuencias.frecuencias.length);
});

test('settings are found by label even when a person moved the rows, and a frequency can be added', () => {
  const g = freshConfig();
  const moved = [g[0], ...g.slice(1, configRow('fechaCalculo')).reverse(), ...g.slice(configRow('fechaCalculo'))];
  moved.push(['QUINCENAL', 0.5, null], ['BIMESTRAL', 2, null]);
  const { settings, problems } = parse(moved);
  expect(settings.diasAviso).toBe(15);
  expect(settings.frecuencias.at(-1)).toEqual({ etiqueta: 'BIMESTRAL', meses: 2 });
  expect(problems).toContainEqual(expect.objectContaining({ sheet: 'Configuración', message: expect.stringMatching(/0\.5.*número entero/) }));
});

test('bad settings are named by cell and fall back to the template so a report can still be made', () => {
  const g = freshConfig();
  g[configRow('diasAviso') - 1][1] = 'quince';
  g[configRow('orden') - 1][1] = 'municipal';
  g[configRow('umbralRojo') - 1][1] = 0.9;
  g[configRow('fechaReferencia') - 1][1] = '30/02/2024';
  const { settings, problems } = parse(g);
  const messages = problems.map((p) => `${p.cell} ${p.message}`).join('\n');
  expect(settings.diasAviso).toBe(15);
  expect(settings.orden).toBe('territorial');
  expect(messages).toMatch(new RegExp(`B${configRow('diasAviso')} .*Días de aviso`));
  expect(messages).toMatch(new RegExp(`B${configRow('orden')} .*municipal`));
  expect(messages).toMatch(/umbral rojo debe ser menor/);
  expect(messages).toMatch(new RegExp(`B${configRow('fechaReferencia')} .*30/02/2024`));
});

test("a Configuración without the frequency table says so and uses the template's", () => {
  const g = freshConfig().slice(0, configRow('plantillaInforme'));
  const { settings, problems } = parse(g);
  expect(settings.frecuencias.map((f) => f.etiqueta)).toContain('MENSUALMENTE');
  expect(problems).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining('tabla de frecuencias') }));
});

describe('phases of Decreto 1151', () => {
  const grid = (): CellValue[][] => [
    FASES_COLUMNS.map((c) => c.header),
    ...initialFasesRows(t).map((m) => FASES_COLUMNS.map((c) => toCell(m.get(c.key) ?? null))),
  ];
  const col = (k: string) => FASES_COLUMNS.findIndex((c) => c.key === k);

  test('a territorial entity is measured against the territorial deadlines', () => {
    const g = grid();
    g[1][col('fechaCumplimiento')] = serialFromParts(2008, 10, 15); // Información, before 1/11/2008
    g[2][col('fechaCumplimiento')] = serialFromParts(2010, 1, 10); // Interacción, after 1/12/2009
    const { rows, problems } = parseFases(g, opts);
    expect(problems).toEqual([]);
    const settings = parse(freshConfig()).settings;
    const estados = evaluateFases(rows, settings, serialFromParts(2011, 1, 1)).map((f) => f.estado);
    expect(estados).toEqual(['Cumplida', 'Cumplida tarde', 'Vencida', 'Pendiente', 'Pendiente']);
  });

  test('a national entity uses the other column', () => {
    const settings = { ...parse(freshConfig()).settings, orden: 'nacional' as const };
    const { rows } = parseFases(grid(), opts);
    const fases = evaluateFases(rows, settings, serialFromParts(2010, 7, 1));
    expect(fases.map((f) => f.plazo)).toEqual(
      t.fases.fases.map((f) => serialFromParts(...(f.plazoNacional.split('-').map(Number) as [number, number, number]))),
    );
    expect(fases.map((f) => f.estado)).toEqual(['Vencida', 'Vencida', 'Vencida', 'Vencida', 'Pendiente']);
  });
});
