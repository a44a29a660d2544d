/**
 * The departmental consolidation of many municipalities' trackers: which copy of a municipality
 * counts, the Tablero's ranking and the departmental figures. Every figure comes from evaluate and
 * summary, the same rules each tracker's own Tablero uses.
 */
import type { DaySerial } from './calendar';
import type { EvaluatedRow } from './evaluate';
import { semaforoFor } from './status';
import { summarize, type Summary } from './summary';
import { SEMAFORO, type Semaforo } from './tracker/names';

/** One usable tracker file, evaluated at its fecha de cálculo (or the common corte). */
export interface MunicipalityResult {
  readonly file: string;
  readonly municipio: string;
  readonly entidad: string;
  /** Configuración's departamento ('' when it says none). */
  readonly departamento: string;
  readonly fechaCalculo: DaySerial;
  readonly evaluated: readonly EvaluatedRow[];
  readonly summary: Summary;
}

export interface Duplicate {
  readonly municipio: string;
  readonly kept: string;
  readonly dropped: string;
  /** Both copies had the same fecha de cálculo (the later file name was kept). */
  readonly sameDate: boolean;
}

/** Two files are one entity when municipio and entidad match ignoring case and surrounding spaces. */
export function entityKey(r: Pick<MunicipalityResult, 'municipio' | 'entidad'>): string {
  return `${r.municipio.trim().toLowerCase()}|${r.entidad.trim().toLowerCase()}`;
}

export function municipalityResult(
  file: string,
  municipio: string,
  entidad: string,
  fechaCalculo: DaySerial,
  evaluated: readonly EvaluatedRow[],
  departamento = '',
): MunicipalityResult {
  return { file, municipio, entidad, departamento, fechaCalculo, evaluated, summary: summarize(evaluated) };
}

/**
 * Keeps one result per entity: the latest fecha de cálculo (on a tie, the file that sorts last, so
 * the choice does not depend on reading order). Every discarded copy is returned to be told.
 */
export function keepLatest(results: Iterable<MunicipalityResult>): { kept: MunicipalityResult[]; duplicates: Duplicate[] } {
  const byKey = new Map<string, MunicipalityResult>();
  const duplicates: Duplicate[] = [];
  for (const r of results) {
    const key = entityKey(r);
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, r);
      continue;
    }
    const newer = r.fechaCalculo > prev.fechaCalculo || (r.fechaCalculo === prev.fechaCalculo && r.file > prev.file);
    const [keep, drop] = newer ? [r, prev] : [prev, r];
    byKey.set(key, keep);
    duplicates.push({ municipio: keep.municipio || keep.entidad, kept: keep.file, dropped: drop.file, sameDate: keep.fechaCalculo === drop.fechaCalculo });
  }
  return { kept: [...byKey.values()], duplicates };
}

/** Best average cumplimiento first; municipalities with nothing measured last; ties by name. */
export function ranking(results: readonly MunicipalityResult[]): MunicipalityResult[] {
  return [...results].sort((a, b) => {
    const x = a.summary.cumplimientoPromedio;
    const y = b.summary.cumplimientoPromedio;
    if (x !== y) {
      if (x === null) return 1;
      if (y === null) return -1;
      return y - x;
    }
    return a.municipio.localeCompare(b.municipio, 'es');
  });
}

/** The department as one tracker: the summary of every kept indicator. */
export function departmentalSummary(results: readonly MunicipalityResult[]): Summary {
  return summarize(results.flatMap((r) => r.evaluated));
}

/** The thresholds the department judges every municipality's average by (the plan's defaults). */
export interface Thresholds {
  readonly umbralRojo: number;
  readonly umbralAmarillo: number;
}

/** A municipality's semáforo: its average cumplimiento against the departmental thresholds. */
export function municipalitySemaforo(m: MunicipalityResult, t: Thresholds): Semaforo {
  return semaforoFor(m.summary.cumplimientoPromedio, t.umbralRojo, t.umbralAmarillo);
}

