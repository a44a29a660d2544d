/**
 * What the Google Sheets menu, toasts, dialogs and alerts say (Spanish, Colombia). The Sheets
 * host only calls these; the sentences about a cell's content live in ./tracker.ts.
 */
import { count as n, placeNoun, quote as q } from './common';

/** «12 errores y 2 avisos», the one way every action counts the problem list. */
export const problemCounts = (errors: number, avisos: number): string =>
  `${n(errors)} ${errors === 1 ? 'error' : 'errores'} y ${n(avisos)} ${avisos === 1 ? 'aviso' : 'avisos'}`;

export const MENU_TITLE = 'Gobierno en Línea';

/** Menu items in order, with the global function each one calls (agreed names). */
export const MENU_ITEMS = [
  { label: 'Preparar o reparar la hoja', handler: 'menuPreparar' },
  { label: 'Registrar corte de seguimiento…', handler: 'menuRegistrarCorte' },
  { label: 'Revisar corte (Control Interno)…', handler: 'menuRevisarCorte' },
  { label: 'Validar la matriz', handler: 'menuValidar' },
  { label: 'Activar el historial de cambios', handler: 'menuActivarHistorial' },
  { label: 'Generar informe semestral…', handler: 'menuGenerarInforme' },
  { label: 'Activar o desactivar recordatorios por correo…', handler: 'menuRecordatorios' },
  { label: 'Vista previa de los recordatorios', handler: 'menuVistaPreviaRecordatorios' },
  { label: 'Preparar consolidado departamental', handler: 'menuConsolidado' },
  { label: 'Descargar copia en Excel', handler: 'menuDescargarExcel' },
  { label: 'Ayuda', handler: 'menuAyuda' },
] as const;
/** Where the menu puts a separator: before these handlers. */
export const MENU_SEPARATOR_BEFORE: readonly string[] = ['menuRecordatorios', 'menuConsolidado'];

