/**
 * Reads every tracker sheet with one getValues per sheet and parses it with the core's
 * parseTracker. A missing sheet is a located problem, never an exception: callers decide what to do.
 */
import type { DaySerial } from '../core/calendar';
import { calculationDate } from '../core/evaluate';
import { parseTracker, TRACKER_SHEETS, type ParsedTracker, type TrackerGrids } from '../core/grid/tracker';
import type { Settings } from '../core/grid/configuracion';
import { parseResponsables, type ParsedResponsables } from '../core/grid/responsables';
import { msg } from '../core/messages';
import { directoryProblems } from '../core/reminders/directory';
import type { CellValue, Problem, ReadOptions } from '../core/grid/types';
import { activeTemplate } from './template-choice';
import type { TrackerTemplate } from '../core/template/types';
import { responsableRunProblems, roleProblems } from '../core/roles/problems';
import { SHEET } from '../core/tracker/names';
import { spreadsheetDates, type TzDates } from './dates';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A sheet's whole data range as Apps Script returns it ("" for empty cells, Date for dates). */
export type HostGrid = CellValue[][];

export interface TrackerData extends ParsedTracker {
  readonly ss: Spreadsheet;
  readonly dates: TzDates;
  readonly readOptions: ReadOptions;
  readonly sheets: {
    readonly matriz: Sheet | null;
    readonly fases: Sheet | null;
    readonly seguimiento: Sheet | null;
    readonly configuracion: Sheet | null;
    readonly responsables: Sheet | null;
  };
  readonly grids: {
    readonly matriz: HostGrid;
    readonly fases: HostGrid;
    readonly seguimiento: HostGrid;
    readonly configuracion: HostGrid;
    readonly responsables: HostGrid;
  };
  /** The reminders' directory (empty when the sheet is missing or not read). */
  readonly responsables: ParsedResponsables;
  /** Configuración's «Correos del Comité GEL-T», the valid ones. */
  readonly comite: readonly string[];
  /** Today in the spreadsheet's time zone. */
  readonly today: DaySerial;
  /** The date the formulas compute with: Configuración's reference date, or today. */
  readonly fechaCalculo: DaySerial;
}

/** One getDataRange + one getValues. An empty sheet gives [[""]] as in Apps Script. */
export function readGrid(sheet: Sheet): HostGrid {
  return sheet.getDataRange().getValues() as HostGrid;
}

/** Configuración alone (one getValues) and today: what a dialog proposes before the whole tracker is read. */
export function readSettings(ss: Spreadsheet, template: TrackerTemplate = activeTemplate()): { readonly settings: Settings; readonly today: DaySerial } {
  const dates = spreadsheetDates(ss);
  const sheet = ss.getSheetByName(SHEET.configuracion);
  const parsed = parseTracker(sheet ? { configuracion: readGrid(sheet) } : {}, template, { dateToSerial: dates.toSerial });
  return { settings: parsed.settings, today: dates.today() };
}

export type TrackerPart = 'matriz' | 'fases' | 'seguimiento' | 'configuracion' | 'responsables';
const ALL_PARTS: readonly TrackerPart[] = ['matriz', 'fases', 'seguimiento', 'configuracion', 'responsables'];

/**
 * Reads the tracker. `parts` limits which sheets are read (an action reads no sheet it does not
 * need); a sheet left out reads as empty, without problems.
 */
