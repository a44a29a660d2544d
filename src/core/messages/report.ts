/** Every sentence of the semester report and of its menu action, in Spanish (Colombia). */
import { joinList, plural } from '../report/format';
import { count, quote as q } from './common';
import { problemCounts } from './sheets';
import { CHART_TITLE, SUMMARY_HEADERS } from './summary';
import type { DocumentSettingKey } from '../template/types';

export type TemplateSection = 'body' | 'header' | 'footer';
const SECTION_NAME: Readonly<Record<TemplateSection, string>> = { body: 'cuerpo', header: 'encabezado', footer: 'pie de página' };
/** Spanish names of the Docs element kinds a person may meet in the warning. */
const ELEMENT_KIND: Readonly<Record<string, string>> = {
  PARAGRAPH: 'un párrafo',
  LIST_ITEM: 'un elemento de lista',
  TABLE: 'una tabla',
  TABLE_OF_CONTENTS: 'una tabla de contenido',
  HORIZONTAL_RULE: 'una línea horizontal',
  PAGE_BREAK: 'un salto de página',
  UNSUPPORTED: 'un elemento que Apps Script no puede leer (por ejemplo, un dibujo o una ecuación)',
};

/** What a plan written before the report was a controlled document gets (Configuración rows of issue 11). */
export const DOCUMENT_SETTING_DEFAULTS: Readonly<Record<DocumentSettingKey, string>> = {
  proceso: 'Evaluación independiente',
  codigoDocumento: '',
  versionDocumento: '1',
  elaboroNombre: '',
  elaboroCargo: 'Jefe de la Oficina de Control Interno',
  revisoNombre: '',
  revisoCargo: '',
  aproboNombre: '',
  aproboCargo: '',
};

export const REPORT_TITLE = 'Informe de seguimiento semestral — Plan de Acción de Gobierno en Línea';
export const FILE_PREFIX = 'Informe seguimiento GEL-T';
export { CHART_TITLE };
/** First column of the chart shown as a table when there is no chart image. */
export const CHART_CATEGORY_HEADER = 'Indicador';

export const SECTION_TITLE = {
  objetivo: '1. Objetivo',
  alcance: '2. Alcance',
  normatividad: '3. Normatividad',
  resumen: '4. Resumen',
  seguimiento: '5. Seguimiento por acción',
  alertas: '6. Alertas',
  responsables: '7. Avance por responsable',
  fases: (decreto: string): string => `8. Fases del ${decreto}`,
  evolucion: '9. Evolución en el semestre',
  conclusiones: '10. Conclusiones',
  observaciones: '11. Observaciones y recomendaciones',
  firmas: '12. Firmas',
} as const;

export const HEADERS = {
  resumenEstado: SUMMARY_HEADERS.estado,
  resumenSemaforo: SUMMARY_HEADERS.semaforo,
  seguimiento: ['ID', 'Acción', 'Indicador', 'Meta', 'Valor', 'Cumplimiento', 'Estado', 'Semáforo', 'Responsables', 'Evidencia'],
  alertas: ['ID', 'Indicador', 'Estado', 'Próximo vencimiento', 'Días', 'Responsables'],
  responsables: SUMMARY_HEADERS.responsables,
  fases: (orden: string): string[] => ['Fase', `Plazo (orden ${orden})`, 'Fecha de cumplimiento', 'Estado', 'Resultado', 'Evidencia'],
  /** The controlled-document block under the title. */
  control: ['Proceso', 'Código', 'Versión', 'Fecha de emisión'],
  evolucionFixed: ['ID', 'Indicador'],
  observaciones: ['ID', 'Indicador', 'Observación de Control Interno'],
} as const;

/** Used when the phases template names no decree. */
export const DEFAULT_DECRETO = 'Decreto 1151 de 2008';

