// `npm run deploy -- dev|prod|addon`: lint, type check, the whole test suite and the build, and only
// when all pass, `clasp push` to the script named in .clasp-<target>.json. Messages are for the IT
// person who deploys, in Spanish, like the README section they follow.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const TARGETS = { dev: '.clasp-dev.json', prod: '.clasp-prod.json', addon: '.clasp-addon.json' };
const target = process.argv[2] ?? '';
const file = TARGETS[target];
if (!file) {
  console.error('Uso: npm run deploy -- dev | prod | addon  (dev = script de prueba, prod = la hoja de la entidad, addon = complemento)');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`Falta ${file}. Cópielo de .clasp.json y escriba en "scriptId" el ID del script (Apps Script › Configuración del proyecto).`);
  process.exit(2);
}
const { scriptId } = JSON.parse(readFileSync(file, 'utf8'));
if (!scriptId || /REEMPLACE/.test(scriptId)) {
  console.error(`${file} todavía tiene el marcador en "scriptId": escriba el ID del script (Apps Script › Configuración del proyecto).`);
  process.exit(2);
}

const steps = [
  ['revisión de estilo (lint)', ['npm', 'run', 'lint']],
  ['revisión de tipos', ['npm', 'run', 'typecheck']],
  ['pruebas', ['npx', 'jest']],
  ['construcción', ['npm', 'run', 'build']],
  [`subida a ${target} (${scriptId})`, ['npx', 'clasp', '-P', file, 'push', '--force']],
];
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(
      `\n✗ Falló: ${name}. No se subió nada${name.startsWith('subida') ? ' (o la subida quedó a medias: vuelva a ejecutar el mismo comando)' : ''}.`,
    );
    process.exit(r.status ?? 1);
  }
}
console.log(`\n✓ Listo: el código está en el script ${target}. Recargue la hoja para ver el menú.`);
