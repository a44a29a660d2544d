import { MAX_DATE_SERIAL } from '../calendar';
import { literalPattern } from './criteria';
import { ESTADO, NAMED, SEMAFORO, SHEET } from './names';
import type { ColumnSpec, FormatRule, HighlightFill } from './types';

export type MatrizKey =
  | 'id'
  | 'accion'
  | 'beneficios'
  | 'indicadorGestion'
  | 'metas'
  | 'actividades'
  | 'responsables'
  | 'recursos'
  | 'frecuencia'
  | 'indicador'
  | 'numeradorDesc'
  | 'denominadorDesc'
  | 'fechaInicio'
  | 'ultimoSeguimiento'
  | 'numerador'
  | 'denominador'
  | 'meta'
  | 'evidencia'
  | 'observaciones'
  | 'proximoVencimiento'
  | 'diasRestantes'
  | 'valor'
  | 'cumplimiento'
  | 'estado'
  | 'semaforo';

/**
 * "Holds a number" for a cell a person types in. LibreOffice stores TRUE/FALSE as numbers, so
 * ISNUMBER alone would read a checkbox as 1 there and as no number in Excel and Google Sheets.
 */
const isNum = (ref: string): string => `AND(ISNUMBER(${ref}),NOT(ISLOGICAL(${ref})))`;

const nonNegative = { kind: 'numberAtLeast', min: 0, help: 'Escriba un número mayor o igual a 0.' } as const;
const dateInput = { kind: 'date', help: 'Escriba una fecha válida (dd/mm/aaaa).' } as const;

/**
 * The Matriz: the seed's eight columns, what the tracked indicator counts, what staff fill in,
 * then the computed columns. Formulas follow the rules in docs/ARCHITECTURE.md, and status.ts mirrors them.
 */
