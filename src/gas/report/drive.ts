/**
 * Where the report's files go, through the advanced Drive service (v3, enabled in appsscript.json).
 * The manifest asks only for drive.file: Drive then reaches only the files and folders the add-on
 * created (or that the person opened with it). DriveApp cannot work under it — every DriveApp method
 * is documented as needing drive.readonly or drive — but the Drive API honours drive.file.
 *
 * Configuración › Carpeta del informe takes a folder's link/ID (used when Drive lets the add-on
 * reach it) or a plain name: a folder of that name the add-on created before is reused, else it is
 * created in My Drive. Empty: the spreadsheet's own folder when reachable; under drive.file it is
 * not (the add-on did not create it), and the files stay in My Drive — the dialog says which.
 */
import { driveIdFrom } from '../../core/report/drive-id';

const FOLDER_MIME = 'application/vnd.google-apps.folder';
/** Every call works in shared drives too (Drive v3 ignores their items without it). */
const ALL_DRIVES = { supportsAllDrives: true } as const;

type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Blob = GoogleAppsScript.Base.Blob;

export interface Place {
  /** The folder's ID; null = My Drive's root. */
  readonly folderId: string | null;
  /** The folder's name, for the dialog (null for My Drive). */
  readonly folderName: string | null;
  /** The Configuración text when it named a folder that could not be reached. */
  readonly notFound: string | null;
  /** True when the folder was created now (from a name). */
  readonly created: boolean;
  /** True when Configuración named nothing and the spreadsheet's folder could not be reached. */
  readonly sheetFolderUnreachable: boolean;
}

/** A file the report saved: its ID and the link to open it. */
export interface Saved {
  readonly id: string;
  readonly url: string;
}

function files(): Files {
  if (typeof Drive === 'undefined' || !Drive) throw new Error('The advanced Drive service (v3) is not enabled in appsscript.json');
  return Drive.Files;
}

const MY_DRIVE: Place = { folderId: null, folderName: null, notFound: null, created: false, sheetFolderUnreachable: false };

export function chooseFolder(configured: string, spreadsheetId: string): Place {
  const text = configured.trim();
  if (!text) return besideSpreadsheet(spreadsheetId);
  const id = driveIdFrom(text);
  if (id === null) return folderNamed(text);
  const folder = tryGet(() => files().get(id, { ...ALL_DRIVES, fields: 'id,name,mimeType,trashed' }));
  if (folder && folder.mimeType === FOLDER_MIME && !folder.trashed) {
    return { ...MY_DRIVE, folderId: id, folderName: folder.name ?? text };
  }
  return { ...besideSpreadsheet(spreadsheetId), notFound: text, sheetFolderUnreachable: false };
}

/**
 * The add-on's folder of that name, made the first time. Not guarded: if Drive fails to answer, making
 * the folder anyway would leave two of the same name — the action fails before making anything instead.
 */
function folderNamed(name: string): Place {
  const q = `name = '${quoteQuery(name)}' and mimeType = '${FOLDER_MIME}' and trashed = false`;
  const found = files().list({ ...ALL_DRIVES, includeItemsFromAllDrives: true, q, fields: 'files(id,name)' }).files?.[0];
  if (found?.id) return { ...MY_DRIVE, folderId: found.id, folderName: found.name ?? name };
  const made = files().create({ name, mimeType: FOLDER_MIME }, null as unknown as Blob, { ...ALL_DRIVES, fields: 'id,name' });
  return { ...MY_DRIVE, folderId: made.id ?? null, folderName: made.name ?? name, created: true };
}

function besideSpreadsheet(spreadsheetId: string): Place {
  const parent = tryGet(() => files().get(spreadsheetId, { ...ALL_DRIVES, fields: 'parents' }).parents?.[0]);
  if (!parent) return { ...MY_DRIVE, sheetFolderUnreachable: true };
  const folder = tryGet(() => files().get(parent, { ...ALL_DRIVES, fields: 'id,name' }));
  return folder ? { ...MY_DRIVE, folderId: parent, folderName: folder.name ?? null } : { ...MY_DRIVE, sheetFolderUnreachable: true };
}

/** Saves a blob (the PDF, or an HTML page) as a new file in the place: one Drive call. */
export function saveBlob(place: Place, name: string, blob: Blob): Saved {
  const resource = { name, mimeType: blob.getContentType() ?? undefined, parents: place.folderId ? [place.folderId] : undefined };
  const made = files().create(resource, blob, { ...ALL_DRIVES, fields: 'id,webViewLink' });
  const id = made.id ?? '';
  return { id, url: made.webViewLink ?? `https://drive.google.com/file/d/${id}/view` };
}

/** Gives a file its final name and puts it in the place (the Doc starts in My Drive under a draft name). */
export function finish(fileId: string, place: Place, name: string): void {
  const args: Record<string, unknown> = { ...ALL_DRIVES, fields: 'id' };
  if (place.folderId) {
    const parents = files().get(fileId, { ...ALL_DRIVES, fields: 'parents' }).parents ?? [];
    args.addParents = place.folderId;
    const others = parents.filter((p) => p !== place.folderId);
    if (others.length) args.removeParents = others.join(',');
  }
  files().update({ name }, fileId, null as unknown as Blob, args);
}

/** Sends a file this run made to the trash; false when Drive refused (the caller then renames it). */
export function trash(fileId: string): boolean {
  return tryGet(() => files().update({ trashed: true }, fileId, null as unknown as Blob, { ...ALL_DRIVES, fields: 'id' })) !== null;
}

/** IDs of the files named exactly `name` that the add-on can reach (its own), not in the trash. */
export function filesNamed(name: string): string[] {
  const q = `name = '${quoteQuery(name)}' and trashed = false`;
  const found = tryGet(() => files().list({ ...ALL_DRIVES, includeItemsFromAllDrives: true, q, fields: 'files(id)' }).files) ?? [];
  return found.map((f) => f.id ?? '').filter(Boolean);
}

/** A value inside a Drive query's single quotes: backslash and quote escaped. */
function quoteQuery(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

function tryGet<T>(fn: () => T): T | null {
  try {
    return fn() ?? null;
  } catch {
    return null;
  }
}
