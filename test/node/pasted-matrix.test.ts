/**
 * A matrix a municipality brings, through the offline export (`npm run export -- --entrada`): its
 * columns are found by header and alias, the rows without ID get one in the output (said on stderr,
 * the input file untouched), every frequency is recognised but the one nobody knows, which is reported
 * with sheet and cell — as are the repeated ID and, without --forzar, they stop the export.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseTracker } from '../../src/core/grid/tracker';
import { templateByName, DEFAULT_TEMPLATE } from '../../src/core/template/catalog';
import { a1 } from '../../src/core/tracker/a1';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { UTC_READ } from '../../src/node/evaluate-data';
import { runExport } from '../../src/node/export-command';
import { findSheet, readXlsx } from '../../src/node/read-xlsx';
import { tempDir } from './support/export-file';
import { rowsOf, writeOpenpyxlLike } from './support/openpyxl-like';
import { NOW } from './support/plans';
import { PASTED_FILLED_ROWS, PASTED_HEADERS, PASTED_IDS, PASTED_ROWS, pastedCol, pastedGrid } from '../support/pasted-matrix';

const t = templateByName(DEFAULT_TEMPLATE).template;

async function pastedWorkbook(dir: string, sheetName = 'Matriz'): Promise<string> {
  const file = path.join(dir, 'matriz-del-municipio.xlsx');
  await writeOpenpyxlLike(file, [{ name: sheetName, rows: rowsOf(pastedGrid()) }]);
  return file;
}

async function run(args: string[], cwd: string): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await runExport(args, { out: () => undefined, err: (l) => err.push(l), cwd, now: () => NOW });
  return { code, err: err.join('\n') };
}

const sha = async (file: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

test('without --forzar the repeated ID and the unknown frequency stop it, named by cell; nothing is written', async () => {
  const dir = await tempDir();
  const input = await pastedWorkbook(dir);
  const r = await run(['--entrada', input, '--salida', path.join(dir, 'salida.xlsx')], dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain(`Hoja «Matriz», celda ${a1(6, pastedCol('id'))}: El ID «2» ya está en la celda ${a1(3, pastedCol('id'))}`);
  expect(r.err).toContain(`Hoja «Matriz», celda ${a1(7, pastedCol('frecuencia'))}: La frecuencia «Quincenal» no está en la tabla`);
  // A missing ID is no longer a problem of the input: the output assigns it.
  expect(r.err).not.toMatch(/no tiene ID/);
  expect(await readdir(dir)).toEqual(['matriz-del-municipio.xlsx']);
});

test('with --forzar it is tracked: columns by alias, IDs assigned in the output only, frequencies recognised', async () => {
  const dir = await tempDir();
  const input = await pastedWorkbook(dir);
  const before = await sha(input);
  const out = path.join(dir, 'salida.xlsx');
  const r = await run(['--entrada', input, '--salida', out, '--forzar'], dir);
  expect(r.code).toBe(0);
  expect(await sha(input)).toBe(before);

  // The output is the tracker's Matriz (its headers, its order), the municipality's column kept to the right.
  const grids = await readXlsx(out);
  const matriz = findSheet(grids, 'Matriz')!;
  const header = matriz[0].map((v) => String(v ?? ''));
  expect(header.slice(0, MATRIZ_COLUMNS.length)).toEqual(MATRIZ_COLUMNS.map((c) => c.header));
  expect(header).toContain('Notas del municipio');

  const parsed = parseTracker({ matriz, configuracion: findSheet(grids, 'Configuración')! }, t, UTC_READ);
  const rows = parsed.matriz.rows;
  expect(rows.map((row) => row.id)).toEqual(PASTED_IDS);
  expect(rows.map((row) => row.accion)).toEqual(PASTED_ROWS.map((p) => p.cells[pastedCol('accion') - 1]));
  expect(rows.map((row) => row.responsables)).toEqual(PASTED_ROWS.map((p) => p.cells[pastedCol('responsables') - 1]));
  expect(rows.map((row) => row.indicador)).toEqual(PASTED_ROWS.map((p) => p.cells[pastedCol('indicador') - 1]));
  expect(rows.map((row) => row.meta)).toEqual(PASTED_ROWS.map((p) => p.cells[pastedCol('meta') - 1]));
  expect(rows.map((row) => row.fechaInicio)).toEqual(PASTED_ROWS.map((p) => (p.cells[pastedCol('fechaInicio') - 1] as { date: number }).date));
  expect(rows.map((row) => row.frecuenciaMeses)).toEqual(PASTED_ROWS.map((p) => p.months));
  // The text as the person wrote it, not our label.
  expect(rows.map((row) => row.frecuencia)).toEqual(PASTED_ROWS.map((p) => p.cells[pastedCol('frecuencia') - 1]));

  // Said on stderr: which IDs, in which cells of the output (the output's ID column is A, rows in order).
  expect(r.err).toContain(
    'Se asignaron 4 ID de la hoja «Matriz» del libro de salida (el archivo de entrada no cambia), a filas que tenían datos y no tenían ID: 3 a 4 en A4:A5 y 5 a 6 en A7:A8.',
  );
  expect(PASTED_FILLED_ROWS).toEqual([4, 5, 7, 8]);
  expect(r.err).toContain('no tiene las columnas «Último seguimiento», «Numerador», «Denominador»: el libro de salida las agrega vacías');
  // What is still wrong stays reported in the output's reading too: the repeated ID, the unknown frequency.
  const left = parsed.matriz.problems.filter((p) => p.level === 'error').map((p) => `${p.cell}: ${p.message}`);
  expect(left).toEqual([expect.stringMatching(/^A6: El ID «2» ya está en la celda A3/), expect.stringMatching(/^I7: La frecuencia «Quincenal»/)]);
});

test('a matrix without any ID column gets A1, A2… in the output', async () => {
  const dir = await tempDir();
  const noId = pastedGrid().map((line) => line.filter((_, c) => PASTED_HEADERS[c][1] !== 'id'));
  const input = path.join(dir, 'sin-id.xlsx');
  await writeOpenpyxlLike(input, [{ name: 'Matriz', rows: rowsOf(noId) }]);
  const out = path.join(dir, 'salida.xlsx');
  const r = await run(['--entrada', input, '--salida', out, '--forzar'], dir);
  expect(r.code).toBe(0);
  expect(r.err).toContain('Se asignaron los ID A1 a A7 en las celdas A2:A8 de la hoja «Matriz» del libro de salida');
  const matriz = findSheet(await readXlsx(out), 'Matriz')!;
  expect(matriz.slice(1, 8).map((line) => line[0])).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
});

test('a missing plan column still stops it: only the person can write it', async () => {
  const dir = await tempDir();
  const noResponsable = pastedGrid().map((line) => line.filter((_, c) => PASTED_HEADERS[c][1] !== 'responsables'));
  const input = path.join(dir, 'sin-responsable.xlsx');
  await writeOpenpyxlLike(input, [{ name: 'Matriz', rows: rowsOf(noResponsable) }]);
  const r = await run(['--entrada', input, '--salida', path.join(dir, 'salida.xlsx'), '--forzar'], dir);
  expect(r.code).toBe(1);
  expect(r.err).toContain('Falta la columna «RESPONSABLES»');
  expect(r.err).not.toContain('Falta la columna «Numerador»');
});

test('a workbook whose only sheet is the matrix (not named «Matriz») is read as the Matriz, and says so', async () => {
  const dir = await tempDir();
  const input = await pastedWorkbook(dir, 'Hoja1');
  const out = path.join(dir, 'salida.xlsx');
  const r = await run(['--entrada', input, '--salida', out, '--forzar'], dir);
  expect(r.code).toBe(0);
  expect(r.err).toContain('El libro no tiene la hoja «Matriz»; la hoja «Hoja1» tiene encabezados de una matriz de plan');
  const matriz = findSheet(await readXlsx(out), 'Matriz')!;
  expect(matriz.slice(1, 8).map((line) => String(line[0]))).toEqual(PASTED_IDS);
});

test('a workbook without Matriz and without a matrix-like sheet still says it has no Matriz', async () => {
  const dir = await tempDir();
  const input = path.join(dir, 'otra-cosa.xlsx');
  await writeOpenpyxlLike(input, [
    {
      name: 'Presupuesto',
      rows: rowsOf([
        ['Rubro', 'Valor'],
        ['Papelería', 1200],
      ]),
    },
  ]);
  const r = await run(['--entrada', input, '--salida', path.join(dir, 'salida.xlsx')], dir);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/no tiene la hoja «Matriz» \(tiene: «Presupuesto»\)/);
});