/** How many municipalities each semáforo holds (by their average), every semáforo present. */
export function semaforoDistribution(results: readonly MunicipalityResult[], t: Thresholds): Record<Semaforo, number> {
  const counts: Record<Semaforo, number> = { [SEMAFORO.verde]: 0, [SEMAFORO.amarillo]: 0, [SEMAFORO.rojo]: 0, [SEMAFORO.sinMedir]: 0 };
  for (const r of results) counts[municipalitySemaforo(r, t)] += 1;
  return counts;
}

/** Bars at each end of the ranking chart: 1,102 bars cannot be read, 20 can. */
export const CHART_EACH_END = 10;

export interface ChartBar {
  readonly puesto: number;
  readonly municipio: string;
  readonly cumplimiento: number;
  readonly semaforo: Semaforo;
}

/**
 * The ranking chart's bars: every measured municipality when they fit, else the `each` best and the
 * `each` lowest (`all` false says the middle is left out). Municipalities with nothing measured
 * have no bar. `ranked` is ranking()'s order; puesto is the Tablero's.
 */
export function rankingChart(
  ranked: readonly MunicipalityResult[],
  t: Thresholds,
  each = CHART_EACH_END,
): { bars: ChartBar[]; all: boolean; measured: number } {
  const bars = ranked.flatMap((m, i): ChartBar[] =>
    m.summary.cumplimientoPromedio === null
      ? []
      : [{ puesto: i + 1, municipio: m.municipio || m.entidad, cumplimiento: m.summary.cumplimientoPromedio, semaforo: municipalitySemaforo(m, t) }],
  );
  if (bars.length <= 2 * each) return { bars, all: true, measured: bars.length };
  return { bars: [...bars.slice(0, each), ...bars.slice(-each)], all: false, measured: bars.length };
}

/** Everything the departmental Informe states, as figures (its text is consolidateMsg.informe). */
export interface DepartmentReport {
  /** The distinct departamentos the trackers name, sorted (usually one). */
  readonly departamentos: readonly string[];
  readonly filesRead: number;
  readonly consolidated: number;
  readonly skipped: number;
  readonly duplicates: number;
  readonly department: Summary;
  /** Mean of the municipalities' averages (each municipality weighs the same), null if none is measured. */
  readonly promedioMunicipios: number | null;
  readonly municipiosPorSemaforo: Readonly<Record<Semaforo, number>>;
  /** The range of fechas de cálculo used (equal to the corte when one was given). */
  readonly fechas: { readonly desde: DaySerial; readonly hasta: DaySerial } | null;
  readonly corte?: DaySerial;
  readonly ranked: readonly MunicipalityResult[];
}

export function departmentReport(input: {
  readonly kept: readonly MunicipalityResult[];
  readonly duplicates: readonly Duplicate[];
  readonly skipped: readonly unknown[];
  readonly corte?: DaySerial;
  readonly thresholds: Thresholds;
}): DepartmentReport {
  const { kept } = input;
  const averages = kept.map((m) => m.summary.cumplimientoPromedio).filter((v): v is number => v !== null);
  const fechas = kept.map((m) => m.fechaCalculo);
  const departamentos = [...new Set(kept.map((m) => m.departamento.trim()).filter((d) => d !== ''))].sort((a, b) => a.localeCompare(b, 'es'));
  return {
    departamentos,
    // Every file is one of: kept, a discarded duplicate, or skipped.
    filesRead: kept.length + input.duplicates.length + input.skipped.length,
    consolidated: kept.length,
    skipped: input.skipped.length,
    duplicates: input.duplicates.length,
    department: departmentalSummary(kept),
    promedioMunicipios: averages.length === 0 ? null : averages.reduce((a, b) => a + b, 0) / averages.length,
    municipiosPorSemaforo: semaforoDistribution(kept, input.thresholds),
    fechas: fechas.length === 0 ? null : { desde: Math.min(...fechas), hasta: Math.max(...fechas) },
    corte: input.corte,
    ranked: ranking(kept),
  };
}
