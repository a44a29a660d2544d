// Bundles src/gas into one global Apps Script file: no import/export/require, every entry point
// a top-level function declaration. Shared by the build and the tests (which bundle in memory).
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GAS_ENTRY = path.join(ROOT, 'src/gas/main.ts');

export async function bundleAppsScript() {
  const result = await esbuild.build({
    entryPoints: [GAS_ENTRY],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    write: false,
    minify: false,
    treeShaking: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  });
  let code = result.outputFiles[0].text;
  // The entry's exports become plain globals: drop the trailing export list.
  code = code.replace(/\nexport\s*\{[^}]*\};?\s*$/s, '\n');
  if (/^\s*(import|export)\s/m.test(code) || /\brequire\(/.test(code)) {
    throw new Error('The Apps Script bundle still has import/export/require');
  }
  const header = '// Seguimiento GEL-T — generado por `npm run build` desde src/gas. No edite este archivo.\n';
  return header + code;
}
