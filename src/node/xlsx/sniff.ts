import { open } from 'node:fs/promises';

/** What a file is by its first bytes, before any reader tries it. */
export type FileKind = 'zip' | 'password' | 'xls' | 'other';

const ZIP = [0x50, 0x4b];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A password-protected .xlsx is not a zip: Office stores it in a compound file (the old .xls
 * container) holding an «EncryptedPackage» stream. An old .xls is the same container without it.
 */
export async function sniffFile(file: string): Promise<FileKind> {
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(8);
    const { bytesRead } = await fh.read(head, 0, 8, 0);
    if (bytesRead >= 2 && ZIP.every((b, i) => head[i] === b)) return 'zip';
    if (bytesRead === 8 && CFB.every((b, i) => head[i] === b)) {
      const { size } = await fh.stat();
      const body = Buffer.alloc(Math.min(size, 1 << 20));
      await fh.read(body, 0, body.length, 0);
      return body.includes(Buffer.from('EncryptedPackage', 'utf16le')) ? 'password' : 'xls';
    }
    return 'other';
  } finally {
    await fh.close();
  }
}
