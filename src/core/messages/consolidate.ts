import { count, quote as q } from './common';

/** The departmental consolidation (npm run consolidar): sheets, headers, progress and skipped files. */
export const consolidateMsg = {
  title: 'Consolidado departamental del seguimiento a los planes de acción',
  sheets: { indicadores: 'Indicadores', tablero: 'Tablero', resumen: 'Resumen', informe: 'Informe', omitidos: 'Archivos omitidos' },
  indicatorHeaders: [
    'Municipio',
    'Entidad',
    'Fecha de cálculo',
    'ID',
    'Indicador',
    'Responsables',
    'Valor',
    'Meta',
    'Cumplimiento',
    'Estado',
    'Semáforo',
    'Próximo vencimiento',
    'Archivo',
  ],
  tableroHeaders: [
    'Puesto',
    'Municipio',
    'Entidad',
    'Fecha de cálculo',
    'Indicadores',
    'Cumplimiento promedio',
    'Vencidas',
    'Por vencer',
    'Verde',
    'Amarillo',
    'Rojo',
    'Sin medir',
    'Semáforo del promedio',
  ],
  /** The small table beside the Tablero that the ranking chart draws. */
  chartHeaders: ['Puesto', 'Municipio (gráfico)', 'Cumplimiento promedio'],
  chartCategory: (puesto: number, municipio: string): string => `${puesto}. ${municipio}`,
  chartTitle: (all: boolean, each: number, measured: number): string =>
    all
      ? `Cumplimiento promedio de los ${measured} municipios medidos (color: semáforo)`
      : `Cumplimiento promedio: los ${each} primeros y los ${each} últimos de ${measured.toLocaleString('es-CO')} municipios medidos (color: semáforo)`,
  chartSeries: 'Cumplimiento promedio',
  skippedHeaders: ['Archivo', 'Motivo'],
  summaryLabels: {
    municipios: 'Municipios consolidados',
    indicadores: 'Indicadores',
    medidos: 'Indicadores medidos',
    promedio: 'Cumplimiento promedio (todos los indicadores medidos)',
    vencidas: 'Vencidas',
    porVencer: 'Por vencer',
    omitidos: 'Archivos omitidos',
    duplicados: 'Duplicados descartados',
    corte: 'Fecha de corte común',
    corteNone: 'la fecha de cálculo de cada archivo',
  },
  informe: {
    title: 'Informe departamental del seguimiento a los planes de acción',
    departamento: 'Departamento',
    departamentoNone: 'no lo dice la Configuración de los seguimientos',
    departamentoMany: (names: readonly string[]): string => `varios: ${names.join(', ')}`,
    fechaCalculo: 'Fecha de cálculo',
    fechaComun: (fecha: string): string => `${fecha}, común a todos los municipios (--corte)`,
    fechaCada: (desde: string, hasta: string): string =>
      desde === hasta ? `la de cada municipio: ${desde} en todos` : `la de cada municipio (sin --corte): entre ${desde} y ${hasta}`,
    emitido: 'Fecha de emisión',
    umbrales: (rojo: string, amarillo: string): string =>
      `Semáforo de un municipio: su cumplimiento promedio frente a los umbrales del plan (Rojo por debajo de ${rojo}, Amarillo por debajo de ${amarillo}, Verde desde ahí; Sin medir si no tiene indicadores medidos).`,
    cifras: 'Cifras del departamento',
    cifraHeaders: ['Cifra', 'Valor'],
    leidos: 'Archivos leídos',
    consolidados: 'Municipios consolidados',
    omitidos: 'Archivos omitidos (motivos abajo)',
    duplicados: 'Duplicados resueltos (se usa la copia de fecha de cálculo más reciente)',
    indicadores: 'Indicadores',
    medidos: 'Indicadores medidos',
    promedioIndicadores: 'Cumplimiento promedio de todos los indicadores medidos',
    promedioMunicipios: 'Promedio de los cumplimientos promedio de los municipios',
    vencidas: 'Indicadores vencidos',
    porVencer: 'Indicadores por vencer',
    sinDato: 'sin indicadores medidos',
    distribucion: 'Distribución por semáforo',
    distribucionHeaders: ['Semáforo', 'Municipios (por su promedio)', '% de municipios', 'Indicadores'],
    omitidosTitle: 'Archivos omitidos',
    omitidosNone: 'Ninguno: todos los archivos se pudieron usar.',
    duplicadosTitle: 'Duplicados resueltos',
    duplicadosHeaders: ['Municipio', 'Se usa', 'Se descarta', 'Motivo'],
    duplicadosNone: 'Ninguno: cada municipio llegó en un solo archivo.',
    duplicadoMotivo: (sameDate: boolean): string =>
      sameDate ? 'misma fecha de cálculo: se usa el último por nombre de archivo' : 'se usa la de fecha de cálculo más reciente',
    rankingTitle: 'Ranking de municipios por cumplimiento promedio, con vencidas y por vencer',
    rankingHeaders: ['Puesto', 'Municipio', 'Entidad', 'Fecha de cálculo', 'Indicadores', 'Cumplimiento promedio', 'Semáforo', 'Vencidas', 'Por vencer'],
  },
  noConfiguracion: 'no tiene la hoja «Configuración»: no se sabe de qué municipio es.',
  noEntity: 'la hoja «Configuración» no dice el municipio ni la entidad.',
  unusableCells: (cells: number): string =>
    `tiene ${count(cells)} ${cells === 1 ? 'celda que no se puede usar' : 'celdas que no se pueden usar'} en la Matriz; corríjalas con «Validar la matriz».`,
  duplicate: (municipio: string, kept: string, dropped: string): string =>
    `${q(dropped)} es otra copia de ${q(municipio)}: se usa ${q(kept)}, la de fecha de cálculo más reciente.`,
  duplicateSameDate: (municipio: string, kept: string, dropped: string): string =>
    `${q(dropped)} es otra copia de ${q(municipio)} con la misma fecha de cálculo: se usa ${q(kept)} (la última por nombre de archivo).`,
  progress: (done: number, total: number, file: string): string => `Consolidando ${count(done)}/${count(total)}: ${file}`,
  noFiles: (folder: string): string => `La carpeta ${q(folder)} no tiene archivos .xlsx para consolidar.`,
  notAFolder: (folder: string): string => `${q(folder)} no es una carpeta: escriba en --entrada la carpeta con los seguimientos descargados.`,
  missingEntrada: (): string => 'Falta --entrada: escriba la carpeta con los seguimientos (por ejemplo --entrada descargas/).',
  written: (municipios: number, skipped: number, file: string): string =>
    `Listo: ${count(municipios)} ${municipios === 1 ? 'municipio consolidado' : 'municipios consolidados'} en ${file}${skipped > 0 ? ` (${count(skipped)} ${skipped === 1 ? 'archivo omitido' : 'archivos omitidos'}: vea la hoja «Archivos omitidos»)` : ''}.`,
  skippedLine: (file: string, reason: string): string => `Se omite ${q(file)}: ${reason}`,
  unknownOption: (option: string): string => `La opción ${q(option)} no existe. Las opciones son --entrada, --salida, --corte y --help.`,
  help: (): string =>
    [
      'Uso: npm run consolidar -- --entrada CARPETA [--salida ARCHIVO.xlsx] [--corte dd/mm/aaaa]',
      '',
      'Lee, uno por uno, los seguimientos (.xlsx) de la carpeta y escribe un libro departamental con las',
      'hojas Tablero (ranking por cumplimiento promedio, con un gráfico), Informe (imprimible), Resumen,',
      'Indicadores (municipio × indicador) y Archivos omitidos. Sin --corte, cada municipio se calcula a su propia fecha de cálculo.',
      'Por omisión guarda consolidado.xlsx en la carpeta actual.',
    ].join('\n'),
} as const;

