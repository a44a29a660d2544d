/**
 * The numbered shell the report's Doc is converted from (src/gas/report/docx-shell.ts): a .docx whose
 * parts are valid WordprocessingML (ECMA-376 schemas beside the clone) and whose footer Drive's import
 * turns into «Página {n} de {N}» — and only because the fields are there.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEnvironment } from '../fakes';
import { FakeBlob } from '../fakes/blob';
import { autoTextOf, DOCX_MIME } from '../fakes/docx-import';
import { FakeParagraph } from '../fakes/document/elements';
import { MIME } from '../fakes/drive-store';
import { docxShell } from '../../src/gas/report/docx-shell';
import { missingValidator, OOXML_VALIDATE, toolAvailable } from '../node/support/tools';

function shell(): { env: ReturnType<typeof createEnvironment>; blob: FakeBlob } {
  const env = createEnvironment();
  Object.assign(globalThis, { Utilities: env.Utilities });
  const blob = docxShell() as unknown as FakeBlob;
  return { env, blob };
}

afterEach(() => {
  Object.assign(globalThis, { Utilities: undefined });
});

test('the shell is a Word file of five parts, its footer reading Página PAGE de NUMPAGES', () => {
  const { blob } = shell();
  expect(blob.contentType).toBe(DOCX_MIME);
  expect([...(blob.zipEntries?.keys() ?? [])].sort()).toEqual([
    '[Content_Types].xml',
    '_rels/.rels',
    'word/_rels/document.xml.rels',
    'word/document.xml',
    'word/footer1.xml',
  ]);
  const footer = blob.zipEntries!.get('word/footer1.xml')!;
  expect(footer).toMatch(/Página <\/w:t>.*w:instr=" PAGE ".*> de <\/w:t>.*w:instr=" NUMPAGES "/);
});

test("Drive's import of the shell gives a Doc whose footer holds a page number and a page count", () => {
  const { env, blob } = shell();
  const made = env.Drive.Files.create({ name: 'Informe', mimeType: MIME.document }, blob as unknown as GoogleAppsScript.Base.Blob, { fields: 'id' });
  const doc = env.drive.files.get(made.id!)!.doc!;
  const p = doc.footer!.all(FakeParagraph)[0];
  expect([p.text(), autoTextOf.get(p)]).toEqual(['Página {PAGE_NUMBER} de {PAGE_COUNT}', ['PAGE_NUMBER', 'PAGE_COUNT']]);
  expect(doc.body.children.map((c) => c.text())).toEqual(['']);
});

test('without the fields the imported footer is only text (nothing counts pages)', () => {
  const { env, blob } = shell();
  const entries = new Map(blob.zipEntries!);
  entries.set('word/footer1.xml', entries.get('word/footer1.xml')!.replace(/<w:fldSimple\b[^>]*>(.*?)<\/w:fldSimple>/g, '$1'));
  blob.zipEntries = entries;
  const made = env.Drive.Files.create({ name: 'Informe', mimeType: MIME.document }, blob as unknown as GoogleAppsScript.Base.Blob, { fields: 'id' });
  const p = env.drive.files.get(made.id!)!.doc!.footer!.all(FakeParagraph)[0];
  expect([p.text(), autoTextOf.has(p)]).toEqual(['Página 1 de 1', false]);
});

const withSchemas = toolAvailable('El validador de esquemas ooxml-validate', missingValidator(), { beside: true }) ? test : test.skip;

withSchemas('the body and the footer validate against the WordprocessingML schema (ECMA-376)', () => {
  const { blob } = shell();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'shell-'));
  const files = ['word/document.xml', 'word/footer1.xml'].map((part) => {
    const file = path.join(dir, path.basename(part));
    writeFileSync(file, blob.zipEntries!.get(part)!);
    return file;
  });
  const xsd = path.resolve(path.dirname(OOXML_VALIDATE), '../ooxml-xsd/wml.xsd');
  const out = execFileSync('xmllint', ['--noout', '--schema', xsd, ...files], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  expect(out).toBe('');
});
