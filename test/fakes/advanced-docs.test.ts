import { createEnvironment } from './index';
import { FakeParagraph, FakeTable } from './document/elements';
import type { DocsRequest } from './advanced-docs';

function saved() {
  const env = createEnvironment();
  const doc = env.DocumentApp.create('Informe');
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText('Título');
  body.getChild(0).asParagraph().setHeading(env.DocumentApp.ParagraphHeading.HEADING1);
  body.appendTable([
    ['ID', 'Estado'],
    ['A1', 'Vencida'],
  ]);
  body.appendParagraph('Después');
  const id = doc.getId();
  doc.saveAndClose();
  return { env, id, fake: env.DocumentApp.created[0] };
}

describe('the advanced Docs service (v1)', () => {
  test('get: the body as structural elements with indexes, headings as named styles', () => {
    const { env, id } = saved();
    const content = env.Docs.Documents.get(id).body?.content ?? [];
    // Section break, «Título\n» (1–8), the table (8–…), the paragraph after it.
    expect(content[0]).toEqual({ endIndex: 1, sectionBreak: {} });
    expect(content[1]).toMatchObject({ startIndex: 1, endIndex: 8, paragraph: { paragraphStyle: { namedStyleType: 'HEADING_1' } } });
    // 1 (table) + 2 rows × (1 + 2 cells × 1) + cells' paragraphs «ID\n» 3, «Estado\n» 7, «A1\n» 3, «Vencida\n» 8 + 1 (end).
    expect(content[2]).toMatchObject({ startIndex: 8, endIndex: 8 + 1 + 6 + 21 + 1, table: { rows: 2, columns: 2 } });
  });

  test('batchUpdate pins header rows and keeps a heading with the next; one bad request and nothing applies', () => {
    const { env, id, fake } = saved();
    const content = env.Docs.Documents.get(id).body?.content ?? [];
    const table = content[2].startIndex ?? -1;
    const bad: DocsRequest[] = [
      { updateParagraphStyle: { range: { startIndex: 1, endIndex: 8 }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' } },
      { pinTableHeaderRows: { tableStartLocation: { index: table + 1 }, pinnedHeaderRowsCount: 1 } },
    ];
    expect(() => env.Docs.Documents.batchUpdate({ requests: bad }, id)).toThrow(/Invalid requests\[1\]\.pinTableHeaderRows/);
    expect((fake.body.children[0] as FakeParagraph).keepWithNext).toBe(false);
    const good: DocsRequest[] = [bad[0], { pinTableHeaderRows: { tableStartLocation: { index: table }, pinnedHeaderRowsCount: 1 } }];
    env.Docs.Documents.batchUpdate({ requests: good }, id);
    expect((fake.body.children[0] as FakeParagraph).keepWithNext).toBe(true);
    expect(fake.body.all(FakeTable)[0].pinnedHeaderRows).toBe(1);
  });

  test('a document with unsaved DocumentApp edits is refused (the API would see the saved version)', () => {
    const { env, id } = saved();
    env.DocumentApp.openById(id).getBody().appendParagraph('sin guardar');
    expect(() => env.Docs.Documents.get(id)).toThrow(/unsaved DocumentApp edits/);
  });

  test("the manifest's scopes decide: without documents or drive.file, Google's refusal", () => {
    const { env, id } = saved();
    env.useManifest({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => env.Docs.Documents.get(id)).toThrow('Specified permissions are not sufficient to call Docs.Documents.get.');
  });
});
