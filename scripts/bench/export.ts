/**
 * The Excel export against a bare exceljs STREAMING write of the same cells (values, dates, the
 * computed columns' formulas, no styles beyond a date format; see bareWrite), for 1,000 / 10,000 /
 * 100,000 Seguimiento rows and 100 / 1,000 / 10,000 indicators; then reading back a 100,000-row
 * export, and the CLI's start-up. Every measurement runs in its own child process (its maxRSS is
 * its own); export and baseline alternate in pairs so that the machine's noise hits both alike.
 * Time covers building and writing the workbook, not making the data. Figures are medians.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { semesterLabel, semesterOf, serialFromParts } from '../../src/core/calendar';
import { builtinTemplate } from '../../src/core/template/builtin';
import { defaultLayout, rowFormulas } from '../../src/core/tracker/layout';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../src/core/tracker/seguimiento';
import type { CellFormat } from '../../src/core/tracker/types';
import { exportTracker } from '../../src/node/export';
import { readInput } from '../../src/node/read-input';
import { waitForZip } from '../../src/node/stream-book';
import { dateOf } from '../../src/node/sheets/values';
import { tableOf, trackerFromTemplate, type OutValue, type TableData, type TrackerData } from '../../src/node/tracker-data';

const HISTORY_SIZES = [1_000, 10_000, 100_000];
const INDICATOR_SIZES = [100, 1_000, 10_000];
const PAIRS = Number(process.env.GEL_BENCH_PAIRS ?? 3);
const JOB_ENV = 'GEL_EXPORT_BENCH_JOB';
const ROOT = path.resolve(__dirname, '..');

type Job = 'export' | 'bare' | 'read' | 'write';
type Shape = 'history' | 'indicators';
interface Figures {
  readonly ms: number;
  readonly maxRssMb: number;
}

/** A plausible history: every indicator of the plan at successive month-end cortes. */
function history(n: number): Map<SeguimientoKey, OutValue>[] {
  const ids = ['A1', 'A2.1', 'A2.2', 'A3', 'A4', 'A5', 'A6'];
  const rows: Map<SeguimientoKey, OutValue>[] = [];
  for (let i = 0; i < n; i++) {
    const corte = serialFromParts(2010 + Math.floor(i / 84), 1 + (Math.floor(i / 7) % 12), 28);
    const valor = (i % 100) / 100;
    rows.push(
      new Map<SeguimientoKey, OutValue>([
        ['corte', { date: corte }],
        ['semestre', semesterLabel(semesterOf(corte))],
        ['id', ids[i % 7]],
        ['indicador', `Indicador ${ids[i % 7]}`],
        ['responsables', 'Comité Gel-t- Oficina de Control Interno'],
        ['numerador', i % 100],
        ['denominador', 100],
        ['valor', valor],
        ['meta', 1],
        ['cumplimiento', valor],
        ['estado', 'Al día'],
        ['semaforo', valor < 0.6 ? 'Rojo' : valor < 0.8 ? 'Amarillo' : 'Verde'],
        ['proximoVencimiento', { date: corte + 30 }],
        ['diasRestantes', 30],
        ['evidencia', `https://example.gov.co/evidencia/${i}`],
        ['registradoPor', 'control.interno@example.gov.co'],
        ['registradoEl', { date: corte + 0.5 }],
      ]),
    );
  }
  return rows;
}

/** The built-in plan's indicators repeated to `n` rows, each with its own ID and some follow-up typed. */
function indicators(n: number): TableData<MatrizKey> {
  const plan = trackerFromTemplate(builtinTemplate()).matriz.rows;
  const rows: Map<MatrizKey, OutValue>[] = [];
  for (let i = 0; i < n; i++) {
    const row = new Map(plan[i % plan.length]);
    row.set('id', `${String(row.get('id'))}-${Math.floor(i / plan.length) + 1}`);
    row.set('fechaInicio', { date: serialFromParts(2025, 1 + (i % 12), 1) });
    row.set('numerador', i % 10);
    row.set('denominador', 10);
    row.set('meta', 0.9);
    rows.push(row);
  }
  return tableOf(rows);
}

function trackerWith(shape: Shape, n: number): TrackerData {
  const base = trackerFromTemplate(builtinTemplate());
  return shape === 'history' ? { ...base, seguimiento: tableOf(history(n)) } : { ...base, matriz: indicators(n) };
}

function bareValue(v: OutValue | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  return typeof v === 'object' ? ('link' in v ? v.text : dateOf(v.date)) : v;
}

/** What a cell of the column needs to show its value: a date format for dates, nothing else. */
function minimalStyle(format: CellFormat): Partial<ExcelJS.Style> {
  return format === 'date' || format === 'dateTime' ? { numFmt: 'dd/mm/yyyy' } : {};
}

