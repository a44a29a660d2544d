import type ExcelJS from 'exceljs';
import { displayDate } from '../core/calendar';
import { municipalitySemaforo, type DepartmentReport, type Duplicate, type Thresholds } from '../core/consolidate';
import { consolidateMsg } from '../core/messages';
import { percentText } from '../core/report/format';
import { ESTADO, SEMAFORO, type Semaforo } from '../core/tracker/names';
import { SEMAFORO_FILL } from '../core/tracker/matriz';
import { dateOf } from './sheets/values';
import { LINE_HEIGHT_PT, MAX_ROW_PT, wrappedLines } from './sheets/row-height';
import { printSetup } from './sheets/setup';
import type { StreamBook } from './stream-book';
import { argb } from './styles';

const t = consolidateMsg.informe;
/**
 * Body text at 10 pt and 9 columns of 135 characters in all (≈ 990 px): fit to one page wide on
 * landscape Letter (≈ 980 px inside the margins) prints them at ≈ 99 %, well above 8 pt.
 */
export const INFORME_FONT_SIZE = 10;
export const INFORME_WIDTHS = [8, 30, 30, 13, 11, 13, 11, 9, 10] as const;
const PERCENT = '0.0%';
const BODY = { size: INFORME_FONT_SIZE } as const;
const BOLD = { size: INFORME_FONT_SIZE, bold: true } as const;
const SECTION = { size: INFORME_FONT_SIZE + 2, bold: true, color: { argb: 'FF1F4E78' } } as const;
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E2F3' } } as const;
const THIN = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const BORDER = { top: THIN, bottom: THIN, left: THIN, right: THIN } as const;
// One object per look: exceljs resolves a style once per object (docs/ARCHITECTURE.md).
const TOP = { vertical: 'top' } as const;
const TOP_WRAP = { vertical: 'top', wrapText: true } as const;
const MIDDLE_WRAP = { vertical: 'middle', wrapText: true } as const;

export interface InformeInput {
  readonly report: DepartmentReport;
  readonly duplicates: readonly Duplicate[];
  readonly skipped: readonly { readonly file: string; readonly reason: string }[];
  readonly thresholds: Thresholds;
  readonly emitted: string;
}

const RANKING_STYLE: readonly Partial<ExcelJS.Style>[] = INFORME_WIDTHS.map((_, c) => ({
  font: BODY,
  border: BORDER,
  alignment: c === 1 || c === 2 ? TOP_WRAP : TOP,
  ...(c === 3 ? { numFmt: 'dd/mm/yyyy' } : c === 5 ? { numFmt: PERCENT } : {}),
}));
const semaforoStyle = (s: Semaforo): Partial<ExcelJS.Style> => {
  const fill = s === SEMAFORO.sinMedir ? null : SEMAFORO_FILL[s];
  return {
    font: BODY,
    border: BORDER,
    alignment: TOP,
    ...(fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(fill.background) } } } : {}),
  };
};
const SEMAFORO_STYLE: Readonly<Record<Semaforo, Partial<ExcelJS.Style>>> = {
  [SEMAFORO.verde]: semaforoStyle(SEMAFORO.verde),
  [SEMAFORO.amarillo]: semaforoStyle(SEMAFORO.amarillo),
  [SEMAFORO.rojo]: semaforoStyle(SEMAFORO.rojo),
  [SEMAFORO.sinMedir]: semaforoStyle(SEMAFORO.sinMedir),
};

type Line = {
  readonly cells: readonly ExcelJS.CellValue[];
  readonly look: 'title' | 'section' | 'text' | 'head' | 'cell';
  readonly formats?: readonly (string | undefined)[];
};

