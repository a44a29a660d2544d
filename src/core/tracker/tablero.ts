import { ESTADO, NAMED, SEMAFORO, type Semaforo } from './names';
import { CHART_DATA, CHART_TITLE, SUMMARY_HEADERS } from '../messages/summary';
import { average, ESTADO_ORDER, responsableKey, SEMAFORO_ORDER } from '../summary';
import { SHEET } from './names';
import { columnRange, type ColumnLayout } from './layout';
import { a1, quoteSheet } from './a1';
import { ESTADO_FILL, FILL, SEMAFORO_FILL, type MatrizKey } from './matriz';
import { SEMAFORO_BAR_COLOR, THRESHOLD_LINE_COLOR } from './styles';
import type { CellFormat, HighlightFill } from './types';
import type { EvaluatedRow } from '../evaluate';
import type { DaySerial } from '../calendar';
import { literalCriterion } from './criteria';

/** One cell of the Tablero: a label or a formula (without '='), with how it is shown. */
export interface TableroCell {
  readonly row: number;
  readonly col: number;
  readonly value?: string;
  readonly formula?: string;
  readonly format: CellFormat;
  readonly style: 'title' | 'subtitle' | 'header' | 'label' | 'value';
  /** What the formula computes, so a host that writes cached results (Excel) gets them from the core. */
  readonly measure?: TableroMeasure;
  /** Numbers and their headers are centred, so each figure sits under its own header. */
  readonly align?: 'center';
  /** A count of a state carries that state's colours (background and text), as in the Matriz. */
  readonly fill?: HighlightFill;
  /** Only the text colour of the state counted (a responsables count, which may be 0). */
  readonly fontColor?: string;
}

/** The figure behind a Tablero formula, computed by tableroValue exactly as the formula does. */
export type TableroMeasure =
  | { readonly kind: 'fechaCalculo' }
  | { readonly kind: 'count'; readonly estado?: string; readonly semaforo?: string; readonly responsables?: string }
  | { readonly kind: 'average'; readonly responsables?: string }
  /** The chart's label of Matriz row `row`: ID · short indicator name. */
  | { readonly kind: 'chartLabel'; readonly row: number }
  /** Row `row`'s cumplimiento when its semáforo is `semaforo`, else #N/A (no bar in that series). */
  | { readonly kind: 'chartBar'; readonly row: number; readonly semaforo: Semaforo }
  | { readonly kind: 'threshold'; readonly which: 'rojo' | 'amarillo' };

/** One series of the chart: a column of the chart data, drawn as bars or as a threshold line. */
export interface TableroSeries {
  readonly col: number;
  readonly name: string;
  readonly color: string;
  readonly kind: 'bar' | 'line';
}

/**
 * The compliance chart, drawn from the chart data under the Tablero: one stacked series per
 * semáforo (each indicator has a value in exactly one, so each bar has its semáforo's colour), value
 * labels, and two lines at Configuración's thresholds. Rows headerRow+1..lastRow are the data.
 */
export interface TableroChart {
  readonly title: string;
  /** Anchor cell (1-based). */
  readonly row: number;
  readonly col: number;
  readonly sheet: string;
  readonly headerRow: number;
  readonly lastRow: number;
  readonly categoryCol: number;
  readonly series: readonly TableroSeries[];
  /** Number format of values, axis and labels. */
  readonly format: string;
}

export interface TableroLayout {
  readonly cells: readonly TableroCell[];
  readonly chart: TableroChart;
  readonly widths: readonly number[];
  /** Cells that show #N/A by design (chart data outside its semáforo): hosts write them in white. */
  readonly notAvailable: NotAvailableRule | null;
}

/** The one conditional format of the chart data: where, its condition (relative to the first cell, no "="), and its font colour. */
export interface NotAvailableRule {
  readonly fromRow: number;
  readonly toRow: number;
  readonly fromCol: number;
  readonly toCol: number;
  readonly condition: string;
  readonly fontColor: string;
}

