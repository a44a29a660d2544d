import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { ChartSpec } from './chart';
import { fixPackage } from './package-fix';
import { removeOnSignal, removeStaleTemps, tempPathFor } from './temp-file';

/** A text file written together with the workbook (the report's web page). */
export interface CompanionFile {
  readonly file: string;
  readonly text: string;
}

/**
 * Writes the workbook atomically: to a temporary file in the same folder, then renamed over the
 * target, so a failed or interrupted export (Ctrl+C included) never leaves a partial .xlsx behind.
 * Companion files are written the same way and renamed only once every temporary file is complete,
 * before the workbook: if one cannot take its place (say its name is a folder), no new file is left.
 */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, target: string, charts: readonly ChartSpec[] = [], companions: readonly CompanionFile[] = []): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(target);
  const tmp = tempPathFor(target);
  const temps = [tmp, ...companions.map((c) => tempPathFor(c.file))];
  const stopCleaning = removeOnSignal(...temps);
  try {
    const written = await wb.xlsx.writeBuffer();
    await writeFile(tmp, await fixPackage(written as ArrayBuffer, charts));
    for (const c of companions) {
      await mkdir(path.dirname(path.resolve(c.file)), { recursive: true });
      await writeFile(tempPathFor(c.file), c.text, 'utf8');
    }
    for (const c of companions) await rename(tempPathFor(c.file), c.file);
    await rename(tmp, target);
  } catch (e) {
    await Promise.all(temps.map((t) => rm(t, { force: true })));
    throw e;
  } finally {
    stopCleaning();
  }
}