/** Labels of the report's header lines and table totals. */
export const LABEL = {
  semestre: 'Semestre',
  fechaCorte: 'Fecha de corte',
  fechaEmision: 'Fecha de emisión',
  total: 'Total',
  /** The chart's data series. */
  cumplimientoSeries: 'Cumplimiento de la meta',
} as const;

export const SIGNER_ROLE = {
  jefeControlInterno: 'Jefe de la Oficina de Control Interno',
  alcalde: 'Alcalde Municipal',
  comite: 'Comité GEL-T',
  elaboro: 'Elaboró',
  reviso: 'Revisó',
  aprobo: 'Aprobó',
} as const;

/** The page header and footer of a printed report (Doc header, the Informe sheet's print header, the web page's print margins). */
export const PAGE_TEXT = {
  proceso: (p: string): string => `Proceso: ${p}`,
  codigo: (c: string): string => `Código: ${c || 'Sin código'}`,
  version: (v: string): string => `Versión: ${v || '—'}`,
  fecha: (f: string): string => `Fecha: ${f}`,
  /** A host passes its own page fields («&P», «&N» in a sheet's header, counter(page) on the web). */
  pageOf: (page: string, pages: string): string => `Página ${page} de ${pages}`,
  noCode: 'Sin código',
} as const;

