import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { serialFromDisplay, type DaySerial } from '../../src/core/calendar';
import { builtinTemplate } from '../../src/core/template/builtin';
import type { MatrizKey } from '../../src/core/tracker/matriz';
import { runConsolidate } from '../../src/node/consolidate-command';
import { exportTracker } from '../../src/node/export';
import { missingValidator, toolAvailable, validateOoxml } from './support/tools';
import { tableOf, trackerFromTemplate, withReferenceDate, type OutValue, type TrackerData } from '../../src/node/tracker-data';

// 47 municipalities' trackers, generated from the seed's plan with known inputs; three broken files
// and one older copy of a municipality beside them. The expected figures are computed here from the
// inputs with the plan's rules written out by hand (value ÷ meta capped at 100 %, thresholds 60/80 %).
const NOW = new Date(Date.UTC(2026, 5, 30, 15));
const day = (t: string): DaySerial => serialFromDisplay(t) as DaySerial;
const MUNICIPIOS = 47;

interface Inputs {
  readonly n: number;
  readonly d: number;
  readonly meta: number;
}
/** Deterministic inputs of municipality m, indicator k; every 5th indicator is left unmeasured. */
function inputs(m: number, k: number): Inputs | null {
  if ((m + k) % 5 === 0) return null;
  return { n: (m * 7 + k * 3) % 20, d: 20, meta: k % 2 === 0 ? 1 : 0.8 };
}
/** Municipality m computes at 10/06/2026 (A1 overdue) when even, at 20/05/2026 (A1 due in 12 days) when odd. */
const fecha = (m: number): string => (m % 2 === 0 ? '10/06/2026' : '20/05/2026');

function tracker(m: number, fechaRef: string, municipio = `Municipio ${m}`): TrackerData {
  const base = trackerFromTemplate(builtinTemplate());
  const rows = base.matriz.rows.map((row, k) => {
    const r = new Map<MatrizKey, OutValue>(row);
    const i = inputs(m, k);
    r.set('numerador', i ? i.n : null);
    r.set('denominador', i ? i.d : null);
    r.set('meta', i ? i.meta : null);
    r.set('fechaInicio', null);
    r.set('ultimoSeguimiento', k === 0 ? { date: day('01/05/2026') } : null);
    return r;
  });
  const settings = { ...base.settings, municipio, entidad: municipio ? `Alcaldía de ${municipio}` : '' };
  return withReferenceDate({ ...base, settings, matriz: tableOf(rows) }, day(fechaRef));
}

/** The expected Tablero row of municipality m, computed from its inputs. */
function expected(m: number, corte?: string) {
  const k = builtinTemplate().plan.acciones.flatMap((a) => a.indicadores).length;
  const c: number[] = [];
  for (let i = 0; i < k; i++) {
    const x = inputs(m, i);
    if (x) c.push(Math.min(1, Math.round((x.n / x.d / x.meta) * 1e6) / 1e6));
  }
  const overdue = (corte ?? fecha(m)) === '20/05/2026' ? 0 : 1;
  return {
    municipio: `Municipio ${m}`,
    indicadores: k,
    promedio: c.reduce((a, b) => a + b, 0) / c.length,
    vencidas: overdue,
    porVencer: 1 - overdue,
    verde: c.filter((v) => v >= 0.8).length,
    amarillo: c.filter((v) => v >= 0.6 && v < 0.8).length,
    rojo: c.filter((v) => v < 0.6).length,
    sinMedir: k - c.length,
  };
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'gel-consolidar-'));
  for (let m = 1; m <= MUNICIPIOS; m++)
    await exportTracker(tracker(m, fecha(m)), path.join(folder, `m${String(m).padStart(2, '0')}.xlsx`), { today: day('30/06/2026'), now: NOW });
  // An older copy of Municipio 5 whose name sorts last: the later fecha de cálculo wins, not the order.
  const old = tracker(5, '01/01/2026');
  await exportTracker({ ...old, matriz: tableOf(old.matriz.rows.map((r) => new Map(r).set('numerador', 0))) }, path.join(folder, 'zz-copia-m05.xlsx'), {
    today: day('30/06/2026'),
    now: NOW,
  });
  await writeFile(path.join(folder, 'texto.xlsx'), 'esto no es un libro');
  const other = new ExcelJS.Workbook();
  other.addWorksheet('Hoja1').addRow(['nada']);
  await other.xlsx.writeFile(path.join(folder, 'otro-libro.xlsx'));
  await exportTracker(tracker(99, '10/06/2026', ''), path.join(folder, 'sin-municipio.xlsx'), { today: day('30/06/2026'), now: NOW });
}, 240_000);

async function consolidate(extra: string[] = []): Promise<{ code: number; err: string[]; wb: ExcelJS.Workbook; out: string }> {
  const err: string[] = [];
  const out = path.join(folder, '..', `${path.basename(folder)}-${extra.length}.xlsx`);
  const code = await runConsolidate(['--entrada', folder, '--salida', out, ...extra], {
    out: () => undefined,
    err: (l) => err.push(l),
    cwd: folder,
    now: () => NOW,
  });
  const wb = new ExcelJS.Workbook();
  if (code === 0) await wb.xlsx.readFile(out);
  return { code, err, wb, out };
}