/** The lines before the ranking (whose header row is the one repeated on every printed page). */
function leadLines(i: InformeInput): Line[] {
  const r = i.report;
  const d = r.department;
  const pct = (v: number | null): ExcelJS.CellValue => (v === null ? t.sinDato : v);
  const departamento =
    r.departamentos.length === 0 ? t.departamentoNone : r.departamentos.length === 1 ? r.departamentos[0] : t.departamentoMany(r.departamentos);
  const fecha =
    r.corte !== undefined ? t.fechaComun(displayDate(r.corte)) : r.fechas ? t.fechaCada(displayDate(r.fechas.desde), displayDate(r.fechas.hasta)) : '';
  const lines: Line[] = [
    { cells: [t.title], look: 'title' },
    { cells: [`${t.departamento}: ${departamento}`], look: 'text' },
    { cells: [`${t.fechaCalculo}: ${fecha}`], look: 'text' },
    { cells: [`${t.emitido}: ${i.emitted}`], look: 'text' },
    { cells: [t.umbrales(percentText(i.thresholds.umbralRojo), percentText(i.thresholds.umbralAmarillo))], look: 'text' },
    { cells: [], look: 'text' },
    { cells: [t.cifras], look: 'section' },
    { cells: ['', ...t.cifraHeaders], look: 'head' },
  ];
  const figures: [string, ExcelJS.CellValue, string?][] = [
    [t.leidos, r.filesRead],
    [t.consolidados, r.consolidated],
    [t.omitidos, r.skipped],
    [t.duplicados, r.duplicates],
    [t.indicadores, d.indicadores],
    [t.medidos, d.medidos],
    [t.promedioIndicadores, pct(d.cumplimientoPromedio), PERCENT],
    [t.promedioMunicipios, pct(r.promedioMunicipios), PERCENT],
    [t.vencidas, d.porEstado[ESTADO.vencida]],
    [t.porVencer, d.porEstado[ESTADO.porVencer]],
  ];
  for (const [label, value, f] of figures) lines.push({ cells: ['', label, value], look: 'cell', formats: [undefined, undefined, f] });
  lines.push({ cells: [], look: 'text' }, { cells: [t.distribucion], look: 'section' }, { cells: ['', ...t.distribucionHeaders], look: 'head' });
  for (const s of [SEMAFORO.verde, SEMAFORO.amarillo, SEMAFORO.rojo, SEMAFORO.sinMedir]) {
    const n = r.municipiosPorSemaforo[s];
    lines.push({
      cells: ['', s, n, r.consolidated === 0 ? 0 : n / r.consolidated, d.porSemaforo[s]],
      look: 'cell',
      formats: [undefined, undefined, undefined, PERCENT],
    });
  }
  lines.push({ cells: [], look: 'text' }, { cells: [t.omitidosTitle], look: 'section' });
  if (i.skipped.length === 0) lines.push({ cells: [t.omitidosNone], look: 'text' });
  else {
    lines.push({ cells: ['', ...consolidateMsg.skippedHeaders], look: 'head' });
    for (const k of i.skipped) lines.push({ cells: ['', k.file, k.reason], look: 'cell' });
  }
  lines.push({ cells: [], look: 'text' }, { cells: [t.duplicadosTitle], look: 'section' });
  if (i.duplicates.length === 0) lines.push({ cells: [t.duplicadosNone], look: 'text' });
  else {
    lines.push({ cells: ['', ...t.duplicadosHeaders], look: 'head' });
    for (const k of i.duplicates) lines.push({ cells: ['', k.municipio, k.kept, k.dropped, t.duplicadoMotivo(k.sameDate)], look: 'cell' });
  }
  lines.push({ cells: [], look: 'text' }, { cells: [t.rankingTitle], look: 'section' });
  return lines;
}

/** The row of the ranking's header (1-based): Informe's print titles, known before any row is written. */
export function rankingHeaderRow(i: InformeInput): number {
  return leadLines(i).length + 1;
}

/** Characters of `size`-point text a column of `width` holds (widths count 11-point characters; a margin for wider letters). */
const charsIn = (width: number, size: number): number => (width * 11 * 0.9) / size;
const lineHeight = (size: number): number => (LINE_HEIGHT_PT * size) / 11;
const textOf = (v: ExcelJS.CellValue): string =>
  v === null || v === undefined ? '' : v instanceof Date ? '00/00/0000' : typeof v === 'number' ? '0000000' : String(v);

