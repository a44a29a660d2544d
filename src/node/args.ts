import { PLAUSIBLE_FROM, PLAUSIBLE_TO } from '../core/grid/cells';
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
  /** A shipped plan's folder name (sheets-template/); checked against the catalog by the command. */
  readonly plantilla?: string;
  /** Leaves out the compliance chart (on by default: Tablero and Informe). */
  readonly sinGrafico: boolean;
  /** Exports even when some input cells cannot be used. */
  readonly forzar: boolean;
  /** Also writes the semester report as a web page beside the workbook. */
  readonly web: boolean;
}

export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly takes?: 'value';
}

const OPTIONS: readonly OptionSpec[] = [
  { name: 'entrada', short: 'e', takes: 'value' },
  { name: 'salida', short: 's', takes: 'value' },
  { name: 'corte', short: 'c', takes: 'value' },
  { name: 'semestre', takes: 'value' },
  { name: 'plantilla', short: 'p', takes: 'value' },
  { name: 'sin-grafico' },
  { name: 'forzar' },
  { name: 'web' },
  { name: 'help', short: 'h' },
];

/** Accents a person may type in an option name (--gráfico) are not an unknown option. */
const foldOption = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

export interface ParsedArgs {
  readonly values: Partial<Record<string, string | true>>;
  readonly positionals: readonly string[];
}

/**
 * Our own reading of the command line (not node:util's parseArgs, whose errors are English): every
 * mistake is a UsageError in Spanish naming the option — unknown, missing its value, given a value
 * it does not take, or given twice.
 */
export function readArgs(
  argv: readonly string[],
  options: readonly OptionSpec[] = OPTIONS,
  unknownOption: (token: string) => string = exportMsg.unknownOption,
): ParsedArgs {
  const values: Partial<Record<string, string | true>> = {};
  const positionals: string[] = [];
  const known = (token: string): OptionSpec | undefined =>
    token.startsWith('--') ? options.find((o) => o.name === foldOption(token.slice(2))) : options.find((o) => o.short !== undefined && `-${o.short}` === token);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const token = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = known(token);
    if (!spec) throw new UsageError(unknownOption(token));
    if (values[spec.name] !== undefined) throw new UsageError(exportMsg.repeatedOption(`--${spec.name}`));
    if (spec.takes !== 'value') {
      if (eq > 0) throw new UsageError(exportMsg.optionTakesNoValue(`--${spec.name}`));
      values[spec.name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length && known(argv[i + 1]) === undefined) value = argv[++i];
    if (value === undefined || value.trim() === '') throw new UsageError(exportMsg.missingOptionValue(`--${spec.name}`));
    values[spec.name] = value;
  }
  return { values, positionals };
}

/** The command line, checked: anything written wrong is a UsageError (exit 2) saying what. */
export function parseExportArgs(argv: readonly string[]): ExportOptions {
  const parsed = readArgs(argv);
  const text = (name: string): string | undefined => {
    const v = parsed.values[name];
    return typeof v === 'string' ? v : undefined;
  };
  const values = {
    entrada: text('entrada'),
    salida: text('salida'),
    corte: text('corte'),
    semestre: text('semestre'),
    plantilla: text('plantilla'),
    sinGrafico: parsed.values['sin-grafico'] === true,
    forzar: parsed.values.forzar === true,
    web: parsed.values.web === true,
    help: parsed.values.help === true,
  };
  const { positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(exportMsg.unexpectedArgument(positionals[0]));
  let corte: DaySerial | undefined;
  if (values.corte !== undefined) {
    const serial = serialFromDisplay(values.corte);
    if (serial === null) throw new UsageError(exportMsg.badCorte(values.corte));
    if (serial < PLAUSIBLE_FROM || serial > PLAUSIBLE_TO) throw new UsageError(exportMsg.corteOutOfRange(values.corte));
    corte = serial;
  }
  let semestre: Semester | undefined;
  if (values.semestre !== undefined) {
    const s = parseSemesterInput(values.semestre);
    if (s === null) throw new UsageError(exportMsg.badSemestre(values.semestre));
    semestre = s;
  }
  return {
    help: values.help,
    entrada: values.entrada,
    salida: values.salida,
    corte,
    semestre,
    plantilla: values.plantilla,
    sinGrafico: values.sinGrafico,
    forzar: values.forzar,
    web: values.web,
  };
}
