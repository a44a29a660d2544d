import { serialFromUtcDate } from '../../src/core/calendar';
import { parseTracker } from '../../src/core/grid/tracker';
import { isStructural, type CellValue, type Grid } from '../../src/core/grid/types';
import { builtinTemplate } from '../../src/core/template/builtin';
import { configRow } from '../../src/core/tracker/configuracion';
import { initialConfigGrid, type SeedValue } from '../../src/core/tracker/initial';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';

const t = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const toCell = (v: SeedValue): CellValue => (v !== null && typeof v === 'object' ? v.date : v);
const headers = MATRIZ_COLUMNS.filter((c) => c.role !== 'computed').map((c) => c.header);
const matriz = (rows: Record<string, CellValue>[], header: readonly string[] = headers): Grid => [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];

test('a tracker with only its Matriz: each absent sheet is one missingSheet problem and the settings are the template', () => {
  const parsed = parseTracker({ matriz: matriz([{ ID: 'A1', 'TIEMPOS DE FRECUENCIA': 'ANUAL' }]) }, t, opts);
  expect([...parsed.absent].sort()).toEqual(['configuracion', 'fases', 'seguimiento']);
  const missing = parsed.problems.filter((p) => p.kind === 'missingSheet');
  expect(missing.map((p) => p.sheet)).toEqual(['Configuración', 'Fases', 'Seguimiento']);
  expect(missing.every((p) => p.cell === 'A1' && p.level === 'error' && isStructural(p))).toBe(true);
  expect(parsed.settings.diasAviso).toBe(t.configuracion.diasAviso);
  expect(parsed.matriz.rows[0]).toMatchObject({ id: 'A1', frecuenciaMeses: 12 });
});

test('Configuración is read first: a frequency added to its table is known to the Matriz, and its problems come first', () => {
  const config = initialConfigGrid(t).map((r) => r.map(toCell));
  config.push(['BIMESTRAL', 2, null]);
  config[configRow('diasAviso') - 1][1] = 'quince';
  const parsed = parseTracker(
    {
      configuracion: config,
      matriz: matriz([
        { ID: 'A1', 'TIEMPOS DE FRECUENCIA': 'bimestral' },
        { ID: 'A2', 'TIEMPOS DE FRECUENCIA': 'QUINCENAL' },
      ]),
    },
    t,
    opts,
  );
  expect(parsed.matriz.rows.map((r) => r.frecuenciaMeses)).toEqual([2, null]);
  expect(parsed.problems[0]).toMatchObject({ sheet: 'Configuración', kind: 'value' });
  expect(parsed.problems.filter((p) => p.sheet === 'Matriz' && p.level === 'error')).toEqual([
    expect.objectContaining({ kind: 'value', cell: 'I3', message: expect.stringContaining('«QUINCENAL»') }),
  ]);
});

test('problems say what they are about: a missing header is structural, a duplicate header or a bad cell is not', () => {
  const header = [...headers.filter((h) => h !== 'Numerador'), 'ID'];
  const parsed = parseTracker({ matriz: matriz([{ ID: 'A1', 'Fecha de inicio': '31/02/2024' }], header), fases: [['']] }, t, opts);
  const of = (kind: string) => parsed.problems.filter((p) => p.kind === kind);
  expect(of('missingHeader').filter((p) => p.level === 'error')).toEqual([
    expect.objectContaining({ sheet: 'Matriz', cell: '1:1', level: 'error', message: expect.stringContaining('«Numerador»') }),
  ]);
  // The optional columns this header row lacks are avisos (Preparar writes them back), never structural.
  expect(of('missingHeader').filter((p) => p.level === 'aviso').length).toBeGreaterThan(0);
  expect(of('duplicateHeader')).toEqual([expect.objectContaining({ sheet: 'Matriz', level: 'aviso' })]);
  expect(of('value')).toContainEqual(expect.objectContaining({ sheet: 'Matriz', level: 'error', message: expect.stringContaining('31/02/2024') }));
  expect(of('emptySheet')).toEqual([expect.objectContaining({ sheet: 'Fases', cell: 'A1' })]);
  expect(
    parsed.problems
      .filter(isStructural)
      .map((p) => p.kind)
      .sort(),
  ).toEqual(['emptySheet', 'missingHeader', 'missingSheet', 'missingSheet']);
});