export function readTracker(
  ss: Spreadsheet = SpreadsheetApp.getActiveSpreadsheet(),
  template: TrackerTemplate = activeTemplate(),
  parts: readonly TrackerPart[] = ALL_PARTS,
): TrackerData {
  const dates = spreadsheetDates(ss);
  const readOptions: ReadOptions = { dateToSerial: dates.toSerial };
  const sheet = (part: TrackerPart, name: string): Sheet | null => (parts.includes(part) ? ss.getSheetByName(name) : null);
  const sheets = {
    matriz: sheet('matriz', SHEET.matriz),
    fases: sheet('fases', SHEET.fases),
    seguimiento: sheet('seguimiento', SHEET.seguimiento),
    configuracion: sheet('configuracion', SHEET.configuracion),
    responsables: sheet('responsables', SHEET.responsables),
  };
  const grid = (s: Sheet | null): HostGrid => (s ? readGrid(s) : []);
  const grids = {
    matriz: grid(sheets.matriz),
    fases: grid(sheets.fases),
    seguimiento: grid(sheets.seguimiento),
    configuracion: grid(sheets.configuracion),
    responsables: grid(sheets.responsables),
  };
  const present: TrackerGrids = Object.fromEntries(TRACKER_SHEETS.filter((k) => sheets[k]).map((k) => [k, grids[k]]));
  const read = (k: TrackerPart): boolean => parts.includes(k);
  const all = parseTracker(present, template, readOptions);
  // A sheet the action chose not to read is not missing: its (missingSheet) problems are dropped.
  const unread = (k: TrackerPart): boolean => !parts.includes(k);
  const quiet = <T extends { readonly problems: readonly Problem[] }>(k: TrackerPart, p: T): T => (unread(k) ? { ...p, problems: [] } : p);
  const parsed: ParsedTracker = {
    ...all,
    configuracion: quiet('configuracion', all.configuracion),
    matriz: quiet('matriz', all.matriz),
    fases: quiet('fases', all.fases),
    seguimiento: quiet('seguimiento', all.seguimiento),
  };
  const directory = read('responsables') ? checkDirectory(sheets.responsables, grids.responsables, parsed, grids.configuracion, readOptions) : null;
  const responsables = directory?.responsables ?? { directory: new Map(), written: [], problems: [] };
  // The roles' warnings (a role without e-mails) belong to Configuración: every action counts them alike.
  const roles = sheets.configuracion ? roleProblems(parsed.configuracion) : [];
  const problems = [
    ...parsed.configuracion.problems,
    ...parsed.matriz.problems,
    ...parsed.fases.problems,
    ...parsed.seguimiento.problems,
    ...(directory?.problems ?? []),
    ...roles,
  ];
  const today = dates.today();
  return {
    ...parsed,
    problems,
    ss,
    dates,
    readOptions,
    sheets,
    grids,
    responsables,
    comite: directory?.comite ?? [],
    today,
    fechaCalculo: calculationDate(parsed.settings, today),
  };
}

export interface DirectoryRead {
  readonly responsables: ParsedResponsables;
  /** Configuración's valid Comité addresses. */
  readonly comite: readonly string[];
  /** Responsables' own problems, then who cannot be reached (unlisted people, bad Comité addresses). */
  readonly problems: readonly Problem[];
}

/**
 * Responsables (reminders) checked against the Matriz and Configuración already parsed; absent is
 * only an aviso (Preparar makes it). One source for Validar's and Preparar's count of it.
 */
function checkDirectory(sheet: Sheet | null, grid: HostGrid, parsed: ParsedTracker, configGrid: HostGrid, readOptions: ReadOptions): DirectoryRead {
  const responsables: ParsedResponsables = sheet
    ? parseResponsables(grid, readOptions)
    : {
        directory: new Map(),
        written: [],
        problems: [{ sheet: SHEET.responsables, cell: 'A1', level: 'aviso', kind: 'missingSheet', message: msg.missingSheet(SHEET.responsables) }],
      };
  const people = directoryProblems(configGrid, parsed.configuracion.rowOf, parsed.matriz, responsables, sheet !== null, readOptions);
  // Rows whose responsables change too often to protect one by one (Preparar's cap) are warned at the header.
  const runs = sheet ? responsableRunProblems(parsed.matriz, responsables.directory) : [];
  return { responsables, comite: people.comite, problems: [...responsables.problems, ...people.problems, ...runs] };
}

/**
 * Responsables read now (one getValues), checked against a tracker read earlier without it: Preparar
 * reads it after ensureResponsables has added the people it lacked, so its count is what Validar shows next.
 */
export function readDirectory(tracker: TrackerData): DirectoryRead {
  const sheet = tracker.ss.getSheetByName(SHEET.responsables);
  return checkDirectory(sheet, sheet ? readGrid(sheet) : [], tracker, tracker.grids.configuracion, tracker.readOptions);
}
