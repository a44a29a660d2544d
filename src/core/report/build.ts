/**
 * buildReport: the semester report as a document model, from what the hosts parsed. Pure.
 * Statuses come from evaluateRows/evaluateFases, the functions that mirror the sheet's formulas,
 * so every figure equals what the Matriz and the Tablero show at the same fecha de cálculo.
 */
import { semesterEnd, semesterLabel, semesterStart } from '../calendar';
import { evaluateFases, evaluateRows } from '../evaluate';
import { DEFAULT_DECRETO, FILE_PREFIX, REPORT_TITLE } from '../messages/report';
import { summarize } from '../summary';
import { safeFileName } from './format';
import type { ReportInput } from './input';
import { buildMarkers } from './markers';
import { missingInfo } from './missing';
import type { ReportMeta, ReportModel, ReportSection } from './model';
import { encabezado } from './sections/encabezado';
import { objetivo } from './sections/objetivo';
import { alcance } from './sections/alcance';
import { normatividad } from './sections/normatividad';
import { resumen } from './sections/resumen';
import { seguimiento } from './sections/seguimiento';
import { alertas } from './sections/alertas';
import { responsables } from './sections/responsables';
import { fasesSection } from './sections/fases';
import { cortesOf, evolucion } from './sections/evolucion';
import { observaciones } from './sections/observaciones';
import { firmas } from './sections/firmas';
import { conclusiones } from './sections/conclusiones';
import { pageHeader } from './sections/encabezado';

export type { ReportInput } from './input';

export function buildReport(input: ReportInput): ReportModel {
  const { settings, semester } = input;
  const evaluated = evaluateRows(input.rows, settings, input.fechaCorte);
  const fases = evaluateFases(input.fases, settings, input.fechaCorte);
  const summary = summarize(evaluated);
  const label = semesterLabel(semester);
  const decreto = input.decreto?.trim() || DEFAULT_DECRETO;
  const meta: ReportMeta = {
    title: REPORT_TITLE,
    entidad: settings.entidad.trim(),
    municipio: settings.municipio.trim(),
    departamento: settings.departamento.trim(),
    semester,
    semesterLabel: label,
    periodStart: semesterStart(semester),
    periodEnd: semesterEnd(semester),
    fechaCorte: input.fechaCorte,
    fechaEmision: input.fechaEmision,
    fileNameBase: safeFileName([`${FILE_PREFIX} ${label}`, settings.entidad.trim()].filter(Boolean).join(' — ')),
    host: input.host ?? 'offline',
  };
  const cortes = cortesOf(input.seguimiento, meta);
  const missing = missingInfo(input, evaluated, summary, cortes.length);

  const sections: ReportSection[] = [
    encabezado(meta, settings),
    objetivo(input.plan.objetivoGeneral),
    alcance(meta, summary, input.plan.seguimiento),
    normatividad(input.plan.normatividad),
    resumen(summary, evaluated, missing, { rojo: settings.umbralRojo, amarillo: settings.umbralAmarillo }),
    seguimiento(evaluated, meta.host),
    alertas(evaluated, settings.diasAviso),
    responsables(evaluated, meta.host),
    fasesSection(fases, decreto, settings.orden, meta),
    evolucion(input.seguimiento, evaluated, cortes, meta),
    conclusiones(summary, evaluated, fases, settings, decreto, meta),
    observaciones(evaluated, fases, decreto, meta),
    firmas(settings),
  ];
  const { markers, actionRows } = buildMarkers(meta, summary, evaluated, settings);
  return { meta, summary, sections, missing, markers, actionRows, pageHeader: pageHeader(meta, settings) };
}
