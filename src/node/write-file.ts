import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { removeOnSignal, removeStaleTemps, tempPathFor } from './temp-file';

/** A text file written together with the workbook (the report's web page); its text is made once the workbook is written. */
export interface CompanionFile {
  readonly file: string;
  readonly text: () => string;
}

/**
 * Writes the workbook atomically: `write` streams it to a temporary file in the same folder, then
 * it is renamed over the target, so a failed or interrupted export (Ctrl+C included) never leaves a
 * partial .xlsx behind. Companion files are written the same way and renamed only once every
 * temporary file is complete, before the workbook: if one cannot take its place (say its name is a
 * folder), no new file is left.
 */
export async function writeWorkbookFile(target: string, write: (tmp: string) => Promise<void>, companions: readonly CompanionFile[] = []): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await mkdir(dir, { recursive: true });
  await removeStaleTemps(target);
  const tmp = tempPathFor(target);
  const temps = [tmp, ...companions.map((c) => tempPathFor(c.file))];
  const stopCleaning = removeOnSignal(...temps);
  try {
    await write(tmp);
    for (const c of companions) {
      await mkdir(path.dirname(path.resolve(c.file)), { recursive: true });
      await writeFile(tempPathFor(c.file), c.text(), 'utf8');
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
