/**
 * The Excel export's cost against a bare exceljs write of the same Seguimiento cells, for 1,000,
 * 10,000 and 100,000 history rows. Each measurement runs in its own child process, so its peak
 * memory (maxRSS) is its own; time covers building and writing the workbook, not making the data.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { semesterLabel, semesterOf, serialFromParts } from '../../src/core/calendar';
import { builtinTemplate } from '../../src/core/template/builtin';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../src/core/tracker/seguimiento';
import { exportTracker } from '../../src/node/export';
import { dateOf } from '../../src/node/sheets/values';
import { tableOf, trackerFromTemplate, type OutValue, type TrackerData } from '../../src/node/tracker-data';

const SIZES = [1_000, 10_000, 100_000];
const JOB_ENV = 'GEL_EXPORT_BENCH_JOB';

type Job = 'export' | 'bare';
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
    rows.push(new Map<SeguimientoKey, OutValue>([
      ['corte', { date: corte }], ['semestre', semesterLabel(semesterOf(corte))],
      ['id', ids[i % 7]], ['indicador', `Indicador ${ids[i % 7]}`], ['responsables', 'Comité Gel-t- Oficina de Control Interno'],
      ['numerador', i % 100], ['denominador', 100], ['valor', valor], ['meta', 1], ['cumplimiento', valor],
      ['estado', 'Al día'], ['semaforo', valor < 0.6 ? 'Rojo' : valor < 0.8 ? 'Amarillo' : 'Verde'],
      ['proximoVencimiento', { date: corte + 30 }], ['diasRestantes', 30], ['evidencia', `https://example.gov.co/evidencia/${i}`],
      ['registradoPor', 'control.interno@example.gov.co'], ['registradoEl', { date: corte + 0.5 }],
    ]));
  }
  return rows;
}

function trackerWith(n: number): TrackerData {
  return { ...trackerFromTemplate(builtinTemplate()), seguimiento: tableOf(history(n)) };
}

/** The same Seguimiento cells written with nothing but exceljs: no styles, formulas or checks. */
async function bareWrite(data: TrackerData, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Seguimiento');
  ws.addRow(SEGUIMIENTO_COLUMNS.map((c) => c.header));
  for (const row of data.seguimiento.rows) {
    ws.addRow(SEGUIMIENTO_COLUMNS.map((c) => {
      const v = row.get(c.key) ?? null;
      return v !== null && typeof v === 'object' ? ('link' in v ? v.text : dateOf(v.date)) : v;
    }));
  }
  await wb.xlsx.writeFile(file);
}

async function child(spec: string): Promise<void> {
  const [job, size, file] = spec.split(':') as [Job, string, string];
  const data = trackerWith(Number(size));
  const start = performance.now();
  if (job === 'export') await exportTracker(data, file, { today: serialFromParts(2026, 11, 23), now: new Date() });
  else await bareWrite(data, file);
  const ms = performance.now() - start;
  const figures: Figures = { ms, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function measure(job: Job, n: number, dir: string): Figures {
  const file = path.join(dir, `${job}-${n}.xlsx`);
  const root = path.resolve(__dirname, '..');
  const r = spawnSync(process.execPath, ['--max-old-space-size=6144', path.join(root, 'scripts/run-ts.mjs'), 'scripts/bench/export.ts'], {
    cwd: root,
    env: { ...process.env, [JOB_ENV]: `${job}:${n}:${file}` },
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${job} ${n} failed: ${r.stderr}`);
  return JSON.parse(line) as Figures;
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-export-'));
  try {
    console.log('Seguimiento rows | export s | bare exceljs s | time ratio | export MB | bare MB | memory ratio');
    for (const n of SIZES) {
      const bare = measure('bare', n, dir);
      const exp = measure('export', n, dir);
      console.log([
        n.toLocaleString('en-US').padStart(16),
        (exp.ms / 1000).toFixed(2).padStart(8),
        (bare.ms / 1000).toFixed(2).padStart(14),
        (exp.ms / bare.ms).toFixed(2).padStart(10),
        exp.maxRssMb.toFixed(0).padStart(9),
        bare.maxRssMb.toFixed(0).padStart(7),
        (exp.maxRssMb / bare.maxRssMb).toFixed(2).padStart(12),
      ].join(' | '));
    }
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
