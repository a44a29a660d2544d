import { SEMAFORO_BAR_COLOR } from '../../src/core/tracker/styles';
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
import { readPart } from './support/xlsx-cells';
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

/** The semáforo of an average by the plan's thresholds, written out: < 60 % Rojo, < 80 % Amarillo. */
const semaforoOf = (v: number): string => (v < 0.6 ? 'Rojo' : v < 0.8 ? 'Amarillo' : 'Verde');
// The same colours as the tracker's Tablero chart: one palette for every chart by semáforo.
const BAR_COLOR: Record<string, string> = Object.fromEntries(Object.entries(SEMAFORO_BAR_COLOR).map(([s, hex]) => [s, hex.replace('#', '')]));
const ranked = (): ReturnType<typeof expected>[] =>
  Array.from({ length: MUNICIPIOS }, (_, i) => expected(i + 1)).sort((a, b) => b.promedio - a.promedio || a.municipio.localeCompare(b.municipio, 'es'));

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

test('the Tablero chart shows the 10 first and the 10 last of the ranking, each bar coloured by its semáforo', async () => {
  const { out, wb } = await consolidate();
  const want = ranked();
  const shown = [...want.slice(0, 10).map((w, i) => ({ ...w, puesto: i + 1 })), ...want.slice(-10).map((w, i) => ({ ...w, puesto: MUNICIPIOS - 9 + i }))];
  const chart = await readPart(out, 'xl/charts/chart1.xml');
  expect(chart).toContain('los 10 primeros y los 10 últimos de 47 municipios medidos (color: semáforo)');
  const cats = [...chart.matchAll(/<c:cat>.*?<\/c:cat>/gs)][0][0];
  expect([...cats.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(shown.map((w) => `${w.puesto}. ${w.municipio}`));
  const vals = [...chart.matchAll(/<c:val>.*?<\/c:val>/gs)][0][0];
  [...vals.matchAll(/<c:v>([^<]*)<\/c:v>/g)].forEach((m, i) => expect(Number(m[1])).toBeCloseTo(shown[i].promedio, 9));
  const colors = [...chart.matchAll(/<c:dPt><c:idx val="(\d+)"\/>.*?<a:srgbClr val="([0-9A-F]{6})"\/>/g)].map((m) => [Number(m[1]), m[2]]);
  expect(colors).toEqual(shown.map((w, i) => [i, BAR_COLOR[semaforoOf(w.promedio)]]));
  // The series refers to the Tablero's chart table, which holds the same bars.
  expect(chart).toContain("<c:f>'Tablero'!$P$2:$P$21</c:f>");
  const tablero = rowsOf(wb.getWorksheet('Tablero'));
  expect(tablero.slice(0, 20).map((r) => r[15])).toEqual(shown.map((w) => `${w.puesto}. ${w.municipio}`));
  expect(tablero.map((r) => r[12])).toEqual(want.map((w) => semaforoOf(w.promedio)));
});

/** The Informe's rows as text: each row's non-empty cells. */
function informeRows(wb: ExcelJS.Workbook): ExcelJS.CellValue[][] {
  const ws = wb.getWorksheet('Informe');
  const rows: ExcelJS.CellValue[][] = [];
  ws?.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}
const figure = (rows: ExcelJS.CellValue[][], label: string): ExcelJS.CellValue => rows.find((r) => r[1] === label)?.[2];

test('the Informe states the departmental figures, as computed from the inputs', async () => {
  const { wb } = await consolidate();
  const rows = informeRows(wb);
  const want = ranked();
  const averages = want.map((w) => w.promedio);
  expect(rows[0][0]).toBe('Informe departamental del seguimiento a los planes de acción');
  expect(rows.some((r) => r[0] === 'Fecha de cálculo: la de cada municipio (sin --corte): entre 20/05/2026 y 10/06/2026')).toBe(true);
  expect(figure(rows, 'Archivos leídos')).toBe(MUNICIPIOS + 4);
  expect(figure(rows, 'Municipios consolidados')).toBe(MUNICIPIOS);
  expect(figure(rows, 'Archivos omitidos (motivos abajo)')).toBe(3);
  expect(figure(rows, 'Duplicados resueltos (se usa la copia de fecha de cálculo más reciente)')).toBe(1);
  expect(figure(rows, 'Promedio de los cumplimientos promedio de los municipios') as number).toBeCloseTo(averages.reduce((a, b) => a + b, 0) / MUNICIPIOS, 9);
  expect(figure(rows, 'Indicadores vencidos')).toBe(want.reduce((n, w) => n + w.vencidas, 0));
  expect(figure(rows, 'Indicadores por vencer')).toBe(want.reduce((n, w) => n + w.porVencer, 0));
  for (const s of ['Verde', 'Amarillo', 'Rojo']) {
    const n = averages.filter((v) => semaforoOf(v) === s).length;
    const line = rows.find((r) => r[1] === s);
    expect(line?.[2]).toBe(n);
    expect(line?.[3] as number).toBeCloseTo(n / MUNICIPIOS, 9);
    expect(line?.[4]).toBe(want.reduce((k, w) => k + (s === 'Verde' ? w.verde : s === 'Amarillo' ? w.amarillo : w.rojo), 0));
  }
  expect(rows.find((r) => r[1] === 'texto.xlsx')?.[2]).toMatch(/no es un libro de Excel/);
  expect(rows.find((r) => r[1] === 'Municipio 5')?.slice(2, 4)).toEqual(['m05.xlsx', 'zz-copia-m05.xlsx']);
  // The ranking: every municipality, in order, with its semáforo, vencidas and por vencer.
  const head = rows.findIndex((r) => r[0] === 'Puesto');
  const ranking = rows.slice(head + 1);
  expect(ranking).toHaveLength(MUNICIPIOS);
  ranking.forEach((r, i) => {
    expect(r[0]).toBe(i + 1);
    expect(r[1]).toBe(want[i].municipio);
    expect(r[5] as number).toBeCloseTo(want[i].promedio, 9);
    expect([r[6], r[7], r[8]]).toEqual([semaforoOf(want[i].promedio), want[i].vencidas, want[i].porVencer]);
  });
});

test('the Informe prints landscape, one page wide, the ranking header on every page, no text under 8 pt', async () => {
  const { wb, out } = await consolidate(['--corte', '20/05/2026']);
  const ws = wb.getWorksheet('Informe');
  const rows = informeRows(wb);
  expect(rows.some((r) => r[0] === 'Fecha de cálculo: 20/05/2026, común a todos los municipios (--corte)')).toBe(true);
  expect(ws?.pageSetup.orientation).toBe('landscape');
  expect(ws?.pageSetup.fitToWidth).toBe(1);
  const head = rows.findIndex((r) => r[0] === 'Puesto') + 1;
  const book = await readPart(out, 'xl/workbook.xml');
  expect(book).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Informe&apos;!$${head}:$${head}</definedName>`);
  // Fit to one page wide shrinks by the sheet's width: landscape Letter holds ≈ 980 px inside the margins.
  const px = (ws?.columns ?? []).reduce((n, c) => n + Math.trunc((c.width ?? 8.43) * 7 + 5), 0);
  const scale = Math.min(1, 980 / px);
  ws?.eachRow((row) =>
    row.eachCell((cell) => {
      expect((cell.font?.size ?? 11) * scale).toBeGreaterThanOrEqual(8);
    }),
  );
});

test('every exported tracker names its Tablero summary TABLERO_RESUMEN, what a Consolidado in Sheets imports', async () => {
  const book = await readPart(path.join(folder, 'm01.xlsx'), 'xl/workbook.xml');
  expect(book).toMatch(/<definedName name="TABLERO_RESUMEN">(&apos;)?Tablero(&apos;)?!\$B\$2:\$B\$17<\/definedName>/);
});
