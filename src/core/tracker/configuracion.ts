import type { ConfigTemplate, FrequencyEntry } from '../template/types';
import { columnLetter } from './a1';
import { NAMED, ORDEN, SHEET, type NamedRangeName } from './names';
import { tableroResumenRange } from './tablero-resumen';
import type { CellFormat, Validation } from './types';

export type ConfigKey = keyof ConfigTemplate | 'fechaReferencia' | 'fechaCalculo' | ReminderConfigKey;

/** Reminders' rows (issue 12): the Comité's addresses (typed by a person) and two rows the add-on writes. */
export type ReminderConfigKey = 'correosComite' | 'recordatorios' | 'recordatoriosEnvio';

export interface ConfigRowSpec {
  readonly key: ConfigKey;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly name: NamedRangeName;
  readonly format: CellFormat;
  readonly note: string;
  readonly validation?: Validation;
  /** A computed setting (formula without '='); the others are typed by a person. */
  readonly formula?: string;
  /** Written by the add-on (e.g. who turned reminders on), not by a person: missing is only an aviso. */
  readonly written?: true;
  /** May stay empty and nothing else depends on it: missing is only an aviso. */
  readonly optional?: true;
}

/** A text setting that may stay empty (missing is only an aviso). */
const optionalText = (key: ConfigKey, label: string, name: NamedRangeName, note: string): ConfigRowSpec => ({
  key,
  label,
  aliases: [],
  name,
  format: 'text',
  optional: true,
  note,
});

/**
 * The report as a controlled document (issue 11): the header block's process, code and version, and
 * who signs by role. Control Interno elaborates and signs its own follow-up (Ley 87 de 1993 arts. 9
 * and 12; Decreto 648 de 2017 art. 17, the role «evaluación y seguimiento»): the Alcalde does not
 * sign an evaluation made of his administration, so no default role is his.
 */
const DOCUMENT_ROWS: readonly ConfigRowSpec[] = [
  optionalText(
    'proceso',
    'Proceso (encabezado del informe)',
    NAMED.proceso,
    'Proceso del sistema de gestión al que pertenece el informe, como va en el encabezado (p. ej. «Evaluación independiente»).',
  ),
  optionalText(
    'codigoDocumento',
    'Código del documento',
    NAMED.codigoDocumento,
    'Código del formato en el listado maestro de documentos de la entidad (p. ej. «EI-F-03»). Vacío: el encabezado dice «Sin código».',
  ),
  optionalText('versionDocumento', 'Versión del documento', NAMED.versionDocumento, 'Versión del formato en el listado maestro de documentos (p. ej. «1»).'),
  optionalText(
    'elaboroNombre',
    'Elaboró — nombre',
    NAMED.elaboroNombre,
    'Quien elabora el informe de seguimiento (la Oficina de Control Interno). Vacío: el nombre de «Jefe de Control Interno», o una línea para escribirlo a mano.',
  ),
  optionalText('elaboroCargo', 'Elaboró — cargo', NAMED.elaboroCargo, 'Cargo de quien elabora el informe.'),
  optionalText(
    'revisoNombre',
    'Revisó — nombre',
    NAMED.revisoNombre,
    'Opcional: quien revisa el informe (p. ej. otro profesional de Control Interno). Con nombre y cargo vacíos, el informe no lleva esta firma.',
  ),
  optionalText('revisoCargo', 'Revisó — cargo', NAMED.revisoCargo, 'Cargo de quien revisa.'),
  optionalText(
    'aproboNombre',
    'Aprobó — nombre',
    NAMED.aproboNombre,
    'Opcional: quien aprueba el informe dentro de Control Interno. Con nombre y cargo vacíos, el informe no lleva esta firma. El Alcalde no firma la evaluación que Control Interno hace de su administración.',
  ),
  optionalText('aproboCargo', 'Aprobó — cargo', NAMED.aproboCargo, 'Cargo de quien aprueba.'),
];

/** Configuración: column A the setting, B its value (named), C what it means. */
export const CONFIG_HEADERS = ['Parámetro', 'Valor', 'Explicación'] as const;
/** Widths of Configuración's columns A–C in pixels (Excel gets them as characters of about 7 px). */
export const CONFIG_COLUMN_WIDTHS = [300, 260, 460] as const;