/** #N/A on paper is noise: the text is written in the page's colour. */
export const NOT_AVAILABLE_FONT = '#FFFFFF';

function notAvailableRule(fromRow: number, toRow: number, fromCol: number, toCol: number): NotAvailableRule {
  return { fromRow, toRow, fromCol, toCol, condition: `ISNA(${a1(fromRow, fromCol)})`, fontColor: NOT_AVAILABLE_FONT };
}

/** What a Tablero formula shows: a number, a text, or #N/A (a bar that is not in this series). */
export type TableroResult = number | string | { readonly error: '#N/A' };

/** Characters of the indicator's name the chart label keeps. */
export const CHART_LABEL_CHARS = 28;

/** The chart's label for an indicator, as its formula computes it. */
export function chartLabel(id: string, name: string): string {
  if (id === '') return '';
  if (name === '') return id;
  return `${id} · ${name.slice(0, CHART_LABEL_CHARS)}${name.length > CHART_LABEL_CHARS ? '…' : ''}`;
}

export const TABLERO_ESTADOS = ESTADO_ORDER;
export const TABLERO_SEMAFOROS = SEMAFORO_ORDER;
export const TABLERO_RESPONSABLES_HEADER_ROW = 20;

/**
 * The Tablero for a Matriz laid out as `layout`, with one row per distinct responsables text and
 * the chart data for Matriz rows 2..matrizRows+1. Every count and average is a formula over whole
 * Matriz columns, so rows a person adds are counted; the chart data follows the rows there were
 * when the Tablero was laid out (Preparar lays it out again).
 */
