/** A fake Google Doc and the DocumentApp global. */
import { FakeBlob } from '../blob';
import type { DriveStore, FileRecord } from '../drive-store';
import { HorizontalAlignment, ParagraphHeading, fakeEnum } from '../enums';
import { real } from '../real';
import { SCOPES, type FakeRuntime } from '../runtime';
import { type DocCtx, FakeElement, FakeListItem, FakeMark, FakeParagraph, FakeSection, FakeTable, FakeInlineImage } from './elements';

type Doc = GoogleAppsScript.Document.Document;

/** A plain-text rendering of a section: what the fake PDF holds, so tests can search it. */
export function renderSection(section: FakeElement): string {
  const lines: string[] = [];
  for (const ch of section.children) {
    if (ch instanceof FakeListItem) lines.push(`• ${ch.text()}`);
    else if (ch instanceof FakeParagraph) {
      const marks = ch.children.map((m) =>
        m instanceof FakeMark ? (m.typeName === 'PAGE_BREAK' ? '\f' : '———') : m instanceof FakeInlineImage ? '[imagen]' : '',
      );
      lines.push(ch.heading === 'NORMAL' ? ch.text() + marks.join('') : `${ch.heading}: ${ch.text()}${marks.join('')}`);
    } else if (ch instanceof FakeTable) {
      for (const row of ch.rows) lines.push(`| ${row.cells.map((c) => c.text().replace(/\n/g, ' ')).join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export class FakeDocument implements Pick<
  Doc,
  'getId' | 'getName' | 'setName' | 'getUrl' | 'getBody' | 'getHeader' | 'getFooter' | 'addHeader' | 'addFooter' | 'saveAndClose' | 'getAs' | 'getBlob'
> {
  readonly ctx: DocCtx;
  body: FakeSection;
  header: FakeSection | null = null;
  footer: FakeSection | null = null;
  /** The content as last saved: what Drive exports (a PDF made before saveAndClose misses later edits). */
  saved: string;
  /** How many times the script saved and closed it. */
  saves = 0;

  constructor(
    private readonly rt: FakeRuntime,
    readonly file: FileRecord,
  ) {
    this.ctx = { rt, closed: false };
    this.body = new FakeSection(this.ctx, 'Body');
    this.saved = this.render();
  }

  cloneInto(file: FileRecord): FakeDocument {
    const d = new FakeDocument(this.rt, file);
    d.body = this.body.clone();
    d.header = this.header?.clone() ?? null;
    d.footer = this.footer?.clone() ?? null;
    for (const s of [d.body, d.header, d.footer]) if (s) rebind(s, d.ctx);
    d.saved = d.render();
    return d;
  }

  render(): string {
    return [this.header, this.body, this.footer]
      .filter((s): s is FakeSection => s !== null)
      .map(renderSection)
      .join('\n');
  }

  private c(method: string, needsOpen = true): void {
    this.rt.call('DocumentApp', `Document.${method}`);
    if (needsOpen && this.ctx.closed) this.rt.fail('Document is closed, its contents cannot be updated.');
  }

  private pdf(contentType: string): FakeBlob {
    if (contentType !== 'application/pdf') this.rt.fail(`Converting from application/vnd.google-apps.document to ${contentType} is not supported.`);
    return new FakeBlob(this.rt, `%PDF-1.4 (fake)\n${this.render()}`, 'application/pdf', `${this.file.name}.pdf`, 'DocumentApp');
  }

  getId(): string {
    this.c('getId', false);
    return this.file.id;
  }
  getName(): string {
    this.c('getName', false);
    return this.file.name;
  }
  setName(name: string): Doc {
    this.c('setName');
    this.file.name = name;
    return real(this);
  }
  getUrl(): string {
    this.c('getUrl', false);
    return `https://docs.google.com/open?id=${this.file.id}`;
  }
  getBody(): GoogleAppsScript.Document.Body {
    this.c('getBody');
    return real(this.body);
  }
  /** null when the document has no header (the types say otherwise; Docs returns null). */
  getHeader(): GoogleAppsScript.Document.HeaderSection {
    this.c('getHeader');
    return (this.header ?? null) as unknown as GoogleAppsScript.Document.HeaderSection;
  }
  getFooter(): GoogleAppsScript.Document.FooterSection {
    this.c('getFooter');
    return (this.footer ?? null) as unknown as GoogleAppsScript.Document.FooterSection;
  }
  addHeader(): GoogleAppsScript.Document.HeaderSection {
    this.c('addHeader');
    this.header ??= new FakeSection(this.ctx, 'HeaderSection');
    return real(this.header);
  }
  addFooter(): GoogleAppsScript.Document.FooterSection {
    this.c('addFooter');
    this.footer ??= new FakeSection(this.ctx, 'FooterSection');
    return real(this.footer);
  }
  saveAndClose(): void {
    this.c('saveAndClose');
    this.saved = this.render();
    this.saves += 1;
    this.ctx.closed = true;
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.c('getAs', false);
    return real(this.pdf(contentType));
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.c('getBlob', false);
    return real(this.pdf('application/pdf'));
  }
}

/** A cloned tree must answer to its new document's open/closed state. */
function rebind(el: FakeElement, ctx: DocCtx): void {
  (el as { ctx: DocCtx }).ctx = ctx;
  for (const ch of el.children) rebind(ch, ctx);
}

export class FakeDocumentApp implements Pick<
  GoogleAppsScript.Document.DocumentApp,
  | 'ParagraphHeading'
  | 'HorizontalAlignment'
  | 'ElementType'
  | 'GlyphType'
  | 'VerticalAlignment'
  | 'Attribute'
  | 'create'
  | 'openById'
  | 'openByUrl'
  | 'getActiveDocument'
> {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ElementType = fakeEnum<typeof GoogleAppsScript.Document.ElementType>([
    'BODY_SECTION',
    'FOOTER_SECTION',
    'HEADER_SECTION',
    'HORIZONTAL_RULE',
    'INLINE_IMAGE',
    'LIST_ITEM',
    'PAGE_BREAK',
    'PARAGRAPH',
    'TABLE',
    'TABLE_CELL',
    'TABLE_ROW',
    'TEXT',
    'UNSUPPORTED',
  ]);
  readonly GlyphType = fakeEnum<typeof GoogleAppsScript.Document.GlyphType>([
    'BULLET',
    'HOLLOW_BULLET',
    'SQUARE_BULLET',
    'NUMBER',
    'LATIN_UPPER',
    'LATIN_LOWER',
    'ROMAN_UPPER',
    'ROMAN_LOWER',
  ]);
  readonly VerticalAlignment = fakeEnum<typeof GoogleAppsScript.Document.VerticalAlignment>(['BOTTOM', 'CENTER', 'TOP']);
  readonly Attribute = fakeEnum<typeof GoogleAppsScript.Document.Attribute>([
    'BACKGROUND_COLOR',
    'BOLD',
    'BORDER_COLOR',
    'BORDER_WIDTH',
    'CODE',
    'FONT_FAMILY',
    'FONT_SIZE',
    'FOREGROUND_COLOR',
    'HEADING',
    'HEIGHT',
    'HORIZONTAL_ALIGNMENT',
    'INDENT_END',
    'INDENT_FIRST_LINE',
    'INDENT_START',
    'ITALIC',
    'GLYPH_TYPE',
    'LEFT_TO_RIGHT',
    'LINE_SPACING',
    'LINK_URL',
    'LIST_ID',
    'MARGIN_BOTTOM',
    'MARGIN_LEFT',
    'MARGIN_RIGHT',
    'MARGIN_TOP',
    'NESTING_LEVEL',
    'MINIMUM_HEIGHT',
    'PADDING_BOTTOM',
    'PADDING_LEFT',
    'PADDING_RIGHT',
    'PADDING_TOP',
    'PAGE_HEIGHT',
    'PAGE_WIDTH',
    'SPACING_AFTER',
    'SPACING_BEFORE',
    'STRIKETHROUGH',
    'UNDERLINE',
    'VERTICAL_ALIGNMENT',
    'WIDTH',
  ]);

  constructor(
    private readonly rt: FakeRuntime,
    private readonly drive: DriveStore,
  ) {}

  /** Documents the script created, in order (for tests). */
  created: FakeDocument[] = [];

  create(name: string): Doc {
    this.rt.call('DocumentApp', 'create', 'FULL', SCOPES.documents);
    const doc = this.drive.createDocument(name);
    // A Doc the add-on created is one drive.file reaches (ASSUMED: Google documents drive.file as
    // "files created or opened by the app"; that a DocumentApp.create counts as such is not stated).
    this.drive.byApp.add(doc.file.id);
    this.created.push(doc);
    return real(doc);
  }

  /** Wording of the real error for an unknown or unreadable ID (from memory of Apps Script runs). */
  openById(id: string): Doc {
    this.rt.call('DocumentApp', 'openById', 'FULL', SCOPES.documents);
    const file = this.drive.files.get(id);
    if (!file || !file.doc || file.trashed || this.drive.noAccess.has(id)) {
      this.rt.fail("Document is missing (perhaps it was deleted, or you don't have read access?)");
    }
    file.doc.ctx.closed = false;
    return real(file.doc);
  }

  openByUrl(url: string): Doc {
    const id = /\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? /[?&]id=([A-Za-z0-9_-]+)/.exec(url)?.[1] ?? '';
    return this.openById(id);
  }

  /** Our scripts are bound to a spreadsheet, so there is no active document. */
  getActiveDocument(): Doc {
    this.rt.call('DocumentApp', 'getActiveDocument', 'FULL', SCOPES.documents);
    return null as unknown as Doc;
  }
}
