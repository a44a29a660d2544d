/**
 * Offline reminders: the workbook's Pendientes sheet lists, per responsable, what is overdue and what is
 * due within the warning days; the Responsables sheet is read back from a downloaded copy and kept.
 */
import path from 'node:path';
import { builtinTemplate } from '../../src/core/template/builtin';
import { SHEET } from '../../src/core/tracker/names';
import { readInput } from '../../src/node/read-input';
import { filledPlan, TODAY } from './support/plans';
import { exportToTemp, readBack, tempDir } from './support/export-file';

/** At the filled plan's corte (15/06/2026, 15 warning days): from the dates in test/node/support/plans.ts. */
const EXPECTED: Record<string, string[]> = {
  'Alcalde Municipal': ['A5', 'A4', 'A1'], // A5 overdue 28/05, A4 due 15/06, A1 due 30/06
  'Comité Gel-t': ['A2.1', 'A6', 'A1'], // A2.1 overdue 01/01, A6 due 16/06, A1 due 30/06
  'Oficina de Control Interno': ['A2.1'],
  Secretarios: ['A5', 'A4', 'A1'],
};

test('Pendientes lists per responsable the overdue and due-soon indicators, oldest first, with dd/mm/aaaa dates', async () => {
  const wb = await readBack(await exportToTemp(filledPlan(), 'p.xlsx', TODAY));
  const ws = wb.getWorksheet(SHEET.pendientes);
  expect(ws).toBeDefined();
  expect(String(ws?.getCell(1, 1).value)).toContain('Pendientes al 15/06/2026');
  const got: Record<string, string[]> = {};
  ws?.eachRow((row, n) => {
    if (n < 4) return;
    const who = String(row.getCell(1).value);
    (got[who] ??= []).push(String(row.getCell(2).value));
  });
  expect(got).toEqual(EXPECTED);
  const a4 = [] as string[];
  ws?.eachRow((row) => {
    if (row.getCell(2).value === 'A4') a4.push(`${row.getCell(5).value}|${row.getCell(6).value}|${row.getCell(4).numFmt}`);
  });
  expect(a4[0]).toBe('vence hoy|Por vencer|dd/mm/yyyy');
});

test('a Responsables sheet read back from a downloaded copy keeps every address as written; a bad one is reported', async () => {
  const first = await exportToTemp(filledPlan(), 'first.xlsx', TODAY);
  const wb = await readBack(first);
  const resp = wb.getWorksheet(SHEET.responsables);
  expect(resp?.getRow(1).values).toEqual([undefined, 'Responsable', 'Correos']);
  const names: string[] = [];
  resp?.eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(1).value));
  });
  expect(names.sort()).toEqual(['Alcalde Municipal', 'Comité Gel-t', 'Los designados por el Comité Gel-t', 'Oficina de Control Interno', 'Secretarios']);
  resp?.eachRow((row, n) => {
    if (row.getCell(1).value === 'Secretarios') row.getCell(2).value = 'secretarios(at)valle';
    else if (n > 1) row.getCell(2).value = `persona${n}@valle.gov.co, otra${n}@valle.gov.co`;
  });
  const edited = path.join(await tempDir(), 'edited.xlsx');
  await wb.xlsx.writeFile(edited);

  const read = await readInput(edited, builtinTemplate());
  expect(read.problems.some((p) => p.sheet === SHEET.responsables && /no es un correo válido/.test(p.message))).toBe(true);
  expect([...(read.data.responsables?.directory.values() ?? [])].find((d) => d.name === 'Comité Gel-t')?.emails).toHaveLength(2);

  const again = await readBack(await exportToTemp(read.data, 'again.xlsx', TODAY));
  const rows: string[] = [];
  again.getWorksheet(SHEET.responsables)?.eachRow((row, n) => {
    if (n > 1) rows.push(`${row.getCell(1).value}|${row.getCell(2).value}`);
  });
  expect(rows).toContain('Secretarios|secretarios(at)valle');
  expect(rows.filter((r) => /persona\d+@valle\.gov\.co, otra\d+@valle\.gov\.co$/.test(r))).toHaveLength(4);
});
