// Bundles src/gas into one global Apps Script file: no import/export/require, every entry point
// a top-level function declaration. Shared by the build and the tests (which bundle in memory);
// CommonJS so that jest can require it as well.
const esbuild = require('esbuild');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const GAS_ENTRY = path.join(ROOT, 'src/gas/main.ts');

const BUNDLE_OPTIONS = {
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
};

/** The build's output text made into one global script (see the header comment). */
function globalScript(result) {
  let code = result.outputFiles[0].text;
  // The entry's exports become plain globals: drop the trailing export list.
  code = code.replace(/\nexport\s*\{[^}]*\};?\s*$/s, '\n');
  if (/^\s*(import|export)\s/m.test(code) || /\brequire\(/.test(code)) {
    throw new Error('The Apps Script bundle still has import/export/require');
  }
  const header = '// Seguimiento GEL-T — generado por `npm run build` desde src/gas. No edite este archivo.\n';
  return header + code;
}

async function bundleAppsScript() {
  return globalScript(await esbuild.build(BUNDLE_OPTIONS));
}

/** The same bundle, synchronously (tests that boot the script without awaiting). */
function bundleAppsScriptSync() {
  return globalScript(esbuild.buildSync(BUNDLE_OPTIONS));
}

module.exports = { ROOT, GAS_ENTRY, BUNDLE_OPTIONS, bundleAppsScript, bundleAppsScriptSync };
