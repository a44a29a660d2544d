import type { DaySerial } from '../calendar';
import { FASES_COLUMNS, type FasesKey } from '../tracker/fases';
import type { ColumnLayout } from '../tracker/layout';
import { SHEET } from '../tracker/names';
import { readDate, readText } from './cells';
import { readTable } from './table';
import type { Grid, Problem, ReadOptions } from './types';

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

const CONTENT: readonly FasesKey[] = ['id', 'fase', 'plazoNacional', 'plazoTerritorial', 'fechaCumplimiento', 'evidencia'];

export function parseFases(grid: Grid, opts: ReadOptions): ParsedFases {
  const sheet = SHEET.fases;
  const table = readTable(grid, sheet, FASES_COLUMNS, CONTENT);
  const rows = table.rows.map((r): FaseRow => {
    const date = (k: FasesKey): DaySerial | null => {
      const read = readDate(r.cell(k), opts);
      if (read.problem) table.problems.push({ sheet, cell: r.where(k), level: 'error', kind: 'value', message: read.problem });
      return read.value;
    };
    return {
      row: r.row,
      id: readText(r.cell('id'), opts),
      fase: readText(r.cell('fase'), opts),
      plazoNacional: date('plazoNacional'),
      plazoTerritorial: date('plazoTerritorial'),
      fechaCumplimiento: date('fechaCumplimiento'),
      evidencia: readText(r.cell('evidencia'), opts),
    };
  });
  return { rows, layout: table.layout, problems: table.problems };
}
