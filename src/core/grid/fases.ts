import type { DaySerial } from '../calendar';
import { msg } from '../messages';
import { a1 } from '../tracker/a1';
import { FASES_COLUMNS, type FasesKey } from '../tracker/fases';
import type { ColumnLayout } from '../tracker/layout';
import { SHEET } from '../tracker/names';
import { isBlank, readDate, readText } from './cells';
import { findColumns } from './headers';
import type { CellValue, Grid, Problem, ReadOptions } from './types';

export interface FaseRow {
  readonly row: number;
  readonly id: string;
  readonly fase: string;
  readonly plazoNacional: DaySerial | null;
  readonly plazoTerritorial: DaySerial | null;
  readonly fechaCumplimiento: DaySerial | null;
  readonly evidencia: string;
}

export interface ParsedFases {
  readonly rows: readonly FaseRow[];
  readonly layout: ColumnLayout<FasesKey>;
  readonly problems: readonly Problem[];
}

export function parseFases(grid: Grid, opts: ReadOptions): ParsedFases {
  const sheet = SHEET.fases;
  if (grid.length === 0 || grid[0].every(isBlank)) {
    return { rows: [], layout: new Map(), problems: [{ sheet, cell: 'A1', level: 'error', message: msg.emptySheet(sheet) }] };
  }
  const found = findColumns(sheet, grid[0], FASES_COLUMNS);
  const problems: Problem[] = [...found.problems];
  const rows: FaseRow[] = [];
  for (let r = 1; r < grid.length; r++) {
    const line = grid[r] ?? [];
    const cell = (k: FasesKey): CellValue => {
      const c = found.layout.get(k);
      return c === undefined ? '' : line[c - 1];
    };
    if ((['id', 'fase', 'plazoNacional', 'plazoTerritorial', 'fechaCumplimiento', 'evidencia'] as const).every((k) => isBlank(cell(k)))) continue;
    const date = (k: FasesKey): DaySerial | null => {
      const read = readDate(cell(k), opts);
      if (read.problem) problems.push({ sheet, cell: a1(r + 1, found.layout.get(k) ?? 1), level: 'error', message: read.problem });
      return read.value;
    };
    rows.push({
      row: r + 1,
      id: readText(cell('id'), opts),
      fase: readText(cell('fase'), opts),
      plazoNacional: date('plazoNacional'),
      plazoTerritorial: date('plazoTerritorial'),
      fechaCumplimiento: date('fechaCumplimiento'),
      evidencia: readText(cell('evidencia'), opts),
    });
  }
  return { rows, layout: found.layout, problems };
}
