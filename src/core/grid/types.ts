import type { DaySerial } from '../calendar';

/** A cell as a host returns it: Apps Script gives "" for empty and Date for dates; readers may give null. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

export type ProblemLevel = 'error' | 'aviso';

/** Something a person should fix, located by sheet and A1 cell (or a row like "1:1"). */
export interface Problem {
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly level: ProblemLevel;
}

export interface ReadOptions {
  /** Turns a host's Date into a calendar day (Apps Script: in the spreadsheet's time zone; exceljs: UTC). */
  readonly dateToSerial: (d: Date) => DaySerial;
}
