// A process that holds an export's temporary file open the way writeWorkbookFile does, until a signal ends it.
import { writeFileSync } from 'node:fs';
import { removeOnSignal, tempPathFor } from '../../../src/node/temp-file';

const tmp = tempPathFor(process.argv[2] ?? 'libro.xlsx');
removeOnSignal(tmp);
writeFileSync(tmp, 'a medias');
process.stdout.write(`${tmp}\n`);
setInterval(() => undefined, 1000);
