// Entry of `npm run vista-previa` (scripts/run-ts.mjs bundles and runs it): the workbook as it prints.
import { runPreview } from './preview/command';
import { runCli } from './run-cli';

runCli(runPreview);
