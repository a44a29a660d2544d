import type ExcelJS from 'exceljs';
import { columnLetter } from '../../core/tracker/a1';
import { defaultLayout, rowFormulas } from '../../core/tracker/layout';
import { MATRIZ_COLUMNS, MATRIZ_RULES, type MatrizKey } from '../../core/tracker/matriz';
import type { IndicatorStatus } from '../../core/status';
import type { StreamBook } from '../stream-book';
import type { TableData } from '../tracker-data';
import { addRules, addValidation, type WidePrint } from './setup';
import { tablePrint } from './print-columns';
import { coveredLastRow, writeTable } from './table';
import { formulaCell } from './values';

export const MATRIZ_LAYOUT = defaultLayout(MATRIZ_COLUMNS);

/**
 * The Matriz's pages of columns when printed (beside ID and Acción, repeated on each): what the action
 * brings, who and how, what is counted and since when, the figures and evidence, what the formulas say.
 * Each fits a Letter landscape page at the legible scale (print-columns.ts); they follow the sheet's order.
 */
const MATRIZ_PRINT_GROUP: Readonly<Record<MatrizKey, string>> = {
  id: 'title',
  accion: 'title',
  beneficios: 'plan',
  indicadorGestion: 'plan',
  metas: 'plan',
  actividades: 'plan',
  responsables: 'who',
  recursos: 'who',
  frecuencia: 'who',
  indicador: 'who',
  numeradorDesc: 'measure',
  denominadorDesc: 'measure',
  fechaInicio: 'measure',
  ultimoSeguimiento: 'measure',
  numerador: 'figures',
  denominador: 'figures',
  meta: 'figures',
  evidencia: 'figures',
  observaciones: 'figures',
  proximoVencimiento: 'computed',
  diasRestantes: 'computed',
  valor: 'computed',
  cumplimiento: 'computed',
  estado: 'computed',
  semaforo: 'computed',
};

/** The Matriz printed in MATRIZ_PRINT_GROUP's pages of columns, ID and Acción repeated on each. */
export function matrizPrint(extraColumns: number): WidePrint {
  return tablePrint(MATRIZ_COLUMNS, extraColumns, 2, (c) => MATRIZ_PRINT_GROUP[c.key]);
}

/** The cached result of each computed column, from the core's evaluation of the row. */
function cached(e: IndicatorStatus, key: MatrizKey): string | number | null {
  switch (key) {
    case 'proximoVencimiento':
      return e.proximoVencimiento;
    case 'diasRestantes':
      return e.diasRestantes;
    case 'valor':
      return e.valor;
    case 'cumplimiento':
      return e.cumplimiento;
    case 'estado':
      return e.estado;
    case 'semaforo':
      return e.semaforo;
    default:
      return null;
  }
}

/** The Matriz: plan and input columns as given, computed columns as formulas with the core's results. */
export async function writeMatriz(
  book: StreamBook,
  ws: ExcelJS.Worksheet,
  data: TableData<MatrizKey>,
  evaluated: readonly IndicatorStatus[],
  onRows?: (done: number, total: number) => void,
): Promise<void> {
  // The row's formulas, made once per row (the columns ask one by one).
  let formulasRow = -1;
  let formulas = new Map<MatrizKey, string>();
  await writeTable({
    book,
    ws,
    onRows,
    columns: MATRIZ_COLUMNS,
    data,
    computed: (i, key) => {
      if (i !== formulasRow) {
        formulasRow = i;
        formulas = rowFormulas(MATRIZ_COLUMNS, MATRIZ_LAYOUT, i + 2);
      }
      const formula = formulas.get(key);
      if (formula === undefined) return null;
      const spec = MATRIZ_COLUMNS[(MATRIZ_LAYOUT.get(key) ?? 1) - 1];
      return formulaCell(formula, cached(evaluated[i], key), spec.format === 'date');
    },
  });
  const last = coveredLastRow(data.rows.length);
  for (const c of MATRIZ_COLUMNS) {
    if (!c.validation) continue;
    const letter = columnLetter(MATRIZ_LAYOUT.get(c.key) ?? 1);
    addValidation(ws, `${letter}2:${letter}${last}`, c.validation);
  }
  addRules(ws, MATRIZ_RULES, MATRIZ_LAYOUT, last);
}