/** Adds `values` as a row whose cells share their column's style, commits it, and lets the zip catch up when it lags. */
async function addBareRow(ws: ExcelJS.Worksheet, values: ExcelJS.CellValue[], styles: readonly Partial<ExcelJS.Style>[]): Promise<void> {
  const row = ws.addRow(values);
  for (let c = 0; c < styles.length; c++) row.getCell(c + 1).style = styles[c];
  row.commit();
  await waitForZip(ws);
}

/**
 * The baseline: exceljs's streaming writer (rows committed as added), same string and style
 * settings as the export, writing the Matriz and Seguimiento cells — computed columns as formula
 * cells with their text, no cached result — with the minimal styles (a date format on date columns)
 * and nothing else. Two things make it the writer at its best rather than at its most naive, so the
 * ratio shows what the export adds: each column's cells share one style object (exceljs resolves a
 * style once per object; a fresh object per cell makes the baseline slower than the export), and it
 * waits for the zip when more than 4 MB lag behind, as the export does (stream-book's waitForZip):
 * without that, deflating falls behind and the run ends waiting for a backlog of the whole sheet.
 */
async function bareWrite(data: TrackerData, file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const matriz = wb.addWorksheet('Matriz');
  matriz.addRow(MATRIZ_COLUMNS.map((c) => c.header)).commit();
  const layout = defaultLayout(MATRIZ_COLUMNS);
  const matrizStyles = MATRIZ_COLUMNS.map((c) => minimalStyle(c.format));
  for (let i = 0; i < data.matriz.rows.length; i++) {
    const row = data.matriz.rows[i];
    const formulas = rowFormulas(MATRIZ_COLUMNS, layout, i + 2);
    const formulaOf = (key: MatrizKey): ExcelJS.CellValue => {
      const formula = formulas.get(key);
      return formula === undefined ? null : { formula, date1904: false };
    };
    await addBareRow(
      matriz,
      MATRIZ_COLUMNS.map((c) => (c.role === 'computed' ? formulaOf(c.key) : bareValue(row.get(c.key)))),
      matrizStyles,
    );
  }
  matriz.commit();
  const ws = wb.addWorksheet('Seguimiento');
  ws.addRow(SEGUIMIENTO_COLUMNS.map((c) => c.header)).commit();
  const seguimientoStyles = SEGUIMIENTO_COLUMNS.map((c) => minimalStyle(c.format));
  for (let i = 0; i < data.seguimiento.rows.length; i++) {
    const row = data.seguimiento.rows[i];
    await addBareRow(
      ws,
      SEGUIMIENTO_COLUMNS.map((c) => bareValue(row.get(c.key))),
      seguimientoStyles,
    );
  }
  ws.commit();
  await wb.commit();
}

const TODAY = serialFromParts(2026, 11, 23);

