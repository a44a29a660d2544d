// Generates test/fakes/scopes/documented.json: for every Apps Script method, the OAuth scopes the
// Apps Script reference documents under "Authorization" ("Scripts that use this method require
// authorization with one or more of the following scopes"). Source: the gas-types-detailed package,
// which carries that list in each method's doc comment, followed by the reference URL
//   https://developers.google.com/apps-script/reference/<service>/<class>#<method>(<args>)
// The advanced Drive service (v3) is not in that package: its scopes come from advanced-drive-v3.json
// beside this script (copied by hand from the Drive API v3 reference, one entry per method); the advanced
// Docs service (v1), from advanced-docs-v1.json (the Docs API v1 reference).
//
//   node scripts/scopes/generate.mjs            # writes the table
//   node scripts/scopes/generate.mjs --check    # exits 1 when the committed table is stale
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const PKG = path.join(ROOT, 'node_modules/gas-types-detailed');
const OUT = path.join(ROOT, 'test/fakes/scopes/documented.json');

const URL_RE = /https:\/\/developers\.google\.com\/apps-script\/reference\/([a-z-]+)\/([a-z-]+)#([A-Za-z0-9_]+)\(/;
const SCOPE_RE = /^\s*\*\s*-\s*(https:\/\/(?:www\.googleapis\.com\/auth\/[\w.-]+|mail\.google\.com\/|www\.google\.com\/[\w/.-]+))\s*$/;

/** "spreadsheet-app" → "SpreadsheetApp". */
const pascal = (kebab) =>
  kebab
    .split('-')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

/** Every documented method of one .d.ts file: "service/Class.method" → scopes (overloads merged). */
function methodsOf(text, table, conflicts) {
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const url = URL_RE.exec(comment);
    if (!url) continue;
    const [, service, kebabClass, method] = url;
    const scopes = [];
    const at = comment.indexOf('require authorization with one or more of the following scopes');
    if (at >= 0) {
      // The list is the run of "- <scope>" lines right after that sentence.
      for (const line of comment.slice(at).split('\n').slice(1)) {
        const m = SCOPE_RE.exec(line);
        if (!m) break;
        scopes.push(m[1]);
      }
    }
    const key = `${pascal(kebabClass)}.${method}`;
    table[service] ??= {};
    const before = table[service][key];
    if (before === undefined) table[service][key] = scopes;
    else if (before.join() !== scopes.join()) {
      // Overloads documented differently: any of them is enough for one of the overloads, so keep all.
      conflicts.push(`${service}/${key}`);
      table[service][key] = [...new Set([...before, ...scopes])];
    }
  }
}

/** One method per line, so that a regenerated table diffs by method. */
function render(source, services) {
  const blocks = Object.entries(services).map(
    ([s, methods]) =>
      `  ${JSON.stringify(s)}: {\n${Object.entries(methods)
        .map(([k, v]) => `   ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
        .join(',\n')}\n  }`,
  );
  return `{\n "source": ${JSON.stringify(source)},\n "services": {\n${blocks.join(',\n')}\n }\n}\n`;
}

async function build() {
  const table = {};
  const conflicts = [];
  const files = (await readdir(PKG)).filter((f) => /^google-apps-script\..*\.d\.ts$/.test(f)).sort();
  for (const f of files) methodsOf(await readFile(path.join(PKG, f), 'utf8'), table, conflicts);
  const advanced = JSON.parse(await readFile(path.join(HERE, 'advanced-drive-v3.json'), 'utf8'));
  table['advanced-drive-v3'] = advanced.methods;
  table['advanced-docs-v1'] = JSON.parse(await readFile(path.join(HERE, 'advanced-docs-v1.json'), 'utf8')).methods;
  // Only methods that need a scope: a method absent from the table needs none.
  const sorted = {};
  for (const s of Object.keys(table).sort()) {
    const keys = Object.keys(table[s])
      .filter((k) => table[s][k].length > 0)
      .sort();
    if (keys.length > 0) sorted[s] = Object.fromEntries(keys.map((k) => [k, table[s][k]]));
  }
  const pkg = JSON.parse(await readFile(path.join(PKG, 'package.json'), 'utf8'));
  return {
    json: render(`gas-types-detailed@${pkg.version} + scripts/scopes/advanced-drive-v3.json + scripts/scopes/advanced-docs-v1.json`, sorted),
    conflicts,
  };
}

const { json, conflicts } = await build();
if (process.argv.includes('--check')) {
  const committed = await readFile(OUT, 'utf8').catch(() => '');
  if (committed !== json) {
    console.error('test/fakes/scopes/documented.json is stale: run node scripts/scopes/generate.mjs');
    process.exit(1);
  }
} else {
  await writeFile(OUT, json, 'utf8');
  const count = Object.values(JSON.parse(json).services).reduce((n, s) => n + Object.keys(s).length, 0);
  console.log(`${path.relative(ROOT, OUT)}: ${count} methods; overloads with different scopes: ${conflicts.length}`);
}
