/**
 * Drive's import of a Word file into a Google Doc (files.create with a Google Docs mimeType and a .docx
 * blob), as far as the report needs it: the body's paragraphs as plain text, and the default footer's
 * paragraphs with Word's PAGE / NUMPAGES fields (fldSimple) turned into Docs' page number and page count.
 *
 * Assumed, not confirmed in a real run (docs/PRIMERA-EJECUCION.md asks to check it): that Google keeps
 * those fields as live AutoText (PHPOffice/PHPWord#677 reports a PHPWord .docx's «{PAGE}»/«{NUMPAGES}»
 * counting pages in Google Docs). DocumentApp exposes no AutoText class; the fake shows each one as
 * «{PAGE_NUMBER}» / «{PAGE_COUNT}» in the paragraph's text and lists them in `autoText`, so that a test
 * can tell a real field from typed text. Anything but a .docx whose archive has the parts Word needs
 * is refused, as Drive refuses a file it cannot convert (the exact error text is not modelled).
 */
import type { FakeBlob } from './blob';
import { FakeParagraph, FakeSection } from './document/elements';
import { type DriveStore, type FileRecord } from './drive-store';
import type { FakeRuntime } from './runtime';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export type AutoText = 'PAGE_NUMBER' | 'PAGE_COUNT';
const FIELDS: Record<string, AutoText> = { PAGE: 'PAGE_NUMBER', NUMPAGES: 'PAGE_COUNT' };

/** The auto text a fake paragraph carries (set only by an import). */
export const autoTextOf = new WeakMap<FakeParagraph, AutoText[]>();

export function importDocx(rt: FakeRuntime, store: DriveStore, blob: FakeBlob | null, name: string, parentId: string): FileRecord {
  const fail = (why: string): never => rt.fail(`API call to drive.files.create failed with error: ${why}`);
  if (!blob) return fail('Conversion needs content.');
  if (blob.contentType !== DOCX_MIME) return fail(`Conversion from ${blob.contentType ?? 'unknown'} to a Google Doc is not supported.`);
  const entries = blob.zipEntries;
  const main = entries?.get('word/document.xml');
  if (!entries || !entries.has('[Content_Types].xml') || !entries.has('_rels/.rels') || main === undefined) return fail('The file could not be converted.');
  const doc = store.createDocument(name, parentId);
  // A Doc's body is never empty: an empty .docx body still gives one empty paragraph.
  doc.body.children = [];
  for (const p of paragraphs(main.replace(/<w:sectPr[\s\S]*?<\/w:sectPr>/g, ''))) doc.body.adopt(new FakeParagraph(doc.ctx, p.text));
  if (doc.body.children.length === 0) doc.body.adopt(new FakeParagraph(doc.ctx));
  const footerId = /<w:footerReference\b[^>]*w:type="default"[^>]*r:id="([^"]+)"/.exec(main)?.[1];
  const target = footerId
    ? new RegExp(`<Relationship\\b[^>]*Id="${footerId}"[^>]*Target="([^"]+)"`).exec(entries.get('word/_rels/document.xml.rels') ?? '')?.[1]
    : undefined;
  const footerXml = target ? entries.get(`word/${target}`) : undefined;
  if (footerXml !== undefined) {
    const footer = new FakeSection(doc.ctx, 'FooterSection');
    footer.children = [];
    for (const p of paragraphs(footerXml)) {
      const para = footer.adopt(new FakeParagraph(doc.ctx, p.text));
      if (p.autoText.length) autoTextOf.set(para, p.autoText);
    }
    if (footer.children.length === 0) footer.adopt(new FakeParagraph(doc.ctx));
    doc.footer = footer;
  }
  doc.saved = doc.render();
  return doc.file;
}

interface Imported {
  text: string;
  autoText: AutoText[];
}

/** Each <w:p>: its runs' text, a fldSimple PAGE/NUMPAGES as its auto text (its cached result dropped). */
function paragraphs(xml: string): Imported[] {
  const out: Imported[] = [];
  for (const m of xml.matchAll(/<w:p\b(?:\/>|[^>]*>([\s\S]*?)<\/w:p>)/g)) {
    const inner = m[1] ?? '';
    const autoText: AutoText[] = [];
    const text = inner
      .replace(/<w:fldSimple\b[^>]*w:instr="\s*([A-Z]+)[^"]*"[^>]*>[\s\S]*?<\/w:fldSimple>/g, (_, instr: string) => {
        const kind = FIELDS[instr];
        if (!kind) return '';
        autoText.push(kind);
        return `{${kind}}`;
      })
      .replace(/<w:t\b[^>]*>([\s\S]*?)<\/w:t>|<[^>]+>/g, (_, t: string | undefined) => (t === undefined ? '' : unescapeXml(t)));
    out.push({ text, autoText });
  }
  return out;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
