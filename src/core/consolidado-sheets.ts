/**
 * The Consolidado sheet of a departmental Google spreadsheet: a person lists the municipalities'
 * tracker URLs; each row gets one IMPORTRANGE of the tracker's TABLERO_RESUMEN (turned into a row
 * by TRANSPOSE), a tie-broken puesto and a connection note, and a ranking block beside them. The
 * script never reads another spreadsheet (spreadsheets.currentonly): IMPORTRANGE does, with the
 * access a person grants once per source («Permitir acceso»). Formulas are without '='.
 */
import { columnLetter } from './tracker/a1';
import { consolidadoSheetMsg as m } from './messages/consolidate';
import { ESTADO, NAMED, SEMAFORO } from './tracker/names';
import { tableroResumen, type ResumenFigure } from './tracker/tablero-resumen';

export const CONSOLIDADO_ROWS = { title: 1, instructions: 2, umbralRojo: 5, umbralAmarillo: 6, header: 8, first: 9 } as const;
/** The thresholds a new Consolidado starts with (a person may change them; the plan's defaults). */
export const CONSOLIDADO_UMBRALES = { rojo: 0.6, amarillo: 0.8 } as const;

export interface ConsolidadoLayout {
  /** Where each row's IMPORTRANGE is; its result spills over `width` columns from there. */
  readonly importCol: number;
  readonly width: number;
  readonly puestoCol: number;
  readonly conexionCol: number;
  /** The ranking block's first column (Puesto, Municipio, Cumplimiento, Semáforo, Vencidas, Por vencer). */
  readonly rankingCol: number;
  /** Spilled columns that hold a heading or nothing in the source: hidden. */
  readonly hiddenCols: readonly number[];
  /** The header row: column → text. */
  readonly headers: ReadonlyMap<number, string>;
  readonly averageCol: number;
  readonly vencidasCol: number;
  readonly porVencerCol: number;
}

function figureCol(importCol: number, figures: readonly ResumenFigure[], pick: (f: ResumenFigure) => boolean): number {
  const f = figures.find(pick);
  if (!f) throw new Error('The Tablero summary lacks a figure the Consolidado needs');
  return importCol + f.offset - 1;
}

export function consolidadoLayout(): ConsolidadoLayout {
  const block = tableroResumen();
  const importCol = 3;
  const width = block.lastRow - block.firstRow + 1;
  const puestoCol = importCol + width;
  const conexionCol = puestoCol + 1;
  const rankingCol = conexionCol + 2;
  const headers = new Map<number, string>([
    [1, m.municipio],
    [2, m.url],
    [puestoCol, m.puesto],
    [conexionCol, m.conexion],
  ]);
  for (const f of block.figures) headers.set(importCol + f.offset - 1, f.measure.kind === 'fechaCalculo' ? m.fechaHeader : f.label);
  m.rankingHeaders.forEach((h, i) => headers.set(rankingCol + i, h));
  const shown = new Set(block.figures.map((f) => importCol + f.offset - 1));
  const hiddenCols = Array.from({ length: width }, (_, i) => importCol + i).filter((c) => !shown.has(c));
  const whole = (f: ResumenFigure): boolean => (f.measure.kind === 'count' || f.measure.kind === 'average') && f.measure.responsables === undefined;
  return {
    importCol,
    width,
    puestoCol,
    conexionCol,
    rankingCol,
    hiddenCols,
    headers,
    averageCol: figureCol(importCol, block.figures, (f) => whole(f) && f.measure.kind === 'average'),
    vencidasCol: figureCol(importCol, block.figures, (f) => whole(f) && f.measure.kind === 'count' && f.measure.estado === ESTADO.vencida),
    porVencerCol: figureCol(importCol, block.figures, (f) => whole(f) && f.measure.kind === 'count' && f.measure.estado === ESTADO.porVencer),
  };
}

export interface SourceRow {
  readonly row: number;
  readonly municipio: string;
  readonly url: string;
}

