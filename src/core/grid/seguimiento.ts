import type { DaySerial } from '../calendar';
import { msg } from '../messages';
import type { ColumnLayout } from '../tracker/layout';
import { SHEET } from '../tracker/names';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../tracker/seguimiento';
import { isBlank, readDate, readText } from './cells';
import { findColumns } from './headers';
import type { CellValue, Grid, Problem, ReadOptions } from './types';

/** One recorded value of one indicator at one corte. */
export interface SeguimientoRow {
  readonly row: number;
  readonly corte: DaySerial | null;
  readonly semestre: string;
  readonly id: string;
  readonly indicador: string;
  readonly valor: number | null;
  readonly cumplimiento: number | null;
  readonly estado: string;
  readonly semaforo: string;
}

export interface ParsedSeguimiento {
  readonly rows: readonly SeguimientoRow[];
  readonly layout: ColumnLayout<SeguimientoKey>;
  readonly problems: readonly Problem[];
}

export function parseSeguimiento(grid: Grid, opts: ReadOptions): ParsedSeguimiento {
  const sheet = SHEET.seguimiento;
  if (grid.length === 0 || grid[0].every(isBlank)) {
    return { rows: [], layout: new Map(), problems: [{ sheet, cell: 'A1', level: 'error', message: msg.emptySheet(sheet) }] };
  }
  const found = findColumns(sheet, grid[0], SEGUIMIENTO_COLUMNS);
  const rows: SeguimientoRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const cell = (k: SeguimientoKey): CellValue => {
      const c = found.layout.get(k);
      return c === undefined ? '' : line[c - 1];
    };
    if (isBlank(cell('id')) && isBlank(cell('corte'))) continue;
    const num = (k: SeguimientoKey): number | null => {
      const v = cell(k);
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    };
    rows.push({
      row: r + 1,
      corte: readDate(cell('corte'), opts).value,
      semestre: readText(cell('semestre'), opts),
      id: readText(cell('id'), opts),
      indicador: readText(cell('indicador'), opts),
      valor: num('valor'),
      cumplimiento: num('cumplimiento'),
      estado: readText(cell('estado'), opts),
      semaforo: readText(cell('semaforo'), opts),
    });
  }
  return { rows, layout: found.layout, problems: found.problems };
}
