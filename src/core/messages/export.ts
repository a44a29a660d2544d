import { quote as q } from './common';

/** The offline export command (npm run export): help, usage errors, input errors, progress. */
export const exportMsg = {
  help: (): string => [
    'Uso: npm run export -- [opciones]',
    '',
    'Escribe el seguimiento del Plan de Acción de Gobierno en Línea como un libro de Excel (.xlsx)',
    'con las hojas Matriz, Seguimiento, Fases, Tablero, Informe y Configuración: las mismas fórmulas,',
    'resaltados y listas que la hoja de Google, para trabajar sin conexión en Excel o LibreOffice.',
    'Sin opciones, usa el plan incluido (la plantilla) y guarda el archivo en la carpeta «salida».',
    '',
    'Opciones:',
    '  --entrada ARCHIVO   Copia descargada de la hoja de Google (Archivo › Descargar › Microsoft',
    '                      Excel .xlsx) o un .csv de la hoja Matriz. Sin ella se usa la plantilla.',
    '  --salida RUTA       Dónde guardar el .xlsx (un archivo .xlsx o una carpeta existente).',
    '                      Por omisión: salida/Seguimiento-GEL-T_<municipio>_<fecha>.xlsx',
    '  --corte dd/mm/aaaa  Fecha de corte: los estados se calculan a esa fecha (queda como',
    '                      «Fecha de referencia» en Configuración). Por omisión, la del archivo u hoy.',
    '  --semestre AAAA-I|AAAA-II  Semestre del informe (hoja Informe), por ejemplo 2025-II.',
    '                      Por omisión, el de la fecha de cálculo (el anterior en los primeros',
    '                      30 días de un semestre).',
    '  --forzar            Exporta aunque la entrada tenga celdas que no se pueden usar (cuentan',
    '                      como vacías, igual que en las fórmulas). Sin esta opción, esas celdas',
    '                      se listan y no se escribe nada.',
    '  --grafico           Agrega al Tablero el gráfico de cumplimiento por indicador (Excel y',
    '                      LibreOffice lo muestran; el validador de esquemas del proyecto aún no',
    '                      sabe revisar gráficos, por eso no va por omisión).',
    '  --web               Escribe también el informe semestral como página web (.html, un solo',
    '                      archivo, junto al .xlsx y con el mismo nombre) para el sitio web.',
    '  -h, --help          Muestra esta ayuda.',
    '',
    'Ejemplos:',
    '  npm run export',
    '  npm run export -- --entrada "Seguimiento GEL-T.xlsx" --corte 31/12/2025 --semestre 2025-II',
    '  npm run export -- --entrada matriz.csv --salida copias/seguimiento.xlsx',
    '',
    'Códigos de salida: 0 listo · 1 el archivo de entrada no se puede usar · 2 opciones mal escritas.',
  ].join('\n'),
  usage: (detail: string): string => `${detail}\nEscriba «npm run export -- --help» para ver las opciones.`,
  unknownOption: (detail: string): string => `Opción no reconocida o incompleta: ${detail}`,
  unexpectedArgument: (arg: string): string => `Argumento inesperado ${q(arg)}: los archivos se indican con --entrada o --salida.`,
  badCorte: (text: string): string => `La fecha de corte ${q(text)} no es válida: se espera dd/mm/aaaa (por ejemplo 31/12/2025).`,
  badSemestre: (text: string): string => `El semestre ${q(text)} no es válido: se espera el año y I o II (por ejemplo 2025-II).`,
  badOutput: (path: string): string => `La salida ${q(path)} debe ser un archivo terminado en .xlsx o una carpeta existente.`,
  sameInputOutput: (): string => 'La salida no puede ser el mismo archivo de entrada.',
  missingInput: (path: string): string => `No se encontró el archivo de entrada ${q(path)}. Revise la ruta y el nombre.`,
  inputIsFolder: (path: string): string => `${q(path)} es una carpeta, no un archivo. Indique el .xlsx o el .csv.`,
  unsupportedInput: (path: string): string =>
    `${q(path)} no es un .xlsx ni un .csv. Descargue la hoja de Google con Archivo › Descargar › Microsoft Excel (.xlsx), o guarde la hoja Matriz como .csv.`,
  notAWorkbook: (path: string): string =>
    `${q(path)} no es un libro de Excel (.xlsx) válido: no se pudo abrir. Puede estar dañado o ser otro tipo de archivo con la extensión cambiada.`,
  notACsv: (path: string): string => `${q(path)} no parece un .csv: no es texto con columnas separadas por comas o punto y coma.`,
  noMatriz: (path: string, sheets: readonly string[]): string =>
    `El libro ${q(path)} no tiene la hoja «Matriz»${sheets.length ? ` (tiene: ${sheets.map(q).join(', ')})` : ''}. Descargue el libro completo del seguimiento.`,
  sheetFromTemplate: (sheet: string): string => `El archivo no trae la hoja ${q(sheet)}: se usa la de la plantilla.`,
  sheetUnusableFromTemplate: (sheet: string): string => `La hoja ${q(sheet)} no se puede leer (ver arriba): se usa la de la plantilla.`,
  matrizUnusable: (): string => 'No se exportó nada: corrija los encabezados de la hoja «Matriz» indicados arriba y vuelva a intentarlo.',
  unusableCells: (n: number): string =>
    `No se exportó nada: ${n === 1 ? 'una celda de la entrada no se puede usar' : `${n} celdas de la entrada no se pueden usar`} (vea la lista de arriba). ` +
    'Corríjalas en la hoja y descargue de nuevo, o agregue --forzar para exportar de todos modos (esas celdas cuentan como vacías).',
  problem: (level: 'error' | 'aviso', where: string, message: string): string => `${level === 'error' ? 'Dato no utilizable' : 'Aviso'} — ${where}: ${message}`,
  moreProblems: (n: number): string => `… y ${n} observaciones más del mismo archivo.`,
  cannotWrite: (path: string, detail: string): string => `No se pudo escribir ${q(path)}: ${detail}`,
  unexpected: (detail: string): string => `La exportación falló por un error inesperado: ${detail}`,
  progress: (step: string, seconds: string): string => `Exportando… ${step} (${seconds} s)`,
  written: (rows: number, path: string): string => `Listo: ${rows} indicadores exportados a ${path}`,
  // Progress steps (the sheet names are steps too).
  stepSeguimientoRows: (sheet: string, rows: number): string => `${sheet}: ${rows.toLocaleString('es-CO')} filas`,
  stepSaving: (): string => 'guardando el archivo',
  // Option values that are missing (shown inside unknownOption).
  entradaWithoutFile: (): string => '--entrada sin archivo',
  salidaWithoutPath: (): string => '--salida sin ruta',
} as const;

/** The workbook's document properties and print footer (Excel's &P = page, &N = pages). */
export const WORKBOOK_TITLE = 'Seguimiento del Plan de Acción de Gobierno en Línea';
export const PRINT_FOOTER = '&CPágina &P de &N';
