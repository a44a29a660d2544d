import path from 'node:path';
import type ExcelJS from 'exceljs';
import { serialFromParts } from '../../src/core/calendar';
import { StreamBook } from '../../src/node/stream-book';
import type { PlainValue } from '../../src/node/row-xml';
import { cellValue } from '../../src/node/sheets/values';
import { readPart } from './support/xlsx-cells';
import { readBack, tempDir } from './support/export-file';

const PROPS = { title: 'T', creator: 'C', subject: 'S', company: 'E', created: new Date(Date.UTC(2026, 0, 1)) };

/** Column styles as writeTable makes them: a format on some, wrapping, unlocked input, and one without a format. */
const STYLES: Partial<ExcelJS.Style>[] = [
  { numFmt: 'dd/mm/yyyy', alignment: { vertical: 'top' } },
  { numFmt: 'General', alignment: { vertical: 'top', wrapText: true }, protection: { locked: false } },
  { numFmt: '0.0#%', alignment: { vertical: 'top' } },
  { numFmt: 'General', alignment: { vertical: 'top' } },
  { numFmt: 'dd/mm/yyyy hh:mm', alignment: { vertical: 'top' } },
  { alignment: { vertical: 'top', wrapText: true }, protection: { locked: false } },
];

/** Rows with every kind of plain value, gaps, text that looks like a formula or markup, and a row with nothing. */
const ROWS: PlainValue[][] = [
  [
    { date: serialFromParts(2025, 12, 31) },
    'Comité Gel-t- Oficina de Control Interno',
    0.25,
    { text: 'Acta 12', link: 'https://example.gov.co/acta?a=1&b=2' },
    { date: serialFromParts(2026, 1, 2) + 10.5 / 24 },
    { date: 46000 },
  ],
  [undefined, '=1+1', 1 / 3, true, null, 'a < b & "c"'],
  [],
  [{ date: serialFromParts(2026, 6, 30) }, '  espacios  ', 0, false, { date: 45000.123456789 }, 7],
];
const HEIGHTS = [27, undefined, undefined, 40.5];

/** The same rows through exceljs's rows (Seguimiento) and through writePlainRow (Plano). */
async function bothWays(): Promise<string> {
  const file = path.join(await tempDir(), 'filas.xlsx');
  const book = new StreamBook(file, PROPS);
  for (const [name, plain] of [
    ['Seguimiento', false],
    ['Plano', true],
  ] as const) {
    const ws = book.addSheet(name, {});
    STYLES.forEach((s, i) => (ws.getColumn(i + 1).style = s));
    const header = ws.getRow(1);
    header.values = ['Corte', 'Texto', 'Valor', 'Evidencia', 'Registrado', 'Propia'];
    await book.commitRow(ws, header);
    for (let r = 0; r < ROWS.length; r++) {
      const values = ROWS[r];
      if (plain) {
        await book.writePlainRow(ws, values, STYLES, HEIGHTS[r]);
        continue;
      }
      const row = ws.addRow(values.map((v) => cellValue(v) ?? undefined));
      values.forEach((v, c) => {
        if (v !== undefined && v !== null) row.getCell(c + 1).style = STYLES[c];
      });
      const height = HEIGHTS[r];
      if (height) row.height = height;
      await book.commitRow(ws, row);
    }
    // A row made by exceljs after the plain ones continues their numbering.
    const after = ws.addRow(['después']);
    await book.commitRow(ws, after);
    book.commitSheet(ws);
  }
  await book.finish();
  return file;
}

test('rows written as XML text are byte for byte what exceljs writes for the same values, links included', async () => {
  const file = await bothWays();
  const [viaExceljs, plain] = await Promise.all([readPart(file, 'xl/worksheets/sheet1.xml'), readPart(file, 'xl/worksheets/sheet2.xml')]);
  expect(plain).toContain('<row r="6"'); // «después» follows the four plain rows and the header
  expect(plain).toBe(viaExceljs);
  const [relsExceljs, relsPlain] = await Promise.all([
    readPart(file, 'xl/worksheets/_rels/sheet1.xml.rels'),
    readPart(file, 'xl/worksheets/_rels/sheet2.xml.rels'),
  ]);
  expect(relsPlain).toBe(relsExceljs);
  expect(relsPlain).toContain('https://example.gov.co/acta?a=1&amp;b=2');
});

test('a reader sees in the plain rows the values, formats, links and locks that were written', async () => {
  const ws = (await readBack(await bothWays())).getWorksheet('Plano');
  if (!ws) throw new Error('no Plano sheet');
  expect(ws.getCell('A2').value).toEqual(new Date(Date.UTC(2025, 11, 31)));
  expect(ws.getCell('A2').numFmt).toBe('dd/mm/yyyy');
  expect(ws.getCell('D2').value).toEqual({ text: 'Acta 12', hyperlink: 'https://example.gov.co/acta?a=1&b=2' });
  expect(ws.getCell('E2').value).toEqual(new Date(Date.UTC(2026, 0, 2, 10, 30)));
  expect(ws.getCell('B3').value).toBe('=1+1'); // text stays text
  expect(ws.getCell('F3').value).toBe('a < b & "c"');
  expect(ws.getCell('D3').value).toBe(true);
  expect(ws.getCell('C3').value).toBeCloseTo(1 / 3, 12);
  expect(ws.getCell('B5').value).toBe('  espacios  ');
  expect(ws.getCell('B2').protection?.locked).toBe(false);
  // A cell left out takes its column's style: an empty input cell is still open to typing.
  expect(ws.getCell('F4').protection?.locked).toBe(false);
  expect(ws.getCell('E3').numFmt).toBe('dd/mm/yyyy hh:mm');
  expect(ws.getRow(2).height).toBe(27);
  expect(ws.getCell('A6').value).toBe('después');
});

test('a plain row refuses to jump over rows exceljs has not written yet', async () => {
  const book = new StreamBook(path.join(await tempDir(), 'orden.xlsx'), PROPS);
  const ws = book.addSheet('Hoja', {});
  ws.addRow(['sin confirmar']);
  await expect(book.writePlainRow(ws, ['después'], [{}])).rejects.toThrow(/uncommitted/);
  book.abort();
});
