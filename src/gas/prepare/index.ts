/**
 * «Preparar o reparar la hoja»: builds the tracker on an empty spreadsheet and, on an existing
 * one, adds only what is missing. Running it twice changes nothing the second time.
 */
import { problemList, type ProblemList } from '../../core/grid/problem-list';
import type { TemplateRows } from './specs';
import { FASES_RULES, FASES_COLUMNS } from '../../core/tracker/fases';
import { MATRIZ_COLUMNS, MATRIZ_RULES, type MatrizKey } from '../../core/tracker/matriz';
import { SEGUIMIENTO_COLUMNS } from '../../core/tracker/seguimiento';
import { initialFasesRows, initialMatrizRows } from '../../core/tracker/initial';
import { SHEET } from '../../core/tracker/names';
import { distinctResponsables } from '../../core/summary';
import type { TrackerTemplate } from '../../core/template/types';
import { readDirectory, readTracker } from '../read-tracker';
import { ensureConfigValidations, ensureConfiguracion, ensureListas, ensureNamedRanges } from './configuracion';
import type { PrepareContext } from './context';
import { ensureTable } from './table';
import { fillMissingIds } from './ids';
import { adoptMatrizSheet } from './adopt';
import { ensureResponsables } from './responsables';
import { ensureTablero } from './tablero';
import { ensureRoleProtections } from './roles';
import { ensureHistorial, installHistoryTrigger } from '../history';
import { activeEmail } from '../roles';
import { historyText } from '../../core/messages/roles';

export interface PrepareOutcome {
  readonly changes: readonly string[];
  /** The core's problem list once the sheets are in place (the same counts as Validar). */
  readonly problems: ProblemList;
  /** The Matriz was built from the template (first run, or an emptied Matriz). */
  readonly createdMatriz: boolean;
}

const TABLERO_NEEDS: readonly MatrizKey[] = ['id', 'indicador', 'responsables', 'estado', 'semaforo', 'cumplimiento'];

export function prepareTracker(ctx: PrepareContext, t: TrackerTemplate): PrepareOutcome {
  adoptMatrizSheet(ctx);
  ensureListas(ctx);
  const config = ensureConfiguracion(ctx, t);
  const namesWaiting = ensureNamedRanges(ctx, config);
  ensureConfigValidations(ctx, config);
  const rows: TemplateRows = { matriz: initialMatrizRows(t), fases: initialFasesRows(t) };
  const matriz = ensureTable(ctx, { name: SHEET.matriz, index: 0, columns: MATRIZ_COLUMNS, rules: MATRIZ_RULES, initialRows: rows.matriz });
  ensureTable(ctx, { name: SHEET.seguimiento, index: 1, columns: SEGUIMIENTO_COLUMNS, rules: [], initialRows: [] });
  ensureTable(ctx, { name: SHEET.fases, index: 2, columns: FASES_COLUMNS, rules: FASES_RULES, initialRows: rows.fases });

  // Seguimiento's rows are not read (a long history costs time): the count covers the other sheets,
  // which Validar counts alike; the script writes Seguimiento, so its rows rarely hold problems.
  // Responsables is read after ensureResponsables (below), as it then stands.
  const read = readTracker(ctx.ss, t, ['matriz', 'fases', 'configuracion']);
  const tracker = matriz.usable ? fillMissingIds(ctx, matriz.sheet, read) : read;
  const directory = matriz.usable && tracker.matriz.layout.has('responsables') ? ensureResponsables(ctx, tracker.matriz.rows) : new Map();
  if (matriz.usable && TABLERO_NEEDS.every((k) => tracker.matriz.layout.has(k))) {
    const responsables = distinctResponsables(tracker.matriz.rows.map((r) => r.responsables));
    // The chart data covers the Matriz rows up to the last one with content.
    const matrizRows = tracker.matriz.rows.reduce((n, r) => Math.max(n, r.row - 1), 0);
    ensureTablero(ctx, tracker.matriz.layout, responsables, matrizRows);
  }
  ensureHistorial(ctx);
  // TABLERO_RESUMEN (what a departmental Consolidado imports) needs the Tablero made above.
  if (namesWaiting) ensureNamedRanges(ctx, config);
  if (installHistoryTrigger(ctx.ss, activeEmail())) ctx.changes.push(historyText.changeInstalled());
  ensureRoleProtections(ctx, tracker, directory);
  // Responsables as ensureResponsables left it, checked as Validar checks it: the same count.
  const checked = readDirectory(tracker);
  return { changes: ctx.changes, problems: problemList([...tracker.problems, ...checked.problems]), createdMatriz: matriz.created };
}
