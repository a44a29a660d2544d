import type ExcelJS from 'exceljs';
import type { EvaluatedFase } from '../../core/evaluate';
import { columnLetter } from '../../core/tracker/a1';
import { FASES_COLUMNS, FASES_RULES, type FasesKey } from '../../core/tracker/fases';
import { defaultLayout, rowFormulas } from '../../core/tracker/layout';
import type { StreamBook } from '../stream-book';
import type { TableData } from '../tracker-data';
import { addRules, addValidation } from './setup';
import { writeTable } from './table';
import { formulaCell } from './values';

export const FASES_LAYOUT = defaultLayout(FASES_COLUMNS);

/** Fases: the phases and deadlines, the date each was met, and the computed plazo and estado. */
export async function writeFases(
  book: StreamBook,
  ws: ExcelJS.Worksheet,
  data: TableData<FasesKey>,
  evaluated: readonly Pick<EvaluatedFase, 'plazo' | 'estado'>[],
): Promise<void> {
  await writeTable({
    book,
    ws,
    columns: FASES_COLUMNS,
    data,
    computed: (i, key) => {
      const formula = rowFormulas(FASES_COLUMNS, FASES_LAYOUT, i + 2).get(key);
      if (formula === undefined) return null;
      const e = evaluated[i];
      if (key === 'plazoAplicable') return formulaCell(formula, e.plazo, true);
      return formulaCell(formula, e.estado);
    },
  });
  // Only the phases' rows: the Decreto has five, a person does not add more.
  const last = Math.max(2, 1 + data.rows.length);
  for (const c of FASES_COLUMNS) {
    if (!c.validation) continue;
    const letter = columnLetter(FASES_LAYOUT.get(c.key) ?? 1);
    addValidation(ws, `${letter}2:${letter}${last}`, c.validation);
  }
  addRules(ws, FASES_RULES, FASES_LAYOUT, last);
}
