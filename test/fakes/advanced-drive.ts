/**
 * The advanced Drive service, v3 (the `Drive` global when the manifest lists it under
 * dependencies.enabledAdvancedServices). Over the same DriveStore as DriveApp, but honouring the
 * narrow scope: under drive.file it reaches only what the add-on created or was given (see
 * DriveStore.reaches) — which is why the report uses it instead of DriveApp.
 *
 * Behaviour modelled from the Drive API v3 reference:
 * - files.create: `resource` {name, mimeType, parents}; a folder when mimeType is the folder type;
 *   with a media blob, its bytes become the content (mimeType defaults to the blob's); with the Google
 *   Docs mimeType the upload is imported (a .docx only: docx-import.ts).
 * - files.update: `resource` patches name/trashed/description; parents change only through
 *   optionalArgs.addParents / removeParents (comma-separated IDs), never through `resource.parents`.
 * - files.get / copy / list / remove; items in a shared drive are found only with supportsAllDrives.
 * - A response carries the default fields (kind, id, name, mimeType) unless `fields` asks for more.
 * Errors as the advanced services throw them: "API call to drive.files.get failed with error: File not
 * found: <id>." (wording seen in public issue threads; the exact text of other errors is not modelled).
 */
import { FakeBlob } from './blob';
import { importDocx } from './docx-import';
import { type DriveStore, type FileRecord, type FolderRecord, MIME, type Reach } from './drive-store';
import { own } from './real';
import type { FakeRuntime } from './runtime';

type Schema = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Files = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;
type Args = Record<string, unknown>;

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

type Item = { kind: 'file'; rec: FileRecord } | { kind: 'folder'; rec: FolderRecord };

