// npm run build: dist/Code.js and dist/appsscript.json, ready for clasp push.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleAppsScript, ROOT } from './bundle.mjs';

const dist = path.join(ROOT, 'dist');
await mkdir(dist, { recursive: true });
const code = await bundleAppsScript();
await writeFile(path.join(dist, 'Code.js'), code, 'utf8');
await copyFile(path.join(ROOT, 'src/gas/appsscript.json'), path.join(dist, 'appsscript.json'));
console.log(`dist/Code.js (${(code.length / 1024).toFixed(0)} KB) y dist/appsscript.json listos.`);
