import { parseArgs } from 'node:util';
import { serialFromDisplay, type DaySerial, type Semester } from '../core/calendar';
import { exportMsg } from '../core/messages';
import { parseSemesterInput } from '../core/report/semester';
import { UsageError } from './input-error';

export interface ExportOptions {
  readonly help: boolean;
  readonly entrada?: string;
  readonly salida?: string;
  readonly corte?: DaySerial;
  readonly semestre?: Semester;
  /** Adds the Tablero's compliance chart (a drawing part). */
  readonly grafico: boolean;
  /** Exports even when some input cells cannot be used. */
  readonly forzar: boolean;
  /** Also writes the semester report as a web page beside the workbook. */
  readonly web: boolean;
}

/** The command line, checked: anything written wrong is a UsageError (exit 2) saying what. */
export function parseExportArgs(argv: readonly string[]): ExportOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        entrada: { type: 'string', short: 'e' },
        salida: { type: 'string', short: 's' },
        corte: { type: 'string', short: 'c' },
        semestre: { type: 'string' },
        grafico: { type: 'boolean' },
        forzar: { type: 'boolean' },
        web: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(exportMsg.unknownOption(e instanceof Error ? e.message : String(e)));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(exportMsg.unexpectedArgument(positionals[0]));
  let corte: DaySerial | undefined;
  if (values.corte !== undefined) {
    const serial = serialFromDisplay(values.corte);
    if (serial === null) throw new UsageError(exportMsg.badCorte(values.corte));
    corte = serial;
  }
  let semestre: Semester | undefined;
  if (values.semestre !== undefined) {
    const s = parseSemesterInput(values.semestre);
    if (s === null) throw new UsageError(exportMsg.badSemestre(values.semestre));
    semestre = s;
  }
  if (values.entrada !== undefined && values.entrada.trim() === '') throw new UsageError(exportMsg.unknownOption(exportMsg.entradaWithoutFile()));
  if (values.salida !== undefined && values.salida.trim() === '') throw new UsageError(exportMsg.unknownOption(exportMsg.salidaWithoutPath()));
  return { help: values.help === true, entrada: values.entrada, salida: values.salida, corte, semestre, grafico: values.grafico === true, forzar: values.forzar === true, web: values.web === true };
}
