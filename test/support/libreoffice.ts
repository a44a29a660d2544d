import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import type { EngineCell, EngineValue } from './formula-engine';

const run = promisify(execFile);

/** soffice on PATH, or null. In CI its absence is a failure, not a skip. */
export function sofficePath(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, 'soffice');
    if (existsSync(p)) return p;
  }
  return null;
}

/** For tests: `describe` when LibreOffice is here; in CI a missing LibreOffice fails loudly. */
export function requireLibreOffice(): boolean {
  if (sofficePath()) return true;
  if (process.env.CI) throw new Error('LibreOffice (soffice) no está instalado: .ci/run debe instalar libreoffice-calc-nogui.');
  console.warn('LibreOffice no está instalado: se omiten las pruebas que recalculan en LibreOffice.');
  return false;
}

// Always recalculate OOXML files on load (OOXMLRecalcMode 0), in a throwaway profile.
const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Opens `input` in LibreOffice headless, recalculates every formula, and saves it as .xlsx in a
 * temporary folder; returns the new file's path (the caller removes its folder when done).
 */
export async function recalculateWithLibreOffice(input: string): Promise<string> {
  const soffice = sofficePath();
  if (!soffice) throw new Error('soffice not found');
  const work = await mkdtemp(path.join(os.tmpdir(), 'lo-recalc-'));
  const profile = path.join(work, 'profile');
  await mkdir(path.join(profile, 'user'), { recursive: true });
  await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), RECALC_PROFILE);
  const out = path.join(work, 'out');
  await run(
    soffice,
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input],
    { timeout: Number(process.env.LO_TIMEOUT_MS ?? 180_000) },
  );
  const result = path.join(out, `${path.basename(input, path.extname(input))}.xlsx`);
  if (!existsSync(result)) throw new Error(`LibreOffice did not write ${result}`);
  return result;
}

/** The value a cell shows after recalculation: a formula's result, or the plain value. */
export function shownValue(cell: ExcelJS.Cell): EngineValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === 'object' && 'formula' in v) {
    // cell.value drops a falsy result (0, false, ""): exceljs copies only truthy fields. cell.result keeps it.
    const r = cell.result;
    if (r === undefined || r === null) return '';
    if (typeof r === 'object' && 'error' in r) return { error: String(r.error) };
    if (r instanceof Date) return r.getTime() / 86_400_000 + 25_569;
    return r as number | string | boolean;
  }
  if (typeof v === 'object' && 'error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
  return String(v);
}

/**
 * Evaluates the same grids as createEngine, but in LibreOffice: writes them as .xlsx (formulas with
 * no cached values, so every value shown comes from LibreOffice), recalculates, and reads back.
 */
export async function evaluateInLibreOffice(
  sheets: Record<string, EngineCell[][]>,
  names: Record<string, string>,
): Promise<{ value(sheet: string, row1: number, col1: number): EngineValue }> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r, i) =>
      r.forEach((c, j) => {
        if (c === null) return;
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = typeof c === 'string' && c.startsWith('=') ? { formula: c.slice(1) } : c;
      }),
    );
  }
  for (const [name, ref] of Object.entries(names)) wb.definedNames.add(ref, name);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lo-eval-'));
  const input = path.join(dir, 'libro.xlsx');
  await wb.xlsx.writeFile(input);
  const output = await recalculateWithLibreOffice(input);
  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  await rm(dir, { recursive: true, force: true });
  await rm(path.dirname(path.dirname(output)), { recursive: true, force: true });
  return {
    value(sheet, row1, col1) {
      const ws = back.getWorksheet(sheet);
      if (!ws) throw new Error(`No sheet ${sheet} after LibreOffice`);
      return shownValue(ws.getCell(row1, col1));
    },
  };
}