const SHEETS_URL = /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#].*)?$/;
const BARE_KEY = /^[A-Za-z0-9_-]{25,}$/;

/** The spreadsheet key of a URL (or a bare key) IMPORTRANGE accepts, else null. */
export function spreadsheetKey(text: string): string | null {
  const t = text.trim();
  const u = SHEETS_URL.exec(t);
  if (u) return u[1];
  return BARE_KEY.test(t) ? t : null;
}

/**
 * The rows a person listed (cells of columns A and B from the first data row down), or every
 * problem with its cell: a text that is no Sheets link, a link without municipio, the same
 * spreadsheet twice. Rows with neither are skipped.
 */
export function parseSources(rows: readonly (readonly unknown[])[]): { sources: SourceRow[]; problems: string[] } {
  const sources: SourceRow[] = [];
  const problems: string[] = [];
  const seen = new Map<string, string>();
  rows.forEach((line, i) => {
    const row = CONSOLIDADO_ROWS.first + i;
    const municipio = String(line[0] ?? '').trim();
    const url = String(line[1] ?? '').trim();
    if (url === '') return;
    const key = spreadsheetKey(url);
    if (key === null) problems.push(m.notAUrl(`B${row}`, url));
    if (municipio === '') problems.push(m.noMunicipio(`A${row}`));
    if (key !== null) {
      const first = seen.get(key);
      if (first !== undefined) problems.push(m.sameUrl(`B${row}`, first));
      else seen.set(key, `B${row}`);
    }
    sources.push({ row, municipio, url });
  });
  return { sources, problems };
}

const q = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * One source row's formulas, from the import column to the connection column: the IMPORTRANGE,
 * '' for the cells its result spills into, the puesto among rows `first`..`last`, the connection note.
 */
export function sourceRowFormulas(l: ConsolidadoLayout, row: number, first: number, last: number): string[] {
  const imp = `${columnLetter(l.importCol)}${row}`;
  const avg = columnLetter(l.averageCol);
  const cells = Array.from({ length: l.width + 2 }, () => '');
  cells[0] = `TRANSPOSE(IMPORTRANGE(B${row},${q(NAMED.tableroResumen)}))`;
  // Better average first; among equal averages, the row above first: every puesto is distinct.
  cells[l.width] = `IF(ISNUMBER(${avg}${row}),COUNTIF(${avg}$${first}:${avg}$${last},">"&${avg}${row})+COUNTIF(${avg}$${first}:${avg}${row},${avg}${row}),"")`;
  cells[l.width + 1] = `IF(ISERROR(${imp}),${q(m.notConnected)},${q(m.connected)})`;
  return cells;
}

/** The ranking block's row of puesto k (a number) at sheet row `row`, over source rows `first`..`last`. */
export function rankingRowFormulas(l: ConsolidadoLayout, k: number, row: number, first: number, last: number): (string | number)[] {
  const at = (col: number): string => `$${columnLetter(col)}$${first}:$${columnLetter(col)}$${last}`;
  const puesto = `${columnLetter(l.rankingCol)}${row}`;
  const pick = (col: number): string => `IFERROR(INDEX(${at(col)},MATCH(${puesto},${at(l.puestoCol)},0)),"")`;
  const avg = `${columnLetter(l.rankingCol + 2)}${row}`;
  const rojo = `$B$${CONSOLIDADO_ROWS.umbralRojo}`;
  const amarillo = `$B$${CONSOLIDADO_ROWS.umbralAmarillo}`;
  return [
    k,
    pick(1),
    pick(l.averageCol),
    `IF(ISNUMBER(${avg}),IF(${avg}<${rojo},${q(SEMAFORO.rojo)},IF(${avg}<${amarillo},${q(SEMAFORO.amarillo)},${q(SEMAFORO.verde)})),"")`,
    pick(l.vencidasCol),
    pick(l.porVencerCol),
  ];
}
