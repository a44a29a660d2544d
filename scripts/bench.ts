// npm run bench: every benchmark module in scripts/bench/, in turn, in one process. Figures are
// printed, never asserted; compare ratios measured in the same run (these machines are noisy).
import * as consolidar from './bench/consolidar';
import * as core from './bench/core';
import * as docs from './bench/docs';
import * as exportBench from './bench/export';
import * as gas from './bench/gas';

interface BenchModule {
  readonly run: () => Promise<void>;
}

const only = process.argv[2];
// consolidar generates 1,102 trackers the first time (minutes): only when asked for by name.
const modules: Record<string, BenchModule> = { core, gas, docs, export: exportBench, ...(only === 'consolidar' ? { consolidar } : {}) };

async function main(): Promise<void> {
  for (const [name, mod] of Object.entries(modules)) {
    if (only && only !== name) continue;
    console.log(`\n== ${name} ==`);
    await mod.run();
  }
}

// A child the export bench started to measure one job runs that job only (see bench/export.ts).
if (!process.env.GEL_EXPORT_BENCH_JOB) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
