import type { DaySerial } from '../calendar';
import type { ColumnLayout } from '../tracker/layout';
import { REVISION, SHEET, type Revision } from '../tracker/names';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../tracker/seguimiento';
import { foldForMatch } from '../text';
import { readDate, readText } from './cells';
import { readTable } from './table';
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
  /** Control Interno's review (an empty or unknown cell is Pendiente: only Aprobado freezes). */
  readonly revision: Revision;
  readonly observacionRevision: string;
  readonly revisadoPor: string;
}

export interface ParsedSeguimiento {
  readonly rows: readonly SeguimientoRow[];
  readonly layout: ColumnLayout<SeguimientoKey>;
  readonly problems: readonly Problem[];
}

const num = (v: CellValue): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function parseSeguimiento(grid: Grid, opts: ReadOptions): ParsedSeguimiento {
  const table = readTable(grid, SHEET.seguimiento, SEGUIMIENTO_COLUMNS, ['id', 'corte']);
  const rows = table.rows.map((r): SeguimientoRow => ({
    row: r.row,
    corte: readDate(r.cell('corte'), opts).value,
    semestre: readText(r.cell('semestre'), opts),
    id: readText(r.cell('id'), opts),
    indicador: readText(r.cell('indicador'), opts),
    valor: num(r.cell('valor')),
    cumplimiento: num(r.cell('cumplimiento')),
    estado: readText(r.cell('estado'), opts),
    semaforo: readText(r.cell('semaforo'), opts),
    revision: parseRevision(readText(r.cell('revision'), opts)) ?? REVISION.pendiente,
    observacionRevision: readText(r.cell('observacionRevision'), opts),
    revisadoPor: readText(r.cell('revisadoPor'), opts),
  }));
  return { rows, layout: table.layout, problems: table.problems };
}

/** A review state as a person or the dialog writes it: the word or its first letter, any case or accents. */
export function parseRevision(text: string): Revision | null {
  const t = foldForMatch(text);
  if (!t) return null;
  for (const r of Object.values(REVISION)) {
    const f = foldForMatch(r);
    if (t === f || t === f[0]) return r;
  }
  return null;
}