async function child(spec: string): Promise<void> {
  const [job, shape, size, file] = spec.split('|') as [Job, Shape, string, string];
  if (job === 'write') {
    // Makes the input of the read-back measurement (not measured).
    await exportTracker(trackerWith(shape, Number(size)), file, { today: TODAY, now: new Date() });
    process.stdout.write('{}\n');
    return;
  }
  const data = job === 'read' ? null : trackerWith(shape, Number(size));
  const start = performance.now();
  if (job === 'read') {
    const read = await readInput(file, builtinTemplate());
    if (read.data.seguimiento.rows.length !== Number(size)) throw new Error(`read ${read.data.seguimiento.rows.length} rows, expected ${size}`);
  } else if (data && job === 'export') {
    await exportTracker(data, file, { today: TODAY, now: new Date() });
  } else if (data) {
    await bareWrite(data, file);
  }
  const figures: Figures = { ms: performance.now() - start, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** The bench bundle run-ts.mjs made for this process (children run it directly: no re-bundling). */
function benchBundle(): string {
  const bundle = process.argv[1];
  if (!bundle || !existsSync(bundle)) throw new Error('the export bench runs from its bundle (npm run bench -- export)');
  return bundle;
}

function measure(job: Job, shape: Shape, n: number, file: string): Figures {
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', benchBundle()], {
    cwd: ROOT,
    env: { ...process.env, [JOB_ENV]: [job, shape, n, file].join('|') },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${job} ${shape} ${n} failed: ${r.stderr}`);
  return JSON.parse(line) as Figures;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => c.padStart(widths[i])).join(' | ');
}

const COLS = ['', 'export s', 'bare s', 'time ratio', 'export MB', 'bare MB', 'memory ratio', 'export µs/row'];
const WIDTHS = [22, 8, 7, 10, 9, 7, 12, 13];

function pairs(shape: Shape, n: number, dir: string): void {
  const exp: Figures[] = [];
  const bare: Figures[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternate which goes first, so neither always gets the quieter moment.
    const order: Job[] = i % 2 === 0 ? ['bare', 'export'] : ['export', 'bare'];
    for (const job of order) (job === 'export' ? exp : bare).push(measure(job, shape, n, path.join(dir, `${job}-${shape}-${n}.xlsx`)));
  }
  const t = [median(exp.map((f) => f.ms)), median(bare.map((f) => f.ms))];
  const m = [median(exp.map((f) => f.maxRssMb)), median(bare.map((f) => f.maxRssMb))];
  const label = `${n.toLocaleString('en-US')} ${shape === 'history' ? 'Seguimiento rows' : 'indicators'}`;
  console.log(
    row(
      [
        label,
        (t[0] / 1000).toFixed(2),
        (t[1] / 1000).toFixed(2),
        (t[0] / t[1]).toFixed(2),
        m[0].toFixed(0),
        m[1].toFixed(0),
        (m[0] / m[1]).toFixed(2),
        ((t[0] * 1000) / n).toFixed(1),
      ],
      WIDTHS,
    ),
  );
}

const STARTUP_ROUNDS = Number(process.env.GEL_BENCH_STARTUP_ROUNDS ?? 7);

/**
 * `npm run export` (npm, then the cached CLI bundle) and the script npm runs, against `node` running a
 * pre-built single-file bundle of the CLI, in interleaved rounds. npm's own start is measured apart
 * (`npm run env`: npm, a shell and a tiny program), against a bare `node -e 0`.
 */
function startup(dir: string): void {
  const bundle = path.join(dir, 'cli-prebuilt.cjs');
  const build = spawnSync(
    path.join(ROOT, 'node_modules/.bin/esbuild'),
    [path.join(ROOT, 'src/node/cli.ts'), '--bundle', '--platform=node', '--format=cjs', '--target=node20', `--outfile=${bundle}`, '--log-level=warning'],
    { encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(build.stderr);
  const timed = (cmd: string, args: string[]): number => {
    const start = performance.now();
    const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    return performance.now() - start;
  };
  const out = path.join(dir, 'startup.xlsx');
  timed('npm', ['run', '--silent', 'export', '--', '--salida', out]); // brings .cache/cli.cjs up to date, as any first run does
  const runs = { npm: [] as number[], runTs: [] as number[], node: [] as number[], npmAlone: [] as number[], nodeAlone: [] as number[] };
  for (let i = 0; i < STARTUP_ROUNDS; i++) {
    runs.npm.push(timed('npm', ['run', '--silent', 'export', '--', '--salida', out]));
    runs.node.push(timed(process.execPath, [bundle, '--salida', out]));
    runs.runTs.push(timed(process.execPath, [path.join(ROOT, 'scripts/run-ts.mjs'), 'src/node/cli.ts', '--salida', out]));
    runs.npmAlone.push(timed('npm', ['run', '--silent', 'env']));
    runs.nodeAlone.push(timed(process.execPath, ['-e', '0']));
  }
  const [npm, runTs, node, npmAlone, nodeAlone] = [runs.npm, runs.runTs, runs.node, runs.npmAlone, runs.nodeAlone].map(median);
  const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    `\nStart-up, built-in plan (medians of ${STARTUP_ROUNDS} rounds): npm run export ${s(npm)}, ` +
      `node scripts/run-ts.mjs (what npm runs) ${s(runTs)}, node + pre-built single-file bundle ${s(node)}; ` +
      `ratios ${(npm / node).toFixed(2)} (npm run) and ${(runTs / node).toFixed(2)} (run-ts)`,
  );
  console.log(`npm's own start: npm run env ${s(npmAlone)} against node -e 0 ${s(nodeAlone)}, so npm adds ≈ ${s(npmAlone - nodeAlone)} to any npm run`);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  const sizes = process.env.GEL_BENCH_MAX ? Number(process.env.GEL_BENCH_MAX) : Infinity;
  try {
    console.log(`Medians of ${PAIRS} interleaved pairs, each run in its own process (bare: exceljs streaming writer, same cells)`);
    console.log(row(COLS, WIDTHS));
    for (const n of HISTORY_SIZES.filter((s) => s <= sizes)) pairs('history', n, dir);
    for (const n of INDICATOR_SIZES.filter((s) => s <= sizes / 10)) pairs('indicators', n, dir);

    const readRows = Math.min(100_000, sizes);
    const input = path.join(dir, `input-${readRows}.xlsx`);
    measure('write', 'history', readRows, input);
    const reads = [0, 1, 2].map(() => measure('read', 'history', readRows, input));
    console.log(
      `\nRead-back of a ${readRows.toLocaleString('en-US')}-row export (npm run export -- --entrada): ` +
        `${(median(reads.map((f) => f.ms)) / 1000).toFixed(2)} s, ${median(reads.map((f) => f.maxRssMb)).toFixed(0)} MB peak (medians of 3)`,
    );
    startup(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// In a measuring child (see measure), this module runs one job instead of being a bench module.
const job = process.env[JOB_ENV];
if (job) {
  child(job).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
