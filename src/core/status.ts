import { addMonths, MAX_DATE_SERIAL, type DaySerial } from './calendar';
import { ESTADO, ESTADO_FASE, ORDEN, SEMAFORO, type Estado, type EstadoFase, type Semaforo } from './tracker/names';

/** What a row's status depends on; null stands for what a formula's ISNUMBER would reject. */
export interface StatusInputs {
  readonly fechaInicio: DaySerial | null;
  readonly ultimoSeguimiento: DaySerial | null;
  /** Months of the frequency; null when the label is not in the frequency table. */
  readonly frecuenciaMeses: number | null;
  readonly numerador: number | null;
  readonly denominador: number | null;
  readonly meta: number | null;
}

export interface StatusSettings {
  readonly fechaCalculo: DaySerial;
  readonly diasAviso: number;
  readonly umbralRojo: number;
  readonly umbralAmarillo: number;
}

export interface IndicatorStatus {
  readonly proximoVencimiento: DaySerial | null;
  readonly diasRestantes: number | null;
  readonly valor: number | null;
  readonly cumplimiento: number | null;
  readonly estado: Estado;
  readonly semaforo: Semaforo;
}

/** Next due date: EDATE(último seguimiento, or else fecha de inicio, months of the frequency). */
export function nextDueDate(i: Pick<StatusInputs, 'fechaInicio' | 'ultimoSeguimiento' | 'frecuenciaMeses'>): DaySerial | null {
  const base = i.ultimoSeguimiento ?? i.fechaInicio;
  if (base === null || i.frecuenciaMeses === null) return null;
  if (base < 0 || base > MAX_DATE_SERIAL) return null;
  const due = addMonths(Math.floor(base), i.frecuenciaMeses);
  return Number.isFinite(due) && due >= 0 && due <= MAX_DATE_SERIAL ? due : null;
}

export function indicatorValue(numerador: number | null, denominador: number | null): number | null {
  if (numerador === null || denominador === null) return null;
  if (numerador < 0 || denominador <= 0) return null;
  return numerador / denominador;
}

/** valor ÷ meta capped at 100 %, rounded to 6 places as the formula does (so thresholds agree). */
export function compliance(valor: number | null, meta: number | null): number | null {
  if (valor === null || meta === null || !(meta > 0)) return null;
  return Math.min(1, roundHalfAway(valor / meta, 6));
}

export function estadoFor(diasRestantes: number | null, diasAviso: number): Estado {
  if (diasRestantes === null) return ESTADO.sinProgramar;
  if (diasRestantes < 0) return ESTADO.vencida;
  if (diasRestantes <= diasAviso) return ESTADO.porVencer;
  return ESTADO.alDia;
}

export function semaforoFor(cumplimiento: number | null, umbralRojo: number, umbralAmarillo: number): Semaforo {
  if (cumplimiento === null) return SEMAFORO.sinMedir;
  if (cumplimiento < umbralRojo) return SEMAFORO.rojo;
  if (cumplimiento < umbralAmarillo) return SEMAFORO.amarillo;
  return SEMAFORO.verde;
}

export function indicatorStatus(i: StatusInputs, s: StatusSettings): IndicatorStatus {
  const proximoVencimiento = nextDueDate(i);
  const diasRestantes = proximoVencimiento === null ? null : proximoVencimiento - s.fechaCalculo;
  const valor = indicatorValue(i.numerador, i.denominador);
  const cumplimiento = compliance(valor, i.meta);
  return {
    proximoVencimiento,
    diasRestantes,
    valor,
    cumplimiento,
    estado: estadoFor(diasRestantes, s.diasAviso),
    semaforo: semaforoFor(cumplimiento, s.umbralRojo, s.umbralAmarillo),
  };
}

export interface PhaseStatusInputs {
  readonly plazoNacional: DaySerial | null;
  readonly plazoTerritorial: DaySerial | null;
  readonly fechaCumplimiento: DaySerial | null;
}

/** The deadline that applies to the entity's order (Configuración › Orden de la entidad). */
export function applicableDeadline(p: PhaseStatusInputs, orden: string): DaySerial | null {
  return orden.trim().toLowerCase() === ORDEN.nacional ? p.plazoNacional : p.plazoTerritorial;
}

export function phaseStatus(p: PhaseStatusInputs, orden: string, fechaCalculo: DaySerial): EstadoFase {
  const plazo = applicableDeadline(p, orden);
  if (plazo === null) return ESTADO_FASE.sinPlazo;
  if (p.fechaCumplimiento !== null) {
    return p.fechaCumplimiento <= plazo ? ESTADO_FASE.cumplida : ESTADO_FASE.cumplidaTarde;
  }
  return fechaCalculo > plazo ? ESTADO_FASE.vencida : ESTADO_FASE.pendiente;
}

/** Spreadsheet ROUND: halves away from zero. */
export function roundHalfAway(x: number, places: number): number {
  const f = 10 ** places;
  return (Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9)) / f;
}
