import { serialFromIso } from '../calendar';
import { expected, msg, templatePlace } from '../messages';
import { DOCUMENT_SETTING_DEFAULTS } from '../messages/report';
import type {
  ActionTemplate,
  ConfigTemplate,
  DocumentSettingKey,
  FrequenciesTemplate,
  IndicatorTemplate,
  PhasesTemplate,
  PlanTemplate,
  TrackerTemplate,
} from './types';
import { checkSources, type TemplateSources } from './sources';

/** Raised when a template file does not have the shape the tracker needs. */
export class TemplateError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'TemplateError';
  }
}

type Json = unknown;

/**
 * Checks four parsed JSON documents (plan, fases, frecuencias, configuración) and returns them
 * typed. Another municipality's plan loads through here with no code change.
 */
export function loadTemplate(files: { plan: Json; fases: Json; frecuencias: Json; configuracion: Json }): TrackerTemplate {
  const problems: string[] = [];
  const plan = checkPlan(files.plan, problems);
  const fases = checkPhases(files.fases, problems);
  const frecuencias = checkFrequencies(files.frecuencias, problems);
  const configuracion = checkConfig(files.configuracion, problems);
  if (problems.length > 0) throw new TemplateError(problems);
  return { plan, fases, frecuencias, configuracion };
}

/** A template folder's five parsed files (fuentes.json gives the source of each fact). */
export interface TemplateFiles {
  readonly plan: Json;
  readonly fases: Json;
  readonly frecuencias: Json;
  readonly configuracion: Json;
  readonly fuentes: Json;
}

export interface TemplatePackage {
  readonly nombre: string;
  readonly descripcion: string;
  readonly template: TrackerTemplate;
  readonly fuentes: TemplateSources;
}

/** A whole template folder, checked: the four files as loadTemplate does, and every source present. */
export function loadTemplatePackage(files: TemplateFiles): Omit<TemplatePackage, 'nombre' | 'descripcion'> {
  const template = loadTemplate(files);
  const problems: string[] = [];
  const fuentes = checkSources(files.fuentes, template, problems);
  if (problems.length > 0) throw new TemplateError(problems);
  return { template, fuentes };
}

function isRecord(v: Json): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, key: string, where: string, problems: string[]): string {
  const v = o[key];
  if (typeof v !== 'string') {
    problems.push(msg.templateField(where, key, expected.text));
    return '';
  }
  return v;
}

function num(o: Record<string, unknown>, key: string, where: string, problems: string[]): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    problems.push(msg.templateField(where, key, expected.number));
    return 0;
  }
  return v;
}

function checkPlan(v: Json, problems: string[]): PlanTemplate {
  if (!isRecord(v) || !Array.isArray(v.acciones)) {
    problems.push(msg.templateField('plan.json', 'acciones', expected.actionList));
    return { titulo: '', objetivoGeneral: '', seguimiento: '', normatividad: [], acciones: [] };
  }
  const ids = new Set<string>();
  const acciones: ActionTemplate[] = v.acciones
    .map((a: Json, i: number): ActionTemplate | null => {
      const where = templatePlace.action(i + 1);
      if (!isRecord(a) || !Array.isArray(a.indicadores) || a.indicadores.length === 0) {
        problems.push(msg.templateField(where, 'indicadores', expected.indicatorList));
        return null;
      }
      const indicadores: IndicatorTemplate[] = a.indicadores.map((ind: Json, j: number) => {
        const w = templatePlace.indicator(where, j + 1);
        if (!isRecord(ind)) {
          problems.push(msg.templateField(w, 'indicador', expected.object));
          return { id: '', nombre: '', numerador: '', denominador: '', meta: null };
        }
        const id = str(ind, 'id', w, problems);
        if (ids.has(id)) problems.push(msg.templateDuplicateId(id));
        ids.add(id);
        const meta = ind.meta === null || ind.meta === undefined ? null : num(ind, 'meta', w, problems);
        return {
          id,
          nombre: str(ind, 'nombre', w, problems),
          numerador: str(ind, 'numerador', w, problems),
          denominador: str(ind, 'denominador', w, problems),
          meta,
        };
      });
      return {
        id: str(a, 'id', where, problems),
        accion: str(a, 'accion', where, problems),
        beneficios: str(a, 'beneficios', where, problems),
        indicadorGestion: str(a, 'indicadorGestion', where, problems),
        metas: str(a, 'metas', where, problems),
        actividades: str(a, 'actividades', where, problems),
        responsables: str(a, 'responsables', where, problems),
        recursos: str(a, 'recursos', where, problems),
        frecuencia: str(a, 'frecuencia', where, problems),
        indicadores,
      };
    })
    .filter((a: ActionTemplate | null): a is ActionTemplate => a !== null);
  const normatividad = Array.isArray(v.normatividad) ? v.normatividad.filter((n: Json): n is string => typeof n === 'string') : [];
  return {
    titulo: str(v, 'titulo', 'plan.json', problems),
    objetivoGeneral: str(v, 'objetivoGeneral', 'plan.json', problems),
    seguimiento: str(v, 'seguimiento', 'plan.json', problems),
    normatividad,
    acciones,
  };
}

