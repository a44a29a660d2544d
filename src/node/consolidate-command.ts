import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { serialFromDisplay, type DaySerial } from '../core/calendar';
import { departmentalSummary, keepLatest, type MunicipalityResult } from '../core/consolidate';
import { PLAUSIBLE_FROM, PLAUSIBLE_TO } from '../core/grid/cells';
import { consolidateMsg, exportMsg } from '../core/messages';
import { builtinTemplate } from '../core/template/builtin';
import { readArgs, type OptionSpec } from './args';
import type { CommandIO } from './export-command';
import { writeConsolidated } from './consolidate-workbook';
import { readMunicipality } from './consolidate-read';
import { UsageError } from './input-error';
import { todayInBogota } from './today';

const OPTIONS: readonly OptionSpec[] = [
  { name: 'entrada', short: 'e', takes: 'value' },
  { name: 'salida', short: 's', takes: 'value' },
  { name: 'corte', short: 'c', takes: 'value' },
  { name: 'help', short: 'h' },
];

interface ConsolidateOptions {
  readonly help: boolean;
  readonly entrada: string;
  readonly salida: string;
  readonly corte?: DaySerial;
}

export function parseConsolidateArgs(argv: readonly string[]): ConsolidateOptions {
  const { values, positionals } = readArgs(argv, OPTIONS, consolidateMsg.unknownOption);
  if (positionals.length > 0) throw new UsageError(exportMsg.unexpectedArgument(positionals[0]));
  const text = (k: string): string | undefined => (typeof values[k] === 'string' ? (values[k] as string) : undefined);
  if (values.help === true) return { help: true, entrada: '', salida: '' };
  const entrada = text('entrada');
  if (entrada === undefined) throw new UsageError(consolidateMsg.missingEntrada());
  const salida = text('salida') ?? 'consolidado.xlsx';
  if (path.extname(salida).toLowerCase() !== '.xlsx') throw new UsageError(exportMsg.badOutput(salida));
  const c = text('corte');
  let corte: DaySerial | undefined;
  if (c !== undefined) {
    const serial = serialFromDisplay(c);
    if (serial === null) throw new UsageError(exportMsg.badCorte(c));
    if (serial < PLAUSIBLE_FROM || serial > PLAUSIBLE_TO) throw new UsageError(exportMsg.corteOutOfRange(c));
    corte = serial;
  }
  return { help: false, entrada, salida, corte };
}

/** npm run consolidar: exit 0 written (even with files skipped), 1 nothing usable or write failed, 2 wrong usage. */
export async function runConsolidate(argv: readonly string[], io: CommandIO): Promise<number> {
  let opts: ConsolidateOptions;
  let files: string[];
  try {
    opts = parseConsolidateArgs(argv);
    if (opts.help) {
      io.out(consolidateMsg.help());
      return 0;
    }
    const folder = path.resolve(io.cwd, opts.entrada);
    const info = await stat(folder).catch(() => null);
    if (!info?.isDirectory()) throw new UsageError(consolidateMsg.notAFolder(opts.entrada));
    const out = path.resolve(io.cwd, opts.salida);
    files = (await readdir(folder))
      .filter((f) => /\.xlsx$/i.test(f) && !f.startsWith('~$'))
      .sort()
      .map((f) => path.join(folder, f))
      .filter((f) => f !== out);
    if (files.length === 0) throw new UsageError(consolidateMsg.noFiles(opts.entrada));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${consolidateMsg.help()}`);
      return 2;
    }
    throw e;
  }
  // Configuración's empty cells must not take the default plan's municipality: no entity defaults here.
  const base = builtinTemplate();
  const template = { ...base, configuracion: { ...base.configuracion, entidad: '', municipio: '', departamento: '' } };
  const today = todayInBogota(io.now());
  const results: MunicipalityResult[] = [];
  const skipped: { file: string; reason: string }[] = [];
  // One file at a time: each workbook's read is garbage once its evaluated rows are kept.
  for (let i = 0; i < files.length; i++) {
    io.err(consolidateMsg.progress(i + 1, files.length, path.basename(files[i])));
    const outcome = await readMunicipality(files[i], template, today, opts.corte);
    if (outcome.ok) results.push(outcome.result);
    else {
      skipped.push({ file: outcome.file, reason: outcome.reason });
      io.err(consolidateMsg.skippedLine(outcome.file, outcome.reason));
    }
  }
  const { kept, duplicates } = keepLatest(results);
  for (const d of duplicates) io.err((d.sameDate ? consolidateMsg.duplicateSameDate : consolidateMsg.duplicate)(d.municipio, d.kept, d.dropped));
  const out = path.resolve(io.cwd, opts.salida);
  try {
    const thresholds = { umbralRojo: base.configuracion.umbralRojo, umbralAmarillo: base.configuracion.umbralAmarillo };
    await writeConsolidated(out, { kept, duplicates, skipped, department: departmentalSummary(kept), corte: opts.corte, thresholds }, io.now());
  } catch (e) {
    io.err(exportMsg.cannotWrite(opts.salida, e instanceof Error ? e.message : String(e)));
    return 1;
  }
  io.err(consolidateMsg.written(kept.length, skipped.length, opts.salida));
  io.out(out);
  return kept.length > 0 ? 0 : 1;
}
