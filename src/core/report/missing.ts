/** What the report lacks (rows, entity, plan texts, phases, measurements, cortes, signers, sheet errors), listed under Resumen › Información incompleta. */
import { semesterLabel } from '../calendar';
import type { EvaluatedRow } from '../evaluate';
import { problemList } from '../grid/problem-list';
import { rmsg } from '../messages/report';
import { signers } from './sections/firmas';
import { ESTADO, SEMAFORO } from '../tracker/names';
import type { ReportInput } from './input';
import type { ReportSummary } from './model';

export function missingInfo(input: ReportInput, evaluated: readonly EvaluatedRow[], s: ReportSummary, cortes: number): string[] {
  const out: string[] = [];
  const { settings } = input;
  const inSheets = input.host === 'sheets';
  if (evaluated.length === 0) out.push(rmsg.noRows(inSheets));
  if (!settings.entidad.trim()) out.push(rmsg.noEntidad());
  if (!input.plan.objetivoGeneral.trim()) out.push(rmsg.noObjetivo());
  if (input.plan.normatividad.every((n) => !n.trim())) out.push(rmsg.noNormatividad());
  if (input.fases.length === 0) out.push(rmsg.noFases());
  if (s.porEstado[ESTADO.sinProgramar] > 0) out.push(rmsg.sinProgramar(s.porEstado[ESTADO.sinProgramar]));
  if (s.porSemaforo[SEMAFORO.sinMedir] > 0) out.push(rmsg.sinMedir(s.porSemaforo[SEMAFORO.sinMedir]));
  if (cortes === 0) out.push(rmsg.evolucionNone(semesterLabel(input.semester), inSheets));
  const unsigned = signers(settings)
    .filter((s) => !s.name)
    .map((s) => s.role);
  if (unsigned.length > 0) out.push(rmsg.noSigners(unsigned));
  if (!settings.codigoDocumento.trim()) out.push(rmsg.noCodigo());
  const list = problemList(input.problems ?? []);
  if (list.problems.length > 0) out.push(rmsg.sheetProblems(list.errors, list.avisos, inSheets));
  return out;
}