/**
 * Row heights are estimated here (a streamed row is written before any program could measure it):
 * a wrapped cell's lines at its column's width; a title or text line spans the whole width, merged.
 */
function fit(ws: ExcelJS.Worksheet, row: ExcelJS.Row, line: Line): void {
  const size = line.look === 'title' ? INFORME_FONT_SIZE + 6 : line.look === 'section' ? INFORME_FONT_SIZE + 2 : INFORME_FONT_SIZE;
  let lines = 1;
  if (line.look === 'title' || line.look === 'section' || line.look === 'text') {
    if (line.cells.length === 0) return;
    ws.mergeCells(row.number, 1, row.number, INFORME_WIDTHS.length);
    row.getCell(1).alignment = TOP_WRAP;
    lines = wrappedLines(
      textOf(line.cells[0]),
      charsIn(
        INFORME_WIDTHS.reduce((a, b) => a + b, 0),
        size,
      ),
    );
  } else line.cells.forEach((v, c) => (lines = Math.max(lines, wrappedLines(textOf(v), charsIn(INFORME_WIDTHS[c] ?? 10, size)))));
  row.height = Math.min(MAX_ROW_PT, lines * lineHeight(size) + 2);
}

function style(row: ExcelJS.Row, line: Line, fromColumn = 1): void {
  line.cells.forEach((_, c) => {
    const cell = row.getCell(c + 1);
    const f = line.formats?.[c];
    if (f) cell.numFmt = f;
    if (line.look === 'title') cell.font = { size: INFORME_FONT_SIZE + 6, bold: true };
    else if (line.look === 'section') cell.font = SECTION;
    else if (line.look === 'head') {
      if (c + 1 >= fromColumn) Object.assign(cell, { font: BOLD, fill: HEAD_FILL, border: BORDER, alignment: MIDDLE_WRAP });
    } else if (line.look === 'cell') {
      if (c + 1 >= fromColumn) Object.assign(cell, { font: BODY, border: BORDER, alignment: TOP_WRAP });
    } else cell.font = BODY;
  });
}

/**
 * The departmental Informe: printable (landscape, one page wide, the ranking's header repeated on
 * every page, body text at 10 pt), every figure from core/consolidate's departmentReport.
 */
export async function writeInforme(book: StreamBook, i: InformeInput, title: string): Promise<ExcelJS.Worksheet> {
  const header = rankingHeaderRow(i);
  const setup = printSetup(consolidateMsg.sheets.informe, title, false);
  const ws = book.addSheet(consolidateMsg.sheets.informe, {
    ...setup,
    pageSetup: { ...setup.pageSetup, printTitlesRow: `${header}:${header}` },
    views: [{ showGridLines: false }],
  });
  ws.columns = INFORME_WIDTHS.map((width) => ({ width }));
  for (const line of leadLines(i)) {
    const row = ws.addRow([...line.cells]);
    // The lead tables leave column A blank (an indent); the ranking uses every column.
    style(row, line, 2);
    fit(ws, row, line);
    await book.commitRow(ws, row);
  }
  const headLine: Line = { cells: t.rankingHeaders, look: 'head' };
  const head = ws.addRow([...t.rankingHeaders]);
  style(head, headLine);
  fit(ws, head, headLine);
  await book.commitRow(ws, head);
  for (const [n, m] of i.report.ranked.entries()) {
    const s = m.summary;
    const sem = municipalitySemaforo(m, i.thresholds);
    const cells = [
      n + 1,
      m.municipio,
      m.entidad,
      dateOf(m.fechaCalculo),
      s.indicadores,
      s.cumplimientoPromedio,
      sem,
      s.porEstado[ESTADO.vencida],
      s.porEstado[ESTADO.porVencer],
    ];
    const row = ws.addRow(cells);
    cells.forEach((_, c) => {
      // One style object per column (and per semáforo): exceljs resolves each object once.
      row.getCell(c + 1).style = c === 6 ? SEMAFORO_STYLE[sem] : RANKING_STYLE[c];
    });
    fit(ws, row, { cells, look: 'cell' });
    await book.commitRow(ws, row);
  }
  return ws;
}
