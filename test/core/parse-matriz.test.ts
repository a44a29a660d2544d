import { serialFromParts, serialFromUtcDate } from '../../src/core/calendar';
import { parseMatriz } from '../../src/core/grid/matriz';
import type { CellValue, Grid } from '../../src/core/grid/types';
import { builtinTemplate } from '../../src/core/template/builtin';
import { templateFrequencies } from '../../src/core/tracker/initial';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';

const freq = templateFrequencies(builtinTemplate());
const opts = { dateToSerial: serialFromUtcDate };
const headers = MATRIZ_COLUMNS.filter((c) => c.role !== 'computed').map((c) => c.header);

function grid(header: readonly string[], rows: Record<string, CellValue>[]): Grid {
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))];
}

test('columns are found by header whatever the order, case, accents, spaces or extra columns', () => {
  const shuffled = [
    '  numerador ',
    'EXTRA de la secretaría',
    'id',
    'tiempos de frecuencia',
    'ULTIMO SEGUIMIENTO',
    'Fecha de Inicio',
    'Denominador',
    'meta (%)',
    'acción',
    'responsables',
    'indicador a medir',
  ];
  const g = grid(shuffled, [
    {
      id: 'A1',
      '  numerador ': 3,
      Denominador: 4,
      'meta (%)': 1,
      'tiempos de frecuencia': 'Mensual',
      'ULTIMO SEGUIMIENTO': new Date(Date.UTC(2024, 0, 31)),
      'Fecha de Inicio': '',
      acción: 'Conectividad',
      responsables: 'Comité',
      'indicador a medir': '%',
      'EXTRA de la secretaría': 'nota libre',
    },
  ]);
  const parsed = parseMatriz(g, freq, opts);
  expect(parsed.problems.filter((p) => p.level === 'error')).toEqual([]);
  expect(parsed.rows[0]).toMatchObject({
    id: 'A1',
    numerador: 3,
    denominador: 4,
    meta: 1,
    frecuenciaMeses: 1,
    ultimoSeguimiento: serialFromParts(2024, 1, 31),
    fechaInicio: null,
    row: 2,
  });
  expect(parsed.layout.get('numerador')).toBe(1);
  expect(parsed.layout.get('id')).toBe(3);
});

test('a missing required header is reported on the header row, naming the column', () => {
  const g = grid(
    headers.filter((h) => h !== 'Numerador'),
    [{ ID: 'A1' }],
  );
  const parsed = parseMatriz(g, freq, opts);
  expect(parsed.problems).toContainEqual(
    expect.objectContaining({ sheet: 'Matriz', cell: '1:1', level: 'error', message: expect.stringContaining('«Numerador»') }),
  );
});

test('each bad cell is reported with its sheet, A1 cell and what is expected', () => {
  const g = grid(headers, [
    { ID: 'A1', 'TIEMPOS DE FRECUENCIA': 'QUINCENAL', 'Fecha de inicio': '31/02/2024', Numerador: 'cinco', Denominador: 0, 'Meta (%)': 0 },
    { ID: 'A1', 'TIEMPOS DE FRECUENCIA': 'ANUAL', 'Último seguimiento': '15/03/2024', Numerador: -2, Denominador: 10, 'Meta (%)': 1 },
    { ID: '', ACCIÓN: 'fila sin ID', 'TIEMPOS DE FRECUENCIA': 'ANUAL' },
  ]);
  const { problems } = parseMatriz(g, freq, opts);
  const at = (cell: string) =>
    problems
      .filter((p) => p.cell === cell)
      .map((p) => p.message)
      .join(' | ');
  const col = (header: string) => String.fromCharCode(65 + headers.indexOf(header));
  expect(at(`${col('TIEMPOS DE FRECUENCIA')}2`)).toMatch(/QUINCENAL.*no está en la tabla de frecuencias/);
  expect(at(`${col('Fecha de inicio')}2`)).toMatch(/31\/02\/2024.*no es una fecha válida/);
  expect(at(`${col('Numerador')}2`)).toMatch(/cinco.*no es un número/);
  expect(at(`${col('Denominador')}2`)).toMatch(/denominador es 0/);
  expect(at(`${col('Meta (%)')}2`)).toMatch(/meta es 0/);
  expect(at(`${col('ID')}3`)).toMatch(/A1.*ya está en la celda A2/);
  expect(at(`${col('Último seguimiento')}3`)).toMatch(/escrito como texto.*dd\/mm\/aaaa/);
  expect(at(`${col('Numerador')}3`)).toMatch(/negativo/);
  expect(at(`${col('ID')}4`)).toMatch(/no tiene ID/);
  expect(problems.every((p) => p.sheet === 'Matriz')).toBe(true);
});

test('empty rows are skipped and an empty sheet is one clear problem', () => {
  const g = grid(headers, [{ ID: 'A1', 'TIEMPOS DE FRECUENCIA': 'ANUAL' }, {}, { ID: 'A2', 'TIEMPOS DE FRECUENCIA': 'ANUAL' }]);
  expect(parseMatriz(g, freq, opts).rows.map((r) => r.row)).toEqual([2, 4]);
  const empty = parseMatriz([], freq, opts);
  expect(empty.rows).toEqual([]);
  expect(empty.problems[0]).toMatchObject({ sheet: 'Matriz', cell: 'A1', message: expect.stringContaining('vacía') });
});

/** A small deterministic PRNG so a failing grid can be reproduced from its seed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const GARBAGE: readonly CellValue[] = [
  '',
  ' ',
  null,
  undefined,
  0,
  -1,
  1e308,
  -1e308,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  3.5,
  45351,
  99_999_999,
  true,
  false,
  new Date(Number.NaN),
  new Date(Date.UTC(2024, 1, 29)),
  new Date(-8.64e15),
  '=SUM(A1:A2)',
  '31/02/2024',
  '29/02/2024',
  'MENSUAL',
  'mensualmente ',
  'DE ACUERDO AL MANUAL DE IMPLEMENTACION',
  '💥',
  'A1',
  'A1',
  '1.234,5',
  '85%',
  'x'.repeat(5000),
  '\u0000',
  'Á É Í',
];

test('parsing never throws on random grids and always returns typed rows and located problems', () => {
  const columnNames = [...MATRIZ_COLUMNS.map((c) => c.header), 'Otra', 'numerador', 'ID', ''];
  for (let seed = 1; seed <= 400; seed++) {
    const rand = prng(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const width = Math.floor(rand() * 30);
    const height = Math.floor(rand() * 15);
    const g: CellValue[][] = [Array.from({ length: width }, () => (rand() < 0.85 ? pick(columnNames) : pick(GARBAGE)))];
    for (let r = 0; r < height; r++) g.push(Array.from({ length: Math.floor(rand() * (width + 3)) }, () => pick(GARBAGE)));
    const parsed = parseMatriz(g, freq, opts);
    for (const row of parsed.rows) {
      expect(typeof row.id).toBe('string');
      for (const k of ['fechaInicio', 'ultimoSeguimiento', 'numerador', 'denominador', 'meta', 'frecuenciaMeses'] as const) {
        const v = row[k];
        expect(v === null || (typeof v === 'number' && Number.isFinite(v))).toBe(true);
      }
    }
    for (const p of parsed.problems) {
      expect(p.sheet).toBe('Matriz');
      expect(p.cell).toMatch(/^([A-Z]+[1-9]\d*|\d+:\d+)$/);
      expect(p.message.length).toBeGreaterThan(10);
    }
  }
});