function checkPhases(v: Json, problems: string[]): PhasesTemplate {
  if (!isRecord(v) || !Array.isArray(v.fases)) {
    problems.push(msg.templateField('fases.json', 'fases', expected.phaseList));
    return { decreto: '', fases: [] };
  }
  const fases = v.fases.filter(isRecord).map((f, i) => {
    const where = templatePlace.phase(i + 1);
    const phase = {
      id: str(f, 'id', where, problems),
      fase: str(f, 'fase', where, problems),
      plazoNacional: str(f, 'plazoNacional', where, problems),
      plazoTerritorial: str(f, 'plazoTerritorial', where, problems),
      textoNacional: str(f, 'textoNacional', where, problems),
      textoTerritorial: str(f, 'textoTerritorial', where, problems),
    };
    for (const key of ['plazoNacional', 'plazoTerritorial'] as const) {
      if (serialFromIso(phase[key]) === null) problems.push(msg.templateField(where, key, expected.isoDate));
    }
    return phase;
  });
  return { decreto: str(v, 'decreto', 'fases.json', problems), fases };
}

function checkFrequencies(v: Json, problems: string[]): FrequenciesTemplate {
  if (!isRecord(v) || !Array.isArray(v.frecuencias)) {
    problems.push(msg.templateField('frecuencias.json', 'frecuencias', expected.frequencyList));
    return { frecuencias: [] };
  }
  const frecuencias = v.frecuencias.filter(isRecord).map((f, i) => {
    const where = templatePlace.frequency(i + 1);
    const meses = num(f, 'meses', where, problems);
    if (!Number.isInteger(meses) || meses < 1) problems.push(msg.templateField(where, 'meses', expected.wholeMonths));
    return { etiqueta: str(f, 'etiqueta', where, problems), meses };
  });
  return { frecuencias };
}

function checkConfig(v: Json, problems: string[]): ConfigTemplate {
  const w = 'configuracion.json';
  if (!isRecord(v)) {
    problems.push(msg.templateField(w, templatePlace.configObject, expected.object));
    v = {};
  }
  const o = v as Record<string, unknown>;
  const orden = str(o, 'orden', w, problems);
  if (orden !== 'territorial' && orden !== 'nacional') problems.push(msg.templateField(w, 'orden', '"territorial" o "nacional"'));
  return {
    entidad: str(o, 'entidad', w, problems),
    municipio: str(o, 'municipio', w, problems),
    departamento: str(o, 'departamento', w, problems),
    orden: orden === 'nacional' ? 'nacional' : 'territorial',
    diasAviso: num(o, 'diasAviso', w, problems),
    umbralRojo: num(o, 'umbralRojo', w, problems),
    umbralAmarillo: num(o, 'umbralAmarillo', w, problems),
    jefeControlInterno: str(o, 'jefeControlInterno', w, problems),
    alcalde: str(o, 'alcalde', w, problems),
    representanteComite: str(o, 'representanteComite', w, problems),
    carpetaInforme: str(o, 'carpetaInforme', w, problems),
    plantillaInforme: str(o, 'plantillaInforme', w, problems),
    // Optional in the file: a plan made before roles existed still loads, with no e-mails.
    correosControlInterno: o.correosControlInterno === undefined ? '' : str(o, 'correosControlInterno', w, problems),
    correosAdministradores: o.correosAdministradores === undefined ? '' : str(o, 'correosAdministradores', w, problems),
    // Optional too: a plan made before the report was a controlled document gets the defaults.
    ...documentSettings(o, w, problems),
  };
}

function documentSettings(o: Record<string, unknown>, w: string, problems: string[]): Record<DocumentSettingKey, string> {
  const out = { ...DOCUMENT_SETTING_DEFAULTS } as Record<DocumentSettingKey, string>;
  for (const k of Object.keys(DOCUMENT_SETTING_DEFAULTS) as DocumentSettingKey[]) if (o[k] !== undefined) out[k] = str(o, k, w, problems);
  return out;
}
