import type { DaySerial } from '../core/calendar';
import type { ParsedResponsables } from '../core/grid/responsables';
import { settingsFromTemplate, type Settings } from '../core/grid/configuracion';
import type { FasesKey } from '../core/tracker/fases';
import { initialFasesRows, initialMatrizRows, templateFrequencies, type SeedValue } from '../core/tracker/initial';
import type { MatrizKey } from '../core/tracker/matriz';
import type { SeguimientoKey } from '../core/tracker/seguimiento';
import type { TrackerTemplate } from '../core/template/types';

/** A value the export writes: text, a number, a boolean, a day (serial; a fraction for date-times) or nothing. */
import type { CellValue } from '../core/grid/types';

export type OutValue = SeedValue | boolean | { readonly date: DaySerial } | LinkValue;

/** Text that links somewhere (an Evidencia cell with its URL), kept as a hyperlink. */
export interface LinkValue {
  readonly text: string;
  readonly link: string;
}

/** The rows of one sheet, by column of the description, plus the columns it does not know. */
export interface TableData<K extends string> {
  /** One map per data row; computed columns are ignored (the export writes their formulas). */
  readonly rows: readonly ReadonlyMap<K, OutValue>[];
  /** Headers of columns a person added: kept to the right of the description's columns, untouched. */
  readonly extraHeaders: readonly string[];
  /** Values of those columns, one array per row (aligned with rows). */
  readonly extraValues: readonly (readonly OutValue[])[];
}

/** Everything one export writes. */
export interface TrackerData {
  /** The plan's texts and the defaults (the built-in template unless another is loaded). */
  readonly template: TrackerTemplate;
  readonly settings: Settings;
  readonly matriz: TableData<MatrizKey>;
  readonly fases: TableData<FasesKey>;
  readonly seguimiento: TableData<SeguimientoKey>;
  /** The Responsables sheet read back from a downloaded copy (absent: none, the Matriz's people are listed). */
  readonly responsables?: Pick<ParsedResponsables, 'directory' | 'written'>;
  /** The Historial's rows below its header, as read from a downloaded copy (never rewritten). */
  readonly historial?: readonly (readonly CellValue[])[];
}

export function tableOf<K extends string>(rows: readonly ReadonlyMap<K, OutValue>[]): TableData<K> {
  return { rows, extraHeaders: [], extraValues: rows.map(() => []) };
}

/** A new tracker for a template: the plan's rows, the phases, default settings, no history. */
export function trackerFromTemplate(t: TrackerTemplate): TrackerData {
  return {
    template: t,
    settings: settingsFromTemplate(t.configuracion, templateFrequencies(t)),
    matriz: tableOf(initialMatrizRows(t)),
    fases: tableOf(initialFasesRows(t)),
    seguimiento: tableOf([]),
  };
}

/** The same tracker computed at another date (the CLI's --corte). */
export function withReferenceDate(data: TrackerData, fechaReferencia: DaySerial): TrackerData {
  return { ...data, settings: { ...data.settings, fechaReferencia } };
}
