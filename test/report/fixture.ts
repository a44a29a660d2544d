/**
 * The seed's plan with values filled in as a municipality would, at a fixed date (15/11/2025,
 * semester 2025-II). Shared by the core test and the Apps Script test. The expected figures are
 * worked out by hand in EXPECTED, from the rules in docs/ARCHITECTURE.md — not copied from the code's output.
 */
import { serialFromParts, type DaySerial } from '../../src/core/calendar';
import type { TrackerTemplate } from '../../src/core/template/types';
import { initialFasesRows, initialMatrizRows } from '../../src/core/tracker/initial';
import type { MatrizKey } from '../../src/core/tracker/matriz';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../src/core/tracker/seguimiento';
import type { EngineCell } from '../support/formula-engine';
import type { FasesInput, MatrizInput, SettingsInput } from '../support/tracker-workbook';

export const d = serialFromParts;
/** Configuración › Fecha de referencia: the sheet computes at this date, and so does the report. */
export const CORTE: DaySerial = d(2025, 11, 15);

type Filled = Partial<Record<MatrizKey, EngineCell>>;

/** What staff typed in each row (frequencies: A1 monthly, A2.x semestral, A3 1 month, A4/A6 annual, A5 quarterly). */
export const FILLED: Record<string, Filled> = {
  // next 30/11/2025 (EDATE of 31/10 + 1 month) → 15 days → Por vencer; 45/50 = 90 % of 100 % → Verde
  A1: { ultimoSeguimiento: d(2025, 10, 31), numerador: 45, denominador: 50, evidencia: 'https://example.org/conectividad' },
  // next 15/01/2026 → 61 days → Al día; 12/20 = 60 % → exactly the red threshold → Amarillo
  'A2.1': { fechaInicio: d(2025, 2, 1), ultimoSeguimiento: d(2025, 7, 15), numerador: 12, denominador: 20 },
  // next 10/10/2025 → -36 days → Vencida; 9/12 = 75 % → Amarillo
  'A2.2': { ultimoSeguimiento: d(2025, 4, 10), numerador: 9, denominador: 12 },
  // next 01/10/2025 (1 month after start) → -45 days → Vencida; 1/4 = 25 % → Rojo
  A3: { fechaInicio: d(2025, 9, 1), numerador: 1, denominador: 4, observaciones: 'Falta publicar el cronograma del portal.' },
  // next 01/03/2026 → 106 days → Al día; 3 % but the plan sets no meta → Sin medir
  A4: { fechaInicio: d(2025, 3, 1), numerador: 3, denominador: 100 },
  // no dates → Sin programar; 80/100 = 80 % of a meta of 80 % → 100 % → Verde
  A5: { numerador: 80, denominador: 100, meta: 0.8 },
  // nothing filled → Sin programar, Sin medir
  A6: {},
};

export const SETTINGS: SettingsInput = {
  fechaReferencia: CORTE,
  jefeControlInterno: 'María Pérez',
  alcalde: '',
  representanteComite: 'Juan Gómez',
  codigoDocumento: 'EI-F-03',
  versionDocumento: '2',
  revisoNombre: 'Ana Ruiz',
  revisoCargo: 'Profesional de Control Interno',
};

/** F1 met on time, F2 late; F3–F5 unmet with territorial deadlines long past → Vencida. */
export const FASES_MET: Record<string, DaySerial> = { F1: d(2008, 10, 15), F2: d(2010, 1, 20) };

export function matrizInputs(t: TrackerTemplate): MatrizInput[] {
  return initialMatrizRows(t).map((m) => {
    const row: MatrizInput = {};
    for (const [k, v] of m) row[k] = v !== null && typeof v === 'object' ? v.date : v;
    return { ...row, ...(FILLED[String(row.id)] ?? {}) };
  });
}

export function fasesInputs(t: TrackerTemplate): FasesInput[] {
  return initialFasesRows(t).map((m) => {
    const row: FasesInput = {};
    for (const [k, v] of m) row[k] = v !== null && typeof v === 'object' ? v.date : v;
    const met = FASES_MET[String(row.id)];
    return met === undefined ? row : { ...row, fechaCumplimiento: met };
  });
}

