/**
 * The table of bad command-line inputs: each row is what a person might give the export, the exit
 * code it must end with, the Spanish words it must say (naming sheet and cell where there is one)
 * and, for every failure, that nothing at all is written. Rows that lose nothing warn and write.
 * Runs the command in-process (runExport) in a fresh folder per row.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { serialFromParts } from '../../src/core/calendar';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { runExport } from '../../src/node/export-command';
import { readXlsxFile } from '../../src/node/read-xlsx';
import { tempDir } from './support/export-file';
import { rowsOf, writeOpenpyxlLike, type SheetCell } from './support/openpyxl-like';
import { NOW } from './support/plans';
import { tempPathFor } from '../../src/node/temp-file';
import { writeZip } from './support/zip-parts';

const HEADERS = MATRIZ_COLUMNS.map((c) => c.header);
const col = (key: string): number => MATRIZ_COLUMNS.findIndex((c) => c.key === key);
const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);

function matrizRow(id: string, over: Record<string, SheetCell> = {}): SheetCell[] {
  const row: SheetCell[] = HEADERS.map(() => null);
  const base: Record<string, SheetCell> = {
    id,
    accion: `Acción ${id}`,
    responsables: 'Secretaría de Gobierno',
    frecuencia: 'TRIMESTRALMENTE',
    indicador: `Indicador ${id}`,
    fechaInicio: { date: serialFromParts(2025, 1, 15) },
    numerador: 3,
    denominador: 4,
    meta: 1,
    ...over,
  };
  for (const [k, v] of Object.entries(base)) row[col(k)] = v;
  return row;
}

function csvLine(cells: readonly SheetCell[]): string {
  return cells
    .map((v) => (v === null ? '' : typeof v === 'object' ? '15/01/2025' : typeof v === 'number' ? String(v).replace('.', ',') : `"${v.replace(/"/g, '""')}"`))
    .join(';');
}

type Setup = (dir: string) => Promise<string[]>;

async function xlsx(dir: string, rows: SheetCell[][], extra: { merges?: string[]; far?: [number, number, SheetCell] } = {}): Promise<string> {
  const grid = rowsOf(rows);
  if (extra.far) grid.set(extra.far[0], new Map([[extra.far[1], extra.far[2]]]));
  const file = path.join(dir, 'entrada.xlsx');
  await writeOpenpyxlLike(file, [{ name: 'Matriz', rows: grid, merges: extra.merges }]);
  return file;
}

async function csv(dir: string, text: string | Buffer): Promise<string> {
  const file = path.join(dir, 'matriz.csv');
  await writeFile(file, text);
  return file;
}

const args =
  (...a: string[]): Setup =>
  async () =>
    a;
const input =
  (make: (dir: string) => Promise<string>, ...more: string[]): Setup =>
  async (dir) => ['--entrada', await make(dir), ...more];

const emptied = [...HEADERS] as SheetCell[];
emptied[col('beneficios')] = null;

const FAILURES: readonly [string, Setup, number, RegExp][] = [
  ['an unknown option', args('--nope'), 2, /La opción «--nope» no existe/],
  ['an option missing its value at the end', args('--entrada'), 2, /Falta el valor de --entrada/],
  ['an option missing its value before another option', args('--salida', '--forzar'), 2, /Falta el valor de --salida/],
  ['a value given to a switch', args('--forzar=si'), 2, /«--forzar» no lleva valor/],
  ['an option given twice', args('--corte', '01/01/2026', '--corte', '02/01/2026'), 2, /«--corte» está escrita dos veces/],
  ["a --corte outside the tracker's range", args('--corte', '31/12/9999'), 2, /«31\/12\/9999» está fuera del rango .*01\/01\/1990 a 31\/12\/2100/],
  ['a --corte that is no date', args('--corte', '31/02/2026'), 2, /«31\/02\/2026» no es válida/],
  ['a missing input file', args('--entrada', 'no-existe.xlsx'), 1, /No se encontró el archivo de entrada .*no-existe\.xlsx/],
  [
    'a text file renamed .xlsx',
    input(async (d) => {
      await writeFile(path.join(d, 'x.xlsx'), 'hola');
      return path.join(d, 'x.xlsx');
    }),
    1,
    /no es un libro de Excel \(\.xlsx\)/,
  ],
  [
    'a .docx renamed .xlsx',
    input(async (d) => {
      const f = path.join(d, 'carta.xlsx');
      await writeZip(f, {
        '_rels/.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        'word/document.xml': '<document/>',
      });
      return f;
    }),
    1,
    /no es un libro de Excel \(\.xlsx\)/,
  ],
  [
    'a password-protected workbook',
    input(async (d) => {
      const f = path.join(d, 'clave.xlsx');
      await writeFile(
        f,
        Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')]),
      );
      return f;
    }),
    1,
    /protegido con contraseña/,
  ],
  [
    'a column with data but no header (BENEFICIOS emptied)',
    input((d) => xlsx(d, [emptied, matrizRow('A1', { beneficios: 'uno' }), matrizRow('A2', { beneficios: 'dos' })])),
    1,
    new RegExp(`Hoja «Matriz», celda ${letter(col('beneficios'))}2: Hay 2 datos en una columna sin encabezado`),
  ],
  [
    'a header merged over two columns with data under the second',
    input((d) =>
      xlsx(
        d,
        [
          [...HEADERS, null],
          [...matrizRow('A1'), 'resto'],
        ],
        { merges: [`${letter(HEADERS.length - 1)}1:${letter(HEADERS.length)}1`] },
      ),
    ),
    1,
    new RegExp(`Hoja «Matriz», celda ${letter(HEADERS.length)}2: Hay un dato en una columna sin encabezado`),
  ],
  [
    'a stray value in the last cell of the sheet',
    input((d) => xlsx(d, [HEADERS, matrizRow('A1')], { far: [1_048_576, 16_384, 'x'] })),
    1,
    /Hoja «Matriz», celda XFD1048576: Hay un dato en una columna sin encabezado \(la celda XFD1 está vacía/,
  ],
  ['a workbook with headers only', input((d) => xlsx(d, [HEADERS])), 1, /Hoja «Matriz», celda A2: La hoja «Matriz» solo tiene encabezados/],
  ['a CSV with headers only', input((d) => csv(d, `${csvLine(HEADERS)}\n`)), 1, /Hoja «Matriz», celda A2: La hoja «Matriz» solo tiene encabezados/],
  [
    'a CSV with an unclosed quote',
    input((d) =>
      csv(
        d,
        [csvLine(HEADERS), csvLine(matrizRow('A1')), `${csvLine(matrizRow('A2')).replace('"Acción A2"', '"Acción A2')}`, csvLine(matrizRow('A3'))].join('\n'),
      ),
    ),
    1,
    /hay una comilla \("\) que no se cierra.*Revise la línea 3 \(la primera con un número impar de comillas\)/,
  ],
  [
    'an output folder whose path goes through a file',
    async (d) => {
      await writeFile(path.join(d, 'archivo'), 'x');
      return ['--salida', path.join('archivo', 'sub', 'libro.xlsx')];
    },
    1,
    /No se pudo escribir .*una parte de la ruta es un archivo, no una carpeta/,
  ],
];

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

async function run(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd, now: () => NOW });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('bad command-line inputs: exit code, Spanish message, nothing written', () => {
  test.each(FAILURES)('%s', async (_name, setup, code, message) => {
    const cwd = await tempDir();
    const argv = await setup(cwd);
    const before = await filesUnder(cwd);
    const r = await run(argv, cwd);
    expect(r.err).toMatch(message);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err).not.toMatch(/\b(Error|undefined|ENOENT|EACCES|ENOSPC|ENOTDIR)\b|at .*\.ts:\d+/);
    expect(await filesUnder(cwd)).toEqual(before);
  });
});

describe('inputs that lose nothing warn, name the cell, and are written', () => {
  const obs = letter(col('observaciones'));
  test("a 40,000-character observación is cut to Excel's 32,767 with a warning naming the cell", async () => {
    const cwd = await tempDir();
    const file = await xlsx(cwd, [HEADERS, matrizRow('A1', { observaciones: 'x'.repeat(40_000) })]);
    const r = await run(['--entrada', file, '--salida', 'out.xlsx'], cwd);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`Aviso — Hoja «Matriz», celda ${obs}2: El texto tiene 40\\.000 caracteres y una celda de Excel admite 32\\.767`));
    const back = await readXlsxFile(path.join(cwd, 'out.xlsx'), (n) => n === 'Matriz');
    expect(String(back.grids.get('Matriz')?.[1]?.[col('observaciones')]).length).toBe(32_767);
    // Excel's tallest row is 409 pt: the Informe never asks for more, however long the text.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(cwd, 'out.xlsx'));
    const heights: number[] = [];
    wb.getWorksheet('Informe')?.eachRow((row) => heights.push(row.height ?? 0));
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
    expect(Math.max(...heights)).toBeGreaterThan(300);
  });

  test('control characters are removed with a warning naming the cell', async () => {
    const cwd = await tempDir();
    const file = await xlsx(cwd, [HEADERS, matrizRow('A1', { observaciones: 'antes\u0007después' })]);
    const r = await run(['--entrada', file, '--salida', 'out.xlsx'], cwd);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(new RegExp(`Aviso — Hoja «Matriz», celda ${obs}2: El texto tiene un carácter de control invisible`));
    const back = await readXlsxFile(path.join(cwd, 'out.xlsx'), (n) => n === 'Matriz');
    expect(back.grids.get('Matriz')?.[1]?.[col('observaciones')]).toBe('antesdespués');
  });

  test('a CSV mixing UTF-8 and Windows-1252 lines is read line by line, with a warning naming the lines', async () => {
    const cwd = await tempDir();
    const utf8 = Buffer.from(`${csvLine(HEADERS)}\n${csvLine(matrizRow('A1', { accion: 'Gestión' }))}\n`, 'utf8');
    const cp1252 = Buffer.from(csvLine(matrizRow('A2', { accion: 'Tramitación' })), 'latin1');
    const file = await csv(cwd, Buffer.concat([utf8, cp1252]));
    const r = await run(['--entrada', file, '--salida', 'out.xlsx'], cwd);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/Aviso — Hoja «Matriz», fila 3: El archivo mezcla dos codificaciones: la línea 3/);
    const back = await readXlsxFile(path.join(cwd, 'out.xlsx'), (n) => n === 'Matriz');
    expect(
      back.grids
        .get('Matriz')
        ?.slice(1)
        .map((r) => r[col('accion')]),
    ).toEqual(['Gestión', 'Tramitación']);
  });

  test('an old temporary file of ours whose process is gone is removed; one of a running export is kept', async () => {
    const cwd = await tempDir();
    await mkdir(path.join(cwd, 'salida'));
    const target = path.join(cwd, 'salida', 'libro.xlsx');
    const dead = tempPathFor(target, 999_999_9);
    const alive = tempPathFor(target, process.ppid);
    await writeFile(dead, 'a medias');
    await writeFile(alive, 'otro en curso');
    const r = await run(['--salida', target], cwd);
    expect(r.code).toBe(0);
    expect((await filesUnder(cwd)).sort()).toEqual([path.relative(cwd, alive), 'salida/libro.xlsx'].sort());
    expect(await readFile(alive, 'utf8')).toBe('otro en curso');
  });
});