export const MATRIZ_COLUMNS: readonly ColumnSpec<MatrizKey>[] = [
  {
    key: 'id',
    header: 'ID',
    aliases: ['codigo', 'cod', 'id indicador', 'no', 'n', 'numero', 'nro', 'item', 'consecutivo'],
    role: 'plan',
    format: 'text',
    width: 60,
    required: true,
    note: 'Identificador estable de la acción y su indicador (A1, A2.1…). No lo repita ni lo cambie: el seguimiento lo usa.',
  },
  {
    key: 'accion',
    header: 'ACCIÓN',
    aliases: ['accion', 'acciones', 'actividad', 'accion estrategica', 'linea de accion'],
    role: 'plan',
    format: 'longText',
    width: 280,
    required: true,
    note: 'Acción del Marco operativo del Plan de Acción.',
  },
  {
    key: 'beneficios',
    header: 'BENEFICIOS PARA LOS CIUDADANOS',
    aliases: ['beneficios', 'beneficio', 'beneficio para los ciudadanos', 'beneficios ciudadanos'],
    role: 'plan',
    format: 'longText',
    width: 200,
    required: false,
    note: 'Beneficio que la acción trae a los ciudadanos, según el plan.',
  },
  {
    key: 'indicadorGestion',
    header: 'INDICADOR DE GESTIÓN',
    aliases: ['indicador de gestion plan'],
    role: 'plan',
    format: 'longText',
    width: 200,
    required: false,
    note: 'Indicador tal como lo escribe el plan. Cuando nombra dos, cada uno tiene su fila.',
  },
  {
    key: 'metas',
    header: 'METAS',
    aliases: ['metas plan'],
    role: 'plan',
    format: 'text',
    width: 70,
    required: false,
    note: 'Metas tal como las escribe el plan. La meta que se mide va en "Meta (%)".',
  },
  {
    key: 'actividades',
    header: 'ACTIVIDADES',
    aliases: ['tareas', 'actividades a desarrollar'],
    role: 'plan',
    format: 'longText',
    width: 220,
    required: false,
    note: 'Actividades previstas para la acción.',
  },
  {
    key: 'responsables',
    header: 'RESPONSABLES',
    aliases: ['responsable', 'responsable s', 'responsables s', 'dependencia responsable', 'area responsable'],
    role: 'plan',
    format: 'longText',
    width: 180,
    required: true,
    note: 'Quién responde por la acción. El Tablero agrupa por este texto.',
  },
  {
    key: 'recursos',
    header: 'RECURSOS',
    aliases: ['recurso', 'presupuesto'],
    role: 'plan',
    format: 'longText',
    width: 150,
    required: false,
    note: 'Recursos previstos.',
  },
  {
    key: 'frecuencia',
    header: 'TIEMPOS DE FRECUENCIA',
    aliases: [
      'frecuencia',
      'tiempo de frecuencia',
      'periodicidad',
      'frecuencia de seguimiento',
      'periodicidad del seguimiento',
      'frecuencia de medicion',
      'periodicidad de medicion',
    ],
    role: 'plan',
    format: 'longText',
    width: 170,
    required: true,
    validation: { kind: 'list', source: NAMED.frecuenciasEtiquetas, strict: false, help: 'Elija una frecuencia de la tabla de Configuración.' },
    note: 'Cada cuánto se hace seguimiento. Debe estar en la tabla de frecuencias de Configuración (se ignoran mayúsculas y espacios).',
  },
  {
    key: 'indicador',
    header: 'Indicador a medir',
    aliases: ['indicador', 'indicadores', 'nombre del indicador', 'indicador de resultado', 'indicador de producto'],
    role: 'plan',
    format: 'longText',
    width: 200,
    required: true,
    note: 'El indicador que esta fila mide.',
  },
  {
    key: 'numeradorDesc',
    header: 'Numerador (qué cuenta)',
    aliases: ['que cuenta el numerador'],
    role: 'plan',
    format: 'longText',
    width: 180,
    required: false,
    note: 'Qué se cuenta en el numerador del indicador.',
  },
  {
    key: 'denominadorDesc',
    header: 'Denominador (qué cuenta)',
    aliases: ['que cuenta el denominador'],
    role: 'plan',
    format: 'longText',
    width: 180,
    required: false,
    note: 'Qué se cuenta en el denominador del indicador.',
  },
  {
    key: 'fechaInicio',
    header: 'Fecha de inicio',
    aliases: ['inicio', 'fecha inicio', 'fecha inicial', 'fecha de inicio de la accion'],
    role: 'input',
    format: 'date',
    width: 100,
    required: true,
    validation: dateInput,
    note: 'Fecha en que empezó la acción (dd/mm/aaaa). Sin ella ni último seguimiento, la fila queda "Sin programar".',
  },
  {
    key: 'ultimoSeguimiento',
    header: 'Último seguimiento',
    aliases: ['ultimo seguimiento', 'fecha ultimo seguimiento', 'fecha de seguimiento', 'fecha del ultimo seguimiento'],
    role: 'input',
    format: 'date',
    width: 110,
    required: true,
    validation: dateInput,
    note: 'Fecha del último seguimiento hecho (dd/mm/aaaa). El próximo vence una frecuencia después.',
  },
  {
    key: 'numerador',
    header: 'Numerador',
    aliases: ['valor numerador'],
    role: 'input',
    format: 'number',
    width: 100,
    required: true,
    validation: nonNegative,
    note: 'Cantidad medida para el numerador (número mayor o igual a 0).',
  },
  {
    key: 'denominador',
    header: 'Denominador',
    aliases: ['valor denominador'],
    role: 'input',
    format: 'number',
    width: 100,
    required: true,
    validation: nonNegative,
    note: 'Cantidad total para el denominador (número mayor que 0).',
  },
  {
    key: 'meta',
    header: 'Meta (%)',
    aliases: ['meta', 'meta porcentaje', 'meta %', 'porcentaje meta'],
    role: 'input',
    format: 'percent',
    width: 80,
    required: true,
    validation: nonNegative,
    note: 'Porcentaje que se espera alcanzar (100 % = cumplir todo). Sin meta, el semáforo queda "Sin medir".',
  },
  {
    key: 'evidencia',
    header: 'Evidencia',
    aliases: ['evidencia enlace', 'enlace evidencia', 'evidencias', 'soporte', 'soportes', 'medio de verificacion', 'fuente de verificacion'],
    role: 'input',
    format: 'longText',
    width: 180,
    required: false,
    note: 'Enlace o referencia al soporte del avance.',
  },
  {
    key: 'observaciones',
    header: 'Observaciones de Control Interno',
    aliases: ['observaciones'],
    role: 'input',
    format: 'longText',
    width: 220,
    required: false,
    note: 'Observaciones de la Oficina de Control Interno; pasan al informe semestral.',
  },
  {
    key: 'proximoVencimiento',
    header: 'Próximo vencimiento',
    aliases: ['proximo vencimiento'],
    role: 'computed',
    format: 'date',
    width: 110,
    required: false,
    note: 'Calculado: último seguimiento (o, sin él, fecha de inicio) más los meses de la frecuencia.',
    formula: (r) => {
      const u = r('ultimoSeguimiento');
      const i = r('fechaInicio');
      const base = `IF(${isNum(u)},${u},${i})`;
      // Months must be a number: an empty table cell would otherwise count as 0 months in Sheets.
      // The frecuencia is typed by a person: looked up literally, not as a wildcard pattern.
      const months = `VLOOKUP(${literalPattern(`TRIM(${r('frecuencia')})`)},${NAMED.frecuencias},2,FALSE)`;
      // Dates past 31/12/9999 are no dates in any host, and EDATE on them hangs LibreOffice.
      return (
        `IF(AND(NOT(${isNum(u)}),NOT(${isNum(i)})),"",` +
        `IF(OR(${base}<0,${base}>${MAX_DATE_SERIAL}),"",` +
        `IFERROR(IF(ISNUMBER(${months}),EDATE(${base},${months}),""),"")))`
      );
    },
  },
  {
    key: 'diasRestantes',
    header: 'Días restantes',
    aliases: ['dias restantes'],
    role: 'computed',
    format: 'integer',
    width: 80,
    required: false,
    note: 'Calculado: días que faltan hasta el próximo vencimiento (negativo si ya pasó), contados desde la fecha de cálculo de Configuración.',
    formula: (r) => `IF(ISNUMBER(${r('proximoVencimiento')}),${r('proximoVencimiento')}-${NAMED.fechaCalculo},"")`,
  },
  {
    key: 'valor',
    header: 'Valor del indicador',
    aliases: ['valor'],
    role: 'computed',
    format: 'percent',
    width: 90,
    required: false,
    note: 'Calculado: numerador ÷ denominador.',
    formula: (r) =>
      `IF(AND(${isNum(r('numerador'))},${isNum(r('denominador'))}),IF(AND(${r('numerador')}>=0,${r('denominador')}>0),${r('numerador')}/${r('denominador')},""),"")`,
  },
  {
    key: 'cumplimiento',
    header: 'Cumplimiento de la meta',
    aliases: ['cumplimiento'],
    role: 'computed',
    format: 'percent',
    width: 100,
    required: false,
    note: 'Calculado: valor ÷ meta, hasta 100 %.',
    formula: (r) => `IF(AND(ISNUMBER(${r('valor')}),${isNum(r('meta'))}),IF(${r('meta')}>0,MIN(1,ROUND(${r('valor')}/${r('meta')},6)),""),"")`,
  },
  {
    key: 'estado',
    header: 'Estado',
    aliases: ['estado oportunidad'],
    role: 'computed',
    format: 'text',
    width: 100,
    required: false,
    note: 'Calculado: Vencida si pasó el vencimiento, Por vencer dentro de los días de aviso, Al día si no; Sin programar sin fechas o con frecuencia desconocida.',
    formula: (r) =>
      `IF(NOT(ISNUMBER(${r('diasRestantes')})),"${ESTADO.sinProgramar}",IF(${r('diasRestantes')}<0,"${ESTADO.vencida}",IF(${r('diasRestantes')}<=${NAMED.diasAviso},"${ESTADO.porVencer}","${ESTADO.alDia}")))`,
  },
  {
    key: 'semaforo',
    header: 'Semáforo',
    aliases: ['semaforo'],
    role: 'computed',
    format: 'text',
    width: 90,
    required: false,
    note: 'Calculado: Rojo, Amarillo o Verde según los umbrales de Configuración; Sin medir sin datos.',
    formula: (r) =>
      `IF(NOT(ISNUMBER(${r('cumplimiento')})),"${SEMAFORO.sinMedir}",IF(${r('cumplimiento')}<${NAMED.umbralRojo},"${SEMAFORO.rojo}",IF(${r('cumplimiento')}<${NAMED.umbralAmarillo},"${SEMAFORO.amarillo}","${SEMAFORO.verde}")))`,
  },
];

