import { CORTE } from './support/plans';
import { seedAndFilled } from './support/export-file';
import { missingSoffice, recalcInLibreOffice, toolAvailable } from './support/tools';
import { readRawCells, type RawSheets } from './support/xlsx-cells';

interface Mismatch {
  sheet: string;
  cell: string;
  formula: string;
  cached: string;
  libreoffice: string;
}

/** Every formula cell of `written` against the same cell after LibreOffice recalculated it. */
function compare(written: RawSheets, recalculated: RawSheets): { formulas: number; mismatches: Mismatch[]; errors: string[] } {
  let formulas = 0;
  const mismatches: Mismatch[] = [];
  const errors: string[] = [];
  for (const [sheet, cells] of Object.entries(written)) {
    for (const [ref, c] of cells) {
      if (c.formula === undefined) continue;
      formulas++;
      const o = recalculated[sheet]?.get(ref);
      // #N/A is by design only in the chart data (a bar outside its semáforo), and cached as such.
      const byDesign = c.type === 'e' && /,NA\(\)\)$/.test(c.formula);
      if (o?.type === 'e' && !byDesign) errors.push(`${sheet}!${ref} = ${o.value}`);
      const bothNumbers = c.type === 'n' && o?.type === 'n';
      const same = bothNumbers ? Math.abs(Number(c.value) - Number(o?.value)) <= 1e-9 : c.type === o?.type && (c.value ?? '') === (o?.value ?? '');
      if (!same) mismatches.push({ sheet, cell: ref, formula: c.formula, cached: `${c.type}:${c.value}`, libreoffice: `${o?.type}:${o?.value}` });
    }
  }
  return { formulas, mismatches, errors };
}

const run = toolAvailable('LibreOffice (soffice)', missingSoffice()) ? describe : describe.skip;

run('LibreOffice recalculates the written workbook to the cached values', () => {
  let files: { seed: string; filled: string };
  beforeAll(async () => {
    files = await seedAndFilled();
  });

  test.each([
    ['the seed plan (computed today)', 'seed'],
    [`the filled plan with overdue, due-soon and measured rows (corte ${CORTE})`, 'filled'],
  ] as const)('%s', async (_label, which) => {
    const written = await readRawCells(files[which]);
    const recalculated = await readRawCells(await recalcInLibreOffice(files[which]));
    const { formulas, mismatches, errors } = compare(written, recalculated);
    expect(formulas).toBeGreaterThan(80);
    expect(errors).toEqual([]);
    expect(mismatches).toEqual([]);
  });
});
