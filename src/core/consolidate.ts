/**
 * The departmental consolidation of many municipalities' trackers: which copy of a municipality
 * counts, the Tablero's ranking and the departmental figures. Every figure comes from evaluate and
 * summary, the same rules each tracker's own Tablero uses.
 */
import type { DaySerial } from './calendar';
import type { EvaluatedRow } from './evaluate';
import { summarize, type Summary } from './summary';

/** One usable tracker file, evaluated at its fecha de cálculo (or the common corte). */
export interface MunicipalityResult {
  readonly file: string;
  readonly municipio: string;
  readonly entidad: string;
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
): MunicipalityResult {
  return { file, municipio, entidad, fechaCalculo, evaluated, summary: summarize(evaluated) };
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