export class FakeDriveFiles implements Pick<Files, 'create' | 'get' | 'update' | 'copy' | 'list' | 'remove'> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly store: DriveStore,
  ) {}

  private c(method: string): void {
    this.rt.call('Drive', `Files.${method}`, 'FULL');
  }

  private notFound(method: string, id: string): never {
    return this.rt.fail(`API call to drive.files.${method} failed with error: File not found: ${id}.`);
  }

  /** The item behind an ID, if this call may reach it (else Drive's "File not found"). */
  private item(method: string, rawId: string, how: Reach, args: Args | undefined): Item {
    const id = rawId === 'root' ? this.store.rootId : rawId; // Drive's alias for My Drive's root
    const file = this.store.files.get(id);
    const folder = this.store.folders.get(id);
    const found: Item | null = file ? { kind: 'file', rec: file } : folder ? { kind: 'folder', rec: folder } : null;
    if (!found || !this.store.reaches(id, how)) return this.notFound(method, id);
    if (this.store.inSharedDrive.has(id) && args?.supportsAllDrives !== true) return this.notFound(method, id);
    return found;
  }

  /** The response: default fields, or those `fields` names ("*" for all; "files(id,name)" in list). */
  private view(item: Item, fields: unknown): Schema {
    const rec = item.rec;
    const all: Schema = {
      kind: 'drive#file',
      id: rec.id,
      name: rec.name,
      mimeType: item.kind === 'folder' ? MIME.folder : item.rec.mimeType,
      parents: [...rec.parents],
      trashed: rec.trashed,
      webViewLink: webViewLink(item),
    };
    const wanted =
      typeof fields === 'string' && fields.trim()
        ? fields
            .replace(/^files\((.*)\)$/, '$1')
            .split(',')
            .map((f) => f.trim())
        : DEFAULT_FIELDS;
    if (wanted.includes('*')) return all;
    const out: Record<string, unknown> = {};
    for (const k of wanted) if (k in all) out[k] = (all as Record<string, unknown>)[k];
    return out as Schema;
  }

  /** A parent named in a request must be a folder this call may write into. */
  private parent(method: string, id: string, args: Args | undefined): FolderRecord {
    const item = this.item(method, id, 'write', args);
    if (item.kind !== 'folder') return this.rt.fail(`API call to drive.files.${method} failed with error: The parent is not a folder.`);
    return item.rec;
  }

  create(resource: Schema, mediaData?: GoogleAppsScript.Base.Blob, optionalArgs?: Args): Schema {
    this.c('create');
    const parents = (resource.parents ?? []).map((p) => this.parent('create', p, optionalArgs).id);
    const parentId = parents[0] ?? this.store.rootId;
    if (resource.mimeType === MIME.folder) {
      const folder = this.store.createFolder(resource.name ?? 'Untitled', parentId);
      this.store.byApp.add(folder.id);
      if (this.store.inSharedDrive.has(parentId)) this.store.inSharedDrive.add(folder.id);
      return this.view({ kind: 'folder', rec: folder }, optionalArgs?.fields);
    }
    // The upload reads the blob's bytes as the service does (not a script call).
    const blob = mediaData ? own(this.rt, mediaData, FakeBlob, 'mediaData') : null;
    if (resource.mimeType === MIME.document) {
      // A Google Docs target converts the upload (docx-import.ts says what is modelled).
      const file = importDocx(this.rt, this.store, blob, resource.name ?? blob?.name ?? 'Untitled', parentId);
      this.store.byApp.add(file.id);
      if (this.store.inSharedDrive.has(parentId)) this.store.inSharedDrive.add(file.id);
      return this.view({ kind: 'file', rec: file }, optionalArgs?.fields);
    }
    const type = resource.mimeType ?? blob?.contentType ?? 'application/octet-stream';
    const file = this.store.createFile(resource.name ?? blob?.name ?? 'Untitled', type, blob?.data ?? '', parentId);
    this.store.byApp.add(file.id);
    if (this.store.inSharedDrive.has(parentId)) this.store.inSharedDrive.add(file.id);
    return this.view({ kind: 'file', rec: file }, optionalArgs?.fields);
  }

  get(fileId: string): Schema;
  get(fileId: string, optionalArgs: Args & { alt: 'media' }): string;
  get(fileId: string, optionalArgs: Args): Schema;
  /** Metadata, or with alt: 'media' the content of a file stored in Drive (not of a Google Doc). */
  get(fileId: string, optionalArgs?: Args): Schema | string {
    this.c('get');
    const item = this.item('get', fileId, 'read', optionalArgs);
    if (optionalArgs?.alt === 'media') {
      if (item.kind === 'folder' || item.rec.doc)
        return this.rt.fail(
          'API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.',
        );
      return item.rec.data;
    }
    return this.view(item, optionalArgs?.fields);
  }

  update(resource: Schema, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | null, optionalArgs?: Args): Schema {
    this.c('update');
    const item = this.item('update', fileId, 'write', optionalArgs);
    if (resource.parents !== undefined) {
      this.rt.fail(
        "API call to drive.files.update failed with error: The resource body includes fields which are not directly writable. Use 'addParents' and 'removeParents'.",
      );
    }
    const add = idList(optionalArgs?.addParents).map((p) => this.parent('update', p, optionalArgs).id);
    const remove = idList(optionalArgs?.removeParents);
    if (resource.name !== undefined && resource.name !== null) item.rec.name = resource.name;
    if (resource.trashed !== undefined && resource.trashed !== null) item.rec.trashed = resource.trashed;
    if (item.kind === 'file' && resource.description !== undefined) item.rec.description = resource.description ?? null;
    for (const p of remove) item.rec.parents.delete(p);
    for (const p of add) item.rec.parents.add(p);
    if (mediaData && item.kind === 'file') item.rec.data = own(this.rt, mediaData, FakeBlob, 'mediaData').data;
    return this.view(item, optionalArgs?.fields);
  }

  copy(resource: Schema, fileId: string, optionalArgs?: Args): Schema {
    this.c('copy');
    const item = this.item('copy', fileId, 'read', optionalArgs);
    if (item.kind === 'folder') return this.rt.fail('API call to drive.files.copy failed with error: This file cannot be copied by the user.');
    const parents = (resource.parents ?? []).map((p) => this.parent('copy', p, optionalArgs).id);
    const copy = this.store.copyDocument(item.rec, resource.name ?? `Copy of ${item.rec.name}`, new Set(parents.length ? parents : [this.store.rootId]));
    this.store.byApp.add(copy.id);
    return this.view({ kind: 'file', rec: copy }, optionalArgs?.fields);
  }

  /** A small subset of the query language: `name = '…'`, `mimeType = '…'`, `'<id>' in parents`, `trashed = false`, joined by `and`. */
  list(optionalArgs?: Args): FileList {
    this.c('list');
    const terms = typeof optionalArgs?.q === 'string' && optionalArgs.q.trim() ? optionalArgs.q.split(/\s+and\s+/i) : [];
    const tests = terms.map((t) => queryTerm(this.rt, t.trim()));
    const items: Item[] = [
      ...[...this.store.folders.values()].filter((f) => f.id !== this.store.rootId).map((rec): Item => ({ kind: 'folder', rec })),
      ...[...this.store.files.values()].map((rec): Item => ({ kind: 'file', rec })),
    ];
    const shared = optionalArgs?.supportsAllDrives === true && optionalArgs.includeItemsFromAllDrives === true;
    const files = items
      .filter((i) => this.store.reaches(i.rec.id, 'read'))
      .filter((i) => shared || !this.store.inSharedDrive.has(i.rec.id))
      .filter((i) => tests.every((t) => t(i)))
      .map((i) => this.view(i, typeof optionalArgs?.fields === 'string' ? optionalArgs.fields.replace(/^.*files\(([^)]*)\).*$/, '$1') : undefined));
    return { kind: 'drive#fileList', files };
  }

  remove(fileId: string, optionalArgs?: Args): void {
    this.c('remove');
    const item = this.item('delete', fileId, 'write', optionalArgs);
    if (item.kind === 'file') this.store.files.delete(fileId);
    else this.store.folders.delete(fileId);
  }
}

