import { ESTADO_FASE, NAMED, ORDEN, SHEET } from './names';
import { FILL } from './matriz';
import type { ColumnSpec, FormatRule } from './types';

export type FasesKey = 'id' | 'fase' | 'plazoNacional' | 'plazoTerritorial' | 'plazoAplicable' | 'fechaCumplimiento' | 'evidencia' | 'estado';

/** Fases: the five phases of Decreto 1151 de 2008 with the seed's deadlines. */
export const FASES_COLUMNS: readonly ColumnSpec<FasesKey>[] = [
  { key: 'id', header: 'ID', aliases: [], role: 'plan', format: 'text', width: 50, required: true, note: 'Identificador de la fase.' },
  {
    key: 'fase',
    header: 'Fase',
    aliases: [],
    role: 'plan',
    format: 'text',
    width: 190,
    required: true,
    note: 'Fase de la Estrategia de Gobierno en Línea (Decreto 1151 de 2008).',
  },
  {
    key: 'plazoNacional',
    header: 'Plazo entidades del orden nacional',
    aliases: ['plazo nacional'],
    role: 'plan',
    format: 'date',
    width: 130,
    required: true,
    note: 'Plazo del Decreto 1151 para entidades del orden nacional.',
  },
  {
    key: 'plazoTerritorial',
    header: 'Plazo entidades del orden territorial',
    aliases: ['plazo territorial'],
    role: 'plan',
    format: 'date',
    width: 130,
    required: true,
    note: 'Plazo del Decreto 1151 para entidades del orden territorial.',
  },
  {
    key: 'plazoAplicable',
    header: 'Plazo aplicable',
    aliases: [],
    role: 'computed',
    format: 'date',
    width: 110,
    required: false,
    note: 'Calculado: el plazo del orden de la entidad (Configuración).',
    formula: (r) => `IF(${NAMED.orden}="${ORDEN.nacional}",${r('plazoNacional')},${r('plazoTerritorial')})`,
  },
  {
    key: 'fechaCumplimiento',
    header: 'Fecha de cumplimiento',
    aliases: ['fecha cumplida'],
    role: 'input',
    format: 'date',
    width: 120,
    required: true,
    validation: { kind: 'date', help: 'Escriba una fecha válida (dd/mm/aaaa).' },
    note: 'Fecha en que la entidad cumplió la fase.',
  },
  {
    key: 'evidencia',
    header: 'Evidencia',
    aliases: [],
    role: 'input',
    format: 'longText',
    width: 200,
    required: false,
    note: 'Enlace o referencia al soporte.',
  },
  {
    key: 'estado',
    header: 'Estado',
    aliases: [],
    role: 'computed',
    format: 'text',
    width: 110,
    required: false,
    note: 'Calculado: Cumplida, Cumplida tarde, Vencida (plazo pasado sin cumplir) o Pendiente.',
    formula: (r) =>
      `IF(NOT(ISNUMBER(${r('plazoAplicable')})),"${ESTADO_FASE.sinPlazo}",IF(ISNUMBER(${r('fechaCumplimiento')}),IF(${r('fechaCumplimiento')}<=${r('plazoAplicable')},"${ESTADO_FASE.cumplida}","${ESTADO_FASE.cumplidaTarde}"),IF(${NAMED.fechaCalculo}>${r('plazoAplicable')},"${ESTADO_FASE.vencida}","${ESTADO_FASE.pendiente}")))`,
  },
];

/** The colour of each phase status, in the Fases highlights and in the report alike. */
export const FASE_FILL = { [ESTADO_FASE.vencida]: FILL.red, [ESTADO_FASE.cumplidaTarde]: FILL.amber, [ESTADO_FASE.cumplida]: FILL.green } as const;

export const FASES_RULES: readonly FormatRule<FasesKey>[] = [
  { kind: 'rowEquals', sheet: SHEET.fases, columns: ['estado'], column: 'estado', equals: ESTADO_FASE.vencida, fill: FASE_FILL[ESTADO_FASE.vencida] },
  {
    kind: 'rowEquals',
    sheet: SHEET.fases,
    columns: ['estado'],
    column: 'estado',
    equals: ESTADO_FASE.cumplidaTarde,
    fill: FASE_FILL[ESTADO_FASE.cumplidaTarde],
  },
  { kind: 'rowEquals', sheet: SHEET.fases, columns: ['estado'], column: 'estado', equals: ESTADO_FASE.cumplida, fill: FASE_FILL[ESTADO_FASE.cumplida] },
];
