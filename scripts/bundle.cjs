// Bundles src/gas into one Apps Script file. Only the entry points (what Google calls: triggers,
// menu handlers, google.script.run targets) are top-level function declarations; everything else
// lives inside one closure, so the editor's Run list and google.script.run see nothing more.
// Two deployments come from the same source: the bound script (clasp, top-level menu) and the
// Editor add-on (menu under Extensiones, onInstall). Shared by the build and the tests (which bundle
// in memory); CommonJS so that jest can require it as well.
const esbuild = require('esbuild');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');

/** Each deployment: its entry module and the folder `npm run build` writes it to. */
const DEPLOYMENTS = {
  bound: { entry: path.join(ROOT, 'src/gas/main.ts'), dist: 'dist' },
  addon: { entry: path.join(ROOT, 'src/gas/main-addon.ts'), dist: 'dist-addon' },
};
const GAS_ENTRY = DEPLOYMENTS.bound.entry;

/**
 * Where the closure leaves the entry functions for the top-level stubs: a registered symbol on the
 * global object, which adds no name to the script's global scope.
 */
const ENTRY_KEY = 'Symbol.for("seguimiento-gel-t.entradas")';

function optionsFor(deployment) {
  const d = DEPLOYMENTS[deployment];
  if (!d) throw new Error(`Unknown deployment ${deployment} (bound or addon)`);
  return {
    entryPoints: [d.entry],
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
}
const BUNDLE_OPTIONS = optionsFor('bound');

/** The names of the entry module's exports, from esbuild's trailing `export { a, b as c };`. */
function exportList(code) {
  const m = /\nexport\s*\{([^}]*)\};?\s*$/s.exec(code);
  if (!m) throw new Error('The Apps Script entry exports nothing');
  const names = m[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const parts = s.split(/\s+as\s+/);
      return { local: parts[0], exported: parts[1] ?? parts[0] };
    });
  return { body: code.slice(0, m.index + 1), names };
}

/** The build's output made into the script described in the header comment. */
function globalScript(result, deployment) {
  const { body, names } = exportList(result.outputFiles[0].text);
  if (/^\s*(import|export)\s/m.test(body) || /\brequire\(/.test(body)) {
    throw new Error('The Apps Script bundle still has import/export/require');
  }
  const stubs = names.map(({ exported }) => `function ${exported}(...args) {\n  return globalThis[${ENTRY_KEY}].${exported}(...args);\n}`).join('\n\n');
  const table = names.map(({ local, exported }) => (local === exported ? `    ${local},` : `    ${exported}: ${local},`)).join('\n');
  const label = deployment === 'addon' ? 'complemento de Editor' : 'script vinculado a la hoja';
  return [
    `// Seguimiento GEL-T (${label}) — generado por \`npm run build\` desde src/gas. No edite este archivo.`,
    '',
    '// Puntos de entrada: las únicas funciones globales (activadores, menú y google.script.run).',
    stubs,
    '',
    '// Todo lo demás vive dentro de este cierre.',
    '(function () {',
    '  "use strict";',
    // Not re-indented: that would change the text of multi-line template literals.
    body.trimEnd(),
    `  globalThis[${ENTRY_KEY}] = Object.freeze({`,
    table,
    '  });',
    '})();',
    '',
  ].join('\n');
}

async function bundleAppsScript(deployment = 'bound') {
  return globalScript(await esbuild.build(optionsFor(deployment)), deployment);
}

/** The same bundle, synchronously (tests that boot the script without awaiting). */
function bundleAppsScriptSync(deployment = 'bound') {
  return globalScript(esbuild.buildSync(optionsFor(deployment)), deployment);
}

module.exports = { ROOT, GAS_ENTRY, DEPLOYMENTS, BUNDLE_OPTIONS, bundleAppsScript, bundleAppsScriptSync };