function idList(v: unknown): string[] {
  return typeof v === 'string'
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function webViewLink(item: Item): string {
  if (item.kind === 'folder') return `https://drive.google.com/drive/folders/${item.rec.id}`;
  if (item.rec.mimeType === MIME.document) return `https://docs.google.com/document/d/${item.rec.id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${item.rec.id}/view?usp=drivesdk`;
}

function queryTerm(rt: FakeRuntime, term: string): (i: Item) => boolean {
  const unquote = (s: string): string =>
    s
      .replace(/^'(.*)'$/, '$1')
      .replace(/\\'/g, "'")
      .replace(/\\\\/g, '\\');
  let m = /^name\s*=\s*('(?:[^'\\]|\\.)*')$/.exec(term);
  if (m) {
    const v = unquote(m[1]);
    return (i) => i.rec.name === v;
  }
  m = /^mimeType\s*(=|!=)\s*('(?:[^'\\]|\\.)*')$/.exec(term);
  if (m) {
    const v = unquote(m[2]);
    const eq = m[1] === '=';
    return (i) => ((i.kind === 'folder' ? MIME.folder : i.rec.mimeType) === v) === eq;
  }
  m = /^('(?:[^'\\]|\\.)*')\s+in\s+parents$/.exec(term);
  if (m) {
    const v = unquote(m[1]);
    return (i) => i.rec.parents.has(v);
  }
  m = /^trashed\s*=\s*(true|false)$/.exec(term);
  if (m) {
    const v = m[1] === 'true';
    return (i) => i.rec.trashed === v;
  }
  return rt.fail(
    `API call to drive.files.list failed with error: Invalid Value (the fake understands only name, mimeType, parents and trashed terms): ${term}`,
  );
}

/** The `Drive` global: only Files is modelled. */
export class FakeAdvancedDrive {
  readonly Files: FakeDriveFiles;
  constructor(rt: FakeRuntime, store: DriveStore) {
    this.Files = new FakeDriveFiles(rt, store);
  }
}
