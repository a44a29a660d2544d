import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type JSZip from 'jszip';

/** One cell as the file stores it: its formula, type attribute (t) and stored value text. */
export interface RawCell {
  readonly formula?: string;
  readonly type: string;
  readonly value?: string;
}

export type RawSheets = Record<string, Map<string, RawCell>>;

const jszip = createRequire(require.resolve('exceljs'))('jszip') as typeof JSZip;

function unescape(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Reads each sheet's cells straight from the XML (not through exceljs, which cannot tell an
 * empty-text result from no result): the formula, the type and the stored value.
 */
export async function readRawCells(file: string): Promise<RawSheets> {
  const zip = await jszip.loadAsync(await readFile(file));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const t = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  const out: RawSheets = {};
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescape(/name="([^"]+)"/.exec(m[0])?.[1] ?? '');
    const rid = /r:id="([^"]+)"/.exec(m[0])?.[1] ?? '';
    const xml = await zip.file(target.get(rid) ?? '')!.async('string');
    const cells = new Map<string, RawCell>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = c[1];
      const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
      if (!ref) continue;
      const body = c[3] ?? '';
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
      const v = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(body);
      cells.set(ref, {
        type: /\bt="([^"]+)"/.exec(attrs)?.[1] ?? 'n',
        ...(f !== undefined ? { formula: unescape(f) } : {}),
        ...(v ? { value: unescape(v[1] ?? '') } : {}),
      });
    }
    out[name] = cells;
  }
  return out;
}

/** The text of one part of the package, e.g. "xl/workbook.xml". */
export async function readPart(file: string, part: string): Promise<string> {
  const zip = await jszip.loadAsync(await readFile(file));
  const f = zip.file(part);
  if (!f) throw new Error(`no part ${part} in ${file}`);
  return f.async('string');
}