export const CONFIG_ROWS: readonly ConfigRowSpec[] = [
  { key: 'entidad', label: 'Entidad', aliases: [], name: NAMED.entidad, format: 'text', note: 'Nombre de la entidad que reporta, como va en el informe.' },
  { key: 'municipio', label: 'Municipio', aliases: [], name: NAMED.municipio, format: 'text', note: 'Municipio.' },
  { key: 'departamento', label: 'Departamento', aliases: [], name: NAMED.departamento, format: 'text', note: 'Departamento.' },
  {
    key: 'orden',
    label: 'Orden de la entidad',
    aliases: ['orden'],
    name: NAMED.orden,
    format: 'text',
    validation: { kind: 'list', source: NAMED.listaOrden, strict: true, help: 'Elija territorial o nacional.' },
    note: 'territorial o nacional: decide qué plazos del Decreto 1151 aplican en Fases.',
  },
  {
    key: 'diasAviso',
    label: 'Días de aviso',
    aliases: ['dias de aviso'],
    name: NAMED.diasAviso,
    format: 'integer',
    validation: { kind: 'numberAtLeast', min: 0, help: 'Escriba un número de días mayor o igual a 0.' },
    note: 'Una acción pasa a "Por vencer" cuando faltan estos días o menos para su vencimiento.',
  },
  {
    key: 'umbralRojo',
    label: 'Umbral rojo (cumplimiento menor que)',
    aliases: ['umbral rojo'],
    name: NAMED.umbralRojo,
    format: 'percent',
    validation: { kind: 'numberAtLeast', min: 0, help: 'Escriba un porcentaje.' },
    note: 'Por debajo de este cumplimiento el semáforo es Rojo.',
  },
  {
    key: 'umbralAmarillo',
    label: 'Umbral amarillo (cumplimiento menor que)',
    aliases: ['umbral amarillo'],
    name: NAMED.umbralAmarillo,
    format: 'percent',
    validation: { kind: 'numberAtLeast', min: 0, help: 'Escriba un porcentaje.' },
    note: 'Por debajo de este cumplimiento (y desde el umbral rojo) el semáforo es Amarillo; desde aquí, Verde.',
  },
  {
    key: 'fechaReferencia',
    label: 'Fecha de referencia (vacía = hoy)',
    aliases: ['fecha de referencia'],
    name: NAMED.fechaReferencia,
    format: 'date',
    validation: { kind: 'date', help: 'Escriba una fecha (dd/mm/aaaa) o deje la celda vacía.' },
    note: 'Déjela vacía para calcular con la fecha de hoy; escriba una fecha para ver la matriz como estaba a esa fecha (por ejemplo, un corte).',
  },
  {
    key: 'fechaCalculo',
    label: 'Fecha de cálculo',
    aliases: [],
    name: NAMED.fechaCalculo,
    format: 'date',
    formula: `IF(ISNUMBER(${NAMED.fechaReferencia}),INT(${NAMED.fechaReferencia}),TODAY())`,
    note: 'Calculada: la fecha con la que se cuentan los días restantes.',
  },
  {
    key: 'jefeControlInterno',
    label: 'Jefe de Control Interno',
    aliases: [],
    name: NAMED.jefeControlInterno,
    format: 'text',
    note: 'Nombre para la firma del informe.',
  },
  { key: 'alcalde', label: 'Alcalde Municipal', aliases: ['alcalde'], name: NAMED.alcalde, format: 'text', note: 'Nombre para la firma del informe.' },
  {
    key: 'representanteComite',
    label: 'Representante del Comité GEL-T',
    aliases: ['comite gel t'],
    name: NAMED.representanteComite,
    format: 'text',
    note: 'Nombre para la firma del informe.',
  },
  ...DOCUMENT_ROWS,
  {
    key: 'carpetaInforme',
    label: 'Carpeta del informe (enlace o ID de Drive)',
    aliases: ['carpeta del informe'],
    name: NAMED.carpetaInforme,
    format: 'text',
    note: 'Carpeta de Google Drive para el informe y su PDF. Vacía: junto a la hoja. Un nombre (p. ej. «Informes GEL-T»): el complemento la crea en Mi unidad y la reutiliza.',
  },
  {
    key: 'plantillaInforme',
    label: 'Plantilla del informe (enlace o ID de Google Docs)',
    aliases: ['plantilla del informe'],
    name: NAMED.plantillaInforme,
    format: 'text',
    note: 'Opcional: un Google Doc con {{marcadores}} que el informe llena, para conservar el formato de la entidad.',
  },
  {
    key: 'correosComite',
    label: 'Correos del Comité GEL-T',
    aliases: ['correos del comite'],
    name: NAMED.correosComite,
    format: 'text',
    optional: true,
    note: 'Correos que reciben el resumen semanal de recordatorios, separados por coma (p. ej. comite@alcaldia.gov.co, alcalde@alcaldia.gov.co).',
  },
  {
    key: 'recordatorios',
    label: 'Recordatorios por correo',
    aliases: ['recordatorios'],
    name: NAMED.recordatorios,
    format: 'text',
    written: true,
    note: 'Lo escribe el complemento: quién activó los recordatorios diarios y desde cuándo. Se activan y desactivan desde el menú.',
  },
  {
    key: 'recordatoriosEnvio',
    label: 'Último envío de recordatorios',
    aliases: ['ultimo envio de recordatorios'],
    name: NAMED.recordatoriosEnvio,
    format: 'text',
    written: true,
    note: 'Lo escribe el complemento en cada envío diario: cuántos correos salieron, cuántos quedan para mañana por el cupo diario, o el error si el envío falló.',
  },
  {
    key: 'correosControlInterno',
    label: 'Correos de Control Interno',
    aliases: ['correos control interno'],
    name: NAMED.correosControlInterno,
    format: 'text',
    note: 'Correos de la Oficina de Control Interno, separados por comas: solo ellos escriben las observaciones y revisan los cortes. Vacío: esas columnas solo muestran un aviso.',
  },
  {
    key: 'correosAdministradores',
    label: 'Correos de administradores',
    aliases: ['correos administradores'],
    name: NAMED.correosAdministradores,
    format: 'text',
    note: 'Correos de quienes administran la hoja, separados por comas: cambian el plan, la Configuración y las fórmulas. Vacío: esas partes solo muestran un aviso.',
  },
];