export const rmsg = {
  entidadLine: (municipio: string, departamento: string): string =>
    [municipio && `Municipio de ${municipio}`, departamento && `Departamento de ${departamento}`].filter(Boolean).join(' — '),
  semesterLine: (label: string, from: string, to: string): string => `${label} (del ${from} al ${to})`,
  objetivo: (): string =>
    'Verificar el avance y el cumplimiento de las acciones del Plan de Acción de Gobierno en Línea en el semestre, ' +
    'informar a la comunidad y recomendar a la Administración Municipal las mejoras necesarias.',
  objetivoPlan: 'Objetivo general del plan: ',
  alcance: (acciones: number, indicadores: number, semestre: string, from: string, to: string, corte: string): string =>
    `El seguimiento cubre ${plural(acciones, 'acción', 'acciones')} del Plan de Acción, medidas con ` +
    `${plural(indicadores, 'indicador', 'indicadores')}, en el semestre ${semestre}, del ${from} al ${to}. ` +
    `Los estados y el cumplimiento se calculan con fecha de corte ${corte}, con los valores registrados en la Matriz.`,
  corteOutside: (corte: string, semestre: string): string =>
    `La fecha de corte (${corte}) no está dentro del semestre ${semestre}: los estados corresponden a esa fecha, la misma con la que calcula la hoja.`,
  normatividadIntro: 'El Plan de Acción se fundamenta en:',
  resumen: (acciones: number, indicadores: number): string =>
    `El plan tiene ${plural(acciones, 'acción', 'acciones')} y ${plural(indicadores, 'indicador', 'indicadores')} en seguimiento.`,
  promedio: (pct: string, medidos: number, total: number): string =>
    `Cumplimiento promedio de la meta: ${pct} (promedio de ${plural(medidos, 'indicador medido', 'indicadores medidos')} de ${count(total)}).`,
  promedioNone: (): string => 'Cumplimiento promedio de la meta: sin datos (ningún indicador tiene numerador, denominador y meta).',
  chartCaption: 'Cumplimiento de la meta por indicador, a la fecha de corte.',
  missingTitle: 'Información incompleta',
  alertasIntro: (dias: number): string => `Acciones vencidas y acciones que vencen en los próximos ${plural(dias, 'día', 'días')}, a la fecha de corte.`,
  alertasNone: 'No hay acciones vencidas ni por vencer a la fecha de corte.',
  daysOverdue: (n: number): string => `vencida hace ${plural(n, 'día', 'días')}`,
  daysLeft: (n: number): string => (n === 0 ? 'vence hoy' : `faltan ${plural(n, 'día', 'días')}`),
  responsablesIntro: 'Indicadores agrupados por el texto de la columna RESPONSABLES de la Matriz, como en el Tablero.',
  sinResponsables: '(Sin responsables)',
  /** An indicator without ID, named by its Matriz row. */
  rowName: (row: number): string => `fila ${row}`,
  fasesIntro: (decreto: string, orden: string): string => `Plazos del ${decreto} que aplican a una entidad del orden ${orden}.`,
  fasesHistoricas: (n: number, total: number, decreto: string): string =>
    n === total
      ? `Los plazos de ${total === 1 ? 'la fase' : `las ${total} fases`} vencieron antes de este semestre: la tabla dice si cada una se cumplió, a tiempo o tarde, o si no hay registro de su cumplimiento.`
      : `${plural(n, 'fase tenía', 'fases tenían')} plazo antes de este semestre: para ${n === 1 ? 'ella' : 'ellas'} la tabla dice si se cumplió, a tiempo o tarde, o si no hay registro de su cumplimiento (${decreto}).`,
  /** A phase whose deadline is before the semester: what happened, when the deadline was and how long ago. */
  faseNoCumplida: 'No cumplida',
  faseResultado: {
    cumplida: (plazo: string, ago: string): string => `Cumplida a tiempo (plazo ${plazo}, ${ago}).`,
    cumplidaTarde: (plazo: string, ago: string, late: string): string => `Cumplida ${late} después del plazo (${plazo}, ${ago}).`,
    noCumplida: (plazo: string, ago: string): string => `Sin fecha de cumplimiento registrada; el plazo venció el ${plazo}, ${ago}.`,
    pendiente: (plazo: string, left: string): string => `Plazo ${plazo}: ${left}.`,
    vencida: (plazo: string, ago: string): string => `Vencida: el plazo fue el ${plazo}, ${ago}.`,
    sinPlazo: 'Sin plazo para este orden.',
  },
  /** «hace 13 años», «hace 5 meses», «hace 12 días». */
  ago: (years: number, months: number, days: number): string =>
    years > 0
      ? `hace ${plural(years, 'año', 'años')}`
      : months > 0
        ? `hace ${plural(months, 'mes', 'meses')}`
        : days === 0
          ? 'hoy'
          : `hace ${plural(days, 'día', 'días')}`,
  /** «3 años», «2 meses», «10 días» (how late). */
  span: (years: number, months: number, days: number): string =>
    years > 0 ? plural(years, 'año', 'años') : months > 0 ? plural(months, 'mes', 'meses') : plural(days, 'día', 'días'),
  inDays: (n: number): string => (n === 0 ? 'vence hoy' : `faltan ${plural(n, 'día', 'días')}`),

  // Conclusiones: sentences derived from the figures.
  conclusionesIntro: 'Conclusiones de la Oficina de Control Interno a partir de las cifras de este informe, a la fecha de corte:',
  concOportunidad: (total: number, alDia: string, porVencer: string, vencidas: string, sinProgramar: string): string =>
    `Oportunidad: de ${plural(total, 'indicador', 'indicadores')}, ${alDia} ${total === 1 ? 'está' : 'están'} al día, ${porVencer} por vencer y ${vencidas} vencidos${sinProgramar ? `; ${sinProgramar} sin programar` : ''}.`,
  /** «3 (50 %)». */
  countShare: (n: number, pct: string): string => `${n} (${pct})`,
  concPromedio: (pct: string, band: 'rojo' | 'amarillo' | 'verde', rojo: string, amarillo: string, medidos: number, total: number): string =>
    `Cumplimiento: el promedio de la meta es ${pct} (de ${plural(medidos, 'indicador medido', 'indicadores medidos')} de ${total}), ${
      band === 'rojo'
        ? `por debajo del umbral rojo (${rojo}): en conjunto el plan está en Rojo y requiere acciones de mejora.`
        : band === 'amarillo'
          ? `entre el umbral rojo (${rojo}) y el amarillo (${amarillo}): en conjunto el plan está en Amarillo, con avance insuficiente.`
          : `en o por encima del umbral amarillo (${amarillo}): en conjunto el plan está en Verde.`
    }`,
  concPromedioNone: 'Cumplimiento: ningún indicador tiene numerador, denominador y meta, así que no se puede concluir sobre el logro de las metas.',
  concMasDebiles: (items: readonly string[]): string => `Indicadores con menor cumplimiento: ${joinList(items)}.`,
  /** «A3 (20 %)». */
  idPct: (id: string, pct: string): string => `${id} (${pct})`,
  concResponsablesVencidas: (items: readonly string[]): string => `Responsables con más indicadores vencidos: ${joinList(items)}.`,
  /** «Secretaría de Gobierno (3)». */
  nameCount: (name: string, n: number): string => `${name} (${n})`,
  concResponsablesBajos: (items: readonly string[], amarillo: string): string =>
    `Responsables con cumplimiento promedio por debajo del umbral amarillo (${amarillo}): ${joinList(items)}.`,
  concSinNovedad: 'No hay indicadores vencidos ni responsables con cumplimiento por debajo de los umbrales.',
  concFases: (decreto: string, total: number, aTiempo: number, tarde: number, sinRegistro: number): string =>
    `Fases del ${decreto}: de ${total}, ${aTiempo} ${aTiempo === 1 ? 'se cumplió' : 'se cumplieron'} a tiempo, ${tarde} tarde y ${sinRegistro} sin registro de cumplimiento.`,
  evolucionIntro: (semestre: string, n: number): string =>
    `Valor de cada indicador en ${n === 1 ? 'el corte registrado' : `los ${count(n)} cortes registrados`} en la hoja Seguimiento durante el semestre ${semestre}; el color es el semáforo de cada corte.`,
  evolucionNone: (semestre: string, inSheets: boolean): string =>
    `No hay cortes registrados en el semestre ${semestre} en la hoja Seguimiento.${inSheets ? ' Use «Registrar corte de seguimiento…» para registrar uno.' : ''}`,
  observacionesNone: 'No hay observaciones en la columna «Observaciones de Control Interno» de la Matriz.',
  recomendacionesTitle: 'Recomendaciones',
  recVencidas: (ids: readonly string[]): string =>
    `Hacer el seguimiento de los indicadores vencidos (${joinList(ids)}) y registrar la fecha del último seguimiento.`,
  recPorVencer: (ids: readonly string[]): string => `Preparar el seguimiento de los indicadores por vencer (${joinList(ids)}) antes de su vencimiento.`,
  recRojos: (ids: readonly string[]): string => `Definir acciones de mejora para los indicadores en rojo (${joinList(ids)}).`,
  recSinMedir: (ids: readonly string[]): string => `Registrar numerador, denominador y meta de los indicadores sin medir (${joinList(ids)}).`,
  recSinProgramar: (ids: readonly string[]): string =>
    `Registrar la fecha de inicio o del último seguimiento, y una frecuencia de la tabla, de los indicadores sin programar (${joinList(ids)}).`,
  recFases: (fases: readonly string[]): string => `Cumplir y documentar las fases vencidas: ${joinList(fases)}.`,
  recFasesHistoricas: (fases: readonly string[], decreto: string): string =>
    `Registrar en la hoja Fases la fecha de cumplimiento y la evidencia de las fases del ${decreto} que no las tienen (${joinList(fases)}), o dejar constancia de que no se cumplieron: sus plazos vencieron antes de este semestre.`,
  recNone: 'Mantener la frecuencia de seguimiento de todas las acciones.',
  controlInternoRoom: 'Observaciones adicionales de la Oficina de Control Interno:',
  blankLine: '______________________________________________________________________',
  firmasIntro: 'Elaborado por la Oficina de Control Interno en su rol de evaluación y seguimiento (Ley 87 de 1993; Decreto 648 de 2017).',

  // What is missing.
  noRows: (inSheets = false): string =>
    `La Matriz no tiene indicadores: el informe no tiene acciones que mostrar.${inSheets ? ' Use «Preparar o reparar la hoja» para cargar el plan.' : ''}`,
  noEntidad: (): string => 'Falta el nombre de la entidad en Configuración (fila «Entidad»).',
  noObjetivo: (): string => 'El plan no tiene objetivo general.',
  noNormatividad: (): string => 'El plan no tiene normatividad registrada.',
  noFases: (): string => `La hoja Fases no tiene fases: la sección de fases queda vacía.`,
  sinProgramar: (n: number): string =>
    `${plural(n, 'indicador no tiene', 'indicadores no tienen')} fecha de inicio ni último seguimiento (o una frecuencia de la tabla): ${n === 1 ? 'queda' : 'quedan'} «Sin programar».`,
  sinMedir: (n: number): string =>
    `${plural(n, 'indicador no tiene', 'indicadores no tienen')} numerador, denominador o meta: ${n === 1 ? 'queda' : 'quedan'} «Sin medir».`,
  noSigners: (roles: readonly string[]): string => `Faltan en Configuración los nombres para las firmas de: ${joinList(roles)}. Se deja la línea en blanco.`,
  noCodigo: (): string => 'Falta el código del documento en Configuración (fila «Código del documento»): el encabezado dice «Sin código».',
  sheetProblems: (errors: number, avisos: number, inSheets: boolean): string =>
    `La revisión de la hoja encontró ${problemCounts(errors, avisos)}${inSheets ? '; use «Validar la matriz» para verlos' : ''}.`,

  // The menu action.
  askSemester: (proposed: string): string =>
    `¿De qué semestre es el informe? Escriba el año y el semestre, por ejemplo 2025-I o 2025-II (I = enero a junio, II = julio a diciembre). Deje vacío para el semestre ${proposed}.`,
  askSemesterTitle: 'Generar informe semestral',
  badSemester: (text: string): string =>
    `${q(text)} no es un semestre. Escriba el año y el semestre, por ejemplo 2025-I o 2025-II. No se generó ningún informe.`,
  progress: (label: string): string => `Generando el informe del semestre ${label}…`,
  folderNotFound: (text: string): string =>
    `No se encontró la carpeta ${q(text)} de Configuración › Carpeta del informe, o el complemento no tiene acceso a ella (solo alcanza las carpetas que él mismo creó). Para usar una carpeta propia, escriba en Configuración solo su nombre, sin enlace: el complemento la crea en «Mi unidad» y la reutiliza.`,
  templateNotFound: (text: string): string =>
    `No se encontró la plantilla ${q(text)} de Configuración › Plantilla del informe (o no tiene acceso a ella). El informe se generó con el formato estándar.`,
  templateNoMarkers: (): string => 'La plantilla no tiene {{marcadores}}: el informe se agregó al final de su contenido.',
  versionNote: (n: number, previous: string): string => `Versión ${n} del informe de este semestre; la anterior se generó ${previous}.`,
  templateUnknownMarkers: (names: readonly string[]): string =>
    `La plantilla tiene marcadores que el informe no conoce y que quedaron como estaban: ${names.map((n) => `{{${n}}}`).join(', ')}.`,
  templateUsed: (): string => 'Se usó la plantilla de Configuración › Plantilla del informe.',
  fileName: (base: string, version: number): string => (version > 1 ? `${base} — versión ${version}` : base),
  previousBy: (when: string, by: string): string => (by ? `el ${when} por ${by}` : `el ${when}`),
  versionDialog: (n: number, label: string): string =>
    `Ya se había generado el informe de ${label}: este documento es la versión ${n}. Las versiones anteriores no se modificaron.`,
  savedIn: (folder: string): string => `Se guardó en la carpeta ${q(folder)}.`,
  savedInRoot: (): string => 'Se guardó en «Mi unidad» de Google Drive.',
  folderCreated: (name: string): string => `Se creó la carpeta ${q(name)} en «Mi unidad»; los próximos informes se guardarán allí.`,
  sheetFolderUnreachable: (): string =>
    'El complemento no puede abrir la carpeta donde está la hoja (con el permiso que pide solo alcanza las carpetas que él mismo creó), así que el informe se guardó en «Mi unidad». Para guardarlo en una carpeta, escriba su nombre en Configuración › Carpeta del informe.',
  /** The Doc's name while it is being built: a failure never leaves a Doc under the final name. */
  draftName: (name: string): string => `${name} (borrador en preparación)`,
  /** The name a failed run's Doc gets when Drive would not send it to the trash. */
  failedDraftName: (name: string): string => `${name} (borrador incompleto; puede borrarlo)`,
  reportFailed: (label: string, version: number, left: 'nothing' | 'trashed' | 'draft', draft: string): string =>
    `No se pudo terminar el informe del semestre ${label}. ${
      left === 'nothing'
        ? 'No se alcanzó a crear ningún archivo.'
        : left === 'trashed'
          ? 'Lo que se alcanzó a crear se envió a la papelera de Google Drive.'
          : `El documento que se alcanzó a crear quedó con el nombre ${q(draft)}; puede borrarlo.`
    } No se registró ninguna versión: al volver a intentarlo, el informe será la versión ${version}. Si el problema sigue, espere unos minutos (puede ser una falla pasajera de Google).`,
  templateElementsSkipped: (items: readonly string[]): string =>
    `${items.length === 1 ? 'Un elemento' : `${count(items.length)} elementos`} de la plantilla no se ${items.length === 1 ? 'pudo' : 'pudieron'} copiar y ${items.length === 1 ? 'falta' : 'faltan'} en el informe: ${joinList(items)}. El resto se copió.`,
  /** One template element the Docs copy skipped: its section, its position and its kind (a DocumentApp ElementType). */
  templateElement: (section: TemplateSection, position: number, kind: string): string =>
    `${ELEMENT_KIND[kind] ?? ELEMENT_KIND.UNSUPPORTED} (${SECTION_NAME[section]}, elemento ${position})`,
  doneWithoutDialog: (label: string, version: number, name: string): string =>
    `El informe del semestre ${label} está listo (versión ${version}), pero no se pudo mostrar la ventana con los enlaces. Búsquelo en Google Drive con el nombre ${q(name)}.`,
  doneTitle: 'Informe generado',
  layoutFailed: (): string =>
    'No se pudo pedir a Google Docs que repita el encabezado de cada tabla en cada página ni que mantenga los títulos con lo que sigue: el informe está completo, pero revise los saltos de página antes de imprimirlo.',
  doneComplete: (label: string): string => `El borrador del informe del semestre ${label} está completo: no le falta información de la hoja.`,
  doneIncomplete: (label: string, n: number): string =>
    `El borrador del informe del semestre ${label} se generó, pero está incompleto: ${n === 1 ? 'falta o hay que corregir esto' : `faltan o hay que corregir estas ${n} cosas`} antes de firmarlo:`,
  doneValidate: 'Validar la matriz',
  doneValidateFailed: 'No se pudo abrir «Validar la matriz» desde esta ventana. Ciérrela y use el menú «Gobierno en Línea» › «Validar la matriz».',
  doneDateReference: (date: string): string => `Las cifras se calcularon a la fecha de referencia de Configuración: ${date}.`,
  doneDateToday: (date: string): string => `Las cifras se calcularon a la fecha de hoy: ${date}.`,
  donePastSemester: (label: string, end: string, reference: boolean): string =>
    `El semestre ${label} terminó el ${end}, pero se usó ${reference ? 'la fecha de referencia' : 'la fecha de hoy'}. Para cifras al cierre del semestre, escriba ${end} en «Fecha de referencia» (Configuración) y genere el informe de nuevo.`,
  doneDocHint:
    'El documento de Google Docs es el borrador: revíselo, complete las observaciones de Control Interno y hágalo firmar. Su pie de página ya lleva «Página x de y».',
  /** When the Doc could not be made with page numbers (the converted shell failed): the person adds them. */
  doneDocHintNumberPages:
    'El documento de Google Docs es el borrador: revíselo, complete las observaciones de Control Interno, numere las páginas (Insertar › Números de página) y hágalo firmar.',
  doneDocButton: 'Abrir el borrador (Google Docs)',
  donePdfHint:
    'El PDF y la página web son copias de este borrador, para revisión: no los publique hasta que el documento esté firmado. El PDF final se descarga desde Google Docs (Archivo › Descargar › PDF).',
  donePdfButton: 'Abrir el PDF (borrador para revisión)',
  doneWebButton: 'Abrir la página web (borrador para revisión)',
  doneClose: 'Cerrar',
  noChart: 'El Tablero no tiene gráfico: se muestra la tabla de cumplimiento por indicador.',
  logLine: (label: string, version: number, user: string, when: string): string =>
    `Informe ${label} versión ${version} generado ${user ? `por ${user} ` : ''}el ${when}.`,
} as const;

