import { serialFromIso, type DaySerial } from '../calendar';
import type { FrequencyRow } from '../frequencies';
import type { ConfigTemplate, TrackerTemplate } from '../template/types';
import { CONFIG_HEADERS, CONFIG_ROWS, FREQ_HEADERS, FREQ_HEADER_ROW, FREQ_TABLE_HINT, ORDEN_OPTIONS } from './configuracion';
import { FASES_COLUMNS, type FasesKey } from './fases';
import { MATRIZ_COLUMNS, type MatrizKey } from './matriz';

/** A value the tracker writes at setup: text, a number, a calendar day, or nothing. */
export type SeedValue = string | number | { readonly date: DaySerial } | null;

/** The Matriz's first rows: one per indicator of the plan, plan columns filled, inputs empty but the meta. */
export function initialMatrizRows(t: TrackerTemplate): ReadonlyMap<MatrizKey, SeedValue>[] {
  const rows: Map<MatrizKey, SeedValue>[] = [];
  for (const a of t.plan.acciones) {
    for (const ind of a.indicadores) {
      rows.push(
        new Map<MatrizKey, SeedValue>([
          ['id', ind.id],
          ['accion', a.accion],
          ['beneficios', a.beneficios],
          ['indicadorGestion', a.indicadorGestion],
          ['metas', a.metas],
          ['actividades', a.actividades],
          ['responsables', a.responsables],
          ['recursos', a.recursos],
          ['frecuencia', a.frecuencia],
          ['indicador', ind.nombre],
          ['numeradorDesc', ind.numerador],
          ['denominadorDesc', ind.denominador],
          ['meta', ind.meta],
        ]),
      );
    }
  }
  return rows;
}

export function initialFasesRows(t: TrackerTemplate): ReadonlyMap<FasesKey, SeedValue>[] {
  return t.fases.fases.map((f) => {
    const nac = serialFromIso(f.plazoNacional);
    const ter = serialFromIso(f.plazoTerritorial);
    return new Map<FasesKey, SeedValue>([
      ['id', f.id],
      ['fase', f.fase],
      ['plazoNacional', nac === null ? null : { date: nac }],
      ['plazoTerritorial', ter === null ? null : { date: ter }],
    ]);
  });
}

/** Configuración's grid as values (formulas are rendered separately from CONFIG_ROWS). */
export function initialConfigGrid(t: TrackerTemplate): SeedValue[][] {
  return configGrid(t.configuracion, t.frecuencias.frecuencias);
}

/** Configuración's grid for these settings and frequency table (a copy of an existing tracker keeps its own). */
export function configGrid(c: ConfigTemplate, frecuencias: readonly FrequencyRow[]): SeedValue[][] {
  const valueOf: Record<string, SeedValue> = {
    entidad: c.entidad,
    municipio: c.municipio,
    departamento: c.departamento,
    orden: c.orden,
    diasAviso: c.diasAviso,
    umbralRojo: c.umbralRojo,
    umbralAmarillo: c.umbralAmarillo,
    fechaReferencia: null,
    fechaCalculo: null,
    jefeControlInterno: c.jefeControlInterno,
    alcalde: c.alcalde,
    representanteComite: c.representanteComite,
    carpetaInforme: c.carpetaInforme,
    plantillaInforme: c.plantillaInforme,
    proceso: c.proceso,
    codigoDocumento: c.codigoDocumento,
    versionDocumento: c.versionDocumento,
    elaboroNombre: c.elaboroNombre,
    elaboroCargo: c.elaboroCargo,
    revisoNombre: c.revisoNombre,
    revisoCargo: c.revisoCargo,
    aproboNombre: c.aproboNombre,
    aproboCargo: c.aproboCargo,
  };
  const grid: SeedValue[][] = [[...CONFIG_HEADERS]];
  for (const r of CONFIG_ROWS) grid.push([r.label, valueOf[r.key] ?? null, r.note]);
  grid.push([null, null, null]);
  if (grid.length !== FREQ_HEADER_ROW - 1) throw new Error('Configuracion layout out of step: FREQ_HEADER_ROW does not follow CONFIG_ROWS');
  grid.push([...FREQ_HEADERS]);
  frecuencias.forEach((f, i) => {
    grid.push([f.etiqueta, f.meses, i === 0 ? FREQ_TABLE_HINT : null]);
  });
  return grid;
}

export function templateFrequencies(t: TrackerTemplate): FrequencyRow[] {
  return t.frecuencias.frecuencias.map((f) => ({ etiqueta: f.etiqueta, meses: f.meses }));
}

/** The hidden Listas sheet: the options of small dropdowns (LISTA_ORDEN points at A2:A3). */
export const LISTAS_GRID: readonly (readonly string[])[] = [['Orden de la entidad'], ...ORDEN_OPTIONS.map((o) => [o])];

export const MATRIZ_HEADERS: readonly string[] = MATRIZ_COLUMNS.map((c) => c.header);
export const FASES_HEADERS: readonly string[] = FASES_COLUMNS.map((c) => c.header);
