import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { serialFromUtcDate } from '../../src/core/calendar';
import { parseMatriz } from '../../src/core/grid/matriz';
import { builtinTemplate } from '../../src/core/template/builtin';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { UTC_READ, writtenGrid } from '../../src/node/evaluate-data';
import { InputError } from '../../src/node/input-error';
import { parseLocaleNumber } from '../../src/node/read-csv';
import { readInput } from '../../src/node/read-input';
import { findSheet, readXlsx } from '../../src/node/read-xlsx';
import { exportToTemp, tempDir } from './support/export-file';
import { day, filledPlan } from './support/plans';

const t = builtinTemplate();

/** What a person typed in each row (computed columns and empty cells left out). */
function typed(rows: readonly ReadonlyMap<string, unknown>[]): Record<string, unknown>[] {
  const computed = new Set(FASES_COLUMNS.filter((c) => c.role === 'computed').map((c) => c.key as string));
  return rows.map((r) => Object.fromEntries([...r].filter(([k, v]) => v !== null && !computed.has(k))));
}

describe('round trip: a written workbook read back as the input', () => {
  test('gives the same Matriz rows, settings, phases and history', async () => {
    const original = filledPlan();
    const file = await exportToTemp(original);
    const read = await readInput(file, t);
    const before = parseMatriz(writtenGrid(MATRIZ_COLUMNS, original.matriz), original.settings.frecuencias, UTC_READ);
    const grids = await readXlsx(file);
    const after = parseMatriz(findSheet(grids, SHEET.matriz) ?? [], read.data.settings.frecuencias, UTC_READ);
    expect(after.rows).toEqual(before.rows);
    expect(after.problems).toEqual(before.problems);
    expect(read.data.settings).toEqual(original.settings);
    expect(typed(read.data.fases.rows)).toEqual(typed(original.fases.rows));
    expect(typed(read.data.seguimiento.rows)).toEqual(typed(original.seguimiento.rows));
    // And once more: exporting what was read gives the same Matriz again.
    const again = await readInput(await exportToTemp(read.data), t);
    expect(again.data.matriz.rows).toEqual(read.data.matriz.rows);
  });
});

describe('a copy downloaded from Google Sheets', () => {
  async function googleLikeCopy(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const m = wb.addWorksheet('Matriz');
    // Another order, one column of the person's own, lower-case headers without accents.
    m.addRow([
      'Notas propias',
      'id',
      'accion',
      'responsables',
      'tiempos de frecuencia',
      'indicador a medir',
      'fecha de inicio',
      'ultimo seguimiento',
      'numerador',
      'denominador',
      'meta (%)',
      'evidencia',
      'estado',
    ]);
    m.addRow([
      'mía',
      'X1',
      { richText: [{ text: 'Acción ' }, { font: { bold: true }, text: 'en negrilla' }] },
      'Sistemas',
      'TRIMESTRAL',
      'Indicador',
      new Date(Date.UTC(2026, 0, 31)),
      { formula: 'DATE(2026,3,31)', result: new Date(Date.UTC(2026, 2, 31)) },
      { formula: '2*5', result: 10 },
      20,
      0.8,
      { text: 'Soporte', hyperlink: 'https://example.gov.co/s' },
      { formula: 'IF(1,"Al día")', result: 'Al día' },
    ]);
    m.addRow(['', 'X2', 'Otra', 'Sistemas', 'MENSUAL', 'Indicador 2', 'mañana', null, { formula: '1/0', result: { error: '#DIV/0!' } }, 5, 1, null, null]);
    const c = wb.addWorksheet('configuracion');
    c.addRow(['Parámetro', 'Valor']);
    c.addRow(['Días de aviso', 30]);
    c.addRow([]);
    c.addRow(['Frecuencia', 'Meses']);
    c.addRow(['TRIMESTRAL', 3]);
    c.addRow(['MENSUAL', 1]);
    const file = path.join(await tempDir(), 'descargada.xlsx');
    await wb.xlsx.writeFile(file);
    return file;
  }

  test('columns by header; cached formula results, rich text, links and dates read as values', async () => {
    const read = await readInput(await googleLikeCopy(), t);
    const [x1, x2] = read.data.matriz.rows;
    expect(x1.get('id')).toBe('X1');
    expect(x1.get('accion')).toBe('Acción en negrilla');
    expect(x1.get('fechaInicio')).toEqual({ date: day('31/01/2026') });
    expect(x1.get('ultimoSeguimiento')).toEqual({ date: day('31/03/2026') });
    expect(x1.get('numerador')).toBe(10);
    expect(x1.get('evidencia')).toEqual({ text: 'Soporte', link: 'https://example.gov.co/s' });
    expect(read.data.matriz.extraHeaders).toEqual(['Notas propias']);
    expect(read.data.matriz.extraValues[0]).toEqual(['mía']);
    expect(read.data.settings.diasAviso).toBe(30);
    expect(read.data.settings.frecuencias.map((f) => f.etiqueta)).toEqual(['TRIMESTRAL', 'MENSUAL']);
    expect(x2.get('numerador')).toBe('#DIV/0!');
    // What cannot be used is reported by sheet and cell: the text date in G3, the error in I3.
    const where = read.problems.filter((p) => p.sheet === SHEET.matriz && p.level === 'error').map((p) => p.cell);
    expect(where).toEqual(expect.arrayContaining(['G3', 'I3']));
    const g3 = read.problems.find((p) => p.cell === 'G3');
    expect(g3?.message).toContain('mañana');
    // Sheets the copy lacks come from the template, and the person is told.
    expect(read.notes.join(' ')).toContain('Fases');
  });

  test('a workbook without Matriz, or a file that is no workbook, is refused with a Spanish message', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hoja 1').addRow(['nada']);
    const dir = await tempDir();
    const noMatriz = path.join(dir, 'sin-matriz.xlsx');
    await wb.xlsx.writeFile(noMatriz);
    await expect(readInput(noMatriz, t)).rejects.toThrow(/no tiene la hoja «Matriz» \(tiene: «Hoja 1»\)/);
    const fake = path.join(dir, 'falso.xlsx');
    await writeFile(fake, 'esto no es un libro');
    await expect(readInput(fake, t)).rejects.toThrow(InputError);
    await expect(readInput(fake, t)).rejects.toThrow(/no es un libro de Excel/);
    await expect(readInput(path.join(dir, 'no-existe.xlsx'), t)).rejects.toThrow(/No se encontró/);
  });
});

