// Runs a TypeScript entry (the export CLI, the benchmark) by bundling it with esbuild first,
// so Node needs no TypeScript loader. Arguments after the entry go to the program.
import * as esbuild from 'esbuild';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './bundle.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('Uso: node scripts/run-ts.mjs ARCHIVO.ts [argumentos]');
  process.exit(2);
}
const outDir = path.join(ROOT, '.cache');
await mkdir(outDir, { recursive: true });
const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.cjs`);
await esbuild.build({
  entryPoints: [path.resolve(ROOT, entry)],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile,
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
