/**
 * What a user reads about the tracker's own content (template files, headers, cells, Configuración),
 * in Spanish (Colombia). Hosts never build a user-facing sentence themselves: they call one of these.
 * The export command's sentences are in ./export.ts, the report's in ./report.ts, the Sheets menu's
 * in ./sheets.ts.
 */
import { count as n, placeNoun, placeOf, quote as q } from './common';

export const msg = {
  // Template files (an IT person loading another plan).
  templateField: (where: string, field: string, expected: string): string => `Plantilla ${where}: el campo ${q(field)} debe ser ${expected}.`,
  templateDuplicateId: (id: string): string => `Plantilla plan.json: el ID ${q(id)} está repetido; cada indicador necesita un ID propio.`,
  templateSourceMissing: (what: string): string =>
    `Plantilla fuentes.json: falta la fuente de ${what}. Escriba el documento o la norma (${q('documento')}) y su fecha (${q('fecha')}).`,
  unknownTemplate: (name: string, names: readonly string[]): string =>
    `La plantilla ${q(name)} no existe. Las plantillas disponibles son: ${names.map(q).join(', ')}.`,

  // Headers.
  missingSheet: (sheet: string): string => `Falta la hoja ${q(sheet)}. Use «Preparar o reparar la hoja» para crearla.`,
  emptySheet: (sheet: string): string => `La hoja ${q(sheet)} está vacía: le faltan los encabezados de la fila 1.`,
  missingHeader: (header: string): string => `Falta la columna ${q(header)} en la fila de encabezados. Escríbala de nuevo o use «Preparar o reparar la hoja».`,
  missingOptionalHeader: (header: string): string =>
    `Falta la columna ${q(header)} en la fila de encabezados. No impide los cálculos, pero «Preparar o reparar la hoja» la vuelve a poner.`,
  duplicateHeader: (header: string, firstCell: string): string =>
    `La columna ${q(header)} está repetida (la primera está en ${placeOf(firstCell)}); se usa la primera.`,

  // Responsables and their addresses (reminders).
  emailsWithoutName: (): string => 'La fila tiene correos pero no dice de qué responsable son. Escriba el responsable como aparece en la Matriz.',
  notAnEmail: (bad: readonly string[]): string =>
    `${bad.map((b) => q(b)).join(', ')} no ${bad.length === 1 ? 'es un correo válido' : 'son correos válidos'}. Escriba correos como nombre@alcaldia.gov.co, separados por coma.`,
  noEmailFor: (name: string): string =>
    `${q(name)} no tiene correo: no recibirá recordatorios y sus filas de la Matriz quedan protegidas solo con un aviso (cualquiera con acceso de edición puede cambiarlas). Escriba al menos un correo.`,
  responsableTwice: (name: string, firstRow: number): string => `${q(name)} ya está en la fila ${firstRow}; se usan los correos de esa fila.`,
  unlistedResponsable: (name: string): string =>
    `${q(name)} no está en la hoja «Responsables»: no recibirá recordatorios y sus filas de la Matriz quedan protegidas solo con un aviso. Use «Preparar o reparar la hoja» para agregarlo y escriba su correo.`,
  badComiteEmails: (bad: readonly string[]): string =>
    `${bad.map((b) => q(b)).join(', ')} no ${bad.length === 1 ? 'es un correo válido' : 'son correos válidos'}. Escriba los correos del Comité separados por coma.`,

  // Cells.
  missingId: (): string =>
    'La fila tiene datos pero no tiene ID. «Preparar o reparar la hoja» le asigna uno; también puede escribirlo (único, por ejemplo A7).',
  matrizAdopted: (sheet: string): string =>
    `La hoja ${q(sheet)} tiene encabezados de una matriz de plan: ahora se llama «Matriz» y se le agregan las columnas que le faltan (sus datos no cambian).`,
  matrizAdoptedOffline: (sheet: string): string =>
    `El libro no tiene la hoja «Matriz»; la hoja ${q(sheet)} tiene encabezados de una matriz de plan y se lee como tal (en el libro de salida se llama «Matriz»).`,
  columnsAddedOffline: (sheet: string, headers: readonly string[]): string =>
    `La hoja ${q(sheet)} no tiene ${headers.length === 1 ? 'la columna' : 'las columnas'} ${headers.map((h) => q(h)).join(', ')}: el libro de salida ${headers.length === 1 ? 'la agrega vacía' : 'las agrega vacías'}, para diligenciarlas.`,
  /** What Preparar or the export did with rows that had content and no ID; `runs` are consecutive rows with their IDs and cells. */
  idsAssigned: (sheet: string, runs: readonly { readonly ids: readonly string[]; readonly cells: string }[], where: 'celdas' | 'salida'): string => {
    const n = runs.reduce((s, r) => s + r.ids.length, 0);
    const span = (r: { readonly ids: readonly string[] }): string => (r.ids.length === 1 ? r.ids[0] : `${r.ids[0]} a ${r.ids[r.ids.length - 1]}`);
    const place = where === 'celdas' ? `de la hoja ${q(sheet)}` : `de la hoja ${q(sheet)} del libro de salida (el archivo de entrada no cambia)`;
    if (runs.length === 1) {
      const r = runs[0];
      return n === 1
        ? `Se asignó el ID ${r.ids[0]} en la celda ${r.cells} ${place}: la fila tenía datos y no tenía ID.`
        : `Se asignaron los ID ${span(r)} en las celdas ${r.cells} ${place}: esas filas tenían datos y no tenían ID.`;
    }
    const parts = runs.map((r) => `${span(r)} en ${r.cells}`);
    return `Se asignaron ${n} ID ${place}, a filas que tenían datos y no tenían ID: ${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}.`;
  },
  duplicateId: (id: string, firstCell: string): string => `El ID ${q(id)} ya está en ${placeOf(firstCell)}. Cada fila necesita un ID distinto.`,
  unknownFrequency: (text: string): string =>
    `La frecuencia ${q(text)} no está en la tabla de frecuencias de Configuración. Elija una de la lista o agréguela a la tabla con sus meses.`,
  missingFrequency: (): string => 'Falta la frecuencia: sin ella no se puede calcular el próximo vencimiento.',
  dateAsText: (text: string): string => `${q(text)} está escrito como texto, no como fecha. Escriba la fecha como dd/mm/aaaa para que la hoja la reconozca.`,
  badDate: (text: string): string => `${q(text)} no es una fecha válida. Se espera una fecha dd/mm/aaaa.`,
  implausibleDate: (shown: string): string => `La fecha ${shown} parece errada (antes de 1990 o después de 2100). Revísela.`,
  numberAsText: (text: string): string => `${q(text)} no es un número. Se espera un número mayor o igual a 0, sin letras.`,
  notANumber: (): string => 'Se espera un número mayor o igual a 0.',
  negativeNumber: (value: number): string => `El valor ${String(value)} es negativo. Se espera un número mayor o igual a 0.`,
  zeroDenominator: (): string => 'El denominador es 0: el indicador no se puede calcular. Escriba el total que corresponde.',
  missingMeta: (): string => 'Falta la meta (%): sin ella el semáforo queda «Sin medir». Escriba el porcentaje que se espera alcanzar.',
  zeroMeta: (): string => 'La meta es 0 %: el cumplimiento no se puede calcular. Escriba una meta mayor que 0 %.',
  followUpBeforeStart: (): string => 'El último seguimiento es anterior a la fecha de inicio. Revise las dos fechas.',
  numeratorAboveDenominator: (): string => 'El numerador es mayor que el denominador: el indicador pasa de 100 %. Revise los dos valores.',
  missingText: (what: string): string => `Falta ${what}.`,
  badMonths: (text: string): string => `${q(text)} no es un número de meses válido. Se espera un número entero mayor que 0.`,
  badSetting: (label: string, typed: string, expected: string): string => `El parámetro ${q(label)} dice ${q(typed)}, que no es válido: se espera ${expected}.`,
  missingSetting: (label: string): string => `Falta el parámetro ${q(label)} en la columna A de Configuración.`,
  badOrder: (text: string): string => `${q(text)} no es un orden válido. Se espera «territorial» o «nacional».`,
  thresholdsOutOfOrder: (): string => 'El umbral rojo debe ser menor o igual que el umbral amarillo.',
  noFrequencyTable: (): string => 'No se encontró la tabla de frecuencias (encabezados «Frecuencia» y «Meses» en las columnas A y B).',

  // What a reader would otherwise drop or invent.
  dataWithoutHeader: (headerCell: string, count: number): string =>
    `Hay ${count === 1 ? 'un dato' : `${n(count)} datos`} en una columna sin encabezado (${placeOf(headerCell)} está vacía): se perderían. ` +
    `Escriba el encabezado en ${placeOf(headerCell)} (el de la columna que corresponde, o uno nuevo para una columna propia) o mueva esos datos.`,
  mergedHeader: (range: string, topLeft: string): string =>
    `El encabezado está combinado en ${range}: se lee como una sola columna, la de ${topLeft}. Separe las celdas y dé a cada columna su encabezado.`,
  mergedCells: (range: string, topLeft: string): string =>
    `Las celdas ${range} están combinadas: solo ${topLeft} tiene el valor y las demás cuentan como vacías.`,
  noDataRows: (sheet: string): string =>
    `La hoja ${q(sheet)} solo tiene encabezados, ninguna fila de datos: el libro saldría vacío. Revise que sea el archivo correcto.`,
  textTooLong: (length: number, max: number): string =>
    `El texto tiene ${n(length)} caracteres y una celda de Excel admite ${n(max)}: ` +
    `se copian los primeros ${n(max)}. Acórtelo o pase el resto a otra celda.`,
  controlCharacters: (count: number): string =>
    `El texto tiene ${count === 1 ? 'un carácter de control invisible' : `${n(count)} caracteres de control invisibles`} que un .xlsx no puede guardar: se quitan.`,

  // Where a problem is.
  at: (sheet: string, cell: string): string => `Hoja ${q(sheet)}, ${placeNoun(cell)}`,
  atRow: (sheet: string, row: string): string => `Hoja ${q(sheet)}, fila ${row}`,
} as const;