describe('a .csv of the Matriz', () => {
  async function csv(text: string, encoding: BufferEncoding = 'utf8'): Promise<string> {
    const file = path.join(await tempDir(), 'matriz.csv');
    await writeFile(file, Buffer.from(text, encoding));
    return file;
  }
  const header = [
    'ID',
    'ACCIÓN',
    'RESPONSABLES',
    'TIEMPOS DE FRECUENCIA',
    'Indicador a medir',
    'Fecha de inicio',
    'Último seguimiento',
    'Numerador',
    'Denominador',
    'Meta (%)',
  ];

  test('semicolons, BOM, Spanish numbers, percentages and dd/mm/aaaa dates', async () => {
    const file = await csv(`\uFEFF${header.join(';')}\r\nB1;"Texto; con punto y coma";Sistemas;TRIMESTRAL;Ind;05/01/2026;;1.234,5;2.469;85%\r\n`);
    const read = await readInput(file, t);
    const [row] = read.data.matriz.rows;
    expect(row.get('accion')).toBe('Texto; con punto y coma');
    expect(row.get('fechaInicio')).toEqual({ date: day('05/01/2026') });
    expect(row.get('numerador')).toBe(1234.5);
    expect(row.get('denominador')).toBe(2469);
    expect(row.get('meta')).toBeCloseTo(0.85, 12);
    expect(read.problems.filter((p) => p.level === 'error')).toEqual([]);
  });

  test('commas with English decimals, and garbage reported per cell while the rest is read', async () => {
    const file = await csv(
      `${header.join(',')}\nB1,Acción,Sistemas,MENSUAL,Ind,2026-02-01,31/13/2026,0.5,mucho,100%\nB2,Otra,Sistemas,MENSUAL,Ind,,,"1,250.75",2000,0.9\n`,
    );
    const read = await readInput(file, t);
    expect(read.data.matriz.rows).toHaveLength(2);
    expect(read.data.matriz.rows[0].get('fechaInicio')).toEqual({ date: day('01/02/2026') });
    expect(read.data.matriz.rows[0].get('numerador')).toBe(0.5);
    expect(read.data.matriz.rows[1].get('numerador')).toBe(1250.75);
    const errors = read.problems.filter((p) => p.level === 'error');
    expect(errors.map((p) => `${p.sheet}!${p.cell}`)).toEqual(expect.arrayContaining(['Matriz!G2', 'Matriz!I2']));
    expect(errors.find((p) => p.cell === 'I2')?.message).toMatch(/«mucho» no es un número/);
    expect(errors.find((p) => p.cell === 'G2')?.message).toMatch(/31\/13\/2026/);
  });

  test('Windows-1252 text (Excel in Spanish saving «CSV») keeps its accents', async () => {
    const file = await csv(`${header.join(';')}\nB1;Gestión;Secretaría;ANUAL;Ind;;;;;\n`, 'latin1');
    const read = await readInput(file, t);
    expect(read.data.matriz.rows[0].get('accion')).toBe('Gestión');
    expect(read.data.matriz.rows[0].get('responsables')).toBe('Secretaría');
  });

  test('missing plan headers stop the export and name the columns; missing input columns do not (the output adds them)', async () => {
    const file = await csv('ID;ACCIÓN\nB1;Algo\n');
    const err = await readInput(file, t).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(String((err as Error).message)).toMatch(/Falta la columna «RESPONSABLES»/);
    expect(String((err as Error).message)).toMatch(/Falta la columna «TIEMPOS DE FRECUENCIA»/);
    expect(String((err as Error).message)).not.toMatch(/Falta la columna «Fecha de inicio»/);
  });
});

describe('numbers as people write them', () => {
  test.each([
    ['1.234,5', ',', 1234.5],
    ['1,234.5', ',', 1234.5],
    ['1,5', ',', 1.5],
    ['1.5', '.', 1.5],
    ['1.234', ',', 1234],
    ['85%', ',', 0.85],
    ['85,5 %', ',', 0.855],
    ['-3', ',', -3],
    ['2.000.000', ',', 2000000],
    ['12000000', ',', 12000000],
    ['4000000000', '.', 4000000000],
    ['7', ',', 7],
    ['100%', ',', 1],
  ] as const)('%s → %p', (text, decimal, expected) => {
    expect(parseLocaleNumber(text, decimal)).toBeCloseTo(expected, 12);
  });
  test.each(['abc', '1,2,3', '12a', '', '%', '1.23.4'])('«%s» is not a number', (text) => {
    expect(parseLocaleNumber(text, ',')).toBeNull();
  });
});

test('UTC reading of dates does not depend on the machine zone', () => {
  expect(serialFromUtcDate(new Date(Date.UTC(2026, 0, 31)))).toBe(day('31/01/2026'));
});
