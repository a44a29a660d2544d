import type ExcelJS from 'exceljs';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../core/tracker/seguimiento';
import type { TableData } from '../tracker-data';
import { writeTable } from './table';

/** Seguimiento: the history of cortes, values only (no formulas, nothing locked). */
export function writeSeguimiento(ws: ExcelJS.Worksheet, data: TableData<SeguimientoKey>, onRows?: (done: number) => void): void {
  writeTable({ ws, columns: SEGUIMIENTO_COLUMNS, data, onRows });
}
