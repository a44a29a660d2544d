/**
 * Reading a whole tracker, the same in both hosts: Configuración first (its frequency table and
 * settings shape the Matriz), then the Matriz, Fases and Seguimiento. A sheet the host did not find
 * is one located problem (kind missingSheet) and the template's defaults stand in for its settings;
 * what a host then does with an absent or unreadable sheet (stop, warn, take the template's rows) is
 * the host's decision.
 */
import { parseConfiguracion, settingsFromTemplate, type ParsedConfiguracion, type Settings } from './configuracion';
import { parseFases, type ParsedFases } from './fases';
import { parseMatriz, type ParsedMatriz } from './matriz';
import { parseSeguimiento, type ParsedSeguimiento } from './seguimiento';
import { missingOptionalHeaders } from './headers';
import type { Grid, Problem, ReadOptions } from './types';
import { FASES_COLUMNS } from '../tracker/fases';
import { MATRIZ_COLUMNS } from '../tracker/matriz';
import { SEGUIMIENTO_COLUMNS } from '../tracker/seguimiento';
import { msg } from '../messages';
import type { TrackerTemplate } from '../template/types';
import { templateFrequencies } from '../tracker/initial';
import { SHEET } from '../tracker/names';
import type { ColumnSpec } from '../tracker/types';

/** The sheets a tracker is read from. */
export const TRACKER_SHEETS = ['configuracion', 'matriz', 'fases', 'seguimiento'] as const;
export type TrackerSheet = (typeof TRACKER_SHEETS)[number];

/** A host's grids by sheet; a sheet the spreadsheet or file does not have is left out. */
export type TrackerGrids = Partial<Record<TrackerSheet, Grid>>;

export interface ParsedTracker {
  readonly template: TrackerTemplate;
  readonly configuracion: ParsedConfiguracion;
  readonly settings: Settings;
  readonly matriz: ParsedMatriz;
  readonly fases: ParsedFases;
  readonly seguimiento: ParsedSeguimiento;
  /** Sheets missing from the grids; each one's problems are its single missingSheet problem. */
  readonly absent: ReadonlySet<TrackerSheet>;
  /** Every problem, Configuración first (its settings shape the rest), then Matriz, Fases, Seguimiento. */
  readonly problems: readonly Problem[];
}

function missingSheet(sheet: string): Problem[] {
  return [{ sheet, cell: 'A1', level: 'error', kind: 'missingSheet', message: msg.missingSheet(sheet) }];
}

export function parseTracker(grids: TrackerGrids, template: TrackerTemplate, options: ReadOptions): ParsedTracker {
  const absent = new Set<TrackerSheet>(TRACKER_SHEETS.filter((s) => grids[s] === undefined));
  const defaultFrequencies = templateFrequencies(template);
  const configuracion: ParsedConfiguracion = grids.configuracion
    ? parseConfiguracion(grids.configuracion, template.configuracion, defaultFrequencies, options)
    : {
        settings: settingsFromTemplate(template.configuracion, defaultFrequencies),
        rowOf: new Map(),
        frequencyHeaderRow: null,
        problems: missingSheet(SHEET.configuracion),
      };
  const settings = configuracion.settings;

  const orMissing = <T extends { readonly problems: readonly Problem[] }>(key: TrackerSheet, name: string, parsed: T): T =>
    absent.has(key) ? { ...parsed, problems: missingSheet(name) } : parsed;
  // A sheet with a header row also reports the optional columns it lacks (after its own problems).
  const withOptional = <K extends string, T extends { readonly problems: readonly Problem[]; readonly layout: ReadonlyMap<K, number> }>(
    name: string,
    columns: readonly ColumnSpec<K>[],
    parsed: T,
  ): T =>
    parsed.problems.some((p) => p.kind === 'emptySheet')
      ? parsed
      : { ...parsed, problems: [...parsed.problems, ...missingOptionalHeaders(name, parsed.layout, columns)] };
  const matriz = orMissing('matriz', SHEET.matriz, withOptional(SHEET.matriz, MATRIZ_COLUMNS, parseMatriz(grids.matriz ?? [], settings.frecuencias, options)));
  const fases = orMissing('fases', SHEET.fases, withOptional(SHEET.fases, FASES_COLUMNS, parseFases(grids.fases ?? [], options)));
  const seguimiento = orMissing(
    'seguimiento',
    SHEET.seguimiento,
    withOptional(SHEET.seguimiento, SEGUIMIENTO_COLUMNS, parseSeguimiento(grids.seguimiento ?? [], options)),
  );

  return {
    template,
    configuracion,
    settings,
    matriz,
    fases,
    seguimiento,
    absent,
    problems: [...configuracion.problems, ...matriz.problems, ...fases.problems, ...seguimiento.problems],
  };
}
