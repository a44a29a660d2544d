/**
 * What DriveApp and DocumentApp share: the files and folders of "My Drive", and the documents the
 * Docs files hold. Test fixtures are built here without counting calls.
 */
import { FakeDocument } from './document/document';
import { SCOPES, type FakeRuntime } from './runtime';

export const MIME = {
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  folder: 'application/vnd.google-apps.folder',
  pdf: 'application/pdf',
} as const;

export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: Set<string>;
  trashed: boolean;
  description: string | null;
  created: number;
  /** Bytes as text, for files that are not Google documents. */
  data: string;
  /** The document a Docs file holds. */
  doc: FakeDocument | null;
}

export interface FolderRecord {
  id: string;
  name: string;
  parents: Set<string>;
  trashed: boolean;
}

/** What a call wants to do with a Drive item (drive.readonly reaches every item for reading). */
export type Reach = 'read' | 'write';

export class DriveStore {
  readonly files = new Map<string, FileRecord>();
  readonly folders = new Map<string, FolderRecord>();
  /** IDs that exist but the person cannot open at all (not shared with them). */
  readonly noAccess = new Set<string>();
  /**
   * Items the add-on created (through Drive, or DocumentApp.create) or the person opened with it
   * (a Picker): the only ones the drive.file scope reaches. Fixtures made by tests are the person's
   * own files, outside this set; `grantToApp(id)` models the person opening one with the add-on.
   */
  readonly byApp = new Set<string>();
  /** Items that live in a shared drive: Drive v3 finds them only with supportsAllDrives. */
  readonly inSharedDrive = new Set<string>();
  readonly rootId: string;
  private n = 0;

  constructor(private readonly rt: FakeRuntime) {
    this.rootId = this.newId('0AFolderRoot');
    this.folders.set(this.rootId, { id: this.rootId, name: 'Mi unidad', parents: new Set(), trashed: false });
  }

  /** The person opened this item with the add-on (e.g. a Google Picker): drive.file reaches it from now on. */
  grantToApp(id: string): void {
    this.byApp.add(id);
  }

  /**
   * Whether the manifest's grant lets Drive reach an item: `drive` reaches all, `drive.readonly`
   * all for reading, `drive.file` only what the add-on created or was given. Nothing reaches an
   * item the person cannot open.
   */
  reaches(id: string, how: Reach): boolean {
    if (this.noAccess.has(id)) return false;
    if (this.rt.grants(SCOPES.drive)) return true;
    // My Drive's root takes new files under any Drive scope (ASSUMED for drive.file: files.create
    // without parents lands there; naming the root as a parent is not documented either way).
    if (id === this.rootId) return this.rt.grants(SCOPES.driveFile) || (how === 'read' && this.rt.grants(SCOPES.driveReadonly));
    if (how === 'read' && this.rt.grants(SCOPES.driveReadonly)) return true;
    return this.rt.grants(SCOPES.driveFile) && this.byApp.has(id);
  }

  /** Drive-like IDs: long, letters, digits, "-" and "_". */
  newId(prefix: string): string {
    this.n += 1;
    return `${prefix}${String(this.n).padStart(16, '0')}`;
  }

  createFolder(name: string, parentId = this.rootId): FolderRecord {
    const f = { id: this.newId('1Folder'), name, parents: new Set([parentId]), trashed: false };
    this.folders.set(f.id, f);
    return f;
  }

  createFile(name: string, mimeType: string, data: string, parentId = this.rootId, id = this.newId('1File')): FileRecord {
    const f: FileRecord = { id, name, mimeType, parents: new Set([parentId]), trashed: false, description: null, created: Date.now(), data, doc: null };
    this.files.set(f.id, f);
    return f;
  }

  /** A new Google Doc (one empty paragraph), as DocumentApp.create makes it. */
  createDocument(name: string, parentId = this.rootId): FakeDocument {
    const file = this.createFile(name, MIME.document, '', parentId, this.newId('1Doc'));
    file.doc = new FakeDocument(this.rt, file);
    return file.doc;
  }

  /** A copy of a Docs file's document under a new file. */
  copyDocument(source: FileRecord, name: string, parents: Set<string>): FileRecord {
    const file = this.createFile(name, source.mimeType, source.data, this.rootId, this.newId(source.doc ? '1Doc' : '1File'));
    file.parents = new Set(parents);
    if (source.doc) file.doc = source.doc.cloneInto(file);
    return file;
  }

  /** Where a folder sits, as a path ("Mi unidad/Informes"). */
  pathOf(folderId: string): string {
    const f = this.folders.get(folderId);
    if (!f) return '?';
    const parent = [...f.parents][0];
    return parent === undefined ? f.name : `${this.pathOf(parent)}/${f.name}`;
  }
}
