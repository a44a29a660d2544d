// Entry of `npm run export` (scripts/run-ts.mjs bundles and runs it): the tracker as an .xlsx.
import { runExport } from './export-command';
import { runCli } from './run-cli';

runCli(runExport);
