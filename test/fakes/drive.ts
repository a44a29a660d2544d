/** DriveApp: files and folders over the shared DriveStore. */
import { FakeBlob } from './blob';
import { type DriveStore, type FileRecord, type FolderRecord, MIME } from './drive-store';
import { fakeEnum } from './enums';
import { real, own } from './real';
import { SCOPES, type FakeRuntime } from './runtime';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

/**
 * The real messages: an ID Drive cannot find ("No item with the given ID could be found…", seen in
 * chriskyfung/AutoFetcher-IG-Stories-to-GDrive#112), and a malformed one ("Unexpected error while
 * getting the method or property getFileById on object DriveApp.", googleworkspace/solutions#187).
 */
const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

class FakeIterator<T> implements Pick<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'getContinuationToken'> {
  private i = 0;
  constructor(
    private readonly rt: FakeRuntime,
    private readonly kind: string,
    private readonly items: T[],
  ) {}
  hasNext(): boolean {
    this.rt.call('DriveApp', `${this.kind}.hasNext`);
    return this.i < this.items.length;
  }
  next(): T {
    this.rt.call('DriveApp', `${this.kind}.next`);
    const item = this.items[this.i];
    if (item === undefined) return this.rt.fail('Cannot retrieve the next object: iterator has reached the end.');
    this.i += 1;
    return item;
  }
  getContinuationToken(): string {
    this.rt.call('DriveApp', `${this.kind}.getContinuationToken`);
    return '';
  }
}

function files(rt: FakeRuntime, store: DriveStore, recs: FileRecord[]): GoogleAppsScript.Drive.FileIterator {
  return real(
    new FakeIterator<File>(
      rt,
      'FileIterator',
      recs.filter((f) => !f.trashed).map((f) => real<File>(new FakeFile(rt, store, f))),
    ),
  );
}

function folders(rt: FakeRuntime, store: DriveStore, recs: FolderRecord[]): GoogleAppsScript.Drive.FolderIterator {
  return real(
    new FakeIterator<Folder>(
      rt,
      'FolderIterator',
      recs.filter((f) => !f.trashed).map((f) => real<Folder>(new FakeFolder(rt, store, f))),
    ),
  );
}

function urlOf(f: FileRecord): string {
  if (f.mimeType === MIME.document) return `https://docs.google.com/document/d/${f.id}/edit?usp=drivesdk`;
  if (f.mimeType === MIME.spreadsheet) return `https://docs.google.com/spreadsheets/d/${f.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`;
}

/** A file's content as a blob of the given type: Google Docs export to PDF, other files as stored. */
function exportBlob(rt: FakeRuntime, f: FileRecord, contentType: string | null): FakeBlob {
  if (f.doc) {
    const type = contentType ?? MIME.pdf;
    if (type !== MIME.pdf) rt.fail(`Converting from ${f.mimeType} to ${type} is not supported.`);
    return new FakeBlob(rt, `%PDF-1.4 (fake)\n${f.doc.saved}`, MIME.pdf, `${f.name}.pdf`, 'DriveApp');
  }
  if (contentType !== null && contentType !== f.mimeType && contentType !== MIME.pdf) {
    rt.fail(`Converting from ${f.mimeType} to ${contentType} is not supported.`);
  }
  const name = contentType === MIME.pdf && f.mimeType !== MIME.pdf ? `${f.name.replace(/\.[^.]+$/, '')}.pdf` : f.name;
  return new FakeBlob(rt, f.data, contentType ?? f.mimeType, name, 'DriveApp');
}

type FileKeys =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'getDownloadUrl'
  | 'getBlob'
  | 'getAs'
  | 'makeCopy'
  | 'moveTo'
  | 'getParents'
  | 'getMimeType'
  | 'setTrashed'
  | 'isTrashed'
  | 'getDescription'
  | 'setDescription'
  | 'getSize'
  | 'getDateCreated'
  | 'setContent';

