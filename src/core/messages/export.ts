import { count, quote as q } from './common';

/** The offline export command (npm run export): help, usage errors, input errors, progress. */
export const exportMsg = {
  help: (): string =>
    [
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
      '  --plantilla NOMBRE  El plan que se exporta cuando no hay --entrada (y con el que se lee la',
      '                      entrada): gel-valle-de-san-juan (por omisión), gobierno-digital o',
      '                      plan-de-accion-institucional. Un nombre que no existe lista las plantillas.',
      '  --forzar            Exporta aunque la entrada tenga celdas que no se pueden usar (cuentan',
      '                      como vacías, igual que en las fórmulas). Sin esta opción, esas celdas',
      '                      se listan y no se escribe nada.',
      '  --sin-grafico       Sin el gráfico de cumplimiento por indicador en el Tablero y el Informe',
      '                      (va por omisión: una barra por indicador con el color de su semáforo',
      '                      y líneas en los umbrales de Configuración).',
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
  unknownOption: (option: string): string =>
    `La opción ${q(option)} no existe. Las opciones son --entrada, --salida, --corte, --semestre, --plantilla, --forzar, --sin-grafico, --web y --help.`,
  missingOptionValue: (option: string): string => {
    const what: Record<string, string> = {
      '--entrada': 'el archivo de entrada',
      '--salida': 'la ruta de salida',
      '--corte': 'la fecha dd/mm/aaaa',
      '--semestre': 'el semestre (por ejemplo 2025-II)',
      '--plantilla': 'el nombre de la plantilla',
    };
    return `Falta el valor de ${option}: escriba después ${what[option] ?? 'su valor'} (por ejemplo ${option} ${option === '--corte' ? '31/12/2025' : option === '--semestre' ? '2025-II' : option === '--plantilla' ? 'gobierno-digital' : '"Seguimiento GEL-T.xlsx"'}).`;
  },
  optionTakesNoValue: (option: string): string => `La opción ${q(option)} no lleva valor: escríbala sola.`,
  repeatedOption: (option: string): string => `La opción ${q(option)} está escrita dos veces: déjela una sola vez, con el valor que quiere.`,
  unexpectedArgument: (arg: string): string => `Argumento inesperado ${q(arg)}: los archivos se indican con --entrada o --salida.`,
  badCorte: (text: string): string => `La fecha de corte ${q(text)} no es válida: se espera dd/mm/aaaa (por ejemplo 31/12/2025).`,
  corteOutOfRange: (text: string): string =>
    `La fecha de corte ${q(text)} está fuera del rango que acepta el seguimiento (01/01/1990 a 31/12/2100). Revise el año.`,
  badSemestre: (text: string): string => `El semestre ${q(text)} no es válido: se espera el año y I o II (por ejemplo 2025-II).`,
  badOutput: (path: string): string => `La salida ${q(path)} debe ser un archivo terminado en .xlsx o una carpeta existente.`,
  sameInputOutput: (): string => 'La salida no puede ser el mismo archivo de entrada.',
  missingInput: (path: string): string => `No se encontró el archivo de entrada ${q(path)}. Revise la ruta y el nombre.`,
  inputIsFolder: (path: string): string => `${q(path)} es una carpeta, no un archivo. Indique el .xlsx o el .csv.`,
  unsupportedInput: (path: string): string =>
    `${q(path)} no es un .xlsx ni un .csv. Descargue la hoja de Google con Archivo › Descargar › Microsoft Excel (.xlsx), o guarde la hoja Matriz como .csv.`,
  notAWorkbook: (path: string): string =>
    `${q(path)} no es un libro de Excel (.xlsx): su contenido es otro tipo de archivo con la extensión cambiada. ` +
    'Descargue la hoja de Google con Archivo › Descargar › Microsoft Excel (.xlsx), o ábralo en Excel o LibreOffice y guárdelo como .xlsx.',
  odsRenamed: (path: string): string =>
    `${q(path)} es una hoja de cálculo de OpenDocument (.ods) con la extensión .xlsx. ` +
    'Ábrala en LibreOffice Calc y guárdela con Archivo › Guardar como… › «Libro de Excel 2007-365 (.xlsx)», o use su .csv.',
  oldXls: (path: string): string =>
    `${q(path)} es un libro de Excel antiguo (.xls, Excel 97-2003) con otra extensión. Ábralo en Excel o LibreOffice y guárdelo como .xlsx.`,
  passwordProtected: (path: string): string =>
    `${q(path)} está protegido con contraseña, por eso no se puede leer. Ábralo en Excel o LibreOffice con la contraseña, ` +
    'guárdelo de nuevo como .xlsx sin contraseña (Archivo › Guardar como…) y use esa copia.',
  cannotOpenInput: (path: string, code: string | undefined): string =>
    code === 'EACCES' || code === 'EPERM'
      ? `No se puede leer ${q(path)}: su usuario no tiene permiso para abrirlo. Revise los permisos del archivo o cópielo a una carpeta suya.`
      : code === 'ENOENT' || code === 'ENOTDIR'
        ? `No se encontró el archivo de entrada ${q(path)}. Revise la ruta y el nombre.`
        : code === 'EISDIR'
          ? `${q(path)} es una carpeta, no un archivo. Indique el .xlsx o el .csv.`
          : `No se pudo abrir ${q(path)}${code ? ` (código del sistema ${code})` : ''}. Revise que el archivo exista, que se pueda leer y que no esté abierto en otro programa que lo bloquee.`,
  /** What the .xlsx reader could not follow, shown inside readerFailed. */
  readerDetail: {
    noIndex: (): string => 'no se encontró el índice del paquete zip: el archivo está incompleto o no es un zip',
    brokenIndex: (): string => 'el índice del paquete zip está incompleto',
    encryptedPart: (part: string): string => `la parte ${part} está cifrada`,
    misplacedPart: (part: string): string => `la parte ${part} no está donde dice el índice del zip`,
    unknownCompression: (part: string, method: number): string => `la parte ${part} usa un método de compresión (${method}) que este lector no conoce`,
    missingSheetPart: (part: string, sheet: string): string => `falta la parte ${part} de la hoja ${q(sheet)}`,
  },
  readerFailed: (path: string, detail: string): string =>
    `${q(path)} parece un libro de Excel, pero el lector de este programa no logró interpretarlo (${detail}). ` +
    'Puede ser una limitación del lector y no un daño del archivo: ábralo en LibreOffice Calc o Excel, guárdelo de nuevo como .xlsx ' +
    '(Archivo › Guardar como…) y vuelva a intentarlo con esa copia, o use un .csv de la hoja Matriz.',
  notACsv: (path: string): string => `${q(path)} no parece un .csv: no es texto con columnas separadas por comas o punto y coma.`,
  unclosedQuote: (path: string, line: number, field: number): string =>
    `${q(path)}: hay una comilla (") que no se cierra, así que todo lo que sigue quedaría en una sola celda. ` +
    `Revise la línea ${line}${field > 0 ? `, campo ${field}` : ' (la primera con un número impar de comillas)'}. ` +
    'No se exportó nada: cierre la comilla (o quítela) y vuelva a intentarlo.',
  mixedEncoding: (lines: readonly number[]): string =>
    `El archivo mezcla dos codificaciones: ${lines.length === 1 ? 'la línea' : 'las líneas'} ${lines.slice(0, 10).join(', ')}${lines.length > 10 ? '…' : ''} ` +
    'no ' +
    (lines.length === 1 ? 'está' : 'están') +
    ' en UTF-8 y se ' +
    (lines.length === 1 ? 'leyó' : 'leyeron') +
    ' como Windows-1252 (la de Excel). ' +
    'Revise las tildes de esas filas; para evitarlo, guarde el archivo como «CSV UTF-8».',
  noMatriz: (path: string, sheets: readonly string[]): string =>
    `El libro ${q(path)} no tiene la hoja «Matriz»${sheets.length ? ` (tiene: ${sheets.map(q).join(', ')})` : ''}. Descargue el libro completo del seguimiento.`,
  sheetFromTemplate: (sheet: string): string => `El archivo no trae la hoja ${q(sheet)}: se usa la de la plantilla.`,
  sheetUnusableFromTemplate: (sheet: string): string => `La hoja ${q(sheet)} no se puede leer (ver arriba): se usa la de la plantilla.`,
  matrizUnusable: (): string => 'No se exportó nada: corrija los encabezados de la hoja «Matriz» indicados arriba y vuelva a intentarlo.',
  unusableCells: (cells: number): string =>
    `No se exportó nada: ${cells === 1 ? 'una celda de la entrada no se puede usar' : `${count(cells)} celdas de la entrada no se pueden usar`} (vea la lista de arriba). ` +
    'Corríjalas en la hoja y descargue de nuevo, o agregue --forzar para exportar de todos modos (esas celdas cuentan como vacías).',
  problem: (level: 'error' | 'aviso', where: string, message: string): string => `${level === 'error' ? 'Dato no utilizable' : 'Aviso'} — ${where}: ${message}`,
  moreProblems: (more: number): string => `… y ${count(more)} observaciones más del mismo archivo.`,
  cannotWrite: (path: string, detail: string): string => `No se pudo escribir ${q(path)}: ${detail}`,
  /** Why writing failed, from the system's error code, in words; the code itself only as a last resort. */
  writeFailure: (code: string | undefined, folder: string): string => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return `su usuario no tiene permiso para escribir en la carpeta ${q(folder)}. Elija otra carpeta con --salida o pida permiso de escritura.`;
      case 'EROFS':
        return `la carpeta ${q(folder)} está en un disco de solo lectura. Elija otra carpeta con --salida.`;
      case 'ENOSPC':
      case 'EDQUOT':
        return 'no queda espacio en el disco (o se acabó su cuota). Libere espacio o elija otro disco con --salida. No quedó ningún archivo a medias.';
      case 'ENOENT':
      case 'ENOTDIR':
        return `la carpeta ${q(folder)} no existe o una parte de la ruta es un archivo, no una carpeta. Revise la ruta de --salida.`;
      case 'EISDIR':
        return 'ya existe una carpeta con ese nombre. Elija otro nombre de archivo con --salida.';
      case 'EBUSY':
      case 'ETXTBSY':
        return 'el archivo está abierto en otro programa (por ejemplo Excel). Ciérrelo y vuelva a intentarlo.';
      case 'ENAMETOOLONG':
        return 'la ruta es demasiado larga. Use una carpeta o un nombre más corto.';
      default:
        return `el sistema no lo permitió${code ? ` (código ${code})` : ''}. Revise la carpeta de salida y el espacio en disco.`;
    }
  },
  unexpected: (detail: string): string => `La exportación falló por un error inesperado: ${detail}`,
  progress: (step: string, seconds: string): string => `Exportando… ${step} (${seconds} s)`,
  /** The export's phases, as the progress line names them. */
  step: {
    reading: (): string => 'leyendo la entrada',
    readingRows: (name: string, rows: number): string => (rows === 0 ? `leyendo ${name}` : `leyendo ${name}: ${rows.toLocaleString('es-CO')} filas`),
    sheet: (name: string): string => `escribiendo ${name}`,
    rows: (name: string, done: number, total: number): string => `escribiendo ${name}: ${count(done)} de ${count(total)} filas`,
    zipping: (): string => 'comprimiendo y guardando el archivo',
  },
  written: (rows: number, path: string): string => `Listo: ${count(rows)} indicadores exportados a ${path}`,
  // Option values that are missing (shown inside unknownOption).
  entradaWithoutFile: (): string => '--entrada sin archivo',
  salidaWithoutPath: (): string => '--salida sin ruta',
} as const;

/** The workbook's document properties and print footer (Excel's &P = page, &N = pages). */
export const WORKBOOK_TITLE = 'Seguimiento del Plan de Acción de Gobierno en Línea';
export const PRINT_FOOTER = '&CPágina &P de &N';

/** What both Node commands say when an error escaped them (no stack: GEL_DEPURAR=1 adds it). */
export const cliMsg = {
  escaped: (detail: string): string =>
    `El comando se detuvo por un error inesperado: ${detail}\n` +
    'No quedó ningún archivo a medias (se escribe primero como temporal). Si vuelve a pasar, avise a la persona de sistemas con este mensaje ' +
    '(con la variable GEL_DEPURAR=1 el comando muestra también el detalle técnico).',
} as const;
