import { ESTADO, NAMED } from './names';
import { CHART_TITLE, SUMMARY_HEADERS } from '../messages/summary';
import { average, ESTADO_ORDER, responsableKey, SEMAFORO_ORDER } from '../summary';
import { SHEET } from './names';
import { columnRange, type ColumnLayout } from './layout';
import type { MatrizKey } from './matriz';
import type { CellFormat } from './types';
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
  readonly style: 'title' | 'header' | 'label' | 'value';
  /** What the formula computes, so a host that writes cached results (Excel) gets them from the core. */
  readonly measure?: TableroMeasure;
}

/** The figure behind a Tablero formula, computed by tableroValue exactly as the formula does. */
export type TableroMeasure =
  | { readonly kind: 'fechaCalculo' }
  | { readonly kind: 'count'; readonly estado?: string; readonly semaforo?: string; readonly responsables?: string }
  | { readonly kind: 'average'; readonly responsables?: string };

export interface TableroChart {
  readonly title: string;
  /** Anchor cell (1-based). */
  readonly row: number;
  readonly col: number;
  readonly categories: { readonly sheet: string; readonly col: number };
  readonly values: { readonly sheet: string; readonly col: number };
}

export interface TableroLayout {
  readonly cells: readonly TableroCell[];
  readonly chart: TableroChart;
  readonly widths: readonly number[];
}

export const TABLERO_ESTADOS = ESTADO_ORDER;
export const TABLERO_SEMAFOROS = SEMAFORO_ORDER;
export const TABLERO_RESPONSABLES_HEADER_ROW = 20;

/**
 * The Tablero for a Matriz laid out as `layout`, with one row per distinct responsables text.
 * Every figure is a formula over whole Matriz columns, so rows a person adds are counted.
 */
export function tableroLayout(layout: ColumnLayout<MatrizKey>, responsables: readonly string[]): TableroLayout {
  const col = (k: MatrizKey): string => {
    const c = layout.get(k);
    if (c === undefined) throw new Error(`Column ${k} is not in the Matriz`);
    return columnRange(SHEET.matriz, c);
  };
  const cells: TableroCell[] = [];
  const label = (row: number, c: number, value: string, style: TableroCell['style'] = 'label'): void => {
    cells.push({ row, col: c, value, format: 'text', style });
  };
  const formula = (row: number, c: number, f: string, format: CellFormat, measure: TableroMeasure): void => {
    cells.push({ row, col: c, formula: f, format, style: 'value', measure });
  };

  label(1, 1, 'Tablero del Plan de Acción de Gobierno en Línea', 'title');
  label(2, 1, 'Fecha de cálculo');
  formula(2, 2, NAMED.fechaCalculo, 'date', { kind: 'fechaCalculo' });

  SUMMARY_HEADERS.estado.forEach((t, i) => label(4, 1 + i, t, 'header'));
  TABLERO_ESTADOS.forEach((e, i) => {
    label(5 + i, 1, e);
    formula(5 + i, 2, `COUNTIF(${col('estado')},A${5 + i})`, 'integer', { kind: 'count', estado: e });
  });

  SUMMARY_HEADERS.semaforo.forEach((t, i) => label(10, 1 + i, t, 'header'));
  TABLERO_SEMAFOROS.forEach((s, i) => {
    label(11 + i, 1, s);
    formula(11 + i, 2, `COUNTIF(${col('semaforo')},A${11 + i})`, 'integer', { kind: 'count', semaforo: s });
  });

  label(16, 1, 'Total de indicadores');
  formula(16, 2, `SUM(B5:B8)`, 'integer', { kind: 'count' });
  label(17, 1, 'Cumplimiento promedio');
  formula(17, 2, `IFERROR(AVERAGE(${col('cumplimiento')}),"")`, 'percent', { kind: 'average' });

  const h = TABLERO_RESPONSABLES_HEADER_ROW;
  SUMMARY_HEADERS.responsables.forEach((t, i) => label(h, 1 + i, t, 'header'));
  responsables.forEach((name, i) => {
    const r = h + 1 + i;
    label(r, 1, name);
    // The responsables text is a person's: matched literally, never as wildcards or an operator.
    const who = literalCriterion(`A${r}`);
    formula(r, 2, `COUNTIF(${col('responsables')},${who})`, 'integer', { kind: 'count', responsables: name });
    formula(r, 3, `COUNTIFS(${col('responsables')},${who},${col('estado')},"${ESTADO.vencida}")`, 'integer', {
      kind: 'count',
      responsables: name,
      estado: ESTADO.vencida,
    });
    formula(r, 4, `COUNTIFS(${col('responsables')},${who},${col('estado')},"${ESTADO.porVencer}")`, 'integer', {
      kind: 'count',
      responsables: name,
      estado: ESTADO.porVencer,
    });
    formula(r, 5, `IFERROR(AVERAGEIF(${col('responsables')},${who},${col('cumplimiento')}),"")`, 'percent', { kind: 'average', responsables: name });
  });

  const idCol = layout.get('id');
  const cumplCol = layout.get('cumplimiento');
  if (idCol === undefined || cumplCol === undefined) throw new Error('Matriz needs id and cumplimiento');
  return {
    cells,
    chart: {
      title: CHART_TITLE,
      row: 4,
      col: 7,
      categories: { sheet: SHEET.matriz, col: idCol },
      values: { sheet: SHEET.matriz, col: cumplCol },
    },
    widths: [260, 110, 90, 90, 150],
  };
}

/**
 * The value a Tablero formula shows for these evaluated rows, with the summary's rules: a
 * responsables row counts the rows of its responsableKey (COUNTIF/COUNTIFS ignore case); AVERAGE
 * skips rows without a numeric cumplimiento and IFERROR turns none into "".
 */
export function tableroValue(m: TableroMeasure, rows: readonly EvaluatedRow[], fechaCalculo: DaySerial): number | string {
  if (m.kind === 'fechaCalculo') return fechaCalculo;
  const chosen = m.responsables === undefined ? rows : rows.filter((r) => responsableKey(r.source.responsables) === responsableKey(m.responsables ?? ''));
  if (m.kind === 'count')
    return chosen.filter((r) => (m.estado === undefined || r.estado === m.estado) && (m.semaforo === undefined || r.semaforo === m.semaforo)).length;
  return average(chosen.map((r) => r.cumplimiento)) ?? '';
}
