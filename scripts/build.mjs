// npm run build: dist/Code.js and dist/appsscript.json, ready for clasp push.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleAppsScript, ROOT } from './bundle.mjs';

const dist = path.join(ROOT, 'dist');
await mkdir(dist, { recursive: true });
const code = await bundleAppsScript();
await writeFile(path.join(dist, 'Code.js'), code, 'utf8');
const { manifestText } = createRequire(import.meta.url)('./manifest.cjs');
await writeFile(path.join(dist, 'appsscript.json'), manifestText(), 'utf8');
console.log(`dist/Code.js (${(code.length / 1024).toFixed(0)} KB) y dist/appsscript.json listos.`);