type SegInput = Partial<Record<SeguimientoKey, EngineCell>>;

/** Two cortes in 2025-II (31/07 and 30/09) and one in 2025-I that the report must leave out. */
export const SEGUIMIENTO: readonly SegInput[] = [
  { corte: d(2025, 6, 30), semestre: '2025-I', id: 'A1', valor: 0.5, cumplimiento: 0.5, semaforo: 'Rojo' },
  { corte: d(2025, 7, 31), semestre: '2025-II', id: 'A1', valor: 0.7, cumplimiento: 0.7, semaforo: 'Amarillo' },
  { corte: d(2025, 9, 30), semestre: '2025-II', id: 'A1', valor: 0.8, cumplimiento: 0.8, semaforo: 'Verde' },
  { corte: d(2025, 9, 30), semestre: '2025-II', id: 'A2.1', valor: 0.55, cumplimiento: 0.55, semaforo: 'Rojo' },
];

export function seguimientoGrid(rows: readonly SegInput[] = SEGUIMIENTO): EngineCell[][] {
  return [SEGUIMIENTO_COLUMNS.map((c) => c.header), ...rows.map((r) => SEGUIMIENTO_COLUMNS.map((c) => r[c.key] ?? null))];
}

/** The figures, reasoned out from the comments above. */
export const EXPECTED = {
  acciones: 6,
  indicadores: 7,
  estado: { 'Al día': 2, 'Por vencer': 1, Vencida: 2, 'Sin programar': 2 },
  semaforo: { Verde: 2, Amarillo: 2, Rojo: 1, 'Sin medir': 2 },
  // (0.9 + 0.6 + 0.75 + 0.25 + 1) / 5 measured indicators
  promedio: 0.7,
  promedioText: '70 %',
  medidos: 5,
  rows: {
    A1: { estado: 'Por vencer', semaforo: 'Verde', valor: '90 %', cumplimiento: '90 %' },
    'A2.1': { estado: 'Al día', semaforo: 'Amarillo', valor: '60 %', cumplimiento: '60 %' },
    'A2.2': { estado: 'Vencida', semaforo: 'Amarillo', valor: '75 %', cumplimiento: '75 %' },
    A3: { estado: 'Vencida', semaforo: 'Rojo', valor: '25 %', cumplimiento: '25 %' },
    A4: { estado: 'Al día', semaforo: 'Sin medir', valor: '3 %', cumplimiento: '—' },
    A5: { estado: 'Sin programar', semaforo: 'Verde', valor: '80 %', cumplimiento: '100 %' },
    A6: { estado: 'Sin programar', semaforo: 'Sin medir', valor: '—', cumplimiento: '—' },
  },
  // Most overdue first.
  alertas: [
    { id: 'A3', estado: 'Vencida', dias: 'vencida hace 45 días', vence: '01/10/2025' },
    { id: 'A2.2', estado: 'Vencida', dias: 'vencida hace 36 días', vence: '10/10/2025' },
    { id: 'A1', estado: 'Por vencer', dias: 'faltan 15 días', vence: '30/11/2025' },
  ],
  responsables: [
    ['Comité Gel-t- Alcalde Municipal - Secretarios', '1', '0', '1', '90 %'],
    ['Comité Gel-t- Oficina de Control Interno', '2', '1', '0', '67,5 %'],
    ['Los designados por el Comité Gel-t', '1', '1', '0', '25 %'],
    ['Alcalde Municipal, Secretarios', '2', '0', '0', '100 %'],
    ['Comité Gel-t', '1', '0', '0', '—'],
  ],
  fases: [
    ['Fase de Información', '01/11/2008', '15/10/2008', 'Cumplida'],
    ['Fase de Interacción', '01/12/2009', '20/01/2010', 'Cumplida tarde'],
    // Deadlines long before the semester: history, not an alert.
    ['Fase de Transacción', '01/12/2010', '—', 'No cumplida'],
    ['Fase de Transformación', '01/12/2011', '—', 'No cumplida'],
    ['Fase de democracia', '01/12/2012', '—', 'No cumplida'],
  ],
  cortes: ['31/07/2025', '30/09/2025'],
} as const;
