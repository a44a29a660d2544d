import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const OOXML_VALIDATE = path.resolve(__dirname, '../../../../shared/tools/ooxml-validate');

function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * Whether an external tool is here. In CI a missing tool fails the test loudly; on a developer's
 * machine the test is skipped with a warning.
 */
export function toolAvailable(what: string, present: boolean, install: string): boolean {
  if (present) return true;
  if (process.env.CI) throw new Error(`${what} no está disponible: ${install}`);
  console.warn(`${what} no está disponible: se omite esta prueba (${install}).`);
  return false;
}

export const hasSoffice = (): boolean => onPath('soffice') !== null;
export const hasValidator = (): boolean => existsSync(OOXML_VALIDATE) && onPath('xmllint') !== null && onPath('python3') !== null;

// Recalculate every formula of an OOXML file on load (OOXMLRecalcMode 0 = always), in a throwaway profile.
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens the workbook in LibreOffice headless with a full recalculation on load and saves it as
 * .xlsx in a temporary folder; returns that file. TODAY() is Bogotá's day, as the export's.
 */
export async function recalcInLibreOffice(file: string): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'lo-profile-'));
  await mkdir(path.join(work, 'profile', 'user'), { recursive: true });
  await writeFile(path.join(work, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  const out = path.join(work, 'out');
  await run('soffice', [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, file], {
    timeout: 180_000,
    env: { ...process.env, TZ: 'America/Bogota' },
  });
  const result = path.join(out, path.basename(file));
  if (!existsSync(result)) throw new Error(`LibreOffice no escribió ${result}`);
  return result;
}

/** Runs ooxml-validate; returns its exit code and output. */
export async function validateOoxml(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(OOXML_VALIDATE, [file], { timeout: 120_000 });
    return { code: 0, output: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