export const FILL = {
  red: { background: '#F4C7C3', font: '#9C0006' },
  amber: { background: '#FCE8B2', font: '#7F6000' },
  green: { background: '#D9EAD3', font: '#274E13' },
  grey: { background: '#EFEFEF', font: '#434343' },
} as const satisfies Record<string, HighlightFill>;

/** The colour of each status, in the Matriz highlights and in the report's cells alike (the others stay uncoloured). */
export const ESTADO_FILL = { [ESTADO.vencida]: FILL.red, [ESTADO.porVencer]: FILL.amber, [ESTADO.alDia]: FILL.green } as const;
export const SEMAFORO_FILL = { [SEMAFORO.rojo]: FILL.red, [SEMAFORO.amarillo]: FILL.amber, [SEMAFORO.verde]: FILL.green } as const;

const DEADLINE_COLUMNS: readonly MatrizKey[] = ['proximoVencimiento', 'diasRestantes', 'estado'];
/** The compliance cell takes its semáforo's colours too, so its bar sits on the semáforo's colour. */
const SEMAFORO_COLUMNS: readonly MatrizKey[] = ['cumplimiento', 'semaforo'];
/** The in-cell bar (Excel) only measures: neutral grey, on the cell's semáforo colour. */
export const COMPLIANCE_BAR_COLOR = '#8C8C8C';
/** The bar's colour before it was neutral: a Sheets colour scale of that colour is ours (and is removed). */
export const LEGACY_COMPLIANCE_BAR_COLOR = '#6AA84F';

