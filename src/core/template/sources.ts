import { msg, templatePlace } from '../messages';
import type { TrackerTemplate } from './types';

/** Where a fact of a template comes from: the norm or document and its date. */
export interface Source {
  readonly documento: string;
  /** yyyy, yyyy-mm or yyyy-mm-dd: as precise as the document itself says. */
  readonly fecha: string;
}

/** fuentes.json: one source per template file, per action, and for the plan's normatividad when it has one. */
export interface TemplateSources {
  readonly plan: Source;
  /** null when the template has no phases. */
  readonly fases: Source | null;
  readonly frecuencias: Source;
  readonly configuracion: Source;
  readonly normatividad: Source | null;
  readonly acciones: Readonly<Record<string, Source>>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function source(v: unknown, what: string, problems: string[]): Source | null {
  if (!isRecord(v) || typeof v.documento !== 'string' || v.documento.trim() === '' || typeof v.fecha !== 'string' || !DATE.test(v.fecha)) {
    problems.push(msg.templateSourceMissing(what));
    return null;
  }
  return { documento: v.documento, fecha: v.fecha };
}

const NONE: Source = { documento: '', fecha: '' };

/**
 * Checks fuentes.json against the template it documents: every file, every action and (when the plan
 * lists norms, or has phases) their sources must be there, non-empty, with a date.
 */
export function checkSources(v: unknown, template: TrackerTemplate, problems: string[]): TemplateSources {
  const o = isRecord(v) ? v : {};
  const p = templatePlace.sourceOf;
  const acciones: Record<string, Source> = {};
  const given = isRecord(o.acciones) ? o.acciones : {};
  for (const a of template.plan.acciones) acciones[a.id] = source(given[a.id], p.action(a.id), problems) ?? NONE;
  return {
    plan: source(o.plan, p.plan, problems) ?? NONE,
    fases: template.fases.fases.length === 0 ? null : source(o.fases, p.fases, problems),
    frecuencias: source(o.frecuencias, p.frecuencias, problems) ?? NONE,
    configuracion: source(o.configuracion, p.configuracion, problems) ?? NONE,
    normatividad: template.plan.normatividad.length === 0 || o.normatividad === undefined ? null : source(o.normatividad, p.normatividad, problems),
    acciones,
  };
}
