import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import type { ChartSpec } from './chart';
import { fixPackage } from './package-fix';

/**
 * Writes the workbook atomically: to a temporary file in the same folder, then renamed over the
 * target, so a failed or interrupted export never leaves a partial .xlsx behind.
 */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, target: string, charts: readonly ChartSpec[] = []): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    const written = await wb.xlsx.writeBuffer();
    await writeFile(tmp, await fixPackage(written as ArrayBuffer, charts));
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
