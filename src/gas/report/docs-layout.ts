/**
 * What DocumentApp cannot do to the report's Doc, done through the advanced Docs service (v1): every
 * table repeats its header row on each page it crosses (pinTableHeaderRows) and every heading stays on
 * the page of what follows it (paragraphStyle.keepWithNext). DocumentApp has neither setter.
 *
 * Two calls whatever the report's size: one documents.get for the indexes, one batchUpdate. The Docs
 * API sees the document as saved, so this runs after saveAndClose. It is a finish, not content: when
 * it fails the report is still complete, and the caller says so in the closing dialog.
 */
type Request = GoogleAppsScript.Docs.Schema.Request & {
  // The typings of @types/google-apps-script predate this request of the Docs API v1.
  pinTableHeaderRows?: { tableStartLocation: { index: number }; pinnedHeaderRowsCount: number };
};

/** Named styles of the report's headings (DocumentApp TITLE, HEADING1–3). */
const HEADING_STYLE = /^(TITLE|HEADING_\d)$/;

function docs(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) throw new Error('The advanced Docs service (v1) is not enabled in appsscript.json');
  return Docs;
}

/** The requests for one document's body: pin each table's first row, keep each heading with the next paragraph. */
export function layoutRequests(content: readonly GoogleAppsScript.Docs.Schema.StructuralElement[]): Request[] {
  const out: Request[] = [];
  for (const el of content) {
    if (el.startIndex === undefined || el.endIndex === undefined) continue;
    if (el.table && (el.table.rows ?? 0) > 1) {
      out.push({ pinTableHeaderRows: { tableStartLocation: { index: el.startIndex }, pinnedHeaderRowsCount: 1 } });
    } else if (el.paragraph && HEADING_STYLE.test(el.paragraph.paragraphStyle?.namedStyleType ?? '')) {
      out.push({
        updateParagraphStyle: { range: { startIndex: el.startIndex, endIndex: el.endIndex }, paragraphStyle: { keepWithNext: true }, fields: 'keepWithNext' },
      });
    }
  }
  return out;
}

/** True when the layout was applied; false (and the reason in the log) when the Docs service failed. */
export function applyPrintLayout(docId: string): boolean {
  try {
    const service = docs();
    const doc = service.Documents.get(docId);
    const requests = layoutRequests(doc.body?.content ?? []);
    if (requests.length > 0) service.Documents.batchUpdate({ requests }, docId);
    return true;
  } catch (e) {
    console.error(`Report layout (Docs API) failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    return false;
  }
}
