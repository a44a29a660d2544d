import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { ChartSpec } from './chart';
import { fixPackage } from './package-fix';
import { removeOnSignal, removeStaleTemps, tempPathFor } from './temp-file';

/**
 * Writes the workbook atomically: to a temporary file in the same folder, then renamed over the
 * target, so a failed or interrupted export (Ctrl+C included) never leaves a partial .xlsx behind.
 */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, target: string, charts: readonly ChartSpec[] = []): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(target);
  const tmp = tempPathFor(target);
  const stopCleaning = removeOnSignal(tmp);
  try {
    const written = await wb.xlsx.writeBuffer();
    await writeFile(tmp, await fixPackage(written as ArrayBuffer, charts));
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  } finally {
    stopCleaning();
  }
}
