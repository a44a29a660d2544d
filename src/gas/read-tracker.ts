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
  // Responsables (reminders): read with the rest; absent is only an aviso (Preparar makes it).
  const responsables: ParsedResponsables = sheets.responsables
    ? parseResponsables(grids.responsables, readOptions)
    : {
        directory: new Map(),
        written: [],
        problems: read('responsables')
          ? [{ sheet: SHEET.responsables, cell: 'A1', level: 'aviso', kind: 'missingSheet', message: msg.missingSheet(SHEET.responsables) }]
          : [],
      };
  const people = directoryProblems(grids.configuracion, parsed.configuracion.rowOf, parsed.matriz, responsables, sheets.responsables !== null, readOptions);
  // The roles' warnings (a role without e-mails) belong to Configuración: every action counts them alike.
  const roles = sheets.configuracion ? roleProblems(parsed.configuracion) : [];
  const problems = [
    ...parsed.configuracion.problems,
    ...parsed.matriz.problems,
    ...parsed.fases.problems,
    ...parsed.seguimiento.problems,
    ...responsables.problems,
    ...(read('responsables') ? people.problems : []),
    ...(sheets.responsables ? responsableRunProblems(parsed.matriz, responsables.directory) : []),
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
    comite: people.comite,
    today,
    fechaCalculo: calculationDate(parsed.settings, today),
  };
}