const rowsOf = (ws: ExcelJS.Worksheet | undefined): ExcelJS.CellValue[][] =>
  (ws?.getSheetValues() ?? [])
    .slice(2)
    .filter(Boolean)
    .map((r) => (r as ExcelJS.CellValue[]).slice(1));

test('47 municipalities: the Tablero ranks them by average cumplimiento with their counts, as computed from the inputs', async () => {
  const { code, err, wb } = await consolidate();
  expect(code).toBe(0);
  const tablero = rowsOf(wb.getWorksheet('Tablero'));
  expect(tablero).toHaveLength(MUNICIPIOS);
  const want = Array.from({ length: MUNICIPIOS }, (_, i) => expected(i + 1)).sort(
    (a, b) => b.promedio - a.promedio || a.municipio.localeCompare(b.municipio, 'es'),
  );
  tablero.forEach((r, i) => {
    const w = want[i];
    expect(r[0]).toBe(i + 1);
    expect(r[1]).toBe(w.municipio);
    expect(r[4]).toBe(w.indicadores);
    expect(r[5] as number).toBeCloseTo(w.promedio, 9);
    expect(r.slice(6, 12)).toEqual([w.vencidas, w.porVencer, w.verde, w.amarillo, w.rojo, w.sinMedir]);
  });
  // Municipio 5 is the newer copy (its inputs), and the older one is named as a discarded duplicate.
  const m5 = tablero.find((r) => r[1] === 'Municipio 5');
  expect(m5?.[5] as number).toBeCloseTo(expected(5).promedio, 9);
  expect(err.join('\n')).toContain('«zz-copia-m05.xlsx» es otra copia de «Municipio 5»: se usa «m05.xlsx», la de fecha de cálculo más reciente.');
  // One row per municipality × indicator.
  expect(rowsOf(wb.getWorksheet('Indicadores'))).toHaveLength(MUNICIPIOS * expected(1).indicadores);
});

test('the departmental summary counts every kept indicator, and the broken files are listed with their reason', async () => {
  const { wb } = await consolidate();
  const all = Array.from({ length: MUNICIPIOS }, (_, m) => m + 1).flatMap((m) =>
    builtinTemplate()
      .plan.acciones.flatMap((a) => a.indicadores)
      .map((_, k) => inputs(m, k))
      .filter((x): x is Inputs => x !== null)
      .map((x) => Math.min(1, Math.round((x.n / x.d / x.meta) * 1e6) / 1e6)),
  );
  const resumen = new Map(rowsOf(wb.getWorksheet('Resumen')).map((r) => [String(r[0]), r[1]]));
  // Row 1 is a label row too: getSheetValues' first data row is the first line of the summary.
  const first = wb.getWorksheet('Resumen')?.getRow(1).values as ExcelJS.CellValue[];
  resumen.set(String(first[1]), first[2]);
  expect(resumen.get('Municipios consolidados')).toBe(MUNICIPIOS);
  expect(resumen.get('Indicadores medidos')).toBe(all.length);
  expect(resumen.get('Cumplimiento promedio (todos los indicadores medidos)') as number).toBeCloseTo(all.reduce((a, b) => a + b, 0) / all.length, 9);
  expect(resumen.get('Vencidas')).toBe(Math.floor(MUNICIPIOS / 2));
  expect(resumen.get('Archivos omitidos')).toBe(3);
  expect(resumen.get('Duplicados descartados')).toBe(1);
  const omitted = new Map(rowsOf(wb.getWorksheet('Archivos omitidos')).map((r) => [String(r[0]), String(r[1])]));
  expect(omitted.get('texto.xlsx')).toMatch(/no es un libro de Excel/);
  expect(omitted.get('otro-libro.xlsx')).toMatch(/Matriz/);
  expect(omitted.get('sin-municipio.xlsx')).toMatch(/no dice el municipio ni la entidad/);
  expect(omitted.get('zz-copia-m05.xlsx')).toMatch(/otra copia de «Municipio 5»/);
});

test('--corte computes every municipality at that date', async () => {
  const { wb } = await consolidate(['--corte', '20/05/2026']);
  const tablero = rowsOf(wb.getWorksheet('Tablero'));
  expect(tablero).toHaveLength(MUNICIPIOS);
  for (const r of tablero) {
    const w = expected(Number(String(r[1]).split(' ')[1]), '20/05/2026');
    expect((r[3] as Date).toISOString().slice(0, 10)).toBe('2026-05-20');
    expect(r.slice(6, 8)).toEqual([w.vencidas, w.porVencer]);
  }
});

const validator = toolAvailable('El validador de esquemas ooxml-validate', missingValidator(), { beside: true }) ? test : test.skip;
validator('the departmental workbook is valid against the ECMA-376 schemas', async () => {
  const { out } = await consolidate(['--corte', '30/06/2026']);
  const r = await validateOoxml(out);
  expect(r.output.trim()).toBe(`${out}: valid`);
});
