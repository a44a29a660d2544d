import type { DaySerial } from '../calendar';

/** A cell as a host returns it: Apps Script gives "" for empty and Date for dates; readers may give null. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

export type ProblemLevel = 'error' | 'aviso';

/**
 * What a problem is about. The structural kinds (missingSheet, emptySheet, missingHeader) leave a
 * sheet unreadable as a table; hosts decide by kind, never by the shape of the cell address.
 */
export type ProblemKind =
  | 'missingSheet' // the sheet is not in the spreadsheet
  | 'emptySheet' // the sheet has no header row
  | 'missingHeader' // a required column's header is not in the header row
  | 'duplicateHeader' // a header written twice (the first one is used)
  | 'missingSetting' // a Configuración parameter or the frequency table is not found
  | 'value'; // what a cell holds

/** Something a person should fix, located by sheet and A1 cell (or a row like "1:1", a column like "A:A"). */
export interface Problem {
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly level: ProblemLevel;
  readonly kind: ProblemKind;
}

/** An error that makes the sheet unreadable as a table: no sheet, no header row, or a required header missing. */
export function isStructural(p: Problem): boolean {
  return p.level === 'error' && (p.kind === 'missingSheet' || p.kind === 'emptySheet' || p.kind === 'missingHeader');
}

export interface ReadOptions {
  /** Turns a host's Date into a calendar day (Apps Script: in the spreadsheet's time zone; exceljs: UTC). */
  readonly dateToSerial: (d: Date) => DaySerial;
}
