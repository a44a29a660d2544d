import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from './support/export-file';

const ROOT = path.resolve(__dirname, '../..');

/** Runs the export command as `npm run export` does, in `cwd`. */
function exportCommand(args: readonly string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), 'src/node/cli.ts', ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `dir` (to check that nothing, not even a temporary file, was left). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('npm run export', () => {
  test('the launcher runs a bundle that imports a Node module on demand (as npm run vista-previa does)', async () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), 'test/fixtures/dynamic-import-entry.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('importado.txt\n');
    // Again from the compiled-code cache the first run left.
    const again = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), 'test/fixtures/dynamic-import-entry.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(again.stdout).toBe('importado.txt\n');
  });

  test('--help explains the options in Spanish and exits 0', async () => {
    const r = exportCommand(['--help'], await tempDir());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Uso: npm run export/);
    for (const opt of ['--entrada', '--salida', '--corte', '--semestre', '--forzar', '--sin-grafico', '--web']) expect(r.stdout).toContain(opt);
    expect(r.stdout).toContain('Archivo › Descargar');
  });

  test.each([
    [['--nope'], /La opción «--nope» no existe/],
    [['--corte', '31/02/2026'], /La fecha de corte «31\/02\/2026» no es válida/],
    [['--corte'], /Falta el valor de --corte/],
    [['--semestre', '2025-III'], /El semestre «2025-III» no es válido/],
    [['--salida', 'informe.pdf'], /debe ser un archivo terminado en \.xlsx/],
    [['matriz.xlsx'], /Argumento inesperado «matriz\.xlsx»/],
  ])('wrong usage %p exits 2 with a message and writes nothing', async (args, message) => {
    const cwd = await tempDir();
    const r = exportCommand(args, cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('--help');
    expect(filesUnder(cwd)).toEqual([]);
  });

  test('with no arguments writes the seed plan to salida/ and prints the path of the file', async () => {
    const cwd = await tempDir();
    const r = exportCommand([], cwd);
    expect(r.code).toBe(0);
    const printed = r.stdout.trim();
    expect(printed).toMatch(/^salida[\\/]Seguimiento-GEL-T_Valle-de-San-Juan_\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(existsSync(path.join(cwd, printed))).toBe(true);
    expect(filesUnder(cwd)).toEqual([printed]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(cwd, printed));
    expect(wb.getWorksheet('Matriz')?.getCell('A8').value).toBe('A6');
  });

  test('the Tablero chart is there by default; --sin-grafico leaves it out', async () => {
    const cwd = await tempDir();
    const plain = exportCommand(['--sin-grafico', '--salida', 'sin.xlsx'], cwd);
    const chart = exportCommand(['--salida', 'con.xlsx'], cwd);
    expect([plain.code, chart.code]).toEqual([0, 0]);
    // Zip entry names are stored in clear: the chart part is there or it is not.
    const hasChart = (file: string): boolean => readFileSync(path.join(cwd, file)).includes('xl/charts/chart1.xml');
    expect(hasChart('sin.xlsx')).toBe(false);
    expect(hasChart('con.xlsx')).toBe(true);
  });

  test('--web also writes the report as a web page beside the workbook, with the same name', async () => {
    const cwd = await tempDir();
    const r = exportCommand(['--web', '--salida', 'informe.xlsx'], cwd);
    expect(r.code).toBe(0);
    expect(filesUnder(cwd)).toEqual(['informe.html', 'informe.xlsx']);
    expect(r.stderr).toContain('informe.html');
    const html = readFileSync(path.join(cwd, 'informe.html'), 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="es-CO">/);
    expect(html).toContain('Alcaldía Municipal de Valle de San Juan');
    expect(html.match(/<li class="ficha"/g)).toHaveLength(7);
  });

  test('--web when the page cannot be written: exit 1, a message, and no new file (no workbook, no temporary file)', async () => {
    const cwd = await tempDir();
    mkdirSync(path.join(cwd, 'informe.html', 'ocupado'), { recursive: true });
    const r = exportCommand(['--web', '--salida', 'informe.xlsx'], cwd);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('informe.xlsx');
    expect(filesUnder(cwd)).toEqual([]);
  });

  test('a .csv with garbage cells: each one reported by sheet and cell, and nothing written unless --forzar', async () => {
    const cwd = await tempDir();
    writeFileSync(
      path.join(cwd, 'matriz.csv'),
      'ID;ACCIÓN;RESPONSABLES;TIEMPOS DE FRECUENCIA;Indicador a medir;Fecha de inicio;Último seguimiento;Numerador;Denominador;Meta (%)\n' +
        'B1;Acción;Sistemas;MENSUAL;Ind;01/05/2026;;mucho;10;100%\n',
    );
    const args = ['--entrada', 'matriz.csv', '--corte', '30/06/2026', '--semestre', '2026-I', '--salida', 'copia/seguimiento.xlsx'];
    const refused = exportCommand(args, cwd);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/Hoja «Matriz», celda H2: «mucho» no es un número/);
    expect(refused.stderr).toMatch(/No se exportó nada: una celda de la entrada no se puede usar.*--forzar/);
    expect(filesUnder(cwd)).toEqual(['matriz.csv']);
    const r = exportCommand([...args, '--forzar'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Hoja «Matriz», celda H2: «mucho» no es un número/);
    expect(r.stdout.trim()).toBe(path.join('copia', 'seguimiento.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(cwd, 'copia', 'seguimiento.xlsx'));
    const estado = wb.getWorksheet('Matriz')?.getCell('X2');
    expect(estado?.result).toBe('Vencida'); // due 01/06/2026, corte 30/06/2026
    const informe: string[] = [];
    wb.getWorksheet('Informe')?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Merge) informe.push(cell.text);
      }),
    );
    expect(informe.join(' ')).toContain('2026-I (del 01/01/2026 al 30/06/2026)');
  });

  describe('bad input exits 1, says what is wrong in Spanish, and leaves no file behind', () => {
    const cases: [string, (dir: string) => string, RegExp][] = [
      ['a missing file', () => 'no-existe.xlsx', /No se encontró el archivo de entrada «.*no-existe\.xlsx»/],
      [
        'a text file renamed .xlsx',
        (dir) => {
          writeFileSync(path.join(dir, 'falso.xlsx'), 'Esto es una nota, no un libro.');
          return 'falso.xlsx';
        },
        /no es un libro de Excel \(\.xlsx\): su contenido es otro tipo de archivo/,
      ],
      [
        'a PDF',
        (dir) => {
          writeFileSync(path.join(dir, 'plan.pdf'), '%PDF-1.4');
          return 'plan.pdf';
        },
        /no es un \.xlsx ni un \.csv/,
      ],
      [
        'a binary file named .csv',
        (dir) => {
          writeFileSync(path.join(dir, 'datos.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1]));
          return 'datos.csv';
        },
        /no parece un \.csv/,
      ],
      [
        'a .csv without the required headers',
        (dir) => {
          writeFileSync(path.join(dir, 'matriz.csv'), 'Número;Descripción\nB1;Algo\n');
          return 'matriz.csv';
        },
        /Falta la columna «ACCIÓN»[\s\S]*No se exportó nada/,
      ],
    ];
    test.each(cases)('%s', async (_label, make, message) => {
      const cwd = await tempDir();
      const input = make(cwd);
      const before = filesUnder(cwd);
      const r = exportCommand(['--entrada', input], cwd);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      expect(filesUnder(cwd)).toEqual(before);
    });

    test('a workbook without a Matriz sheet', async () => {
      const cwd = await tempDir();
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Resumen').addRow(['x']);
      await wb.xlsx.writeFile(path.join(cwd, 'otro.xlsx'));
      const r = exportCommand(['--entrada', 'otro.xlsx'], cwd);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/no tiene la hoja «Matriz» \(tiene: «Resumen»\)/);
      expect(filesUnder(cwd)).toEqual(['otro.xlsx']);
    });

    test('an output that cannot be written', async () => {
      const cwd = await tempDir();
      writeFileSync(path.join(cwd, 'archivo'), 'no es una carpeta');
      const r = exportCommand(['--salida', 'archivo/copia.xlsx'], cwd);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/No se pudo escribir «archivo[\\/]copia\.xlsx»/);
      expect(filesUnder(cwd)).toEqual(['archivo']);
    });
  });
});
