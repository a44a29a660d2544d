/**
 * The one summary of a tracker's evaluated indicators: counts by estado and semáforo, the average
 * compliance, and the grouping by responsables. The report's figures, the Tablero's rows (one per
 * responsables text) and the Tablero's cached values all come from here, so they cannot disagree.
 */
import type { EvaluatedRow } from './evaluate';
import type { MatrizRow } from './grid/matriz';
import { ESTADO, SEMAFORO, type Estado, type Semaforo } from './tracker/names';

/** The order both the Tablero and the report list the statuses in. */
export const ESTADO_ORDER: readonly Estado[] = [ESTADO.alDia, ESTADO.porVencer, ESTADO.vencida, ESTADO.sinProgramar];
export const SEMAFORO_ORDER: readonly Semaforo[] = [SEMAFORO.verde, SEMAFORO.amarillo, SEMAFORO.rojo, SEMAFORO.sinMedir];

export interface Summary {
  /** Distinct actions (the part of the ID before the first dot: A2.1 and A2.2 are action A2). */
  readonly acciones: number;
  readonly indicadores: number;
  readonly porEstado: Readonly<Record<Estado, number>>;
  readonly porSemaforo: Readonly<Record<Semaforo, number>>;
  /** Indicators with a numeric cumplimiento. */
  readonly medidos: number;
  /** AVERAGE of the cumplimiento column (fraction), null when no indicator is measured. */
  readonly cumplimientoPromedio: number | null;
}

/**
 * When two responsables texts are one group: surrounding spaces and letter case do not count
 * (COUNTIF/COUNTIFS/AVERAGEIF ignore case in Google Sheets, Excel and LibreOffice); accents and
 * inner spaces do («Comité GEL-T» and «comité gel-t» are one group, «Comite GEL-T» another).
 */
export function responsableKey(text: string): string {
  return text.trim().toLowerCase();
}

/** AVERAGE over the numbers of a column: null when there is none (the Tablero's IFERROR → ""). */
export function average(values: readonly (number | null)[]): number | null {
  const nums = values.filter((v): v is number => v !== null);
  return nums.length === 0 ? null : nums.reduce((a, b) => a + b, 0) / nums.length;
}

/** Actions are told apart by the part of the ID before the first dot (A2.1 and A2.2 → A2). */
function actionKey(r: MatrizRow): string {
  const id = r.id.trim();
  return id ? id.split('.')[0].toLowerCase() : `#${r.accion.trim().toLowerCase()}`;
}

export function summarize(evaluated: readonly EvaluatedRow[]): Summary {
  const porEstado = Object.fromEntries(ESTADO_ORDER.map((e) => [e, 0])) as Record<Estado, number>;
  const porSemaforo = Object.fromEntries(SEMAFORO_ORDER.map((s) => [s, 0])) as Record<Semaforo, number>;
  for (const r of evaluated) {
    porEstado[r.estado] += 1;
    porSemaforo[r.semaforo] += 1;
  }
  const cumplimientos = evaluated.map((r) => r.cumplimiento);
  return {
    acciones: new Set(evaluated.map((r) => actionKey(r.source))).size,
    indicadores: evaluated.length,
    porEstado,
    porSemaforo,
    medidos: cumplimientos.filter((c) => c !== null).length,
    cumplimientoPromedio: average(cumplimientos),
  };
}

export interface ResponsableGroup {
  /** The text as first written in the Matriz, trimmed; "" for the rows without responsables. */
  readonly name: string;
  readonly rows: readonly EvaluatedRow[];
  readonly vencidas: number;
  readonly porVencer: number;
  readonly cumplimientoPromedio: number | null;
}

/** One group per responsableKey, in first-seen order; the rows without responsables last (the Tablero has no line for them). */
export function groupByResponsables(evaluated: readonly EvaluatedRow[]): ResponsableGroup[] {
  const groups = new Map<string, { name: string; rows: EvaluatedRow[] }>();
  for (const r of evaluated) {
    const key = responsableKey(r.source.responsables);
    const g = groups.get(key) ?? { name: r.source.responsables.trim(), rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === '') - Number(b === ''))
    .map(([, g]) => ({
      name: g.name,
      rows: g.rows,
      vencidas: g.rows.filter((r) => r.estado === ESTADO.vencida).length,
      porVencer: g.rows.filter((r) => r.estado === ESTADO.porVencer).length,
      cumplimientoPromedio: average(g.rows.map((r) => r.cumplimiento)),
    }));
}

/** The Tablero's responsables rows: one per responsableKey, first-seen spelling, blanks left out. */
export function distinctResponsables(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const key = responsableKey(v);
    if (key && !seen.has(key)) seen.set(key, v.trim());
  }
  return [...seen.values()];
}