/** First row of the settings (after the header row). */
export const CONFIG_FIRST_ROW = 2;
/** The frequency table's header row, below the settings with one blank row between. */
export const FREQ_HEADER_ROW = CONFIG_FIRST_ROW + CONFIG_ROWS.length + 1;
export const FREQ_HEADERS = ['Frecuencia', 'Meses', 'Explicación'] as const;
/** The note beside the first frequency of a new Configuración. */
export const FREQ_TABLE_HINT = 'Agregue filas aquí con otras frecuencias o formas de escribirlas.';
/** Empty rows kept inside the FRECUENCIAS range so a person can add frequencies. */
export const FREQ_SPARE_ROWS = 10;

export function configRow(key: ConfigKey): number {
  const i = CONFIG_ROWS.findIndex((r) => r.key === key);
  if (i < 0) throw new Error(`Unknown setting ${key}`);
  return CONFIG_FIRST_ROW + i;
}

export function frequencyRange(entries: readonly FrequencyEntry[]): { first: number; last: number } {
  const first = FREQ_HEADER_ROW + 1;
  return { first, last: first + entries.length + FREQ_SPARE_ROWS - 1 };
}

export const ORDEN_OPTIONS: readonly string[] = [ORDEN.territorial, ORDEN.nacional];

/** Where a named range points: a sheet and an A1 range (absolute when rendered). */
export interface NamedRangeSpec {
  readonly name: NamedRangeName;
  readonly sheet: string;
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/**
 * Every named range of the tracker. `frequencyRows` is how many frequencies the table holds
 * (spare rows are added); `listaOrden` is where the hidden Listas sheet keeps the order options.
 */
export function namedRanges(
  frequencyRows: number,
  settingsRowOf: (key: ConfigKey) => number = configRow,
  frequencyHeaderRow = FREQ_HEADER_ROW,
): NamedRangeSpec[] {
  const out: NamedRangeSpec[] = CONFIG_ROWS.map((r) => {
    const row = settingsRowOf(r.key);
    return { name: r.name, sheet: SHEET.configuracion, firstRow: row, firstCol: 2, lastRow: row, lastCol: 2 };
  });
  const first = frequencyHeaderRow + 1;
  const last = first + frequencyRows + FREQ_SPARE_ROWS - 1;
  out.push({ name: NAMED.frecuencias, sheet: SHEET.configuracion, firstRow: first, firstCol: 1, lastRow: last, lastCol: 2 });
  out.push({ name: NAMED.frecuenciasEtiquetas, sheet: SHEET.configuracion, firstRow: first, firstCol: 1, lastRow: last, lastCol: 1 });
  out.push({ name: NAMED.listaOrden, sheet: SHEET.listas, firstRow: 2, firstCol: 1, lastRow: 1 + ORDEN_OPTIONS.length, lastCol: 1 });
  // What a departmental Consolidado imports with IMPORTRANGE (src/core/consolidado-sheets.ts).
  out.push(tableroResumenRange());
  return out;
}

/** "'Configuración'!$B$7" or "'Configuración'!$A$18:$B$37". */
export function namedRangeReference(n: NamedRangeSpec): string {
  const start = `$${columnLetter(n.firstCol)}$${n.firstRow}`;
  const end = `$${columnLetter(n.lastCol)}$${n.lastRow}`;
  const sheet = `'${n.sheet.replace(/'/g, "''")}'`;
  return n.firstRow === n.lastRow && n.firstCol === n.lastCol ? `${sheet}!${start}` : `${sheet}!${start}:${end}`;
}
