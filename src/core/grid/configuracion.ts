import type { DaySerial } from '../calendar';
import type { FrequencyRow } from '../frequencies';
import { expected, msg } from '../messages';
import type { ConfigTemplate, EntityOrder } from '../template/types';
import { a1 } from '../tracker/a1';
import { CONFIG_ROWS, FREQ_HEADERS, type ConfigKey } from '../tracker/configuracion';
import { SHEET } from '../tracker/names';
import { foldForMatch } from '../text';
import { isBlank, readDate, readNumber, readText } from './cells';
import type { Grid, Problem, ReadOptions } from './types';

/** Configuración as read: the template's settings, plus the reference date and the frequency table. */
export interface Settings extends ConfigTemplate {
  /** A fixed date to compute with; null means today. */
  readonly fechaReferencia: DaySerial | null;
  readonly frecuencias: readonly FrequencyRow[];
}

export interface ParsedConfiguracion {
  readonly settings: Settings;
  /** Sheet row of each setting found (1-based). */
  readonly rowOf: ReadonlyMap<ConfigKey, number>;
  /** Sheet row of the frequency table's header, when found. */
  readonly frequencyHeaderRow: number | null;
  readonly problems: readonly Problem[];
}

/**
 * Reads Configuración: settings found by their label in column A (any row), the frequency table
 * under its «Frecuencia | Meses» header. Missing or bad settings fall back to the template's
 * defaults and are reported, so a report can still be made.
 */
export function parseConfiguracion(grid: Grid, defaults: ConfigTemplate, defaultFrequencies: readonly FrequencyRow[], opts: ReadOptions): ParsedConfiguracion {
  const sheet = SHEET.configuracion;
  const problems: Problem[] = [];
  const rowOf = new Map<ConfigKey, number>();
  const labelOf = new Map<string, ConfigKey>();
  for (const r of CONFIG_ROWS) for (const l of [r.label, ...r.aliases]) labelOf.set(foldForMatch(l), r.key);

  let frequencyHeaderRow: number | null = null;
  grid.forEach((line, i) => {
    const label = foldForMatch(readText(line[0], opts));
    if (frequencyHeaderRow === null && label === foldForMatch(FREQ_HEADERS[0]) && foldForMatch(readText(line[1], opts)) === foldForMatch(FREQ_HEADERS[1])) {
      frequencyHeaderRow = i + 1;
      return;
    }
    if (frequencyHeaderRow !== null) return;
    const key = labelOf.get(label);
    if (key !== undefined && !rowOf.has(key)) rowOf.set(key, i + 1);
  });

  const value = (key: ConfigKey) => {
    const row = rowOf.get(key);
    return row === undefined ? undefined : grid[row - 1]?.[1];
  };
  const cellOf = (key: ConfigKey): string => a1(rowOf.get(key) ?? 1, 2);
  const labelFor = (key: ConfigKey): string => CONFIG_ROWS.find((r) => r.key === key)?.label ?? key;
  const report = (key: ConfigKey, message: string, level: Problem['level'] = 'error'): void => {
    problems.push({ sheet, cell: rowOf.has(key) ? cellOf(key) : 'A:A', message, level, kind: rowOf.has(key) ? 'value' : 'missingSetting' });
  };

  for (const r of CONFIG_ROWS) {
    if (!rowOf.has(r.key)) report(r.key, msg.missingSetting(r.label), r.formula || r.written || r.optional ? 'aviso' : 'error');
  }
  const text = (key: keyof ConfigTemplate & ConfigKey): string => {
    const v = value(key);
    return v === undefined ? String(defaults[key]) : readText(v, opts);
  };
  const number = (key: 'diasAviso' | 'umbralRojo' | 'umbralAmarillo', expected: string): number => {
    const v = value(key);
    if (v === undefined) return defaults[key];
    const read = readNumber(v);
    if (read.problem || read.value === null) {
      report(key, msg.badSetting(labelFor(key), readText(v, opts), expected));
      return defaults[key];
    }
    return read.value;
  };

  const ordenText = text('orden').toLowerCase();
  let orden: EntityOrder = defaults.orden;
  if (ordenText === 'territorial' || ordenText === 'nacional') orden = ordenText;
  else report('orden', msg.badOrder(ordenText));

  const umbralRojo = number('umbralRojo', expected.percent);
  const umbralAmarillo = number('umbralAmarillo', expected.percent);
  if (umbralRojo > umbralAmarillo) report('umbralRojo', msg.thresholdsOutOfOrder());

  let fechaReferencia: DaySerial | null = null;
  const ref = value('fechaReferencia');
  if (ref !== undefined && !isBlank(ref)) {
    const read = readDate(ref, opts);
    if (read.problem) report('fechaReferencia', read.problem);
    fechaReferencia = read.value;
  }

  const frecuencias: FrequencyRow[] = [];
  if (frequencyHeaderRow === null) {
    problems.push({ sheet, cell: 'A:B', level: 'error', kind: 'missingSetting', message: msg.noFrequencyTable() });
    frecuencias.push(...defaultFrequencies);
  } else {
    for (let i = frequencyHeaderRow; i < grid.length; i++) {
      const line = grid[i] ?? [];
      const etiqueta = readText(line[0], opts);
      if (!etiqueta) continue;
      const months = line[1];
      if (typeof months === 'number' && Number.isFinite(months)) {
        if (!Number.isInteger(months) || months < 1)
          problems.push({ sheet, cell: a1(i + 1, 2), level: 'aviso', kind: 'value', message: msg.badMonths(String(months)) });
        frecuencias.push({ etiqueta, meses: months });
      } else {
        problems.push({ sheet, cell: a1(i + 1, 2), level: 'error', kind: 'value', message: msg.badMonths(readText(months, opts)) });
        frecuencias.push({ etiqueta, meses: null });
      }
    }
  }

  const settings: Settings = {
    entidad: text('entidad'),
    municipio: text('municipio'),
    departamento: text('departamento'),
    orden,
    diasAviso: number('diasAviso', expected.days),
    umbralRojo,
    umbralAmarillo,
    fechaReferencia,
    jefeControlInterno: text('jefeControlInterno'),
    alcalde: text('alcalde'),
    representanteComite: text('representanteComite'),
    carpetaInforme: text('carpetaInforme'),
    plantillaInforme: text('plantillaInforme'),
    correosControlInterno: text('correosControlInterno'),
    correosAdministradores: text('correosAdministradores'),
    proceso: text('proceso'),
    codigoDocumento: text('codigoDocumento'),
    versionDocumento: text('versionDocumento'),
    elaboroNombre: text('elaboroNombre'),
    elaboroCargo: text('elaboroCargo'),
    revisoNombre: text('revisoNombre'),
    revisoCargo: text('revisoCargo'),
    aproboNombre: text('aproboNombre'),
    aproboCargo: text('aproboCargo'),
    frecuencias,
  };
  return { settings, rowOf, frequencyHeaderRow, problems };
}

/** Settings straight from the template, for a tracker that has no Configuración yet. */
export function settingsFromTemplate(defaults: ConfigTemplate, frecuencias: readonly FrequencyRow[]): Settings {
  return { ...defaults, fechaReferencia: null, frecuencias };
}
