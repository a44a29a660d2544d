import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { exportMsg } from '../../core/messages';

/** One file inside a zip package, from the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

/** Why a package cannot be read; the message is Spanish (exportMsg.readerDetail), for the person. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** Zip64 sizes and offset from the extra field (0x0001), in the order the spec gives them. */
function zip64Fields(extra: Buffer, size: number, compressed: number, offset: number): { size: number; compressed: number; offset: number } {
  let p = 0;
  while (p + 4 <= extra.length) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (size === 0xffffffff) size = next();
      if (compressed === 0xffffffff) compressed = next();
      if (offset === 0xffffffff) offset = next();
      break;
    }
    p += 4 + len;
  }
  return { size, compressed, offset };
}

/**
 * A zip package read by random access: the central directory once, then each entry streamed and
 * inflated with Node's zlib on demand, so no part is held whole in memory unless asked.
 */
export class ZipPackage {
  private constructor(
    private readonly file: string,
    private readonly fh: FileHandle,
    readonly entries: ReadonlyMap<string, ZipEntry>,
  ) {}

  static async open(file: string): Promise<ZipPackage> {
    const fh = await open(file, 'r');
    try {
      const { size } = await fh.stat();
      const tailLength = Math.min(size, 22 + 0xffff);
      const tail = await readAt(fh, size - tailLength, tailLength);
      let at = -1;
      for (let i = tail.length - 22; i >= 0; i--)
        if (tail.readUInt32LE(i) === EOCD) {
          at = i;
          break;
        }
      if (at < 0) throw new ZipError(exportMsg.readerDetail.noIndex());
      let count = tail.readUInt16LE(at + 10);
      let dirSize = tail.readUInt32LE(at + 12);
      let dirOffset = tail.readUInt32LE(at + 16);
      if ((count === 0xffff || dirOffset === 0xffffffff) && at >= 20 && tail.readUInt32LE(at - 20) === ZIP64_LOCATOR) {
        const eocd64 = await readAt(fh, Number(tail.readBigUInt64LE(at - 12)), 56);
        if (eocd64.readUInt32LE(0) === ZIP64_EOCD) {
          count = Number(eocd64.readBigUInt64LE(32));
          dirSize = Number(eocd64.readBigUInt64LE(40));
          dirOffset = Number(eocd64.readBigUInt64LE(48));
        }
      }
      const dir = await readAt(fh, dirOffset, dirSize);
      const entries = new Map<string, ZipEntry>();
      let p = 0;
      for (let i = 0; i < count && p + 46 <= dir.length; i++) {
        if (dir.readUInt32LE(p) !== CENTRAL) throw new ZipError(exportMsg.readerDetail.brokenIndex());
        const flags = dir.readUInt16LE(p + 8);
        const method = dir.readUInt16LE(p + 10);
        const nameLen = dir.readUInt16LE(p + 28);
        const extraLen = dir.readUInt16LE(p + 30);
        const commentLen = dir.readUInt16LE(p + 32);
        const name = dir.subarray(p + 46, p + 46 + nameLen).toString(flags & 0x800 ? 'utf8' : 'latin1');
        const z = zip64Fields(
          dir.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen),
          dir.readUInt32LE(p + 24),
          dir.readUInt32LE(p + 20),
          dir.readUInt32LE(p + 42),
        );
        entries.set(name, { name, method, flags, compressedSize: z.compressed, size: z.size, localHeader: z.offset });
        p += 46 + nameLen + extraLen + commentLen;
      }
      return new ZipPackage(file, fh, entries);
    } catch (e) {
      await fh.close();
      throw e;
    }
  }

  /** The entry for a part name, tolerant of a leading "/" and of letter case (zip names are case-sensitive, OPC's are not). */
  find(partName: string): ZipEntry | undefined {
    const name = partName.replace(/^\/+/, '');
    const exact = this.entries.get(name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    for (const [n, e] of this.entries) if (n.toLowerCase() === lower) return e;
    return undefined;
  }

  /** The entry's bytes, inflated, as a stream. */
  async stream(entry: ZipEntry): Promise<Readable> {
    if (entry.flags & 1) throw new ZipError(exportMsg.readerDetail.encryptedPart(entry.name));
    const local = await readAt(this.fh, entry.localHeader, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) throw new ZipError(exportMsg.readerDetail.misplacedPart(entry.name));
    const start = entry.localHeader + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (entry.compressedSize === 0) return Readable.from([]);
    const raw = createReadStream(this.file, { start, end: start + entry.compressedSize - 1 });
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new ZipError(exportMsg.readerDetail.unknownCompression(entry.name, entry.method));
    const inflate = createInflateRaw();
    raw.on('error', (e) => inflate.destroy(e));
    return raw.pipe(inflate);
  }

  /** A small part as text (relationships, workbook, styles); undefined when absent. */
  async text(partName: string): Promise<string | undefined> {
    const entry = this.find(partName);
    if (!entry) return undefined;
    const chunks: Buffer[] = [];
    for await (const c of await this.stream(entry)) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  async close(): Promise<void> {
    await this.fh.close();
  }
}
