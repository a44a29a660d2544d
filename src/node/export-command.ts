import { stat } from 'node:fs/promises';
import path from 'node:path';
import { isoFromSerial, type DaySerial } from '../core/calendar';
import { calculationDate } from '../core/evaluate';
import { exportMsg, msg, webMsg } from '../core/messages';
import { DEFAULT_TEMPLATE, templateByName } from '../core/template/catalog';
import { TemplateError } from '../core/template/load';
import type { TrackerTemplate } from '../core/template/types';
import { parseExportArgs, type ExportOptions } from './args';
import { InputError, UsageError } from './input-error';
import { progressReporter } from './progress';
import { todayInBogota } from './today';
import { trackerFromTemplate, withReferenceDate, type TrackerData } from './tracker-data';

export interface CommandIO {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
}

/** How many per-cell observations are printed before summarising the rest. */
const MAX_PROBLEM_LINES = 40;

/** "Valle de San Juan" → "Valle-de-San-Juan": safe in a file name on every system. */
export function fileNamePart(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .trim()
      .replace(/\s+/g, '-') || 'entidad'
  );
}

export function defaultFileName(data: TrackerData, fechaCalculo: DaySerial): string {
  return `Seguimiento-GEL-T_${fileNamePart(data.settings.municipio || data.settings.entidad)}_${isoFromSerial(fechaCalculo)}.xlsx`;
}

/** Where to write: the default folder, a folder given, or an .xlsx path given (checked before any reading). */
async function outputTarget(opts: ExportOptions, cwd: string): Promise<{ dir: string; file?: string }> {
  if (opts.salida === undefined) return { dir: path.join(cwd, 'salida') };
  const target = path.resolve(cwd, opts.salida);
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) return { dir: target };
  if (path.extname(target).toLowerCase() !== '.xlsx') throw new UsageError(exportMsg.badOutput(opts.salida));
  if (opts.entrada !== undefined && path.resolve(cwd, opts.entrada) === target) throw new UsageError(exportMsg.sameInputOutput());
  return { dir: path.dirname(target), file: target };
}

function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** The plan named by --plantilla (the default without it); an unknown name is a usage error listing the names. */
function chosenTemplate(nombre: string | undefined): TrackerTemplate {
  try {
    return templateByName(nombre ?? DEFAULT_TEMPLATE).template;
  } catch (e) {
    if (e instanceof TemplateError && nombre !== undefined) throw new UsageError(e.message);
    throw e;
  }
}

/** The export command: returns the exit code (0 done, 1 unusable input or failed write, 2 wrong usage). */
export async function runExport(argv: readonly string[], io: CommandIO): Promise<number> {
  let opts: ExportOptions;
  let target: { dir: string; file?: string };
  let template: TrackerTemplate;
  try {
    opts = parseExportArgs(argv);
    if (opts.help) {
      io.out(exportMsg.help());
      return 0;
    }
    target = await outputTarget(opts, io.cwd);
    template = chosenTemplate(opts.plantilla);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(exportMsg.usage(e.message));
      return 2;
    }
    throw e;
  }

  const progress = progressReporter(io.err);
  let file = target.file ?? '';
  // Steps report themselves; in between (a long read, exceljs zipping) the last one repeats every few seconds.
  let step = exportMsg.step.reading();
  const heartbeat = setInterval(() => progress(step), 3000);
  try {
    let data = trackerFromTemplate(template);
    if (opts.entrada !== undefined) {
      progress(step);
      // Loaded only once the arguments are read: --help and usage errors never load exceljs.
      const { readInput } = await import('./read-input');
      const read = await readInput(path.resolve(io.cwd, opts.entrada), template, (s) => progress((step = s)));
      for (const n of read.notes) io.err(n);
      read.problems.slice(0, MAX_PROBLEM_LINES).forEach((p) => io.err(exportMsg.problem(p.level, msg.at(p.sheet, p.cell), p.message)));
      if (read.problems.length > MAX_PROBLEM_LINES) io.err(exportMsg.moreProblems(read.problems.length - MAX_PROBLEM_LINES));
      // Unusable cells stop the export unless the person asks for it anyway (they then count as empty, as in the formulas).
      const unusable = read.problems.filter((p) => p.level === 'error').length;
      if (unusable > 0 && !opts.forzar) throw new InputError(exportMsg.unusableCells(unusable));
      data = read.data;
    }
    if (opts.corte !== undefined) data = withReferenceDate(data, opts.corte);
    const now = io.now();
    const today = todayInBogota(now);
    const fechaCalculo = calculationDate(data.settings, today);
    file = target.file ?? path.join(target.dir, defaultFileName(data, fechaCalculo));
    const { exportTracker, webPageFile } = await import('./export');
    try {
      await exportTracker(data, file, { today, now, semester: opts.semestre, chart: !opts.sinGrafico, web: opts.web, onProgress: (s) => progress((step = s)) });
    } catch (e) {
      // A system error (no permission, disk full…) is told in words; anything else keeps its text.
      const code = (e as NodeJS.ErrnoException | null)?.code;
      const detail =
        typeof code === 'string' && /^E[A-Z]+$/.test(code)
          ? exportMsg.writeFailure(code, shown(path.dirname(file), io.cwd) || '.')
          : e instanceof Error
            ? e.message
            : String(e);
      throw new InputError(exportMsg.cannotWrite(shown(file, io.cwd), detail));
    }
    io.err(exportMsg.written(data.matriz.rows.length, shown(file, io.cwd)));
    if (opts.web) io.err(webMsg.written(shown(webPageFile(file), io.cwd)));
    io.out(shown(file, io.cwd));
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(e.message);
      return 1;
    }
    // The message, not the stack: a person reads this (GEL_DEPURAR=1 adds the stack, run-cli.ts).
    io.err(exportMsg.unexpected(e instanceof Error ? e.message : String(e)));
    if (process.env.GEL_DEPURAR === '1' && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  } finally {
    clearInterval(heartbeat);
  }
}
