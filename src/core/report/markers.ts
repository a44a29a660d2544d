/**
 * The {{marcadores}} a municipality's own Google Doc template may hold, and their values.
 * Document-wide markers are replaced once; the action markers fill the first table that holds
 * them, one row per indicator.
 */
import { displayDate } from '../calendar';
import type { EvaluatedRow } from '../evaluate';
import type { Settings } from '../grid/configuracion';
import { ESTADO, SEMAFORO } from '../tracker/names';
import { ACTION_MARKERS, DOCUMENT_MARKERS } from '../messages/report';
import { signers } from './sections/firmas';
import { dateText, percentText } from './format';
import type { ActionMarkerRow, ReportMeta, ReportSummary } from './model';

export function markerText(name: string): string {
  return `{{${name}}}`;
}

export function buildMarkers(
  meta: ReportMeta,
  s: ReportSummary,
  evaluated: readonly EvaluatedRow[],
  settings: Settings,
): {
  markers: Record<string, string>;
  actionRows: ActionMarkerRow[];
} {
  const markers: Record<string, string> = {
    titulo: meta.title,
    entidad: meta.entidad,
    municipio: meta.municipio,
    departamento: meta.departamento,
    semestre: meta.semesterLabel,
    periodo_inicio: displayDate(meta.periodStart),
    periodo_fin: displayDate(meta.periodEnd),
    fecha_corte: displayDate(meta.fechaCorte),
    fecha_emision: displayDate(meta.fechaEmision),
    total_acciones: String(s.acciones),
    total_indicadores: String(s.indicadores),
    al_dia: String(s.porEstado[ESTADO.alDia]),
    por_vencer: String(s.porEstado[ESTADO.porVencer]),
    vencidas: String(s.porEstado[ESTADO.vencida]),
    sin_programar: String(s.porEstado[ESTADO.sinProgramar]),
    verdes: String(s.porSemaforo[SEMAFORO.verde]),
    amarillos: String(s.porSemaforo[SEMAFORO.amarillo]),
    rojos: String(s.porSemaforo[SEMAFORO.rojo]),
    sin_medir: String(s.porSemaforo[SEMAFORO.sinMedir]),
    indicadores_medidos: String(s.medidos),
    cumplimiento_promedio: percentText(s.cumplimientoPromedio),
    jefe_control_interno: settings.jefeControlInterno.trim(),
    alcalde: settings.alcalde.trim(),
    comite: settings.representanteComite.trim(),
    proceso: settings.proceso.trim(),
    codigo: settings.codigoDocumento.trim(),
    version: settings.versionDocumento.trim(),
    elaboro: signers(settings)[0].name,
    elaboro_cargo: settings.elaboroCargo.trim(),
    reviso: settings.revisoNombre.trim(),
    reviso_cargo: settings.revisoCargo.trim(),
    aprobo: settings.aproboNombre.trim(),
    aprobo_cargo: settings.aproboCargo.trim(),
  };
  const actionRows = evaluated.map((r): ActionMarkerRow => ({
    id: r.source.id,
    accion: r.source.accion,
    indicador: r.source.indicador,
    meta: percentText(r.source.meta),
    valor: percentText(r.valor),
    cumplimiento: percentText(r.cumplimiento),
    estado: r.estado,
    semaforo: r.semaforo,
    responsables: r.source.responsables,
    evidencia: r.source.evidencia,
    observaciones: r.source.observaciones,
    proximo_vencimiento: dateText(r.proximoVencimiento),
    dias_restantes: r.diasRestantes === null ? '' : String(r.diasRestantes),
  }));
  return { markers, actionRows };
}

const MARKER = /\{\{\s*([A-Za-z_]+)\s*\}\}/g;

/** Marker names written in a text, in order, without repeats ("{{ semestre }}" counts as semestre; names are lower case). */
export function markersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MARKER)) {
    const name = m[1];
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** A regular expression (RE2, as Docs' replaceText takes) matching one marker, spaces allowed inside the braces. */
export function markerPattern(name: string): string {
  return `\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`;
}

/** Replaces the markers of one template text (a table cell of the action table). */
export function fillMarkers(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(MARKER, (whole, name: string) => values[name] ?? whole);
}

export const isActionMarker = (name: string): boolean => name in ACTION_MARKERS;
export const isDocumentMarker = (name: string): boolean => name in DOCUMENT_MARKERS;
