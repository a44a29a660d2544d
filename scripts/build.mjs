// npm run build: both deployments from one source, each ready for clasp push.
//   dist/        the script bound to the spreadsheet (.clasp.json): menu «Gobierno en Línea» in the top bar
//   dist-addon/  the Editor add-on (.clasp-addon.json): menu under Extensiones, onInstall
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleAppsScript, DEPLOYMENTS, ROOT } from './bundle.mjs';

const { manifestText } = createRequire(import.meta.url)('./manifest.cjs');
for (const [deployment, { dist }] of Object.entries(DEPLOYMENTS)) {
  const dir = path.join(ROOT, dist);
  await mkdir(dir, { recursive: true });
  const code = await bundleAppsScript(deployment);
  await writeFile(path.join(dir, 'Code.js'), code, 'utf8');
  await writeFile(path.join(dir, 'appsscript.json'), manifestText(), 'utf8');
  console.log(`${dist}/Code.js (${(code.length / 1024).toFixed(0)} KB) y ${dist}/appsscript.json listos.`);
}
