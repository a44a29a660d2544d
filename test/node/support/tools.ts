import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const OOXML_VALIDATE = path.resolve(__dirname, '../../../../shared/tools/ooxml-validate');
const XSD_DIR = path.resolve(path.dirname(OOXML_VALIDATE), '../ooxml-xsd');

function onPath(cmd: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return null;
}

/** A tool a test needs: null when it is here, else what is missing and how to get it. */
export type ToolCheck = string | null;

/**
 * Whether an external tool is here. When it is not, the test is skipped with a warning that says
 * exactly what is missing and how to get it. Under CI the tool must be there and its absence fails
 * loudly, except for what lives beside the clone (`../shared`) when `NO_SHARED=1` says the run is
 * the stand-alone one (a copy of the checkout with nothing beside it, see .ci/run).
 */
export function toolAvailable(what: string, missing: ToolCheck, opts: { beside?: boolean } = {}): boolean {
  if (missing === null) return true;
  const standAlone = opts.beside === true && process.env.NO_SHARED === '1';
  if (process.env.CI && !standAlone) throw new Error(`${what} no está disponible: ${missing}`);
  console.warn(`${what} no está disponible: se omite esta prueba. ${missing}`);
  return false;
}

export const missingSoffice = (): ToolCheck =>
  onPath('soffice') !== null ? null : 'Falta el programa soffice en el PATH: apt-get install -y libreoffice-calc-nogui';

/** ooxml-validate is not part of this repository: it sits beside the clone in ../shared/tools. */
export function missingValidator(): ToolCheck {
  const lacking: string[] = [];
  if (!existsSync(OOXML_VALIDATE))
    lacking.push(`falta ${OOXML_VALIDATE} (la carpeta ../shared del proyecto, con tools/ooxml-validate y ooxml-xsd, al lado del clon)`);
  else if (!existsSync(XSD_DIR)) lacking.push(`falta ${XSD_DIR} (los esquemas ECMA-376 de ../shared)`);
  if (onPath('xmllint') === null) lacking.push('falta xmllint: apt-get install -y libxml2-utils');
  if (onPath('python3') === null) lacking.push('falta python3: apt-get install -y python3');
  return lacking.length === 0 ? null : `${lacking.join('; ')}.`;
}

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
  await run(
    'soffice',
    [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xlsx', '--outdir', out, file],
    {
      timeout: 180_000,
      env: { ...process.env, TZ: 'America/Bogota' },
    },
  );
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

const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';

/**
 * ooxml-validate cannot compile dml-spreadsheetDrawing.xsd with xmllint (which keeps only the
 * first of several imports of the DrawingML namespace), so it reports schema-compile lines for any
 * drawing part instead of validating it. Those lines are about the schema, not the file.
 */
export function isDrawingSchemaNoise(line: string): boolean {
  return /^xl\/drawings\/drawing\d+\.xml: /.test(line) && (line.includes('ooxml-xsd/') || /failed to compile/.test(line));
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The same ECMA-376 schemas with that defect repaired: one wrapper schema includes every file of
 * the DrawingML namespace, and the drawing and chart schemas import it once. Returns the folder.
 */
export async function repairedDrawingSchemas(): Promise<string> {
  const { readdir, readFile: read, copyFile } = await import('node:fs/promises');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'xsd-'));
  const files = (await readdir(XSD_DIR)).filter((f) => f.endsWith('.xsd'));
  const inA: string[] = [];
  for (const f of files) {
    await copyFile(path.join(XSD_DIR, f), path.join(dir, f));
    const text = await read(path.join(XSD_DIR, f), 'utf8');
    if (f.startsWith('dml-') && text.includes(`targetNamespace="${NS_A}"`)) inA.push(f);
  }
  await writeFile(
    path.join(dir, 'a-all.xsd'),
    `<?xml version="1.0" encoding="utf-8"?>\n<xsd:schema targetNamespace="${NS_A}" xmlns:xsd="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">\n${inA.map((f) => `<xsd:include schemaLocation="${f}"/>`).join('\n')}\n</xsd:schema>\n`,
  );
  const dropA = new RegExp(
    `<xsd:import (?:schemaLocation="[^"]+" namespace="${escapeRe(NS_A)}"|namespace="${escapeRe(NS_A)}" schemaLocation="[^"]+") />\\s*`,
    'g',
  );
  const xdr = (await read(path.join(XSD_DIR, 'dml-spreadsheetDrawing.xsd'), 'utf8'))
    .replace(/^\uFEFF/, '')
    .replace(dropA, '')
    .replace(
      '<xsd:complexType ',
      `<xsd:import schemaLocation="a-all.xsd" namespace="${NS_A}"/><xsd:import schemaLocation="dml-chart.xsd" namespace="${NS_C}"/><xsd:complexType `,
    );
  await writeFile(path.join(dir, 'xdr-repaired.xsd'), xdr);
  const chart = (await read(path.join(XSD_DIR, 'dml-chart.xsd'), 'utf8'))
    .replace(/^\uFEFF/, '')
    .replace(dropA, '')
    .replace('<xsd:import ', `<xsd:import namespace="${NS_A}" schemaLocation="a-all.xsd"/><xsd:import `);
  await writeFile(path.join(dir, 'chart-repaired.xsd'), chart);
  return dir;
}

/** Validates a drawing or chart part's XML with the repaired schemas; returns xmllint's complaints. */
export async function validateDrawingPart(xml: string, kind: 'drawing' | 'chart', schemas: string): Promise<string[]> {
  const file = path.join(schemas, `${kind}-part.xml`);
  await writeFile(file, xml);
  try {
    await run('xmllint', ['--noout', '--schema', path.join(schemas, kind === 'drawing' ? 'xdr-repaired.xsd' : 'chart-repaired.xsd'), file]);
    return [];
  } catch (e) {
    return String((e as { stderr?: string }).stderr ?? e)
      .split('\n')
      .filter((l) => l && !/Skipping import|validates$/.test(l));
  }
}