export const SIGNATURE_BLANK_NAME = 'Nombre: ________________________';
export const SIGNATURE_LINE = '______________________________';

/** Template {{marcadores}}: marker name → what it holds (for the README and the help text). Used by ../report/markers.ts. */
export const DOCUMENT_MARKERS: Readonly<Record<string, string>> = {
  titulo: 'Título del informe',
  entidad: 'Entidad (Configuración)',
  municipio: 'Municipio',
  departamento: 'Departamento',
  semestre: 'Semestre, por ejemplo 2025-II',
  periodo_inicio: 'Primer día del semestre (dd/mm/aaaa)',
  periodo_fin: 'Último día del semestre',
  fecha_corte: 'Fecha de corte (fecha de cálculo de la hoja)',
  fecha_emision: 'Fecha de emisión del informe',
  total_acciones: 'Número de acciones',
  total_indicadores: 'Número de indicadores',
  al_dia: 'Indicadores «Al día»',
  por_vencer: 'Indicadores «Por vencer»',
  vencidas: 'Indicadores «Vencida»',
  sin_programar: 'Indicadores «Sin programar»',
  verdes: 'Indicadores en «Verde»',
  amarillos: 'Indicadores en «Amarillo»',
  rojos: 'Indicadores en «Rojo»',
  sin_medir: 'Indicadores «Sin medir»',
  indicadores_medidos: 'Indicadores con cumplimiento calculado',
  cumplimiento_promedio: 'Cumplimiento promedio de la meta, por ejemplo 85 %',
  jefe_control_interno: 'Nombre del Jefe de Control Interno',
  alcalde: 'Nombre del Alcalde Municipal',
  comite: 'Nombre del representante del Comité GEL-T',
  proceso: 'Proceso del documento controlado (Configuración)',
  codigo: 'Código del documento (Configuración)',
  version: 'Versión del documento (Configuración)',
  elaboro: 'Nombre de quien elabora (Configuración › Elaboró — nombre, o el Jefe de Control Interno)',
  elaboro_cargo: 'Cargo de quien elabora',
  reviso: 'Nombre de quien revisa',
  reviso_cargo: 'Cargo de quien revisa',
  aprobo: 'Nombre de quien aprueba',
  aprobo_cargo: 'Cargo de quien aprueba',
};

/** Markers of the repeated action table: one table row per indicator. */
export const ACTION_MARKERS: Readonly<Record<string, string>> = {
  id: 'ID del indicador',
  accion: 'Acción',
  indicador: 'Indicador a medir',
  meta: 'Meta (%)',
  valor: 'Valor del indicador',
  cumplimiento: 'Cumplimiento de la meta',
  estado: 'Estado',
  semaforo: 'Semáforo',
  responsables: 'Responsables',
  evidencia: 'Evidencia',
  observaciones: 'Observaciones de Control Interno',
  proximo_vencimiento: 'Próximo vencimiento',
  dias_restantes: 'Días restantes (negativo si ya venció)',
};
