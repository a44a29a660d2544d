/**
 * Where the report's files go. With the drive.file scope the add-on reaches only files and
 * folders it created or that the person opened with it. So Configuración › Carpeta del informe
 * takes either a folder's link/ID (used when reachable; otherwise reported, and the files go
 * beside the spreadsheet) or a plain name: a folder of that name that the add-on created before is
 * reused, else it is created in My Drive — which drive.file always allows.
 */
import { driveIdFrom } from '../../core/report/drive-id';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;

export interface FolderChoice {
  /** The configured folder, or the spreadsheet's folder; null = leave files where they were created (My Drive). */
  readonly folder: Folder | null;
  /** The Configuración text when it named a folder that could not be opened. */
  readonly notFound: string | null;
  /** True when the folder was created now (from a name). */
  readonly created: boolean;
}

export function chooseFolder(configured: string, spreadsheetId: string): FolderChoice {
  const text = configured.trim();
  if (!text) return { folder: besideSpreadsheet(spreadsheetId), notFound: null, created: false };
  const id = driveIdFrom(text);
  if (id === null) return folderNamed(text);
  const folder = tryGet(() => DriveApp.getFolderById(id));
  if (folder && !folder.isTrashed()) return { folder, notFound: null, created: false };
  return { folder: besideSpreadsheet(spreadsheetId), notFound: text, created: false };
}

function folderNamed(name: string): FolderChoice {
  const existing = tryGet(() => {
    const it = DriveApp.getFoldersByName(name);
    while (it.hasNext()) {
      const f = it.next();
      if (!f.isTrashed()) return f;
    }
    return null;
  });
  if (existing) return { folder: existing, notFound: null, created: false };
  const made = tryGet(() => DriveApp.createFolder(name));
  return { folder: made, notFound: made ? null : name, created: made !== null };
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
