import type { Grid } from '../core/grid/types';
import { exportMsg } from '../core/messages';
import { foldForMatch } from '../core/text';
import { InputError } from './input-error';
import { sniffFile } from './xlsx/sniff';
import { NotASpreadsheet, readWorkbook, type ReadProgress, type SheetRead } from './xlsx/workbook';
import { ZipError, ZipPackage } from './xlsx/zip';

/** The sheets of a workbook as the core's grids, by sheet name. */
export type WorkbookGrids = ReadonlyMap<string, Grid>;

/** A workbook as the export reads it: grids of the sheets asked for, plus links and merges by sheet. */
export interface XlsxRead {
  /** Every sheet by name; sheets that were not asked for are empty grids. */
  readonly grids: WorkbookGrids;
  readonly sheets: ReadonlyMap<string, SheetRead>;
}

const OPENDOCUMENT = 'application/vnd.oasis.opendocument.spreadsheet';

/** Why a file that is no workbook is not, in the person's words (an .ods renamed .xlsx is told so). */
async function notAWorkbookReason(zip: ZipPackage, file: string): Promise<string> {
  const mimetype = zip.find('mimetype') ? await zip.text('mimetype') : undefined;
  if (mimetype?.trim().startsWith(OPENDOCUMENT) || zip.find('content.xml')) return exportMsg.odsRenamed(file);
  return exportMsg.notAWorkbook(file);
}

/**
 * Reads an .xlsx (or .xlsm) written by Google Sheets, Excel, LibreOffice, openpyxl or exceljs with
 * our own streaming reader (see xlsx/workbook.ts), only the sheets `wanted` names. A file that is
 * not a workbook, is protected or cannot be opened is an InputError that says which and what to do.
 * `onRows` hears how far each sheet has been read (the progress of a long export).
 */
export async function readXlsxFile(file: string, wanted: (sheet: string) => boolean = () => true, onRows?: ReadProgress): Promise<XlsxRead> {
  let kind;
  try {
    kind = await sniffFile(file);
  } catch (e) {
    throw new InputError(exportMsg.cannotOpenInput(file, (e as NodeJS.ErrnoException).code));
  }
  if (kind === 'password') throw new InputError(exportMsg.passwordProtected(file));
  if (kind === 'xls') throw new InputError(exportMsg.oldXls(file));
  if (kind === 'other') throw new InputError(exportMsg.notAWorkbook(file));
  let zip: ZipPackage;
  try {
    zip = await ZipPackage.open(file);
  } catch (e) {
    throw new InputError(e instanceof ZipError ? exportMsg.readerFailed(file, e.message) : exportMsg.cannotOpenInput(file, (e as NodeJS.ErrnoException).code));
  }
  try {
    const read = await readWorkbook(zip, wanted, onRows);
    const sheets = new Map(read.sheets.map((s) => [s.name, s]));
    const grids = new Map<string, Grid>(read.sheetNames.map((n) => [n, sheets.get(n)?.rows ?? []]));
    return { grids, sheets };
  } catch (e) {
    if (e instanceof InputError) throw e;
    if (e instanceof NotASpreadsheet) throw new InputError(await notAWorkbookReason(zip, file));
    // A valid file our reader cannot follow is our limit, not the person's fault: say so, and how to get around it.
    throw new InputError(exportMsg.readerFailed(file, e instanceof ZipError ? e.message : e instanceof Error ? e.message : String(e)));
  } finally {
    await zip.close();
  }
}

/** Every sheet of an .xlsx as a grid, by name. */
export async function readXlsx(file: string): Promise<WorkbookGrids> {
  return (await readXlsxFile(file)).grids;
}

/** A sheet by name, tolerant of case, accents and spaces ("configuracion" finds «Configuración»). */
export function findSheet<T>(grids: ReadonlyMap<string, T>, name: string): T | undefined {
  const exact = grids.get(name);
  if (exact) return exact;
  for (const [n, g] of grids) if (foldForMatch(n) === foldForMatch(name)) return g;
  return undefined;
}
