import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { builtinTemplate } from '../../../src/core/template/builtin';
import { exportTracker } from '../../../src/node/export';
import { todayInBogota } from '../../../src/node/today';
import { trackerFromTemplate, type TrackerData } from '../../../src/node/tracker-data';
import { filledPlan, NOW, TODAY } from './plans';

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'gel-export-'));
}

/** Exports `data` the way the command does, into a fresh temporary folder; returns the file. */
export async function exportToTemp(data: TrackerData, name = 'tracker.xlsx', today = TODAY, chart = true): Promise<string> {
  const file = path.join(await tempDir(), name);
  await exportTracker(data, file, { today, now: NOW, chart });
  return file;
}

/**
 * The two workbooks every Excel-host check runs on: the seed's plan as is, computed today (as a
 * recalculating reader's TODAY() will), and the filled plan at its corte.
 */
export async function seedAndFilled(chart = true): Promise<{ seed: string; filled: string }> {
  return {
    seed: await exportToTemp(trackerFromTemplate(builtinTemplate()), 'seed.xlsx', todayInBogota(), chart),
    filled: await exportToTemp(filledPlan(), 'filled.xlsx', TODAY, chart),
  };
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
