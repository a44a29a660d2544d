import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { fixSharedStrings, fixSheetXml } from '../../src/node/package-fix';
import { readInput } from '../../src/node/read-input';
import { builtinTemplate } from '../../src/core/template/builtin';
import { exportToTemp, seedAndFilled, tempDir } from './support/export-file';
import { hasValidator, toolAvailable, validateOoxml } from './support/tools';

const run = toolAvailable('ooxml-validate (python3 + xmllint)', hasValidator(), 'apt-get install -y libxml2-utils python3') ? describe : describe.skip;

run('the written workbooks are valid against the ECMA-376 schemas', () => {
  test('the seed plan and the filled plan', async () => {
    const { seed, filled } = await seedAndFilled();
    for (const file of [seed, filled]) {
      const r = await validateOoxml(file);
      expect(r.output).toMatch(/valid/);
      expect(r.code).toBe(0);
    }
  });

  test('a workbook made from a .csv with extra columns and odd text', async () => {
    const dir = await tempDir();
    const csv = path.join(dir, 'matriz.csv');
    await writeFile(csv, '\uFEFFID;ACCIÓN;RESPONSABLES;TIEMPOS DE FRECUENCIA;Indicador a medir;Fecha de inicio;Último seguimiento;Numerador;Denominador;Meta (%);Columna propia\n' +
      'B1;"Acción con ""comillas"" y ; punto y coma";Secretaría & Co.;TRIMESTRAL;  espacios  ;01/02/2026;;1.234,5;2.000;85%;=1+1\n');
    const read = await readInput(csv, builtinTemplate());
    const r = await validateOoxml(await exportToTemp(read.data));
    expect(r.output).toMatch(/valid/);
    expect(r.code).toBe(0);
  });
});

describe('package fixes', () => {
  test('legacyDrawing moves before the worksheet extLst, not before a rule\'s', () => {
    const xml = '<worksheet><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting><extLst><ext/></extLst><legacyDrawing r:id="rId2"/></worksheet>';
    expect(fixSheetXml(xml)).toBe('<worksheet><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting><legacyDrawing r:id="rId2"/><extLst><ext/></extLst></worksheet>');
    const ok = '<worksheet><legacyDrawing r:id="rId2"/><extLst/></worksheet>';
    expect(fixSheetXml(ok)).toBe(ok);
  });

  test('xml:space is dropped from shared strings', () => {
    expect(fixSharedStrings('<si><t xml:space="preserve">Semestre: </t></si>')).toBe('<si><t>Semestre: </t></si>');
  });
});
