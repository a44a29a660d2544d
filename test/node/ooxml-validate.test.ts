import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { fixSharedStrings } from '../../src/node/stream-book';
import { readInput } from '../../src/node/read-input';
import { builtinTemplate } from '../../src/core/template/builtin';
import { exportToTemp, seedAndFilled, tempDir } from './support/export-file';
import { isDrawingSchemaNoise, missingValidator, repairedDrawingSchemas, toolAvailable, validateDrawingPart, validateOoxml } from './support/tools';
import { readPart } from './support/xlsx-cells';

const run = toolAvailable('El validador de esquemas ooxml-validate', missingValidator(), { beside: true }) ? describe : describe.skip;

run('the written workbooks are valid against the ECMA-376 schemas', () => {
  test('the default export of the seed plan and of the filled plan: the tool itself says valid', async () => {
    const { seed, filled } = await seedAndFilled();
    for (const file of [seed, filled]) {
      const r = await validateOoxml(file);
      expect(r.output.trim()).toBe(`${file}: valid`);
      expect(r.code).toBe(0);
    }
  });

  test('the default export has the charts (Tablero and Informe), and the tool validates them; so do the repaired drawing schemas', async () => {
    const { seed, filled } = await seedAndFilled();
    const schemas = await repairedDrawingSchemas();
    for (const file of [seed, filled]) {
      const r = await validateOoxml(file);
      expect(r.output.trim()).toBe(`${file}: valid`);
      expect(r.output.split('\n').filter((l) => isDrawingSchemaNoise(l.trim()))).toEqual([]);
      expect(await readPart(file, 'xl/charts/chart2.xml')).toContain('<c:barChart>');
      // ...a second opinion on the parts, with the same schemas repaired as before the tool could.
      expect(await validateDrawingPart(await readPart(file, 'xl/drawings/drawing1.xml'), 'drawing', schemas)).toEqual([]);
      expect(await validateDrawingPart(await readPart(file, 'xl/charts/chart1.xml'), 'chart', schemas)).toEqual([]);
    }
  });

  test('the repaired schemas do catch a broken drawing', async () => {
    const schemas = await repairedDrawingSchemas();
    const { filled } = await seedAndFilled();
    const drawing = (await readPart(filled, 'xl/drawings/drawing1.xml')).replace('<xdr:clientData/>', '');
    expect((await validateDrawingPart(drawing, 'drawing', schemas)).join('\n')).toMatch(/fails to validate|not expected|Missing child/);
    const chart = (await readPart(filled, 'xl/charts/chart1.xml')).replace('<c:barDir val="col"/>', '');
    expect((await validateDrawingPart(chart, 'chart', schemas)).join('\n')).toMatch(/fails to validate|not expected|Missing child/);
  });

  test('a workbook made from a .csv with extra columns and odd text', async () => {
    const dir = await tempDir();
    const csv = path.join(dir, 'matriz.csv');
    await writeFile(
      csv,
      '\uFEFFID;ACCIÓN;RESPONSABLES;TIEMPOS DE FRECUENCIA;Indicador a medir;Fecha de inicio;Último seguimiento;Numerador;Denominador;Meta (%);Columna propia\n' +
        'B1;"Acción con ""comillas"" y ; punto y coma";Secretaría & Co.;TRIMESTRAL;  espacios  ;01/02/2026;;1.234,5;2.000;85%;=1+1\n',
    );
    const read = await readInput(csv, builtinTemplate());
    const file = await exportToTemp(read.data);
    const r = await validateOoxml(file);
    expect(r.output.trim()).toBe(`${file}: valid`);
  });
});

describe('package fixes', () => {
  test('xml:space is dropped from shared strings', () => {
    expect(fixSharedStrings('<si><t xml:space="preserve">Semestre: </t></si>')).toBe('<si><t>Semestre: </t></si>');
  });
});
