/**
 * Workbooks as other programs write them, read by the export's own .xlsx reader: openpyxl's
 * absolute part names and notes, exceljs's images, tables and filters, LibreOffice's files, and
 * the things a person does to a sheet (a stray value far away, merged cells, an emptied header).
 */
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { serialFromParts } from '../../src/core/calendar';
import { builtinTemplate } from '../../src/core/template/builtin';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { InputError } from '../../src/node/input-error';
import { readInput } from '../../src/node/read-input';
import { readXlsxFile } from '../../src/node/read-xlsx';
import { exportToTemp, tempDir } from './support/export-file';
import { rowsOf, writeOpenpyxlLike, type SheetCell } from './support/openpyxl-like';
import { filledPlan } from './support/plans';
import { missingSoffice, recalcInLibreOffice, toolAvailable } from './support/tools';
import { writeZip } from './support/zip-parts';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const t = builtinTemplate();
const HEADERS = MATRIZ_COLUMNS.map((c) => c.header);
const col = (key: string): number => MATRIZ_COLUMNS.findIndex((c) => c.key === key);

/** One Matriz row with the required columns filled; `over` sets others by key. */
function matrizRow(id: string, over: Record<string, SheetCell> = {}): SheetCell[] {
  const row: SheetCell[] = HEADERS.map(() => null);
  const set = (k: string, v: SheetCell): void => {
    row[col(k)] = v;
  };
  set('id', id);
  set('accion', `Acción ${id}`);
  set('responsables', 'Secretaría de Gobierno');
  set('frecuencia', 'TRIMESTRALMENTE');
  set('indicador', `Indicador ${id}`);
  set('fechaInicio', { date: serialFromParts(2025, 1, 15) });
  set('numerador', 3);
  set('denominador', 4);
  set('meta', 1);
  for (const [k, v] of Object.entries(over)) set(k, v);
  return row;
}

async function openpyxlFile(
  rows: SheetCell[][],
  extra: { merges?: string[]; links?: Record<string, string>; notes?: Record<string, string>; far?: [number, number, SheetCell] } = {},
): Promise<string> {
  const file = path.join(await tempDir(), 'openpyxl.xlsx');
  const grid = rowsOf(rows);
  if (extra.far) {
    const [r, c, v] = extra.far;
    grid.set(r, new Map([[c, v]]));
  }
  await writeOpenpyxlLike(file, [{ name: 'Matriz', rows: grid, merges: extra.merges, links: extra.links, notes: extra.notes }]);
  return file;
}

const evidenciaCell = (row: number): string => `${String.fromCharCode(65 + col('evidencia'))}${row}`;

