/**
 * Reads every tracker sheet with one getValues per sheet and parses it with the core.
 * A missing sheet is a located problem, never an exception: callers decide what to do.
 */
import type { DaySerial } from '../core/calendar';
import { calculationDate } from '../core/evaluate';
import { parseConfiguracion, settingsFromTemplate, type ParsedConfiguracion, type Settings } from '../core/grid/configuracion';
import { parseFases, type ParsedFases } from '../core/grid/fases';
import { parseMatriz, type ParsedMatriz } from '../core/grid/matriz';
import { parseSeguimiento, type ParsedSeguimiento } from '../core/grid/seguimiento';
import type { CellValue, Problem, ReadOptions } from '../core/grid/types';
import { msg } from '../core/messages';
import { builtinTemplate } from '../core/template/builtin';
import type { TrackerTemplate } from '../core/template/types';
import { templateFrequencies } from '../core/tracker/initial';
import { SHEET } from '../core/tracker/names';
import { spreadsheetDates, type TzDates } from './dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet's whole data range as Apps Script returns it ("" for empty cells, Date for dates). */
export type HostGrid = CellValue[][];

export interface TrackerData {
  readonly ss: Spreadsheet;
  readonly template: TrackerTemplate;
  readonly dates: TzDates;
  readonly readOptions: ReadOptions;
  readonly sheets: {
    readonly matriz: Sheet | null;
    readonly fases: Sheet | null;
    readonly seguimiento: Sheet | null;
    readonly configuracion: Sheet | null;
  };
  readonly grids: {
    readonly matriz: HostGrid;
    readonly fases: HostGrid;
    readonly seguimiento: HostGrid;
    readonly configuracion: HostGrid;
  };
  readonly configuracion: ParsedConfiguracion;
  readonly settings: Settings;
  readonly matriz: ParsedMatriz;
  readonly fases: ParsedFases;
  readonly seguimiento: ParsedSeguimiento;
  /** Every problem found, Configuración first (its settings shape the rest), then Matriz, Fases, Seguimiento. */
  readonly problems: readonly Problem[];
  /** Today in the spreadsheet's time zone. */
  readonly today: DaySerial;
  /** The date the formulas compute with: Configuración's reference date, or today. */
  readonly fechaCalculo: DaySerial;
}

/** One getDataRange + one getValues. An empty sheet gives [[""]] as in Apps Script. */
export function readGrid(sheet: Sheet): HostGrid {
  return sheet.getDataRange().getValues() as HostGrid;
}

export type TrackerPart = 'matriz' | 'fases' | 'seguimiento' | 'configuracion';
const ALL_PARTS: readonly TrackerPart[] = ['matriz', 'fases', 'seguimiento', 'configuracion'];

/**
 * Reads the tracker. `parts` limits which sheets are read (an action reads no sheet it does not
 * need); a sheet left out reads as empty, without problems.
 */
export function readTracker(ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(), template: TrackerTemplate = builtinTemplate(),
  parts: readonly TrackerPart[] = ALL_PARTS): TrackerData {
  const dates = spreadsheetDates(ss);
  const readOptions: ReadOptions = { dateToSerial: dates.toSerial };
  const sheet = (part: TrackerPart, name: string): Sheet | null => (parts.includes(part) ? ss.getSheetByName(name) : null);
  const sheets = {
    matriz: sheet('matriz', SHEET.matriz),
    fases: sheet('fases', SHEET.fases),
    seguimiento: sheet('seguimiento', SHEET.seguimiento),
    configuracion: sheet('configuracion', SHEET.configuracion),
  };
  const grid = (s: Sheet | null): HostGrid => (s ? readGrid(s) : []);
  const grids = {
    matriz: grid(sheets.matriz),
    fases: grid(sheets.fases),
    seguimiento: grid(sheets.seguimiento),
    configuracion: grid(sheets.configuracion),
  };
  const missing = (name: string): Problem[] => {
    const part = ALL_PARTS.find((p) => SHEET[p] === name);
    return part && !parts.includes(part) ? [] : [{ sheet: name, cell: 'A1', level: 'error', message: msg.missingSheet(name) }];
  };

  const defaultFrequencies = templateFrequencies(template);
  const configuracion: ParsedConfiguracion = sheets.configuracion
    ? parseConfiguracion(grids.configuracion, template.configuracion, defaultFrequencies, readOptions)
    : {
        settings: settingsFromTemplate(template.configuracion, defaultFrequencies),
        rowOf: new Map(),
        frequencyHeaderRow: null,
        problems: missing(SHEET.configuracion),
      };
  const settings = configuracion.settings;

  const orMissing = <T extends { problems: readonly Problem[] }>(s: Sheet | null, name: string, parsed: T): T =>
    s ? parsed : { ...parsed, problems: missing(name) };
  const matriz = orMissing(sheets.matriz, SHEET.matriz, parseMatriz(grids.matriz, settings.frecuencias, readOptions));
  const fases = orMissing(sheets.fases, SHEET.fases, parseFases(grids.fases, readOptions));
  const seguimiento = orMissing(sheets.seguimiento, SHEET.seguimiento, parseSeguimiento(grids.seguimiento, readOptions));

  const today = dates.today();
  return {
    ss,
    template,
    dates,
    readOptions,
    sheets,
    grids,
    configuracion,
    settings,
    matriz,
    fases,
    seguimiento,
    problems: [...configuracion.problems, ...matriz.problems, ...fases.problems, ...seguimiento.problems],
    today,
    fechaCalculo: calculationDate(settings, today),
  };
}
