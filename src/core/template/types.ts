/** The plan a municipality tracks, as stored in sheets-template/ (data, not code). */
export interface IndicatorTemplate {
  readonly id: string;
  readonly nombre: string;
  /** What the numerator counts, e.g. "Computadores con conectividad". */
  readonly numerador: string;
  /** What the denominator counts, e.g. "Total de computadores". */
  readonly denominador: string;
  /** Target as a fraction (1 = 100 %); null where the plan sets none. */
  readonly meta: number | null;
}

export interface ActionTemplate {
  readonly id: string;
  readonly accion: string;
  readonly beneficios: string;
  readonly indicadorGestion: string;
  readonly metas: string;
  readonly actividades: string;
  readonly responsables: string;
  readonly recursos: string;
  readonly frecuencia: string;
  readonly indicadores: readonly IndicatorTemplate[];
}

export interface PlanTemplate {
  readonly titulo: string;
  readonly objetivoGeneral: string;
  readonly seguimiento: string;
  readonly normatividad: readonly string[];
  readonly acciones: readonly ActionTemplate[];
}

export interface PhaseTemplate {
  readonly id: string;
  readonly fase: string;
  /** yyyy-mm-dd */
  readonly plazoNacional: string;
  readonly plazoTerritorial: string;
  readonly textoNacional: string;
  readonly textoTerritorial: string;
}

export interface PhasesTemplate {
  readonly decreto: string;
  readonly fases: readonly PhaseTemplate[];
}

export interface FrequencyEntry {
  readonly etiqueta: string;
  readonly meses: number;
}

export interface FrequenciesTemplate {
  readonly frecuencias: readonly FrequencyEntry[];
}

export type EntityOrder = 'territorial' | 'nacional';

export interface ConfigTemplate {
  readonly entidad: string;
  readonly municipio: string;
  readonly departamento: string;
  readonly orden: EntityOrder;
  readonly diasAviso: number;
  readonly umbralRojo: number;
  readonly umbralAmarillo: number;
  readonly jefeControlInterno: string;
  readonly alcalde: string;
  readonly representanteComite: string;
  readonly carpetaInforme: string;
  readonly plantillaInforme: string;
  /** Roles: e-mails separated by commas (empty: that role's protections are warnings only). */
  readonly correosControlInterno: string;
  readonly correosAdministradores: string;
  /** The report as a controlled document (issue 11): its header block and who signs it. */
  readonly proceso: string;
  readonly codigoDocumento: string;
  readonly versionDocumento: string;
  readonly elaboroNombre: string;
  readonly elaboroCargo: string;
  readonly revisoNombre: string;
  readonly revisoCargo: string;
  readonly aproboNombre: string;
  readonly aproboCargo: string;
}

/** The controlled-document settings (defaults for a plan written before them: DOCUMENT_SETTING_DEFAULTS in messages/report.ts). */
export type DocumentSettingKey =
  'proceso' | 'codigoDocumento' | 'versionDocumento' | 'elaboroNombre' | 'elaboroCargo' | 'revisoNombre' | 'revisoCargo' | 'aproboNombre' | 'aproboCargo';
/** Everything a tracker is built from. */
export interface TrackerTemplate {
  readonly plan: PlanTemplate;
  readonly fases: PhasesTemplate;
  readonly frecuencias: FrequenciesTemplate;
  readonly configuracion: ConfigTemplate;
}