describe('a workbook written like openpyxl (absolute part names, notes, inline strings)', () => {
  test('is read whole: rows, dates, and the Evidencia link', async () => {
    const file = await openpyxlFile([HEADERS, matrizRow('A1', { evidencia: 'Acta de comité' }), matrizRow('A2')], {
      links: { [evidenciaCell(2)]: 'https://valledesanjuan.gov.co/acta-3.pdf' },
      notes: { A1: 'Nota de quien preparó la hoja', [evidenciaCell(2)]: 'Revisar' },
    });
    const read = await readInput(file, t);
    expect(read.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(read.data.matriz.rows.map((r) => r.get('id'))).toEqual(['A1', 'A2']);
    expect(read.data.matriz.rows[0].get('fechaInicio')).toEqual({ date: serialFromParts(2025, 1, 15) });
    expect(read.data.matriz.rows[0].get('evidencia')).toEqual({ text: 'Acta de comité', link: 'https://valledesanjuan.gov.co/acta-3.pdf' });
  });

  // exceljs#2797: exceljs's reader rejects notes whose part names are absolute, as openpyxl writes
  // them. The export reads input with its own reader (src/node/xlsx/) partly for this reason. When
  // this test fails, exceljs reads such files: the own reader is then one reason lighter.
  test('exceljs 4.4 still cannot read it (exceljs#2797), which is why the export does not use exceljs to read', async () => {
    const withoutNotes = await openpyxlFile([HEADERS, matrizRow('A1')]);
    await expect(new ExcelJS.Workbook().xlsx.readFile(withoutNotes)).resolves.toBeDefined();
    const file = await openpyxlFile([HEADERS, matrizRow('A1')], { notes: { A1: 'nota' } });
    await expect(new ExcelJS.Workbook().xlsx.readFile(file)).rejects.toThrow(/reading 'comments'/);
  });

  test('a value in the last cell of the sheet (XFD1048576) is one cell, reported, not a grid of the sheet', async () => {
    const file = await openpyxlFile([HEADERS, matrizRow('A1')], { far: [1_048_576, 16_384, 'olvidado'] });
    const { sheets } = await readXlsxFile(file);
    const rows = sheets.get('Matriz')?.rows ?? [];
    expect(rows.length).toBe(1_048_576);
    // Only used rows exist: the array is sparse.
    expect(Object.keys(rows).length).toBe(3);
    const read = await readInput(file, t);
    const p = read.problems.find((x) => x.cell === 'XFD1048576');
    expect(p).toMatchObject({ sheet: 'Matriz', level: 'error' });
    expect(p?.message).toMatch(/columna sin encabezado \(la celda XFD1 está vacía\)/);
  });

  test('a column whose header was emptied keeps nothing silently: its data is an error at its first cell', async () => {
    const headers: SheetCell[] = [...HEADERS];
    headers[col('beneficios')] = null;
    const file = await openpyxlFile([headers, matrizRow('A1', { beneficios: 'Trámites en línea' }), matrizRow('A2', { beneficios: 'Menos filas' })]);
    const read = await readInput(file, t);
    const c = String.fromCharCode(65 + col('beneficios'));
    expect(read.problems).toContainEqual(
      expect.objectContaining({
        sheet: 'Matriz',
        cell: `${c}2`,
        level: 'error',
        message: expect.stringMatching(new RegExp(`2 datos en una columna sin encabezado \\(la celda ${c}1 está vacía\\)`)),
      }),
    );
  });

  test('a header merged over two columns is named; the data under the second column is an error', async () => {
    const headers: SheetCell[] = [...HEADERS, null];
    const last = HEADERS.length; // 0-based index of the extra column
    const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);
    const row = [...matrizRow('A1'), 'segunda parte'];
    const file = await openpyxlFile([headers, row], { merges: [`${letter(last - 1)}1:${letter(last)}1`] });
    const read = await readInput(file, t);
    expect(read.problems).toContainEqual(
      expect.objectContaining({ cell: `${letter(last - 1)}1`, level: 'aviso', message: expect.stringMatching(/encabezado está combinado/) }),
    );
    expect(read.problems).toContainEqual(expect.objectContaining({ cell: `${letter(last)}2`, level: 'error' }));
  });

  test('merged data cells give their value to the top-left cell only (no invented Denominador)', async () => {
    const n = col('numerador');
    const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`);
    const file = await openpyxlFile([HEADERS, matrizRow('A1', { numerador: 5, denominador: null })], { merges: [`${letter(n)}2:${letter(n + 1)}2`] });
    const read = await readInput(file, t);
    expect(read.data.matriz.rows[0].get('numerador')).toBe(5);
    expect(read.data.matriz.rows[0].get('denominador')).toBeNull();
    expect(read.problems).toContainEqual(
      expect.objectContaining({ cell: `${letter(n)}2`, level: 'aviso', message: expect.stringMatching(/solo .* tiene el valor/) }),
    );
  });
});

describe('a workbook written by exceljs with notes, an image, a table and a filter', () => {
  test('is read whole', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Matriz');
    ws.addRow(HEADERS);
    const r = matrizRow('B1').map((v) => (v !== null && typeof v === 'object' ? new Date(Date.UTC(2025, 0, 15)) : v));
    ws.addRow(r);
    ws.getCell('A1').note = 'Código del indicador';
    ws.autoFilter = { from: 'A1', to: 'J1' };
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'C5:D8');
    const other = wb.addWorksheet('Notas');
    other.addTable({
      name: 'Tabla1',
      ref: 'A1',
      columns: [{ name: 'Cosa' }, { name: 'Valor' }],
      rows: [
        ['a', 1],
        ['b', 2],
      ],
    });
    const file = path.join(await tempDir(), 'exceljs.xlsx');
    await wb.xlsx.writeFile(file);
    const read = await readInput(file, t);
    expect(read.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(read.data.matriz.rows.map((x) => [x.get('id'), x.get('fechaInicio')])).toEqual([['B1', { date: serialFromParts(2025, 1, 15) }]]);
  });
});

describe('files that are not a readable workbook say what they are', () => {
  test('a password-protected workbook (an Office compound file holding an EncryptedPackage)', async () => {
    const file = path.join(await tempDir(), 'protegido.xlsx');
    const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await writeFile(file, Buffer.concat([head, Buffer.alloc(504), Buffer.from('EncryptedInfo\0EncryptedPackage\0', 'utf16le'), Buffer.alloc(512)]));
    await expect(readInput(file, t)).rejects.toThrow(/protegido con contraseña/);
  });

  test('a .docx renamed .xlsx', async () => {
    const file = path.join(await tempDir(), 'carta.xlsx');
    await writeZip(file, {
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    });
    const err = await readInput(file, t).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/no es un libro de Excel \(\.xlsx\)/);
    expect((err as Error).message).not.toMatch(/dañad/);
  });

  test('a workbook whose parts our reader cannot follow says it is our limit and how to get around it', async () => {
    const file = path.join(await tempDir(), 'raro.xlsx');
    await writeZip(file, {
      '_rels/.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      'xl/workbook.xml':
        '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Matriz" sheetId="1" r:id="rId1"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/falta.xml"/></Relationships>',
    });
    const err = (await readInput(file, t).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(InputError);
    expect(err.message).toMatch(/limitación del lector y no un daño del archivo/);
    expect(err.message).toMatch(/guárdelo de nuevo como \.xlsx/);
  });
});

const lo = toolAvailable('LibreOffice (soffice)', missingSoffice()) ? describe : describe.skip;
const run = promisify(execFile);

lo('workbooks written by LibreOffice', () => {
  test('our workbook saved again by LibreOffice reads back with the same Matriz', async () => {
    const original = await exportToTemp(filledPlan());
    const resaved = await recalcInLibreOffice(original);
    const a = await readInput(original, t);
    const b = await readInput(resaved, t);
    expect(b.data.matriz.rows).toEqual(a.data.matriz.rows);
    expect(b.data.seguimiento.rows).toEqual(a.data.seguimiento.rows);
  });

  test('an .ods and an old .xls renamed .xlsx are told what they are', async () => {
    const original = await exportToTemp(filledPlan());
    const dir = await tempDir();
    await run(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'ods', '--outdir', dir, original],
      { timeout: 180_000 },
    );
    await run(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xls', '--outdir', dir, original],
      { timeout: 180_000 },
    );
    const base = path.basename(original, '.xlsx');
    await copyFile(path.join(dir, `${base}.ods`), path.join(dir, 'ods.xlsx'));
    await copyFile(path.join(dir, `${base}.xls`), path.join(dir, 'xls.xlsx'));
    await expect(readInput(path.join(dir, 'ods.xlsx'), t)).rejects.toThrow(/OpenDocument \(\.ods\)/);
    await expect(readInput(path.join(dir, 'xls.xlsx'), t)).rejects.toThrow(/Excel antiguo \(\.xls/);
  });
});
