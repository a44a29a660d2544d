// The Apps Script manifest exactly as `npm run build` writes it to dist/appsscript.json. Shared by
// the build and the tests (the gas harness grants the fakes only what this manifest asks for).
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SOURCE = path.join(ROOT, 'src/gas/appsscript.json');

/** The manifest object (the build writes it as is). */
function buildManifest() {
  return JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
}

/** Its text as written to dist/appsscript.json. */
function manifestText() {
  return `${JSON.stringify(buildManifest(), null, 2)}\n`;
}

module.exports = { buildManifest, manifestText };
