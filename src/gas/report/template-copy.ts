/**
 * Copying the entity's template. With Drive access, DriveApp's makeCopy keeps everything. Under
 * the drive.file scope Drive cannot reach a template the person typed in Configuración, but the
 * documents scope can open it: then a new Doc gets a copy of its body, header and footer
 * element by element (paragraphs with their images — the logo —, lists and tables).
 */
import { driveIdFrom } from '../../core/report/drive-id';

type Document = GoogleAppsScript.Document.Document;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

export function copyTemplate(configured: string, name: string): Document | null {
  const id = driveIdFrom(configured);
  if (id === null) return null;
  return copyWithDrive(id, name) ?? copyWithDocs(id, name);
}

function copyWithDrive(id: string, name: string): Document | null {
  try {
    return DocumentApp.openById(DriveApp.getFileById(id).makeCopy(name).getId());
  } catch {
    return null;
  }
}

function copyWithDocs(id: string, name: string): Document | null {
  let source: Document;
  try {
    source = DocumentApp.openById(id);
  } catch {
    return null;
  }
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  copyChildren(source.getBody(), body);
  // DocumentApp.create's empty first paragraph: drop it when the copy brought content.
  if (body.getNumChildren() > 1) {
    const first = body.getChild(0);
    if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') body.removeChild(first);
  }
  const header = source.getHeader();
  if (header) copyChildren(header, doc.addHeader());
  const footer = source.getFooter();
  if (footer) copyChildren(footer, doc.addFooter());
  return doc;
}

function copyChildren(from: Container, to: Container): void {
  const type = DocumentApp.ElementType;
  const n = from.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = from.getChild(i);
    const kind = child.getType();
    if (kind === type.PARAGRAPH) to.appendParagraph(child.asParagraph().copy());
    else if (kind === type.LIST_ITEM) to.appendListItem(child.asListItem().copy());
    else if (kind === type.TABLE) to.appendTable(child.asTable().copy());
  }
}
