/** Sheet names, as a person sees them in the tabs. */
export const SHEET = {
  matriz: 'Matriz',
  seguimiento: 'Seguimiento',
  fases: 'Fases',
  tablero: 'Tablero',
  configuracion: 'Configuración',
  listas: 'Listas',
  informe: 'Informe',
  responsables: 'Responsables',
  /** Hidden: one row per reminder sent (what makes a reminder go out once). */
  envios: 'Recordatorios enviados',
  /** The workbook's printable list of what is due, per responsable. */
  pendientes: 'Pendientes',
  historial: 'Historial',
  /** A departmental spreadsheet's list of municipal trackers, pulled with IMPORTRANGE. */
  consolidado: 'Consolidado',
} as const;

export type SheetName = (typeof SHEET)[keyof typeof SHEET];

/** Named ranges: formulas refer to settings by name, never by a decimal literal. */
export const NAMED = {
  entidad: 'CFG_ENTIDAD',
  municipio: 'CFG_MUNICIPIO',
  departamento: 'CFG_DEPARTAMENTO',
  orden: 'CFG_ORDEN',
  diasAviso: 'CFG_DIAS_AVISO',
  umbralRojo: 'CFG_UMBRAL_ROJO',
  umbralAmarillo: 'CFG_UMBRAL_AMARILLO',
  fechaReferencia: 'CFG_FECHA_REFERENCIA',
  fechaCalculo: 'CFG_FECHA_CALCULO',
  jefeControlInterno: 'CFG_JEFE_CONTROL_INTERNO',
  alcalde: 'CFG_ALCALDE',
  representanteComite: 'CFG_COMITE',
  carpetaInforme: 'CFG_CARPETA_INFORME',
  plantillaInforme: 'CFG_PLANTILLA_INFORME',
  correosControlInterno: 'CFG_CORREOS_CONTROL_INTERNO',
  correosAdministradores: 'CFG_CORREOS_ADMINISTRADORES',
  proceso: 'CFG_PROCESO',
  codigoDocumento: 'CFG_CODIGO_DOCUMENTO',
  versionDocumento: 'CFG_VERSION_DOCUMENTO',
  elaboroNombre: 'CFG_ELABORO_NOMBRE',
  elaboroCargo: 'CFG_ELABORO_CARGO',
  revisoNombre: 'CFG_REVISO_NOMBRE',
  revisoCargo: 'CFG_REVISO_CARGO',
  aproboNombre: 'CFG_APROBO_NOMBRE',
  aproboCargo: 'CFG_APROBO_CARGO',
  frecuencias: 'FRECUENCIAS',
  frecuenciasEtiquetas: 'FRECUENCIAS_ETIQUETAS',
  listaOrden: 'LISTA_ORDEN',
  correosComite: 'CFG_CORREOS_COMITE',
  recordatorios: 'CFG_RECORDATORIOS',
  recordatoriosEnvio: 'CFG_RECORDATORIOS_ENVIO',
  /** The Tablero's summary figures (its column B, fecha de cálculo to average): what a Consolidado imports. */
  tableroResumen: 'TABLERO_RESUMEN',
} as const;

export type NamedRangeName = (typeof NAMED)[keyof typeof NAMED];

/** The words a formula writes and the core returns: one spelling for both. */
export const ESTADO = {
  sinProgramar: 'Sin programar',
  alDia: 'Al día',
  porVencer: 'Por vencer',
  vencida: 'Vencida',
} as const;
export type Estado = (typeof ESTADO)[keyof typeof ESTADO];

export const SEMAFORO = {
  sinMedir: 'Sin medir',
  rojo: 'Rojo',
  amarillo: 'Amarillo',
  verde: 'Verde',
} as const;
export type Semaforo = (typeof SEMAFORO)[keyof typeof SEMAFORO];

export const ESTADO_FASE = {
  sinPlazo: 'Sin plazo',
  pendiente: 'Pendiente',
  vencida: 'Vencida',
  cumplida: 'Cumplida',
  cumplidaTarde: 'Cumplida tarde',
} as const;
export type EstadoFase = (typeof ESTADO_FASE)[keyof typeof ESTADO_FASE];

export const ORDEN = { territorial: 'territorial', nacional: 'nacional' } as const;

/** Control Interno's review of one indicator at one corte (Seguimiento). An empty cell reads as Pendiente. */
export const REVISION = {
  pendiente: 'Pendiente',
  aprobado: 'Aprobado',
  devuelto: 'Devuelto',
} as const;
export type Revision = (typeof REVISION)[keyof typeof REVISION];