export function tableroLayout(layout: ColumnLayout<MatrizKey>, responsables: readonly string[], matrizRows = 0): TableroLayout {
  const col = (k: MatrizKey): string => {
    const c = layout.get(k);
    if (c === undefined) throw new Error(`Column ${k} is not in the Matriz`);
    return columnRange(SHEET.matriz, c);
  };
  const cells: TableroCell[] = [];
  const label = (row: number, c: number, value: string, style: TableroCell['style'] = 'label'): void => {
    cells.push({ row, col: c, value, format: 'text', style });
  };
  const formula = (row: number, c: number, f: string, format: CellFormat, measure: TableroMeasure, look: Partial<TableroCell> = {}): void => {
    cells.push({ row, col: c, formula: f, format, style: 'value', measure, align: 'center', ...look });
  };
  const header = (row: number, c: number, value: string, look: Partial<TableroCell> = {}): void => {
    cells.push({ row, col: c, value, format: 'text', style: 'header', ...(c > 1 ? { align: 'center' } : {}), ...look });
  };
  const fillOf = (state: string): HighlightFill | undefined =>
    (ESTADO_FILL as Readonly<Record<string, HighlightFill>>)[state] ?? (SEMAFORO_FILL as Readonly<Record<string, HighlightFill>>)[state];

  label(1, 1, 'Tablero del Plan de Acción de Gobierno en Línea', 'title');
  label(2, 1, 'Fecha de cálculo');
  formula(2, 2, NAMED.fechaCalculo, 'date', { kind: 'fechaCalculo' });

  // A state's row (its name and its count) has the state's colours; Sin programar / Sin medir stay plain.
  const stateLabel = (row: number, state: string): void => {
    const fill = fillOf(state);
    cells.push({ row, col: 1, value: state, format: 'text', style: 'label', ...(fill ? { fill } : {}) });
  };
  SUMMARY_HEADERS.estado.forEach((t, i) => header(4, 1 + i, t));
  TABLERO_ESTADOS.forEach((e, i) => {
    stateLabel(5 + i, e);
    const fill = fillOf(e);
    formula(5 + i, 2, `COUNTIF(${col('estado')},A${5 + i})`, 'integer', { kind: 'count', estado: e }, fill ? { fill } : {});
  });

  SUMMARY_HEADERS.semaforo.forEach((t, i) => header(10, 1 + i, t));
  TABLERO_SEMAFOROS.forEach((s, i) => {
    stateLabel(11 + i, s);
    const fill = fillOf(s);
    formula(11 + i, 2, `COUNTIF(${col('semaforo')},A${11 + i})`, 'integer', { kind: 'count', semaforo: s }, fill ? { fill } : {});
  });

  label(16, 1, 'Total de indicadores');
  formula(16, 2, `SUM(B5:B8)`, 'integer', { kind: 'count' });
  label(17, 1, 'Cumplimiento promedio');
  formula(17, 2, `IFERROR(AVERAGE(${col('cumplimiento')}),"")`, 'percent', { kind: 'average' });

  const h = TABLERO_RESPONSABLES_HEADER_ROW;
  // The Vencidas and Por vencer headers have their state's colours; the counts under them its text colour.
  const respFill: readonly (HighlightFill | undefined)[] = [undefined, undefined, ESTADO_FILL[ESTADO.vencida], ESTADO_FILL[ESTADO.porVencer], undefined];
  SUMMARY_HEADERS.responsables.forEach((t, i) => {
    const fill = respFill[i];
    header(h, 1 + i, t, fill ? { fill } : {});
  });
  responsables.forEach((name, i) => {
    const r = h + 1 + i;
    label(r, 1, name);
    // The responsables text is a person's: matched literally, never as wildcards or an operator.
    const who = literalCriterion(`A${r}`);
    formula(r, 2, `COUNTIF(${col('responsables')},${who})`, 'integer', { kind: 'count', responsables: name });
    formula(
      r,
      3,
      `COUNTIFS(${col('responsables')},${who},${col('estado')},"${ESTADO.vencida}")`,
      'integer',
      { kind: 'count', responsables: name, estado: ESTADO.vencida },
      { fontColor: ESTADO_FILL[ESTADO.vencida].font },
    );
    formula(
      r,
      4,
      `COUNTIFS(${col('responsables')},${who},${col('estado')},"${ESTADO.porVencer}")`,
      'integer',
      { kind: 'count', responsables: name, estado: ESTADO.porVencer },
      { fontColor: ESTADO_FILL[ESTADO.porVencer].font },
    );
    formula(r, 5, `IFERROR(AVERAGEIF(${col('responsables')},${who},${col('cumplimiento')}),"")`, 'percent', { kind: 'average', responsables: name });
  });

  // The chart data: one row per Matriz row, its compliance under its semáforo, the thresholds.
  const titleRow = h + responsables.length + 2;
  const headerRow = titleRow + 1;
  const lastRow = headerRow + matrizRows;
  const cell = (k: MatrizKey, row: number): string => {
    const c = layout.get(k);
    if (c === undefined) throw new Error(`Column ${k} is not in the Matriz`);
    return `${quoteSheet(SHEET.matriz)}!$${a1(row, c).replace(/(\d+)$/, '$$$1')}`;
  };
  const bars: readonly (keyof typeof SEMAFORO_FILL)[] = [SEMAFORO.rojo, SEMAFORO.amarillo, SEMAFORO.verde];
  const series: TableroSeries[] = [
    ...bars.map((sem, i): TableroSeries => ({ col: 2 + i, name: CHART_DATA.headers[1 + i], color: SEMAFORO_BAR_COLOR[sem], kind: 'bar' })),
    { col: 5, name: CHART_DATA.headers[4], color: THRESHOLD_LINE_COLOR.rojo, kind: 'line' },
    { col: 6, name: CHART_DATA.headers[5], color: THRESHOLD_LINE_COLOR.amarillo, kind: 'line' },
  ];
  if (matrizRows > 0) {
    label(titleRow, 1, CHART_DATA.title, 'subtitle');
    CHART_DATA.headers.forEach((t, i) => {
      const fill = i >= 1 && i <= 3 ? SEMAFORO_FILL[bars[i - 1]] : undefined;
      header(headerRow, 1 + i, t, fill ? { fill } : {});
    });
    for (let i = 0; i < matrizRows; i++) {
      const r = headerRow + 1 + i;
      const m = 2 + i; // the Matriz row
      const id = cell('id', m);
      const name = cell('indicador', m);
      cells.push({
        row: r,
        col: 1,
        formula: `IF(${id}="","",${id}&IF(${name}="",""," · "&LEFT(${name},${CHART_LABEL_CHARS})&IF(LEN(${name})>${CHART_LABEL_CHARS},"…","")))`,
        format: 'text',
        style: 'value',
        measure: { kind: 'chartLabel', row: m },
      });
      bars.forEach((sem, j) =>
        formula(r, 2 + j, `IF(${cell('semaforo', m)}="${sem}",${cell('cumplimiento', m)},NA())`, 'percent', { kind: 'chartBar', row: m, semaforo: sem }),
      );
      formula(r, 5, NAMED.umbralRojo, 'percent', { kind: 'threshold', which: 'rojo' }, { fontColor: FILL.grey.font });
      formula(r, 6, NAMED.umbralAmarillo, 'percent', { kind: 'threshold', which: 'amarillo' }, { fontColor: FILL.grey.font });
    }
  }
  return {
    cells,
    chart: {
      title: CHART_TITLE,
      // Under the chart data, within the Tablero's columns: the page prints one column block wide.
      row: lastRow + 2,
      col: 1,
      sheet: SHEET.tablero,
      headerRow,
      lastRow,
      categoryCol: 1,
      series,
      format: '0%',
    },
    widths: [280, 110, 110, 110, 170, 120],
    notAvailable: matrizRows > 0 ? notAvailableRule(headerRow + 1, lastRow, 2, 4) : null,
  };
}

