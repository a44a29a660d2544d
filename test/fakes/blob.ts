/** A fake Blob: bytes as text, a content type and a name; getAs changes type and extension. */
import { real } from './real';
import type { FakeRuntime } from './runtime';

const EXTENSIONS: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

export class FakeBlob implements Pick<
  GoogleAppsScript.Base.Blob,
  | 'copyBlob'
  | 'getAs'
  | 'getBlob'
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'isGoogleType'
  | 'setBytes'
  | 'setContentType'
  | 'setDataFromString'
  | 'setName'
> {
  constructor(
    private readonly rt: FakeRuntime,
    public data: string,
    public contentType: string | null,
    public name: string | null,
    /** The service whose calls this blob counts under (a PDF of a Doc counts as DocumentApp…). */
    private readonly service = 'Utilities',
  ) {}

  /**
   * The entries (path → text) of a blob Utilities.zip made. The fake keeps bytes as text, so a zip's
   * bytes are not built; Drive's fake reads these entries where the real service would read the archive.
   */
  zipEntries: ReadonlyMap<string, string> | null = null;

  private c(method: string): void {
    this.rt.call(this.service, `Blob.${method}`);
  }

  copyBlob(): GoogleAppsScript.Base.Blob {
    this.c('copyBlob');
    const copy = new FakeBlob(this.rt, this.data, this.contentType, this.name, this.service);
    copy.zipEntries = this.zipEntries;
    return copy as unknown as GoogleAppsScript.Base.Blob;
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.c('getAs');
    return convertBlob(this.rt, this.service, this.data, contentType, this.name) as unknown as GoogleAppsScript.Base.Blob;
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    this.c('getBlob');
    return real(this);
  }

  getBytes(): number[] {
    this.c('getBytes');
    return this.rt.realm.list([...Buffer.from(this.data, 'utf8')].map((b) => (b > 127 ? b - 256 : b)));
  }

  getContentType(): string | null {
    this.c('getContentType');
    return this.contentType;
  }

  getDataAsString(): string {
    this.c('getDataAsString');
    return this.data;
  }

  getName(): string | null {
    this.c('getName');
    return this.name;
  }

  isGoogleType(): boolean {
    this.c('isGoogleType');
    return false;
  }

  setBytes(data: number[]): GoogleAppsScript.Base.Blob {
    this.c('setBytes');
    this.data = Buffer.from(data.map((b) => (b < 0 ? b + 256 : b))).toString('utf8');
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  setContentType(contentType: string | null): GoogleAppsScript.Base.Blob {
    this.c('setContentType');
    this.contentType = contentType;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  setDataFromString(text: string): GoogleAppsScript.Base.Blob {
    this.c('setDataFromString');
    this.data = text;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }

  setName(name: string): GoogleAppsScript.Base.Blob {
    this.c('setName');
    this.name = name;
    return this as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** A converted copy: same data, the new type, the name's extension replaced (as Apps Script does). */
export function convertBlob(rt: FakeRuntime, service: string, data: string, contentType: string, name: string | null): FakeBlob {
  const ext = EXTENSIONS[contentType];
  const base = name === null ? null : name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return new FakeBlob(rt, data, contentType, base === null || ext === undefined ? base : `${base}.${ext}`, service);
}