/** Named uiText, not ui: Apps Script's own `Ui` (SpreadsheetApp.getUi()) is everywhere in the host. */
export const uiText = {
  // Running an action.
  busy: (): string => 'Otra persona está ejecutando una acción del menú «Gobierno en Línea» en esta hoja. Espere un momento y vuelva a intentarlo.',
  working: (title: string): string => `${title}: trabajando…`,
  failed: (title: string, detail: string): string =>
    `No se pudo terminar «${title}». Ningún dato escrito por una persona se borró ni se cambió; puede volver a intentarlo.\n\nDetalle: ${detail}\n\nSi el problema continúa, use «Validar la matriz» o «Preparar o reparar la hoja».`,
  unknownError: (): string => 'error inesperado sin descripción',
  // What went wrong, in words (the technical text goes only to the execution log).
  causePermission: (): string =>
    'Google no dio permiso para una operación que la acción necesita. Pida a la persona que instaló el complemento que lo vuelva a autorizar (abrir el menú y aceptar los permisos).',
  causeTime: (): string => 'la acción tardó más de lo que Google permite para una sola ejecución.',
  causeBusy: (): string => 'otra ejecución tenía la hoja ocupada.',
  causeQuota: (): string => 'Google limitó por un momento el número de operaciones de esta cuenta. Espere unos minutos.',
  causeProtected: (): string => 'una hoja o un rango protegido no dejó escribir. Revise Datos › Proteger hojas y rangos.',
  causeMissing: (): string => 'una hoja, un rango o un archivo que la acción necesitaba ya no existe o no se encontró (quizá se borró mientras trabajaba).',
  causeShape: (): string => 'la hoja cambió de tamaño o de forma mientras la acción trabajaba.',
  causeService: (): string => 'un servicio de Google no respondió como se esperaba; suele ser pasajero.',
  causeUnknown: (): string =>
    'Google devolvió un error inesperado. Los detalles técnicos quedaron en el registro de ejecuciones (Extensiones › Apps Script › Ejecuciones).',
  ok: (): string => 'Listo',

  // Preparar o reparar.
  prepareTitle: (): string => 'Preparar o reparar la hoja',
  prepareStep: (sheet: string): string => `Revisando la hoja ${q(sheet)}…`,
  prepareDoneNew: (): string =>
    'La hoja de seguimiento quedó lista: Matriz, Seguimiento, Fases, Tablero y Configuración.\n\nLas personas responsables llenan en la Matriz las columnas de fechas, numerador, denominador, meta y evidencia; las columnas grises se calculan solas.',
  prepareDoneChanges: (changes: readonly string[]): string =>
    `Se completó lo que faltaba. Las columnas que llenan las personas (fechas, numerador, denominador, meta, evidencia, observaciones) no se tocaron:\n\n• ${changes.join('\n• ')}`,
  chooseTemplateTitle: (): string => 'Plan para esta hoja',
  chooseTemplateIntro: (): string =>
    'La hoja todavía no tiene el seguimiento. Elija el plan que se carga en la Matriz y en Fases; queda guardado para esta hoja.',
  chooseTemplateLegend: (): string => 'Planes disponibles',
  chooseTemplateDefault: (): string => 'predeterminado',
  chooseTemplateLoad: (): string => 'Cargar el plan elegido',
  chooseTemplateCancel: (): string => 'Cancelar',
  chooseTemplateWorking: (): string => 'Preparando la hoja con el plan elegido…',
  chooseTemplateFailed: (): string => 'No se pudo iniciar la preparación (puede ser la conexión). Intente de nuevo; no se cambió nada.',
  chooseTemplateBad: (text: string): string => `${q(text)} no es uno de los planes de esta versión. No se cambió nada.`,
  prepareNothing: (): string => 'Todo estaba en orden: no fue necesario cambiar nada.',
  prepareProblems: (errors: number, avisos: number): string =>
    `\n\nLa revisión de la Matriz, Fases, Responsables y Configuración encontró ${problemCounts(errors, avisos)}. Use «Validar la matriz» para verlos con su celda.`,
  changeSheetCreated: (sheet: string): string => `se creó la hoja ${q(sheet)}`,
  changeHeadersRestored: (sheet: string, headers: readonly string[]): string =>
    `en ${q(sheet)} se ${headers.length === 1 ? 'volvió a escribir en su columna el encabezado' : 'volvieron a escribir en su columna los encabezados'} ${headers.map(q).join(', ')}`,
  changeColumnsAppended: (sheet: string, headers: readonly string[]): string =>
    `en ${q(sheet)} se ${headers.length === 1 ? 'agregó al final la columna' : 'agregaron al final las columnas'} ${headers.map(q).join(', ')}`,
  changeFormulas: (sheet: string, count: number): string =>
    `en ${q(sheet)} se ${count === 1 ? 'puso 1 fórmula en una celda calculada vacía' : `pusieron ${n(count)} fórmulas en celdas calculadas vacías`}`,
  changeFormulasOverTyped: (sheet: string, count: number): string =>
    `en ${q(sheet)} ${count === 1 ? 'una celda calculada tenía un valor escrito a mano: se reemplazó' : `${n(count)} celdas calculadas tenían un valor escrito a mano: se reemplazaron`} por su fórmula (las columnas calculadas se llenan solas)`,
  changeResponsablesAdded: (names: readonly string[]): string => `en ${q('Responsables')} se agregaron ${names.map(q).join(', ')} (escriba sus correos)`,
  changeSettings: (labels: readonly string[]): string => `en ${q('Configuración')} se agregaron los parámetros ${labels.map(q).join(', ')}`,
  changeFrequencyTable: (): string => `en ${q('Configuración')} se agregó la tabla de frecuencias`,
  changeNamedRanges: (names: readonly string[]): string => `se crearon o corrigieron los rangos con nombre ${names.join(', ')}`,
  changeRules: (sheet: string): string => `en ${q(sheet)} se pusieron los colores de estado y semáforo`,
  changeProtections: (sheet: string): string => `en ${q(sheet)} se protegieron (con aviso) los encabezados y las columnas calculadas`,
  changeTablero: (): string => `se actualizó el ${q('Tablero')}`,
  changeFormats: (sheet: string): string => `en ${q(sheet)} se pusieron formatos, anchos, notas y listas desplegables`,
  changeHeaderEmptySheet: (sheet: string): string => `la hoja ${q(sheet)} estaba vacía: se escribieron sus encabezados`,
  badHeaderRow: (sheet: string): string =>
    `La hoja ${q(sheet)} tiene datos pero ninguno de sus encabezados (fila 1) es de la plantilla. No se cambió nada en ella. Revise la fila 1 o cambie el nombre de la hoja para que «Preparar» cree una nueva.`,

  // Registrar corte.
  corteTitle: (): string => 'Registrar corte de seguimiento',
  cortePrompt: (today: string): string =>
    `Fecha del corte (dd/mm/aaaa). Deje vacío para usar la fecha de hoy (${today}).\n\nSe guardará en «Seguimiento» una fila por indicador con los valores de la Matriz a esa fecha.`,
  corteBadDate: (text: string): string =>
    `${q(text)} no es una fecha válida. Escriba la fecha del corte como dd/mm/aaaa (por ejemplo 30/06/2024). No se registró nada.`,
  corteChangedMeanwhile: (date: string): string =>
    `Mientras respondía, otra persona registró un corte con fecha ${date}. No se registró nada: vuelva a usar «Registrar corte» para decidir si lo reemplaza.`,
  corteReplaceAsk: (date: string, rows: number): string =>
    `Ya hay un corte con fecha ${date} (${n(rows)} ${rows === 1 ? 'fila' : 'filas'} en «Seguimiento»). ¿Desea reemplazarlo con los valores actuales? Las demás filas no se tocan.`,
  corteNoRows: (): string => 'La Matriz no tiene indicadores: no hay nada que registrar. Use «Preparar o reparar la hoja» o llene la Matriz.',
  corteNoMatriz: (missing: string): string => `No se puede registrar el corte. ${missing}`,
  corteBlocked: (sheet: string, cell: string, detail: string): string => `No se puede registrar el corte. Hoja ${q(sheet)}, ${placeNoun(cell)}: ${detail}`,
  corteDone: (date: string, semester: string, count: number, replaced: boolean): string =>
    `${replaced ? 'Se reemplazó' : 'Se registró'} el corte del ${date} (semestre ${semester}): ${n(count)} ${count === 1 ? 'indicador' : 'indicadores'} en la hoja «Seguimiento».`,
  corteWithProblems: (errors: number, avisos: number): string =>
    `\n\nAtención: la revisión de la Matriz, Fases, Responsables y Configuración encontró ${problemCounts(errors, avisos)}; los indicadores con datos por corregir quedaron como «Sin medir» o «Sin programar». Use «Validar la matriz» para verlos.`,
  unknownUser: (): string => '(desconocido)',

  // Validar.
  validateTitle: (): string => 'Validar la matriz',
  validateNone: (): string => 'No se encontraron problemas: la Matriz, Fases, Seguimiento, Responsables y Configuración están en orden.',
  validateSummary: (errors: number, warnings: number): string =>
    `Se encontraron ${problemCounts(errors, warnings)}. Corrija cada celda indicada y vuelva a validar.`,
  validateHowToGo: (): string => 'Haga clic en una celda de la lista para ir a ella; el panel sigue abierto mientras corrige.',
  levelError: (): string => 'Error',
  levelAviso: (): string => 'Aviso',
  validateSheet: (sheet: string, errors: number, avisos: number): string => `Hoja ${q(sheet)}: ${problemCounts(errors, avisos)}`,
  validateStructural: (): string => 'Problemas de estructura (corríjalos primero; «Preparar o reparar la hoja» arregla la mayoría)',
  validateCells: (count: number): string => (count === 1 ? '1 celda' : `${n(count)} celdas`),
  validateAllCells: (count: number): string => `Ver las ${n(count)} celdas`,
  validateAgain: (): string => 'Volver a validar',
  validateChecking: (): string => 'Revisando la hoja…',
  validateRefreshed: (when: string): string => `Lista actualizada a las ${when}.`,
  validateNowNone: (): string => 'Ya no hay problemas: la Matriz, Fases, Seguimiento, Responsables y Configuración están en orden.',
  goToCellDone: (sheet: string, cell: string): string => `Se seleccionó la celda ${cell} en la hoja ${q(sheet)}.`,
  goToSheetDone: (sheet: string): string => `Se abrió la hoja ${q(sheet)}; el problema está en su fila de encabezados.`,
  validateFailed: (): string =>
    'No se pudo volver a validar (quizá se perdió la conexión o la sesión expiró). Cierre el panel y use de nuevo «Validar la matriz».',
  goToCellFailed: (): string =>
    'No se pudo ir a esa celda (quizá la hoja cambió o se perdió la conexión). Vuelva a abrir «Validar la matriz» e inténtelo de nuevo.',
  goToCellOutside: (sheet: string, cell: string): string =>
    `La celda ${cell} ya no está en la hoja ${q(sheet)} (la hoja es más pequeña que cuando se validó). Vuelva a validar.`,
  goToCellNoSheet: (sheet: string): string => `La hoja ${q(sheet)} ya no existe. Vuelva a validar.`,

  // Excel.
  excelTitle: (): string => 'Descargar copia en Excel',
  excelLink: (): string => 'Descargar esta hoja como Excel (.xlsx)',
  excelBody: (): string => 'El enlace descarga una copia de esta hoja de cálculo, con sus valores y fórmulas, en formato Excel.',
  excelOffline: (): string =>
    'Si necesita el libro completo de la Oficina de Control Interno, con el informe en una hoja, pídalo a la persona de sistemas: ella lo prepara en su computador a partir de esta copia.',

  // Ayuda.
  helpTitle: (): string => 'Ayuda — Seguimiento GEL-T',
  helpMenuHeading: (): string => 'El menú «Gobierno en Línea»',
  /** The short guide's sections before the menu: a heading, a paragraph, and a checklist when there is one. */
  helpGuide: (): readonly { readonly heading: string; readonly text?: string; readonly checklist?: readonly string[] }[] => [
    {
      heading: 'Qué llenar',
      text: 'Cada responsable llena en la Matriz sus fechas, numerador, denominador, meta (%) y evidencia; las columnas grises se calculan solas. Estado: rojo = vencida, amarillo = por vencer, verde = al día. El semáforo compara el cumplimiento con los umbrales de Configuración.',
    },
    {
      heading: 'Fecha de referencia',
      text: 'Todo se calcula a la «Fecha de referencia» de Configuración, o a la fecha de hoy si está vacía. Para el informe de un semestre ya terminado, escriba su último día (30/06 o 31/12) y bórrela después.',
    },
    {
      heading: 'Lo que necesita el informe (en Configuración)',
      checklist: [
        'Entidad, Municipio y Departamento (van en el encabezado).',
        'Los nombres de quienes firman: Jefe de Control Interno, Alcalde y Representante del Comité.',
        'La Fecha de referencia, si el informe es de un semestre pasado.',
        'Opcional: la Carpeta del informe y la Plantilla del informe (un documento de Google Docs).',
      ],
    },
  ],
  /** One line per menu item (every item but Ayuda itself: the type makes a new item need its line). */
  helpMenu: (): Readonly<Record<Exclude<(typeof MENU_ITEMS)[number]['handler'], 'menuAyuda'>, string>> => ({
    menuPreparar: 'crea o completa hojas, fórmulas y protecciones; no borra lo escrito.',
    menuRegistrarCorte: 'guarda los valores de cada indicador a una fecha.',
    menuRevisarCorte: 'Control Interno aprueba o devuelve las filas de un corte.',
    menuValidar: 'muestra cada dato por corregir, con su hoja y su celda.',
    menuActivarHistorial: 'anota cada cambio de la Matriz en la hoja oculta «Historial».',
    menuGenerarInforme: 'crea el borrador del informe en Google Docs y su PDF.',
    menuRecordatorios: 'avisa por correo a cada responsable lo que vence.',
    menuVistaPreviaRecordatorios: 'muestra qué correos saldrían hoy, sin enviarlos.',
    menuConsolidado: 'en la hoja de una Gobernación, junta las cifras de los municipios con IMPORTRANGE.',
    menuDescargarExcel: 'descarga una copia de esta hoja en formato Excel (.xlsx).',
  }),
} as const;

/**
 * Descriptions of the warning-only protections (shown in Datos › Proteger hojas y rangos).
 * Preparar recognises its own protections by these texts: changing one makes a second copy.
 */
export const protectionDescription = {
  headers: (sheet: string): string => `GEL-T: encabezados de ${sheet}`,
  computedColumn: (header: string): string => `GEL-T: columna calculada ${header}`,
} as const;