/**
 * The value a Tablero formula shows for these evaluated rows, with the summary's rules: a
 * responsables row counts the rows of its responsableKey (COUNTIF/COUNTIFS ignore case); AVERAGE
 * skips rows without a numeric cumplimiento and IFERROR turns none into "".
 */
/** Matriz rows by their sheet row, built once per list: the chart data asks for every row (a find per cell was quadratic). */
const ROWS_BY_SHEET_ROW = new WeakMap<readonly EvaluatedRow[], ReadonlyMap<number, EvaluatedRow>>();

function rowAt(rows: readonly EvaluatedRow[], sheetRow: number): EvaluatedRow | undefined {
  let index = ROWS_BY_SHEET_ROW.get(rows);
  if (!index) {
    const made = new Map<number, EvaluatedRow>();
    for (const r of rows) if (!made.has(r.source.row)) made.set(r.source.row, r);
    ROWS_BY_SHEET_ROW.set(rows, made);
    index = made;
  }
  return index.get(sheetRow);
}

export function tableroValue(
  m: TableroMeasure,
  rows: readonly EvaluatedRow[],
  fechaCalculo: DaySerial,
  thresholds: { readonly umbralRojo: number; readonly umbralAmarillo: number } = { umbralRojo: 0, umbralAmarillo: 0 },
): TableroResult {
  if (m.kind === 'fechaCalculo') return fechaCalculo;
  if (m.kind === 'threshold') return m.which === 'rojo' ? thresholds.umbralRojo : thresholds.umbralAmarillo;
  if (m.kind === 'chartLabel' || m.kind === 'chartBar') {
    const row = rowAt(rows, m.row);
    if (m.kind === 'chartLabel') return row ? chartLabel(row.source.id, row.source.indicador) : '';
    return row && row.semaforo === m.semaforo && row.cumplimiento !== null ? row.cumplimiento : { error: '#N/A' };
  }
  const chosen = m.responsables === undefined ? rows : rows.filter((r) => responsableKey(r.source.responsables) === responsableKey(m.responsables ?? ''));
  if (m.kind === 'count')
    return chosen.filter((r) => (m.estado === undefined || r.estado === m.estado) && (m.semaforo === undefined || r.semaforo === m.semaforo)).length;
  return average(chosen.map((r) => r.cumplimiento)) ?? '';
}