export class FakeFile implements Pick<File, FileKeys> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly store: DriveStore,
    readonly record: FileRecord,
  ) {}

  private c(method: string): File {
    this.rt.call('DriveApp', `File.${method}`);
    return real(this);
  }

  getId(): string {
    this.c('getId');
    return this.record.id;
  }
  getName(): string {
    this.c('getName');
    return this.record.name;
  }
  setName(name: string): File {
    this.record.name = name;
    return this.c('setName');
  }
  getUrl(): string {
    this.c('getUrl');
    return urlOf(this.record);
  }
  getDownloadUrl(): string {
    this.c('getDownloadUrl');
    return `https://drive.google.com/uc?id=${this.record.id}&export=download`;
  }
  getMimeType(): string {
    this.c('getMimeType');
    return this.record.mimeType;
  }
  getDescription(): string | null {
    this.c('getDescription');
    return this.record.description;
  }
  setDescription(d: string): File {
    this.record.description = d;
    return this.c('setDescription');
  }
  getSize(): number {
    this.c('getSize');
    return this.record.doc ? 0 : Buffer.byteLength(this.record.data, 'utf8');
  }
  getDateCreated(): Date {
    this.c('getDateCreated');
    return this.rt.realm.date(this.record.created);
  }
  setContent(content: string): File {
    this.record.data = content;
    return this.c('setContent');
  }
  setTrashed(trashed: boolean): File {
    this.record.trashed = trashed;
    return this.c('setTrashed');
  }
  isTrashed(): boolean {
    this.c('isTrashed');
    return this.record.trashed;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.c('getBlob');
    return real(exportBlob(this.rt, this.record, null));
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.c('getAs');
    return real(exportBlob(this.rt, this.record, contentType));
  }

  /** makeCopy(), (folder), (name), (name, folder); without a folder the copy sits where the original does. */
  makeCopy(a?: string | Folder, b?: Folder): File {
    this.c('makeCopy');
    const name = typeof a === 'string' ? a : `Copy of ${this.record.name}`;
    const dest = typeof a === 'string' ? b : a;
    const parents = dest === undefined ? this.record.parents : new Set([own(this.rt, dest, FakeFolder, 'folder').record.id]);
    return real(new FakeFile(this.rt, this.store, this.store.copyDocument(this.record, name, parents)));
  }

  moveTo(folder: Folder): File {
    this.c('moveTo');
    this.record.parents = new Set([own(this.rt, folder, FakeFolder, 'folder').record.id]);
    return real(this);
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.c('getParents');
    return folders(
      this.rt,
      this.store,
      [...this.record.parents].map((id) => this.store.folders.get(id)).filter((f): f is FolderRecord => f !== undefined),
    );
  }
}

type FolderKeys =
  | 'getId'
  | 'getName'
  | 'setName'
  | 'getUrl'
  | 'createFile'
  | 'createFolder'
  | 'getFiles'
  | 'getFilesByName'
  | 'getFolders'
  | 'getFoldersByName'
  | 'addFile'
  | 'removeFile'
  | 'getParents'
  | 'isTrashed'
  | 'setTrashed';

export class FakeFolder implements Pick<Folder, FolderKeys> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly store: DriveStore,
    readonly record: FolderRecord,
  ) {}

  private c(method: string): Folder {
    this.rt.call('DriveApp', `Folder.${method}`);
    return real(this);
  }

  private inside(): FileRecord[] {
    return [...this.store.files.values()].filter((f) => f.parents.has(this.record.id));
  }

  getId(): string {
    this.c('getId');
    return this.record.id;
  }
  getName(): string {
    this.c('getName');
    return this.record.name;
  }
  setName(name: string): Folder {
    this.record.name = name;
    return this.c('setName');
  }
  getUrl(): string {
    this.c('getUrl');
    return `https://drive.google.com/drive/folders/${this.record.id}`;
  }
  isTrashed(): boolean {
    this.c('isTrashed');
    return this.record.trashed;
  }
  setTrashed(t: boolean): Folder {
    this.record.trashed = t;
    return this.c('setTrashed');
  }

  createFile(a: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string): File {
    this.c('createFile');
    return real(new FakeFile(this.rt, this.store, newFile(this.rt, this.store, this.record.id, a, content, mimeType)));
  }
  createFolder(name: string): Folder {
    this.c('createFolder');
    return real(new FakeFolder(this.rt, this.store, this.store.createFolder(name, this.record.id)));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.c('getFiles');
    return files(this.rt, this.store, this.inside());
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.c('getFilesByName');
    return files(
      this.rt,
      this.store,
      this.inside().filter((f) => f.name === name),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.c('getFolders');
    return folders(
      this.rt,
      this.store,
      [...this.store.folders.values()].filter((f) => f.parents.has(this.record.id)),
    );
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.c('getFoldersByName');
    return folders(
      this.rt,
      this.store,
      [...this.store.folders.values()].filter((f) => f.parents.has(this.record.id) && f.name === name),
    );
  }
  addFile(file: File): Folder {
    own(this.rt, file, FakeFile, 'file').record.parents.add(this.record.id);
    return this.c('addFile');
  }
  removeFile(file: File): Folder {
    own(this.rt, file, FakeFile, 'file').record.parents.delete(this.record.id);
    return this.c('removeFile');
  }
  getParents(): GoogleAppsScript.Drive.FolderIterator {
    this.c('getParents');
    return folders(
      this.rt,
      this.store,
      [...this.record.parents].map((id) => this.store.folders.get(id)).filter((f): f is FolderRecord => f !== undefined),
    );
  }
}