/** The Consolidado sheet of a departmental Google spreadsheet (menu «Preparar consolidado departamental»). */
export const consolidadoSheetMsg = {
  title: 'Preparar consolidado departamental',
  sheetTitle: 'Consolidado departamental: cifras de las hojas de seguimiento de los municipios',
  instructions: [
    '1. Escriba desde la fila 9, una por fila, el municipio (columna A) y el enlace de su hoja de seguimiento de Google Sheets (columna B). Luego vuelva a usar «Preparar consolidado departamental»: escribe las fórmulas de cada fila.',
    '2. La primera vez cada fila muestra #REF! en la columna C: haga clic en esa celda y luego en «Permitir acceso». Se hace una sola vez por hoja municipal y hace falta poder ver esa hoja. El complemento no lee las otras hojas: las lee la fórmula IMPORTRANGE de Google, con el permiso que usted da.',
    '3. Las cifras se actualizan solas cuando cambian las hojas municipales (al abrir esta hoja pueden tardar un poco). Cada hoja municipal debe haber pasado por «Preparar o reparar la hoja», que crea el rango TABLERO_RESUMEN que aquí se importa.',
  ],
  umbralRojo: 'Umbral rojo (por debajo: Rojo)',
  umbralAmarillo: 'Umbral amarillo (por debajo: Amarillo; desde aquí: Verde)',
  municipio: 'Municipio',
  url: 'Enlace de la hoja de seguimiento',
  puesto: 'Puesto',
  conexion: 'Conexión',
  connected: 'Conectada',
  notConnected: 'Sin datos: haga clic en la celda de la columna C y en «Permitir acceso», o revise el enlace',
  fechaHeader: 'Fecha de cálculo (aquí: «Permitir acceso»)',
  ranking: 'Ranking por cumplimiento promedio',
  rankingHeaders: ['Puesto', 'Municipio', 'Cumplimiento promedio', 'Semáforo', 'Vencidas', 'Por vencer'],
  notAUrl: (cell: string, text: string): string =>
    `Consolidado, celda ${cell}: ${q(text)} no es el enlace de una hoja de Google Sheets. Copie el enlace de la barra de direcciones de la hoja del municipio (empieza por https://docs.google.com/spreadsheets/d/).`,
  noMunicipio: (cell: string): string => `Consolidado, celda ${cell}: falta el nombre del municipio de la hoja enlazada al lado.`,
  sameUrl: (cell: string, first: string): string =>
    `Consolidado, celda ${cell}: es la misma hoja que la de la celda ${first}. Deje una sola fila por municipio.`,
  badInput: (problems: readonly string[]): string =>
    `No se escribió ninguna fórmula: corrija ${problems.length === 1 ? 'esto' : 'estas celdas'} y vuelva a intentarlo.\n\n${problems.join('\n')}`,
  created: (): string =>
    'Se creó la hoja «Consolidado». Escriba desde la fila 9 el municipio y el enlace de su hoja de seguimiento, una fila por municipio, y vuelva a usar «Preparar consolidado departamental».',
  none: (): string => 'La hoja «Consolidado» no tiene enlaces todavía: escriba desde la fila 9 el municipio (columna A) y el enlace de su hoja (columna B).',
  written: (n: number): string =>
    `Consolidado listo: ${n} ${n === 1 ? 'hoja municipal' : 'hojas municipales'}. La primera vez, cada fila muestra #REF! en la columna C: haga clic en esa celda y en «Permitir acceso» (una vez por hoja). El ranking se ordena solo por cumplimiento promedio.`,
} as const;
