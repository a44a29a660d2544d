import type { DaySerial } from './calendar';
import type { Settings } from './grid/configuracion';
import type { FaseRow } from './grid/fases';
import type { MatrizRow } from './grid/matriz';
import { applicableDeadline, indicatorStatus, phaseStatus, type IndicatorStatus } from './status';
import type { EstadoFase } from './tracker/names';

export interface EvaluatedRow extends IndicatorStatus {
  readonly source: MatrizRow;
}

export interface EvaluatedFase {
  readonly source: FaseRow;
  readonly plazo: DaySerial | null;
  readonly estado: EstadoFase;
}

/** The date the sheet computes with: Configuración's reference date, or today. */
export function calculationDate(settings: Settings, today: DaySerial): DaySerial {
  return settings.fechaReferencia ?? today;
}

/** Statuses of every row, exactly as the Matriz formulas compute them. */
export function evaluateRows(rows: readonly MatrizRow[], settings: Settings, fechaCalculo: DaySerial): EvaluatedRow[] {
  const s = { fechaCalculo, diasAviso: settings.diasAviso, umbralRojo: settings.umbralRojo, umbralAmarillo: settings.umbralAmarillo };
  return rows.map((source) => ({ source, ...indicatorStatus(source, s) }));
}

export function evaluateFases(rows: readonly FaseRow[], settings: Settings, fechaCalculo: DaySerial): EvaluatedFase[] {
  return rows.map((source) => ({
    source,
    plazo: applicableDeadline(source, settings.orden),
    estado: phaseStatus(source, settings.orden, fechaCalculo),
  }));
}