function newFile(
  rt: FakeRuntime,
  store: DriveStore,
  parentId: string,
  a: string | GoogleAppsScript.Base.BlobSource,
  content?: string,
  mimeType?: string,
): FileRecord {
  if (typeof a === 'string') return store.createFile(a, mimeType ?? 'text/plain', content ?? '', parentId);
  const blob = a.getBlob();
  const name = blob.getName();
  if (name === null || name === '') rt.fail('Blob object must have non-null name for this operation.');
  return store.createFile(name, blob.getContentType() ?? 'application/octet-stream', blob.getDataAsString(), parentId);
}

type DriveKeys =
  | 'Access'
  | 'Permission'
  | 'getFileById'
  | 'getFolderById'
  | 'getRootFolder'
  | 'createFile'
  | 'createFolder'
  | 'getFiles'
  | 'getFilesByName'
  | 'getFolders'
  | 'getFoldersByName';

export class FakeDriveApp implements Pick<GoogleAppsScript.Drive.DriveApp, DriveKeys> {
  readonly Access = fakeEnum<typeof GoogleAppsScript.Drive.Access>(['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE']);
  readonly Permission = fakeEnum<typeof GoogleAppsScript.Drive.Permission>(['VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'NONE']);

  constructor(
    private readonly rt: FakeRuntime,
    readonly store: DriveStore,
  ) {}

  private c(method: string): void {
    this.rt.call('DriveApp', method, 'FULL', SCOPES.drive);
  }

  private check(id: string, method: string): void {
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{10,}$/.test(id)) {
      this.rt.fail(`Unexpected error while getting the method or property ${method} on object DriveApp.`);
    }
    if (this.store.noAccess.has(id)) this.rt.fail(NOT_FOUND);
  }

  getFileById(id: string): File {
    this.c('getFileById');
    this.check(id, 'getFileById');
    const f = this.store.files.get(id);
    return real(f ? new FakeFile(this.rt, this.store, f) : this.rt.fail(NOT_FOUND));
  }

  getFolderById(id: string): Folder {
    this.c('getFolderById');
    this.check(id, 'getFolderById');
    const f = this.store.folders.get(id);
    return real(f ? new FakeFolder(this.rt, this.store, f) : this.rt.fail(NOT_FOUND));
  }

  getRootFolder(): Folder {
    this.c('getRootFolder');
    return real(new FakeFolder(this.rt, this.store, this.store.folders.get(this.store.rootId) ?? this.rt.fail('No root')));
  }

  createFile(a: string | GoogleAppsScript.Base.BlobSource, content?: string, mimeType?: string): File {
    this.c('createFile');
    return real(new FakeFile(this.rt, this.store, newFile(this.rt, this.store, this.store.rootId, a, content, mimeType)));
  }

  createFolder(name: string): Folder {
    this.c('createFolder');
    return real(new FakeFolder(this.rt, this.store, this.store.createFolder(name)));
  }
  getFiles(): GoogleAppsScript.Drive.FileIterator {
    this.c('getFiles');
    return files(this.rt, this.store, [...this.store.files.values()]);
  }
  getFilesByName(name: string): GoogleAppsScript.Drive.FileIterator {
    this.c('getFilesByName');
    return files(
      this.rt,
      this.store,
      [...this.store.files.values()].filter((f) => f.name === name),
    );
  }
  getFolders(): GoogleAppsScript.Drive.FolderIterator {
    this.c('getFolders');
    return folders(
      this.rt,
      this.store,
      [...this.store.folders.values()].filter((f) => f.id !== this.store.rootId),
    );
  }
  getFoldersByName(name: string): GoogleAppsScript.Drive.FolderIterator {
    this.c('getFoldersByName');
    return folders(
      this.rt,
      this.store,
      [...this.store.folders.values()].filter((f) => f.name === name),
    );
  }
}
