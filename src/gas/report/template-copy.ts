/**
 * Copying the entity's template. When Drive reaches it (the add-on created it, or the manifest
 * grants more than drive.file) Drive's files.copy keeps everything. Under drive.file a template the
 * person typed in Configuración is out of Drive's reach, but the documents scope opens any Doc the
 * person can open: then a new Doc gets a copy of its body, header and footer element by element
 * (paragraphs with their inline images — the logo —, lists and tables). An element that cannot be
 * copied is skipped and named in `skipped`; the rest is copied.
 */
import { driveIdFrom } from '../../core/report/drive-id';
import { rmsg, type TemplateSection } from '../../core/messages/report';

type Document = GoogleAppsScript.Document.Document;
type Container = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

export interface TemplateCopy {
  readonly doc: Document;
  /** Elements of the template that could not be copied, described for the person. */
  readonly skipped: readonly string[];
}

/**
 * A new Doc named `name` with the template's content, or null when the template cannot be opened.
 * `made` is told the new Doc's ID as soon as it exists, so a later failure can clean it up.
 */
export function copyTemplate(configured: string, name: string, made: (id: string) => void): TemplateCopy | null {
  const id = driveIdFrom(configured);
  if (id === null) return null;
  return copyWithDrive(id, name, made) ?? copyWithDocs(id, name, made);
}

function copyWithDrive(id: string, name: string, made: (id: string) => void): TemplateCopy | null {
  if (typeof Drive === 'undefined' || !Drive) return null;
  let copyId: string | undefined;
  try {
    copyId = Drive.Files.copy({ name }, id, { supportsAllDrives: true, fields: 'id' }).id;
  } catch {
    return null; // not reachable under drive.file: the Docs copy below
  }
  if (!copyId) return null;
  made(copyId);
  return { doc: DocumentApp.openById(copyId), skipped: [] };
}

function copyWithDocs(id: string, name: string, made: (id: string) => void): TemplateCopy | null {
  let source: Document;
  try {
    source = DocumentApp.openById(id);
  } catch {
    return null;
  }
  const doc = DocumentApp.create(name);
  made(doc.getId());
  const skipped: string[] = [];
  const body = doc.getBody();
  copyChildren(source.getBody(), body, 'body', skipped);
  // DocumentApp.create's empty first paragraph: drop it when the copy brought content.
  if (body.getNumChildren() > 1) {
    const first = body.getChild(0);
    if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') body.removeChild(first);
  }
  const header = source.getHeader();
  if (header) copyChildren(header, doc.addHeader(), 'header', skipped);
  const footer = source.getFooter();
  if (footer) copyChildren(footer, doc.addFooter(), 'footer', skipped);
  return { doc, skipped };
}

function copyChildren(from: Container, to: Container, section: TemplateSection, skipped: string[]): void {
  const type = DocumentApp.ElementType;
  const n = from.getNumChildren();
  for (let i = 0; i < n; i++) {
    let kind = 'UNSUPPORTED';
    try {
      const child = from.getChild(i);
      kind = String(child.getType());
      if (kind === String(type.PARAGRAPH)) to.appendParagraph(child.asParagraph().copy());
      else if (kind === String(type.LIST_ITEM)) to.appendListItem(child.asListItem().copy());
      else if (kind === String(type.TABLE)) to.appendTable(child.asTable().copy());
      else skipped.push(rmsg.templateElement(section, i + 1, kind));
    } catch {
      skipped.push(rmsg.templateElement(section, i + 1, kind));
    }
  }
}
