// Entry of `npm run consolidar` (scripts/run-ts.mjs bundles and runs it): many trackers → one departmental workbook.
import { runConsolidate } from './consolidate-command';
import { runCli } from './run-cli';

runCli(runConsolidate);
