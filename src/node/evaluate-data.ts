import { serialFromUtcDate, type DaySerial } from '../core/calendar';
import { calculationDate, evaluateFases, evaluateRows, type EvaluatedFase, type EvaluatedRow } from '../core/evaluate';
import { parseFases, type FaseRow } from '../core/grid/fases';
import { parseSeguimiento, type SeguimientoRow } from '../core/grid/seguimiento';
import { SEGUIMIENTO_COLUMNS } from '../core/tracker/seguimiento';
import { parseMatriz, type MatrizRow } from '../core/grid/matriz';
import type { CellValue, Grid, ReadOptions } from '../core/grid/types';
import { indicatorStatus, phaseStatus, type IndicatorStatus, type StatusInputs } from '../core/status';
import type { ColumnSpec } from '../core/tracker/types';
import { FASES_COLUMNS } from '../core/tracker/fases';
import { MATRIZ_COLUMNS } from '../core/tracker/matriz';
import { dateOf } from './sheets/values';
import type { OutValue, TableData, TrackerData } from './tracker-data';

const NO_INPUTS: StatusInputs = { fechaInicio: null, ultimoSeguimiento: null, frecuenciaMeses: null, numerador: null, denominador: null, meta: null };
const NO_DATES = { plazoNacional: null, plazoTerritorial: null, fechaCumplimiento: null };

export const UTC_READ: ReadOptions = { dateToSerial: serialFromUtcDate };

function asCell(v: OutValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'object') return 'link' in v ? v.text : dateOf(v.date);
  return v;
}

/** The grid the export writes (header + values, computed cells empty), as a reader would see it. */
export function writtenGrid<K extends string>(columns: readonly ColumnSpec<K>[], data: TableData<K>): Grid {
  return [columns.map((c) => c.header), ...data.rows.map((row) => columns.map((c) => (c.role === 'computed' ? null : asCell(row.get(c.key)))))];
}

export interface Evaluation {
  readonly fechaCalculo: DaySerial;
  readonly matrizRows: readonly MatrizRow[];
  /** Per data row (index), its statuses; undefined for a row the parser skips as empty. */
  readonly matriz: readonly IndicatorStatus[];
  readonly matrizAll: readonly EvaluatedRow[];
  readonly fases: readonly Pick<EvaluatedFase, 'plazo' | 'estado'>[];
  readonly faseRows: readonly FaseRow[];
  readonly seguimientoRows: readonly SeguimientoRow[];
}

/**
 * The core's evaluation of exactly the cells the export writes: they are parsed back as a reader
 * would and evaluated with the rules the formulas implement, giving each formula's cached result.
 */
export function evaluateData(data: TrackerData, today: DaySerial): Evaluation {
  const fechaCalculo = calculationDate(data.settings, today);
  const matriz = parseMatriz(writtenGrid(MATRIZ_COLUMNS, data.matriz), data.settings.frecuencias, UTC_READ);
  const statusSettings = {
    fechaCalculo,
    diasAviso: data.settings.diasAviso,
    umbralRojo: data.settings.umbralRojo,
    umbralAmarillo: data.settings.umbralAmarillo,
  };
  const evaluated = evaluateRows(matriz.rows, data.settings, fechaCalculo);
  const byRow = new Map(evaluated.map((e) => [e.source.row, e]));
  const fases = parseFases(writtenGrid(FASES_COLUMNS, data.fases), UTC_READ);
  const fasesByRow = new Map(evaluateFases(fases.rows, data.settings, fechaCalculo).map((e) => [e.source.row, e]));
  return {
    fechaCalculo,
    matrizRows: matriz.rows,
    // A row the parser skips as empty has no inputs: its formulas give what empty inputs give.
    matriz: data.matriz.rows.map((_, i) => byRow.get(i + 2) ?? indicatorStatus(NO_INPUTS, statusSettings)),
    matrizAll: evaluated,
    faseRows: fases.rows,
    seguimientoRows: parseSeguimiento(writtenGrid(SEGUIMIENTO_COLUMNS, data.seguimiento), UTC_READ).rows,
    fases: data.fases.rows.map((_, i) => fasesByRow.get(i + 2) ?? { plazo: null, estado: phaseStatus(NO_DATES, data.settings.orden, fechaCalculo) }),
  };
}
