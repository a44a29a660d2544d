// Runs a TypeScript entry (the export CLI, the benchmark) from a bundle cached in .cache/, so Node
// needs no TypeScript loader and nothing is transpiled per run. The bundle is rebuilt only when a
// file it may contain (src/, scripts/, the plan in sheets-template/, the lockfile) is newer than it: a stat of each, a few
// milliseconds, against ≈0.4 s for esbuild itself, which is loaded only then. This needs no
// install hook (prepare/postinstall would also run for every `npm ci` of a consumer and fail
// without dev dependencies); the first run after `npm ci` builds it. Arguments after the entry go
// to the program.
import { readdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Uso: node scripts/run-ts.mjs ARCHIVO.ts [argumentos]');
  process.exit(2);
}
const outfile = path.join(ROOT, '.cache', `${path.basename(entry, '.ts')}.cjs`);
// The product (src/, the export CLI) is bundled whole, exceljs included: Node then reads one file
// instead of resolving and loading exceljs's few hundred modules (≈0.4 s of a short export).
// Scripts (benchmarks) keep their packages external.
const whole = path.resolve(ROOT, entry).startsWith(path.join(ROOT, 'src') + path.sep);

/** The newest modification time under `dir` (TypeScript and scripts only). */
function newest(dir) {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) latest = Math.max(latest, newest(p));
    else if (/\.(ts|mjs|cjs|js|json)$/.test(e.name)) latest = Math.max(latest, statSync(p).mtimeMs);
  }
  return latest;
}

function stale() {
  const built = statSync(outfile, { throwIfNoEntry: false });
  if (!built) return true;
  const dirs = ['src', 'scripts', 'sheets-template'].map((d) => newest(path.join(ROOT, d)));
  const sources = Math.max(...dirs, statSync(path.join(ROOT, 'package-lock.json')).mtimeMs);
  return sources > built.mtimeMs;
}

if (stale()) {
  const esbuild = await import('esbuild');
  // Built beside, then renamed: a run that starts meanwhile never loads half a file.
  const tmp = `${outfile}.${process.pid}.tmp`;
  await esbuild.build({
    entryPoints: [path.resolve(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: tmp,
    ...(whole ? {} : { packages: 'external' }),
    // A separate map file costs nothing unless Node is asked to use it (--enable-source-maps).
    sourcemap: 'external',
    logLevel: 'warning',
  });
  renameSync(`${tmp}.map`, `${outfile}.map`);
  renameSync(tmp, outfile);
}
// Bundled, exceljs's dependencies are no longer under node_modules, so Node reports their use of
// the old Buffer() constructor to the person running the export; it is not theirs to act on.
if (whole) process.noDeprecation = true;
process.argv = [process.argv[0], outfile, ...args];
// require, not import(): importing CommonJS from ESM first scans the whole file for its exports.
createRequire(import.meta.url)(outfile);
