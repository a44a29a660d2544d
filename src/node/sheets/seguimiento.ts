import type ExcelJS from 'exceljs';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../core/tracker/seguimiento';
import type { StreamBook } from '../stream-book';
import type { TableData } from '../tracker-data';
import { writeTable } from './table';

/** Seguimiento: the history of cortes, values only (no formulas, nothing locked). */
export async function writeSeguimiento(
  book: StreamBook,
  ws: ExcelJS.Worksheet,
  data: TableData<SeguimientoKey>,
  onRows?: (done: number, total: number) => void,
): Promise<void> {
  await writeTable({ book, ws, columns: SEGUIMIENTO_COLUMNS, data, onRows });
}
