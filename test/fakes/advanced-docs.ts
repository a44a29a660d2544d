/**
 * The advanced Docs service, v1 (the `Docs` global when the manifest lists it under
 * dependencies.enabledAdvancedServices), over the same documents as DocumentApp. Only what the report
 * uses is modelled: documents.get (the body's structural elements with their indexes) and
 * documents.batchUpdate with pinTableHeaderRows and updateParagraphStyle of keepWithNext.
 *
 * Behaviour modelled from the Docs API v1 reference:
 * - The body's content starts with a section break ending at index 1; a paragraph takes its text plus
 *   its newline; a table takes 1 for its start, 1 per row, 1 per cell, then its cells' content, and 1
 *   for its end (the indexes the reference's «Structure of a Google Docs document» describes).
 * - batchUpdate validates every request before applying any: one invalid request and nothing changes.
 * - pinTableHeaderRows.tableStartLocation.index must be where a table starts.
 * Errors as advanced services throw them: "API call to docs.documents.<method> failed with error: …"
 * (the Drive service's wording; the Docs messages' exact text is not known).
 * The API sees a document as last saved: a call while DocumentApp holds unsaved edits is refused here,
 * so a script that forgets saveAndClose fails in tests instead of updating the wrong indexes in Docs.
 */
import type { DriveStore } from './drive-store';
import type { FakeDocument } from './document/document';
import { type FakeElement, FakeListItem, FakeParagraph, FakeTable } from './document/elements';
import type { FakeRuntime } from './runtime';

type DocSchema = GoogleAppsScript.Docs.Schema.Document;
type Structural = GoogleAppsScript.Docs.Schema.StructuralElement;
type Documents = GoogleAppsScript.Docs.Collection.DocumentsCollection;
/** The Request type of @types/google-apps-script predates pinTableHeaderRows. */
export type DocsRequest = GoogleAppsScript.Docs.Schema.Request & {
  pinTableHeaderRows?: { tableStartLocation?: { index?: number; segmentId?: string }; pinnedHeaderRowsCount?: number };
};

/** DocumentApp's heading names → the Docs API's named style types. */
const NAMED_STYLE: Readonly<Record<string, string>> = {
  NORMAL: 'NORMAL_TEXT',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
};

interface Placed {
  readonly el: FakeElement;
  readonly start: number;
  readonly end: number;
}

/** The body's elements with their Docs API indexes (tables' inner paragraphs included, for ranges). */
function layout(body: FakeElement): { top: Placed[]; paragraphs: Placed[] } {
  const top: Placed[] = [];
  const paragraphs: Placed[] = [];
  let at = 1;
  const paragraph = (p: FakeElement, list: Placed[] | null): void => {
    const start = at;
    at += p.text().length + 1;
    const placed = { el: p, start, end: at };
    paragraphs.push(placed);
    list?.push(placed);
  };
  for (const ch of body.children) {
    if (ch instanceof FakeTable) {
      const start = at;
      at += 1;
      for (const row of ch.rows) {
        at += 1;
        for (const cell of row.children) {
          at += 1;
          for (const p of cell.children) paragraph(p, null);
        }
      }
      at += 1;
      top.push({ el: ch, start, end: at });
    } else paragraph(ch, top);
  }
  return { top, paragraphs };
}

export class FakeDocsDocuments implements Pick<Documents, 'get' | 'batchUpdate'> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly store: DriveStore,
  ) {}

  private doc(method: string, id: string): FakeDocument {
    this.rt.call('Docs', `Documents.${method}`, 'FULL');
    const file = this.store.files.get(id);
    if (!file?.doc || file.trashed || this.store.noAccess.has(id)) {
      return this.rt.fail(`API call to docs.documents.${method} failed with error: Requested entity was not found.`);
    }
    const doc = file.doc;
    if (!doc.ctx.closed && doc.render() !== doc.saved) {
      throw new Error(`fake Docs: documents.${method} on a document with unsaved DocumentApp edits (call saveAndClose first)`);
    }
    return doc;
  }

  get(documentId: string, _optionalArgs?: object): DocSchema {
    const doc = this.doc('get', documentId);
    const { top } = layout(doc.body);
    const content: Structural[] = [{ endIndex: 1, sectionBreak: {} }];
    for (const p of top) {
      if (p.el instanceof FakeTable) {
        content.push({ startIndex: p.start, endIndex: p.end, table: { rows: p.el.rows.length, columns: p.el.rows[0]?.children.length ?? 0 } });
      } else {
        const heading = p.el instanceof FakeParagraph ? p.el.heading : 'NORMAL';
        content.push({
          startIndex: p.start,
          endIndex: p.end,
          paragraph: {
            elements: [{ startIndex: p.start, endIndex: p.end, textRun: { content: `${p.el.text()}\n` } }],
            paragraphStyle: { namedStyleType: NAMED_STYLE[heading] ?? 'NORMAL_TEXT', keepWithNext: p.el instanceof FakeParagraph && p.el.keepWithNext },
            ...(p.el instanceof FakeListItem ? { bullet: {} } : {}),
          },
        });
      }
    }
    return { documentId, title: doc.file.name, body: { content } };
  }

  batchUpdate(resource: GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest, documentId: string): GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse {
    const doc = this.doc('batchUpdate', documentId);
    const { top, paragraphs } = layout(doc.body);
    const bad = (k: number, what: string, why: string): never =>
      this.rt.fail(`API call to docs.documents.batchUpdate failed with error: Invalid requests[${k}].${what}: ${why}`);
    const apply: (() => void)[] = [];
    ((resource.requests ?? []) as DocsRequest[]).forEach((r, k) => {
      if (r.pinTableHeaderRows) {
        const index = r.pinTableHeaderRows.tableStartLocation?.index;
        const table = top.find((p) => p.start === index && p.el instanceof FakeTable)?.el;
        if (!(table instanceof FakeTable)) return bad(k, 'pinTableHeaderRows', 'The table start location must be the start of a table.');
        const n = r.pinTableHeaderRows.pinnedHeaderRowsCount ?? 0;
        if (n < 0 || n > table.rows.length) return bad(k, 'pinTableHeaderRows', 'The number of pinned rows must be between 0 and the number of rows.');
        apply.push(() => (table.pinnedHeaderRows = n));
      } else if (r.updateParagraphStyle) {
        const u = r.updateParagraphStyle;
        if (u.fields !== 'keepWithNext') throw new Error(`fake Docs: updateParagraphStyle of fields "${u.fields}" is not modelled`);
        const start = u.range?.startIndex ?? 0;
        const end = u.range?.endIndex ?? 0;
        if (!(start >= 1 && end > start)) return bad(k, 'updateParagraphStyle', 'The range must not be empty.');
        const hit = paragraphs.filter((p) => p.start < end && p.end > start).map((p) => p.el);
        const value = u.paragraphStyle?.keepWithNext === true;
        apply.push(() => hit.forEach((p) => p instanceof FakeParagraph && (p.keepWithNext = value)));
      } else throw new Error(`fake Docs: request ${Object.keys(r).join(',')} is not modelled`);
    });
    apply.forEach((f) => f());
    doc.saved = doc.render();
    return { documentId, replies: apply.map(() => ({})) };
  }
}

export class FakeAdvancedDocs {
  readonly Documents: FakeDocsDocuments;
  constructor(rt: FakeRuntime, store: DriveStore) {
    this.Documents = new FakeDocsDocuments(rt, store);
  }
}
