import { copyFile } from 'node:fs/promises';
import { builtinTemplate } from '../../src/core/template/builtin';
import { trackerFromTemplate } from '../../src/node/tracker-data';
import { todayInBogota } from '../../src/node/today';
import { exportToTemp } from './support/export-file';
import { filledPlan, TODAY } from './support/plans';

test('write preview files', async () => {
  await copyFile(await exportToTemp(trackerFromTemplate(builtinTemplate()), 'seed.xlsx', todayInBogota()), '/tmp/h11c/seed.xlsx');
  await copyFile(await exportToTemp(filledPlan(), 'filled.xlsx', TODAY), '/tmp/h11c/filled.xlsx');
}, 60000);
