/**
 * Where the report's files go. With the drive.file scope the add-on reaches only files it
 * created or that the person opened with it: a folder or template typed in Configuración that it
 * cannot reach is reported as "not found or no access", and a sensible default is used.
 */
import { driveIdFrom } from '../../core/report/drive-id';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

export interface FolderChoice {
  /** The configured folder, or the spreadsheet's folder; null = leave files where they were created (My Drive). */
  readonly folder: Folder | null;
  /** The Configuración text when it named a folder that could not be opened. */
  readonly notFound: string | null;
}

export function chooseFolder(configured: string, spreadsheetId: string): FolderChoice {
  const text = configured.trim();
  if (text) {
    const id = driveIdFrom(text);
    const folder = id === null ? null : tryGet(() => DriveApp.getFolderById(id));
    if (folder) return { folder, notFound: null };
    return { folder: besideSpreadsheet(spreadsheetId), notFound: text };
  }
  return { folder: besideSpreadsheet(spreadsheetId), notFound: null };
}

function besideSpreadsheet(spreadsheetId: string): Folder | null {
  return tryGet(() => {
    const parents = DriveApp.getFileById(spreadsheetId).getParents();
    return parents.hasNext() ? parents.next() : null;
  });
}

export function moveTo(file: File, folder: Folder | null): void {
  if (folder) tryGet(() => file.moveTo(folder));
}

/** Saves the PDF beside the document. */
export function savePdf(docFile: File, name: string, folder: Folder | null): File {
  const blob = docFile.getAs('application/pdf').setName(`${name}.pdf`);
  return folder ? folder.createFile(blob) : DriveApp.createFile(blob);
}

function tryGet<T>(fn: () => T): T | null {
  try {
    return fn() ?? null;
  } catch {
    return null;
  }
}