export type MessageKey = keyof typeof msg;

/** What a value should be: the last part of msg.templateField and msg.badSetting. */
export const expected = {
  text: 'un texto',
  number: 'un número',
  object: 'un objeto',
  actionList: 'una lista de acciones',
  indicatorList: 'una lista con al menos un indicador',
  phaseList: 'una lista de fases',
  frequencyList: 'una lista de frecuencias',
  isoDate: 'una fecha aaaa-mm-dd',
  wholeMonths: 'un número entero de meses mayor que 0',
  percent: 'un porcentaje',
  days: 'un número de días mayor o igual a 0',
} as const;

/** Where in a template file a problem is (the first part of msg.templateField). */
export const templatePlace = {
  action: (n: number): string => `plan.json, acción ${n}`,
  indicator: (action: string, n: number): string => `${action}, indicador ${n}`,
  phase: (n: number): string => `fases.json, fase ${n}`,
  frequency: (n: number): string => `frecuencias.json, fila ${n}`,
  /** The name of configuracion.json's top-level object, as the message shows it. */
  configObject: 'configuración',
  /** What a fuentes.json entry gives the source of (msg.templateSourceMissing). */
  sourceOf: {
    plan: 'el plan (plan.json)',
    fases: 'las fases (fases.json)',
    frecuencias: 'las frecuencias (frecuencias.json)',
    configuracion: 'la configuración (configuracion.json)',
    normatividad: 'la normatividad del plan',
    action: (id: string): string => `la acción ${q(id)}`,
  },
} as const;