export const MATRIZ_RULES: readonly FormatRule<MatrizKey>[] = [
  { kind: 'rowEquals', sheet: SHEET.matriz, columns: DEADLINE_COLUMNS, column: 'estado', equals: ESTADO.vencida, fill: ESTADO_FILL[ESTADO.vencida] },
  { kind: 'rowEquals', sheet: SHEET.matriz, columns: DEADLINE_COLUMNS, column: 'estado', equals: ESTADO.porVencer, fill: ESTADO_FILL[ESTADO.porVencer] },
  { kind: 'rowEquals', sheet: SHEET.matriz, columns: ['estado'], column: 'estado', equals: ESTADO.alDia, fill: ESTADO_FILL[ESTADO.alDia] },
  { kind: 'rowEquals', sheet: SHEET.matriz, columns: SEMAFORO_COLUMNS, column: 'semaforo', equals: SEMAFORO.rojo, fill: SEMAFORO_FILL[SEMAFORO.rojo] },
  { kind: 'rowEquals', sheet: SHEET.matriz, columns: SEMAFORO_COLUMNS, column: 'semaforo', equals: SEMAFORO.amarillo, fill: SEMAFORO_FILL[SEMAFORO.amarillo] },
  { kind: 'rowEquals', sheet: SHEET.matriz, columns: SEMAFORO_COLUMNS, column: 'semaforo', equals: SEMAFORO.verde, fill: SEMAFORO_FILL[SEMAFORO.verde] },
  { kind: 'dataBar', sheet: SHEET.matriz, column: 'cumplimiento', color: COMPLIANCE_BAR_COLOR },
];

export function matrizColumn(key: MatrizKey): ColumnSpec<MatrizKey> {
  const col = MATRIZ_COLUMNS.find((c) => c.key === key);
  if (!col) throw new Error(`Unknown Matriz column ${key}`);
  return col;
}
