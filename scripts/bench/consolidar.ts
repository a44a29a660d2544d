/**
 * npm run bench -- consolidar: 1,102 trackers (every municipality in Colombia) × 10 indicators (the
 * Gobierno Digital plan) consolidated by `npm run consolidar` in its own child process, so time and
 * peak memory (GNU time's maxRSS) are the command's own. The inputs are generated once into
 * .cache/bench-consolidar/ (exports of the real writer) and reused by later runs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { serialFromParts } from '../../src/core/calendar';
import { templateByName } from '../../src/core/template/catalog';
import type { MatrizKey } from '../../src/core/tracker/matriz';
import { exportTracker } from '../../src/node/export';
import { tableOf, trackerFromTemplate, withReferenceDate, type OutValue } from '../../src/node/tracker-data';

const COUNT = 1_102;
const ROOT = process.cwd();
const DIR = path.join(ROOT, '.cache', 'bench-consolidar');
const DONE = path.join(DIR, `.generated-${COUNT}`);

async function generate(): Promise<void> {
  if (existsSync(DONE)) return;
  mkdirSync(DIR, { recursive: true });
  const base = trackerFromTemplate(templateByName('gobierno-digital').template);
  const now = new Date();
  for (let m = 1; m <= COUNT; m++) {
    const rows = base.matriz.rows.map((row, k) =>
      new Map<MatrizKey, OutValue>(row)
        .set('numerador', (m * 7 + k * 3) % 20)
        .set('denominador', 20)
        .set('ultimoSeguimiento', { date: serialFromParts(2026, 1 + (m % 6), 1) }),
    );
    const municipio = `Municipio ${m}`;
    const data = withReferenceDate(
      { ...base, settings: { ...base.settings, municipio, entidad: `Alcaldía de ${municipio}` }, matriz: tableOf(rows) },
      serialFromParts(2026, 6, 30),
    );
    await exportTracker(data, path.join(DIR, `m${String(m).padStart(4, '0')}.xlsx`), { today: serialFromParts(2026, 6, 30), now });
    if (m % 50 === 0 || m === COUNT) process.stdout.write(`\rGenerando seguimientos: ${m}/${COUNT}`);
  }
  process.stdout.write('\n');
  writeFileSync(DONE, '');
}

export async function run(): Promise<void> {
  await generate();
  const cli = path.join(ROOT, '.cache', 'bench-consolidate-cli.cjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/node/consolidate-cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: cli,
    packages: 'external',
    logLevel: 'warning',
  });
  const out = path.join(ROOT, '.cache', 'bench-consolidado.xlsx');
  const r = spawnSync('/usr/bin/time', ['-f', 'TIME %e %M', process.execPath, cli, '--entrada', DIR, '--salida', out], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = r.stderr.split('\n').filter(Boolean);
  const progress = lines.filter((l) => l.startsWith('Consolidando ')).length;
  const m = /TIME ([\d.]+) (\d+)/.exec(r.stderr);
  console.log(`consolidar ${COUNT} seguimientos × 10 indicadores: exit ${r.status}, ${progress} líneas de avance`);
  console.log(lines.filter((l) => l.startsWith('Listo')).join('\n'));
  if (m) console.log(`tiempo ${m[1]} s · memoria máxima (maxRSS) ${(Number(m[2]) / 1024).toFixed(0)} MB (meta: < 60 s)`);
}
