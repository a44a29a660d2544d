/**
 * The element tree of a fake Google Doc: sections (body, header, footer) hold paragraphs, list items
 * and tables; tables hold rows of cells, and cells hold paragraphs again. As in Docs:
 * - a new section holds one empty paragraph, and its last paragraph cannot be removed;
 * - appending a table to a section also appends an empty paragraph after it (a section ends with a
 *   paragraph), which stays when more is appended;
 * - images, page breaks and horizontal rules live inside a paragraph;
 * - an element handed to append/insert must be detached (made by copy()).
 */
import { FakeBlob } from '../blob';
import { real } from '../real';
import type { FakeRuntime } from '../runtime';
import { FakeText, TextStore, re2, replaceIn, type TextAttr } from './text';

type Element = GoogleAppsScript.Document.Element;
type Container = GoogleAppsScript.Document.ContainerElement;
type ElementType = GoogleAppsScript.Document.ElementType;

export interface DocCtx {
  rt: FakeRuntime;
  closed: boolean;
}

function asType<T>(name: string): T {
  return name as unknown as T;
}

/** Docs returns null for "no such element" where the types say Element. */
function orNull<T>(x: object | null | undefined): T {
  return (x ?? null) as unknown as T;
}

export abstract class FakeElement {
  parent: FakeElement | null = null;
  children: FakeElement[] = [];

  constructor(
    readonly ctx: DocCtx,
    readonly kind: string,
    readonly typeName: string,
  ) {}

  /** Counts a call; a closed document refuses everything, as in Docs. */
  c(kind: string, method: string): void {
    this.ctx.rt.call('DocumentApp', `${kind}.${method}`);
    if (this.ctx.closed) this.ctx.rt.fail('Document is closed, its contents cannot be updated.');
  }

  protected m(method: string): void {
    this.c(this.kind, method);
  }

  asParent(): Container {
    return real(this);
  }

  /** The element's text without counting (children's texts joined by newlines). */
  text(): string {
    return this.children.map((ch) => ch.text()).join('\n');
  }

  abstract clone(): FakeElement;

  /** Every text store under this element, in document order. */
  stores(): TextStore[] {
    return this.children.flatMap((ch) => ch.stores());
  }

  all<T extends FakeElement>(ctor: abstract new (...args: never[]) => T): T[] {
    const out: T[] = [];
    for (const ch of this.children) {
      if (ch instanceof ctor) out.push(ch);
      out.push(...ch.all(ctor));
    }
    return out;
  }

  protected detach(): void {
    if (!this.parent) return;
    this.parent.removeChildElement(this);
  }

  removeChildElement(child: FakeElement): void {
    const i = this.children.indexOf(child);
    if (i >= 0) this.children.splice(i, 1);
    child.parent = null;
  }

  adopt<T extends FakeElement>(child: T, index = this.children.length): T {
    if (child.parent !== null) this.ctx.rt.fail('Element must be detached.');
    if (index < 0 || index > this.children.length)
      this.ctx.rt.fail(`Child index (${index}) must be less than or equal to the number of child elements (${this.children.length}).`);
    child.parent = this;
    this.children.splice(index, 0, child);
    return child;
  }

  getType(): ElementType {
    this.m('getType');
    return asType(this.typeName);
  }
  getParent(): Container {
    this.m('getParent');
    return real(this.parent ?? this.ctx.rt.fail('Element has no parent'));
  }
  getText(): string {
    this.m('getText');
    return this.text();
  }
  getNumChildren(): number {
    this.m('getNumChildren');
    return this.children.length;
  }

  getChild(index: number): Element {
    this.m('getChild');
    const ch = this.children[index];
    return real(ch ?? this.ctx.rt.fail(`Child index (${index}) must be less than the number of child elements (${this.children.length}).`));
  }

  getChildIndex(child: Element): number {
    this.m('getChildIndex');
    const i = this.children.indexOf(child as unknown as FakeElement);
    return i >= 0 ? i : this.ctx.rt.fail('Element is not a child of this element.');
  }

  getNextSibling(): Element {
    this.m('getNextSibling');
    const sibs = this.parent?.children ?? [];
    return orNull(sibs[sibs.indexOf(this) + 1]);
  }

  getPreviousSibling(): Element {
    this.m('getPreviousSibling');
    const sibs = this.parent?.children ?? [];
    const i = sibs.indexOf(this);
    return orNull(i > 0 ? sibs[i - 1] : null);
  }

  isAtDocumentEnd(): boolean {
    this.m('isAtDocumentEnd');
    for (let e: FakeElement | null = this.parent, child: FakeElement = this as FakeElement; e !== null; child = e, e = e.parent) {
      if (e.children[e.children.length - 1] !== child) return false;
    }
    return true;
  }

  private as<T>(method: string, type: string): T {
    this.m(method);
    if (this.typeName !== type) this.ctx.rt.fail(`Cannot cast ${this.typeName} to ${type}.`);
    return real(this);
  }

  asParagraph(): GoogleAppsScript.Document.Paragraph {
    return this.as('asParagraph', 'PARAGRAPH');
  }
  asListItem(): GoogleAppsScript.Document.ListItem {
    return this.as('asListItem', 'LIST_ITEM');
  }
  asTable(): GoogleAppsScript.Document.Table {
    return this.as('asTable', 'TABLE');
  }
  asTableRow(): GoogleAppsScript.Document.TableRow {
    return this.as('asTableRow', 'TABLE_ROW');
  }
  asTableCell(): GoogleAppsScript.Document.TableCell {
    return this.as('asTableCell', 'TABLE_CELL');
  }
  asInlineImage(): GoogleAppsScript.Document.InlineImage {
    return this.as('asInlineImage', 'INLINE_IMAGE');
  }
  asBody(): GoogleAppsScript.Document.Body {
    return this.as('asBody', 'BODY_SECTION');
  }

  /** Replaces the pattern in every paragraph under this element, each separately. */
  replaceText(searchPattern: string, replacement: string): Element {
    this.m('replaceText');
    const re = re2(this.ctx.rt, searchPattern);
    for (const s of this.stores()) replaceIn(this.ctx.rt, s, re)(replacement);
    return real(this);
  }

  findText(searchPattern: string, from?: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
    this.m('findText');
    return findIn(this, searchPattern, from ?? null);
  }
}

/** What findText returns: the Text of the paragraph and the match's offsets. */
export class FakeRangeElement implements Pick<GoogleAppsScript.Document.RangeElement, 'getElement' | 'getStartOffset' | 'getEndOffsetInclusive' | 'isPartial'> {
  constructor(
    readonly owner: FakeParagraph,
    readonly start: number,
    readonly endInclusive: number,
  ) {}
  getElement(): Element {
    this.owner.c('RangeElement', 'getElement');
    return real(this.owner.textView());
  }
  getStartOffset(): number {
    this.owner.c('RangeElement', 'getStartOffset');
    return this.start;
  }
  getEndOffsetInclusive(): number {
    this.owner.c('RangeElement', 'getEndOffsetInclusive');
    return this.endInclusive;
  }
  isPartial(): boolean {
    this.owner.c('RangeElement', 'isPartial');
    return this.start > 0 || this.endInclusive < this.owner.store.text.length - 1;
  }
}

function findIn(root: FakeElement, pattern: string, from: GoogleAppsScript.Document.RangeElement | null): GoogleAppsScript.Document.RangeElement {
  const re = re2(root.ctx.rt, pattern, 'g');
  const paragraphs = root instanceof FakeParagraph ? [root] : root.all(FakeParagraph);
  const prev = from as unknown as FakeRangeElement | null;
  let passed = prev === null;
  for (const p of paragraphs) {
    for (const m of p.store.text.matchAll(re)) {
      if (m[0] === '') continue;
      const start = m.index ?? 0;
      if (!passed) {
        if (p === prev?.owner && start === prev.start) passed = true;
        continue;
      }
      return real(new FakeRangeElement(p, start, start + m[0].length - 1));
    }
  }
  return orNull(null);
}

// ---- leaves inside a paragraph ----

export class FakeInlineImage
  extends FakeElement
  implements
    Pick<
      GoogleAppsScript.Document.InlineImage,
      | 'getBlob'
      | 'getAs'
      | 'getWidth'
      | 'getHeight'
      | 'setWidth'
      | 'setHeight'
      | 'setAltTitle'
      | 'getAltTitle'
      | 'setAltDescription'
      | 'getAltDescription'
      | 'getType'
      | 'getParent'
    >
{
  /** Docs sizes an image by its pixels; the fake cannot read them, so it starts at 400 × 300. */
  width = 400;
  height = 300;
  altTitle = '';
  altDescription = '';
  constructor(
    ctx: DocCtx,
    readonly data: string,
    readonly contentType: string,
    readonly name: string | null,
  ) {
    super(ctx, 'InlineImage', 'INLINE_IMAGE');
  }
  override text(): string {
    return '';
  }
  override stores(): TextStore[] {
    return [];
  }
  clone(): FakeInlineImage {
    const i = new FakeInlineImage(this.ctx, this.data, this.contentType, this.name);
    Object.assign(i, { width: this.width, height: this.height, altTitle: this.altTitle, altDescription: this.altDescription });
    return i;
  }
  getBlob(): GoogleAppsScript.Base.Blob {
    this.m('getBlob');
    return real(new FakeBlob(this.ctx.rt, this.data, this.contentType, this.name, 'DocumentApp'));
  }
  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    this.m('getAs');
    return real(new FakeBlob(this.ctx.rt, this.data, contentType, this.name, 'DocumentApp'));
  }
  getWidth(): number {
    this.m('getWidth');
    return this.width;
  }
  getHeight(): number {
    this.m('getHeight');
    return this.height;
  }
  setWidth(w: number): GoogleAppsScript.Document.InlineImage {
    this.m('setWidth');
    this.width = w;
    return real(this);
  }
  setHeight(h: number): GoogleAppsScript.Document.InlineImage {
    this.m('setHeight');
    this.height = h;
    return real(this);
  }
  setAltTitle(t: string): GoogleAppsScript.Document.InlineImage {
    this.m('setAltTitle');
    this.altTitle = t;
    return real(this);
  }
  getAltTitle(): string {
    this.m('getAltTitle');
    return this.altTitle;
  }
  setAltDescription(t: string): GoogleAppsScript.Document.InlineImage {
    this.m('setAltDescription');
    this.altDescription = t;
    return real(this);
  }
  getAltDescription(): string {
    this.m('getAltDescription');
    return this.altDescription;
  }
}

export class FakeMark
  extends FakeElement
  implements Pick<GoogleAppsScript.Document.PageBreak, 'getType' | 'getParent' | 'getNextSibling' | 'getPreviousSibling'>
{
  constructor(ctx: DocCtx, kind: 'PageBreak' | 'HorizontalRule') {
    super(ctx, kind, kind === 'PageBreak' ? 'PAGE_BREAK' : 'HORIZONTAL_RULE');
  }
  override text(): string {
    return '';
  }
  override stores(): TextStore[] {
    return [];
  }
  clone(): FakeMark {
    return new FakeMark(this.ctx, this.kind as 'PageBreak');
  }
}

/** Reads an image source: a Blob or anything with getBlob(). */
function imageFrom(ctx: DocCtx, image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): FakeInlineImage {
  if (image instanceof FakeInlineImage) return image.parent === null ? image : ctx.rt.fail('Element must be detached.');
  const blob = (image as GoogleAppsScript.Base.BlobSource).getBlob();
  return new FakeInlineImage(ctx, blob.getDataAsString(), blob.getContentType() ?? 'image/png', blob.getName());
}

// ---- paragraphs and list items ----

const ATTR_TO_TEXT: Record<string, TextAttr> = {
  BOLD: 'BOLD',
  ITALIC: 'ITALIC',
  UNDERLINE: 'UNDERLINE',
  STRIKETHROUGH: 'STRIKETHROUGH',
  FOREGROUND_COLOR: 'FOREGROUND_COLOR',
  BACKGROUND_COLOR: 'BACKGROUND_COLOR',
  FONT_SIZE: 'FONT_SIZE',
  FONT_FAMILY: 'FONT_FAMILY',
  LINK_URL: 'LINK_URL',
};

type P = GoogleAppsScript.Document.Paragraph;
type ParagraphKeys =
  | 'appendText'
  | 'appendInlineImage'
  | 'appendPageBreak'
  | 'appendHorizontalRule'
  | 'clear'
  | 'editAsText'
  | 'getAlignment'
  | 'setAlignment'
  | 'getHeading'
  | 'setHeading'
  | 'setText'
  | 'getText'
  | 'getType'
  | 'getParent'
  | 'setSpacingAfter'
  | 'setSpacingBefore'
  | 'getSpacingAfter'
  | 'getSpacingBefore'
  | 'setLineSpacing'
  | 'getLineSpacing'
  | 'setIndentStart'
  | 'setIndentFirstLine'
  | 'setLinkUrl'
  | 'getLinkUrl'
  | 'setAttributes'
  | 'getAttributes'
  | 'replaceText'
  | 'findText'
  | 'getNumChildren'
  | 'getChild';

export class FakeParagraph extends FakeElement implements Pick<P, ParagraphKeys> {
  store: TextStore;
  heading = 'NORMAL';
  /** Docs API paragraphStyle.keepWithNext (set only through the advanced Docs service: DocumentApp has no such setter). */
  keepWithNext = false;
  alignment = 'LEFT';
  readonly attributes: Record<string, unknown> = {};

  constructor(ctx: DocCtx, text = '', kind = 'Paragraph', typeName = 'PARAGRAPH') {
    super(ctx, kind, typeName);
    this.store = new TextStore(text);
  }

  override text(): string {
    return this.store.text;
  }
  override stores(): TextStore[] {
    return [this.store];
  }

  protected copyInto<T extends FakeParagraph>(p: T): T {
    p.store = this.store.clone();
    p.heading = this.heading;
    p.keepWithNext = this.keepWithNext;
    p.alignment = this.alignment;
    Object.assign(p.attributes, this.attributes);
    for (const ch of this.children) p.adopt(ch.clone());
    return p;
  }

  clone(): FakeParagraph {
    return this.copyInto(new FakeParagraph(this.ctx));
  }

  textView(): FakeText {
    return new FakeText(this.ctx.rt, this.store, this);
  }

  /** A paragraph's children: its text (when not empty), then images, breaks and rules. */
  override getNumChildren(): number {
    this.m('getNumChildren');
    return (this.store.text === '' ? 0 : 1) + this.children.length;
  }
  override getChild(index: number): Element {
    this.m('getChild');
    const withText = this.store.text === '' ? 0 : 1;
    if (index === 0 && withText === 1) return real(this.textView());
    const ch = this.children[index - withText];
    return real(ch ?? this.ctx.rt.fail(`Child index (${index}) must be less than the number of child elements.`));
  }

  editAsText(): GoogleAppsScript.Document.Text {
    this.m('editAsText');
    return real(this.textView());
  }
  appendText(source: string | GoogleAppsScript.Document.Text): GoogleAppsScript.Document.Text {
    this.m('appendText');
    const text = typeof source === 'string' ? source : source.getText();
    const at = this.store.text.length;
    this.store.splice(at, at, text);
    return real(new FakeText(this.ctx.rt, this.store, this, at, text.length));
  }
  setText(text: string): void {
    this.m('setText');
    this.store = new TextStore(text);
    this.children = [];
  }
  clear(): P {
    this.m('clear');
    this.store = new TextStore();
    this.children = [];
    return real(this);
  }
  appendInlineImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    this.m('appendInlineImage');
    return real(this.adopt(imageFrom(this.ctx, image)));
  }
  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.m('appendPageBreak');
    return real(this.adopt(new FakeMark(this.ctx, 'PageBreak')));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.m('appendHorizontalRule');
    return real(this.adopt(new FakeMark(this.ctx, 'HorizontalRule')));
  }

  getHeading(): GoogleAppsScript.Document.ParagraphHeading {
    this.m('getHeading');
    return asType(this.heading);
  }
  setHeading(h: GoogleAppsScript.Document.ParagraphHeading): P {
    this.m('setHeading');
    this.heading = String(h);
    return real(this);
  }
  getAlignment(): GoogleAppsScript.Document.HorizontalAlignment {
    this.m('getAlignment');
    return asType(this.alignment);
  }
  setAlignment(a: GoogleAppsScript.Document.HorizontalAlignment): P {
    this.m('setAlignment');
    this.alignment = String(a);
    return real(this);
  }

  private num(method: string, key: string, v?: number): P {
    this.m(method);
    if (v !== undefined) this.attributes[key] = v;
    return real(this);
  }
  setSpacingAfter(v: number): P {
    return this.num('setSpacingAfter', 'SPACING_AFTER', v);
  }
  setSpacingBefore(v: number): P {
    return this.num('setSpacingBefore', 'SPACING_BEFORE', v);
  }
  setLineSpacing(v: number): P {
    return this.num('setLineSpacing', 'LINE_SPACING', v);
  }
  setIndentStart(v: number): P {
    return this.num('setIndentStart', 'INDENT_START', v);
  }
  setIndentFirstLine(v: number): P {
    return this.num('setIndentFirstLine', 'INDENT_FIRST_LINE', v);
  }
  getSpacingAfter(): number {
    this.m('getSpacingAfter');
    return (this.attributes.SPACING_AFTER as number | undefined) ?? 0;
  }
  getSpacingBefore(): number {
    this.m('getSpacingBefore');
    return (this.attributes.SPACING_BEFORE as number | undefined) ?? 0;
  }
  getLineSpacing(): number {
    this.m('getLineSpacing');
    return (this.attributes.LINE_SPACING as number | undefined) ?? 1;
  }
  setLinkUrl(url: string): P {
    this.m('setLinkUrl');
    this.store.set('LINK_URL', url, 0, this.store.text.length);
    return real(this);
  }
  getLinkUrl(): string {
    this.m('getLinkUrl');
    return this.store.over('LINK_URL', 0, this.store.text.length) as string;
  }

  /** Text attributes (BOLD, FOREGROUND_COLOR…) apply to the whole text; others are kept as given. */
  setAttributes(attributes: Record<string, unknown>): P {
    this.m('setAttributes');
    for (const [k, v] of Object.entries(attributes)) {
      const textAttr = ATTR_TO_TEXT[k];
      if (textAttr) this.store.set(textAttr, v as string | number | boolean | null, 0, this.store.text.length);
      else if (k === 'HEADING') this.heading = String(v);
      else if (k === 'HORIZONTAL_ALIGNMENT') this.alignment = String(v);
      else this.attributes[k] = v;
    }
    return real(this);
  }
  getAttributes(): Record<string, unknown> {
    this.m('getAttributes');
    const out: Record<string, unknown> = { ...this.attributes, HEADING: this.heading, HORIZONTAL_ALIGNMENT: this.alignment };
    for (const [k, a] of Object.entries(ATTR_TO_TEXT)) out[k] = this.store.over(a, 0, this.store.text.length);
    return out;
  }

  removeFromParent(): P {
    this.m('removeFromParent');
    this.detachChecked();
    return real(this);
  }
  copy(): P {
    this.m('copy');
    return real(this.clone());
  }

  protected detachChecked(): void {
    if (this.parent instanceof FakeSection && this.parent.children[this.parent.children.length - 1] === this) {
      this.ctx.rt.fail("Can't remove the last paragraph in a document section.");
    }
    this.detach();
  }
}

export class FakeListItem
  extends FakeParagraph
  implements Pick<GoogleAppsScript.Document.ListItem, 'setGlyphType' | 'getGlyphType' | 'setNestingLevel' | 'getNestingLevel' | 'getListId'>
{
  glyphType = 'BULLET';
  nestingLevel = 0;
  listId = 'kix.list.1';
  constructor(ctx: DocCtx, text = '') {
    super(ctx, text, 'ListItem', 'LIST_ITEM');
  }
  override clone(): FakeListItem {
    const li = this.copyInto(new FakeListItem(this.ctx));
    Object.assign(li, { glyphType: this.glyphType, nestingLevel: this.nestingLevel, listId: this.listId });
    return li;
  }
  setGlyphType(g: GoogleAppsScript.Document.GlyphType): GoogleAppsScript.Document.ListItem {
    this.m('setGlyphType');
    this.glyphType = String(g);
    return real(this);
  }
  getGlyphType(): GoogleAppsScript.Document.GlyphType {
    this.m('getGlyphType');
    return asType(this.glyphType);
  }
  setNestingLevel(n: number): GoogleAppsScript.Document.ListItem {
    this.m('setNestingLevel');
    this.nestingLevel = n;
    return real(this);
  }
  getNestingLevel(): number {
    this.m('getNestingLevel');
    return this.nestingLevel;
  }
  getListId(): string {
    this.m('getListId');
    return this.listId;
  }
}

// ---- containers: sections and table cells ----

type BlockSource = string | GoogleAppsScript.Document.Paragraph;

/** What body, header, footer and table cells share: paragraphs, list items, tables and images. */
export abstract class FakeContainer extends FakeElement {
  protected paragraphFrom(source: BlockSource | GoogleAppsScript.Document.ListItem, list: boolean): FakeParagraph {
    if (typeof source === 'string') return list ? new FakeListItem(this.ctx, source) : new FakeParagraph(this.ctx, source);
    const el = source as unknown as FakeParagraph;
    if (!(el instanceof FakeParagraph)) return this.ctx.rt.fail('Invalid argument: paragraph');
    return el;
  }

  protected tableFrom(cells?: string[][] | GoogleAppsScript.Document.Table | null): FakeTable {
    if (cells instanceof FakeTable) return cells;
    const t = new FakeTable(this.ctx);
    for (const line of (cells as string[][] | null | undefined) ?? []) {
      const row = t.adopt(new FakeTableRow(this.ctx));
      for (const text of line) row.adopt(new FakeTableCell(this.ctx, String(text)));
    }
    return t;
  }

  /** Sections end with a paragraph: a table appended last gets an empty paragraph after it. */
  protected placeTable(t: FakeTable, index: number): FakeTable {
    this.adopt(t, index);
    if (this instanceof FakeSection && this.children[this.children.length - 1] === t) this.adopt(new FakeParagraph(this.ctx));
    return t;
  }

  appendParagraph(p: BlockSource): P {
    this.m('appendParagraph');
    return real(this.adopt(this.paragraphFrom(p, false)));
  }
  insertParagraph(i: number, p: BlockSource): P {
    this.m('insertParagraph');
    return real(this.adopt(this.paragraphFrom(p, false), i));
  }
  appendListItem(li: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.m('appendListItem');
    return real(this.adopt(this.paragraphFrom(li, true)));
  }
  insertListItem(i: number, li: string | GoogleAppsScript.Document.ListItem): GoogleAppsScript.Document.ListItem {
    this.m('insertListItem');
    return real(this.adopt(this.paragraphFrom(li, true), i));
  }
  appendTable(cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    this.m('appendTable');
    return real(this.placeTable(this.tableFrom(cells), this.children.length));
  }
  insertTable(i: number, cells?: string[][] | GoogleAppsScript.Document.Table | null): GoogleAppsScript.Document.Table {
    this.m('insertTable');
    return real(this.placeTable(this.tableFrom(cells), i));
  }
  appendImage(image: GoogleAppsScript.Base.BlobSource | GoogleAppsScript.Document.InlineImage): GoogleAppsScript.Document.InlineImage {
    this.m('appendImage');
    const p = this.adopt(new FakeParagraph(this.ctx));
    return real(p.adopt(imageFrom(this.ctx, image)));
  }
  appendHorizontalRule(): GoogleAppsScript.Document.HorizontalRule {
    this.m('appendHorizontalRule');
    return real(this.adopt(new FakeParagraph(this.ctx)).adopt(new FakeMark(this.ctx, 'HorizontalRule')));
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.m('editAsText');
    // A whole-container Text is approximated by its first paragraph's text.
    const first = this.all(FakeParagraph)[0] ?? this.adopt(new FakeParagraph(this.ctx));
    return real(first.textView());
  }
  getParagraphs(): P[] {
    this.m('getParagraphs');
    return this.ctx.rt.realm.list(this.all(FakeParagraph).map((p) => real<P>(p)));
  }
  getTables(): GoogleAppsScript.Document.Table[] {
    this.m('getTables');
    return this.ctx.rt.realm.list(this.all(FakeTable).map((t) => real<GoogleAppsScript.Document.Table>(t)));
  }
  getImages(): GoogleAppsScript.Document.InlineImage[] {
    this.m('getImages');
    return this.ctx.rt.realm.list(this.all(FakeInlineImage).map((i) => real<GoogleAppsScript.Document.InlineImage>(i)));
  }
  getListItems(): GoogleAppsScript.Document.ListItem[] {
    this.m('getListItems');
    return this.ctx.rt.realm.list(this.all(FakeListItem).map((i) => real<GoogleAppsScript.Document.ListItem>(i)));
  }
}

type SectionKeys =
  | 'appendParagraph'
  | 'insertParagraph'
  | 'appendListItem'
  | 'insertListItem'
  | 'appendTable'
  | 'insertTable'
  | 'appendImage'
  | 'appendPageBreak'
  | 'appendHorizontalRule'
  | 'clear'
  | 'editAsText'
  | 'getText'
  | 'setText'
  | 'getParagraphs'
  | 'getTables'
  | 'getImages'
  | 'getListItems'
  | 'getNumChildren'
  | 'getChild'
  | 'getChildIndex'
  | 'removeChild'
  | 'replaceText'
  | 'findText'
  | 'getType'
  | 'setMarginTop'
  | 'setMarginBottom'
  | 'setMarginLeft'
  | 'setMarginRight'
  | 'getMarginTop'
  | 'getMarginBottom'
  | 'getMarginLeft'
  | 'getMarginRight'
  | 'setPageWidth'
  | 'setPageHeight'
  | 'getPageWidth'
  | 'getPageHeight';

/** Body, header or footer. Margins and page size default to US Letter with 1-inch margins (points). */
export class FakeSection extends FakeContainer implements Pick<GoogleAppsScript.Document.Body, SectionKeys> {
  margins = { top: 72, bottom: 72, left: 72, right: 72 };
  page = { width: 612, height: 792 };

  constructor(ctx: DocCtx, kind: 'Body' | 'HeaderSection' | 'FooterSection') {
    super(ctx, kind, kind === 'Body' ? 'BODY_SECTION' : kind === 'HeaderSection' ? 'HEADER_SECTION' : 'FOOTER_SECTION');
    this.adopt(new FakeParagraph(ctx));
  }

  clone(): FakeSection {
    const s = new FakeSection(this.ctx, this.kind as 'Body');
    s.children = [];
    for (const ch of this.children) s.adopt(ch.clone());
    s.margins = { ...this.margins };
    s.page = { ...this.page };
    return s;
  }

  appendPageBreak(): GoogleAppsScript.Document.PageBreak {
    this.m('appendPageBreak');
    return real(this.adopt(new FakeParagraph(this.ctx)).adopt(new FakeMark(this.ctx, 'PageBreak')));
  }

  clear(): GoogleAppsScript.Document.Body {
    this.m('clear');
    for (const ch of this.children) ch.parent = null;
    this.children = [];
    this.adopt(new FakeParagraph(this.ctx));
    return real(this);
  }

  setText(text: string): GoogleAppsScript.Document.Body {
    this.m('setText');
    for (const ch of this.children) ch.parent = null;
    this.children = [];
    for (const line of text.split('\n')) this.adopt(new FakeParagraph(this.ctx, line));
    return real(this);
  }

  removeChild(child: Element): GoogleAppsScript.Document.Body {
    this.m('removeChild');
    const el = child as unknown as FakeElement;
    if (el.parent !== this) this.ctx.rt.fail('Element is not a child of this element.');
    if (el instanceof FakeParagraph && this.children[this.children.length - 1] === el) {
      this.ctx.rt.fail("Can't remove the last paragraph in a document section.");
    }
    this.removeChildElement(el);
    return real(this);
  }

  private margin(method: string, side: keyof FakeSection['margins'], v?: number): GoogleAppsScript.Document.Body {
    this.m(method);
    if (v !== undefined) this.margins[side] = v;
    return real(this);
  }
  setMarginTop(v: number): GoogleAppsScript.Document.Body {
    return this.margin('setMarginTop', 'top', v);
  }
  setMarginBottom(v: number): GoogleAppsScript.Document.Body {
    return this.margin('setMarginBottom', 'bottom', v);
  }
  setMarginLeft(v: number): GoogleAppsScript.Document.Body {
    return this.margin('setMarginLeft', 'left', v);
  }
  setMarginRight(v: number): GoogleAppsScript.Document.Body {
    return this.margin('setMarginRight', 'right', v);
  }
  getMarginTop(): number {
    this.m('getMarginTop');
    return this.margins.top;
  }
  getMarginBottom(): number {
    this.m('getMarginBottom');
    return this.margins.bottom;
  }
  getMarginLeft(): number {
    this.m('getMarginLeft');
    return this.margins.left;
  }
  getMarginRight(): number {
    this.m('getMarginRight');
    return this.margins.right;
  }
  setPageWidth(v: number): GoogleAppsScript.Document.Body {
    this.m('setPageWidth');
    this.page.width = v;
    return real(this);
  }
  setPageHeight(v: number): GoogleAppsScript.Document.Body {
    this.m('setPageHeight');
    this.page.height = v;
    return real(this);
  }
  getPageWidth(): number {
    this.m('getPageWidth');
    return this.page.width;
  }
  getPageHeight(): number {
    this.m('getPageHeight');
    return this.page.height;
  }
}

// ---- tables ----

type TableKeys =
  | 'appendTableRow'
  | 'insertTableRow'
  | 'removeRow'
  | 'getRow'
  | 'getCell'
  | 'getNumRows'
  | 'getText'
  | 'copy'
  | 'removeFromParent'
  | 'setBorderWidth'
  | 'getBorderWidth'
  | 'setBorderColor'
  | 'getBorderColor'
  | 'setColumnWidth'
  | 'getColumnWidth'
  | 'replaceText'
  | 'findText'
  | 'getType'
  | 'getParent'
  | 'getNumChildren'
  | 'getChild'
  | 'editAsText';

export class FakeTable extends FakeElement implements Pick<GoogleAppsScript.Document.Table, TableKeys> {
  borderWidth = 1;
  borderColor = '#000000';
  readonly columnWidths = new Map<number, number>();
  /** Docs API pinnedHeaderRowsCount: header rows repeated on every page the table crosses (advanced Docs service only). */
  pinnedHeaderRows = 0;

  constructor(ctx: DocCtx) {
    super(ctx, 'Table', 'TABLE');
  }

  get rows(): FakeTableRow[] {
    return this.children as FakeTableRow[];
  }

  clone(): FakeTable {
    const t = new FakeTable(this.ctx);
    for (const r of this.children) t.adopt(r.clone());
    t.borderWidth = this.borderWidth;
    t.borderColor = this.borderColor;
    t.pinnedHeaderRows = this.pinnedHeaderRows;
    for (const [k, v] of this.columnWidths) t.columnWidths.set(k, v);
    return t;
  }

  private rowFrom(row?: GoogleAppsScript.Document.TableRow | null): FakeTableRow {
    if (row === undefined || row === null) return new FakeTableRow(this.ctx);
    return row instanceof FakeTableRow ? row : this.ctx.rt.fail('Invalid argument: tableRow');
  }

  appendTableRow(row?: GoogleAppsScript.Document.TableRow): GoogleAppsScript.Document.TableRow {
    this.m('appendTableRow');
    return real(this.adopt(this.rowFrom(row)));
  }
  insertTableRow(index: number, row?: GoogleAppsScript.Document.TableRow | null): GoogleAppsScript.Document.TableRow {
    this.m('insertTableRow');
    return real(this.adopt(this.rowFrom(row), index));
  }
  removeRow(index: number): GoogleAppsScript.Document.TableRow {
    this.m('removeRow');
    const r = this.rows[index] ?? this.ctx.rt.fail(`Child index (${index}) must be less than the number of child elements (${this.rows.length}).`);
    this.removeChildElement(r);
    return real(r);
  }
  getRow(index: number): GoogleAppsScript.Document.TableRow {
    this.m('getRow');
    return real(this.rows[index] ?? this.ctx.rt.fail(`Child index (${index}) must be less than the number of child elements (${this.rows.length}).`));
  }
  getCell(r: number, c: number): GoogleAppsScript.Document.TableCell {
    this.m('getCell');
    const cell = this.rows[r]?.cells[c];
    return real(cell ?? this.ctx.rt.fail(`Child index (${this.rows[r] ? c : r}) must be less than the number of child elements.`));
  }
  getNumRows(): number {
    this.m('getNumRows');
    return this.rows.length;
  }
  copy(): GoogleAppsScript.Document.Table {
    this.m('copy');
    return real(this.clone());
  }
  removeFromParent(): GoogleAppsScript.Document.Table {
    this.m('removeFromParent');
    this.detach();
    return real(this);
  }
  setBorderWidth(w: number): GoogleAppsScript.Document.Table {
    this.m('setBorderWidth');
    this.borderWidth = w;
    return real(this);
  }
  getBorderWidth(): number {
    this.m('getBorderWidth');
    return this.borderWidth;
  }
  setBorderColor(c: string): GoogleAppsScript.Document.Table {
    this.m('setBorderColor');
    this.borderColor = c;
    return real(this);
  }
  getBorderColor(): string {
    this.m('getBorderColor');
    return this.borderColor;
  }
  setColumnWidth(i: number, w: number): GoogleAppsScript.Document.Table {
    this.m('setColumnWidth');
    this.columnWidths.set(i, w);
    return real(this);
  }
  getColumnWidth(i: number): number {
    this.m('getColumnWidth');
    return this.columnWidths.get(i) ?? 0;
  }
  editAsText(): GoogleAppsScript.Document.Text {
    this.m('editAsText');
    const first = this.all(FakeParagraph)[0];
    return real(first ? first.textView() : this.ctx.rt.fail('The table has no text.'));
  }
}

type RowKeys =
  | 'appendTableCell'
  | 'getCell'
  | 'getNumCells'
  | 'getText'
  | 'copy'
  | 'removeCell'
  | 'removeFromParent'
  | 'getParentTable'
  | 'setMinimumHeight'
  | 'getMinimumHeight'
  | 'replaceText'
  | 'findText'
  | 'getType'
  | 'getParent'
  | 'getNumChildren'
  | 'getChild';

export class FakeTableRow extends FakeElement implements Pick<GoogleAppsScript.Document.TableRow, RowKeys> {
  minimumHeight = 0;
  constructor(ctx: DocCtx) {
    super(ctx, 'TableRow', 'TABLE_ROW');
  }
  get cells(): FakeTableCell[] {
    return this.children as FakeTableCell[];
  }
  /** A row's text: its cells' texts separated by tabs. */
  override text(): string {
    return this.cells.map((c) => c.text()).join('\t');
  }
  clone(): FakeTableRow {
    const r = new FakeTableRow(this.ctx);
    for (const c of this.children) r.adopt(c.clone());
    r.minimumHeight = this.minimumHeight;
    return r;
  }
  appendTableCell(content?: string | GoogleAppsScript.Document.TableCell | null): GoogleAppsScript.Document.TableCell {
    this.m('appendTableCell');
    const cell = content instanceof FakeTableCell ? content : new FakeTableCell(this.ctx, typeof content === 'string' ? content : '');
    return real(this.adopt(cell));
  }
  getCell(i: number): GoogleAppsScript.Document.TableCell {
    this.m('getCell');
    return real(this.cells[i] ?? this.ctx.rt.fail(`Child index (${i}) must be less than the number of child elements (${this.cells.length}).`));
  }
  getNumCells(): number {
    this.m('getNumCells');
    return this.cells.length;
  }
  copy(): GoogleAppsScript.Document.TableRow {
    this.m('copy');
    return real(this.clone());
  }
  removeCell(i: number): GoogleAppsScript.Document.TableCell {
    this.m('removeCell');
    const cell = this.cells[i] ?? this.ctx.rt.fail(`Child index (${i}) must be less than the number of child elements.`);
    this.removeChildElement(cell);
    return real(cell);
  }
  removeFromParent(): GoogleAppsScript.Document.TableRow {
    this.m('removeFromParent');
    this.detach();
    return real(this);
  }
  getParentTable(): GoogleAppsScript.Document.Table {
    this.m('getParentTable');
    return real(this.parent ?? this.ctx.rt.fail('Row is detached'));
  }
  setMinimumHeight(h: number): GoogleAppsScript.Document.TableRow {
    this.m('setMinimumHeight');
    this.minimumHeight = h;
    return real(this);
  }
  getMinimumHeight(): number {
    this.m('getMinimumHeight');
    return this.minimumHeight;
  }
}

type CellKeys =
  | 'appendParagraph'
  | 'appendListItem'
  | 'appendTable'
  | 'appendImage'
  | 'clear'
  | 'editAsText'
  | 'getText'
  | 'setText'
  | 'getBackgroundColor'
  | 'setBackgroundColor'
  | 'getParentRow'
  | 'getParentTable'
  | 'setWidth'
  | 'getWidth'
  | 'setVerticalAlignment'
  | 'getVerticalAlignment'
  | 'setPaddingTop'
  | 'setPaddingBottom'
  | 'setPaddingLeft'
  | 'setPaddingRight'
  | 'copy'
  | 'replaceText'
  | 'findText'
  | 'getType'
  | 'getParent'
  | 'getNumChildren'
  | 'getChild';

export class FakeTableCell extends FakeContainer implements Pick<GoogleAppsScript.Document.TableCell, CellKeys> {
  /** null until set (Docs reports unset attributes as null). */
  background: string | null = null;
  width: number | null = null;
  verticalAlignment = 'TOP';
  readonly padding = { top: 5, bottom: 5, left: 5, right: 5 };

  constructor(ctx: DocCtx, text = '') {
    super(ctx, 'TableCell', 'TABLE_CELL');
    this.adopt(new FakeParagraph(ctx, text));
  }

  clone(): FakeTableCell {
    const c = new FakeTableCell(this.ctx);
    c.children = [];
    for (const ch of this.children) c.adopt(ch.clone());
    c.background = this.background;
    c.width = this.width;
    c.verticalAlignment = this.verticalAlignment;
    Object.assign(c.padding, this.padding);
    return c;
  }

  clear(): GoogleAppsScript.Document.TableCell {
    this.m('clear');
    for (const ch of this.children) ch.parent = null;
    this.children = [];
    this.adopt(new FakeParagraph(this.ctx));
    return real(this);
  }
  /** Replaces the cell's contents with one paragraph, keeping the first paragraph's style. */
  setText(text: string): GoogleAppsScript.Document.TableCell {
    this.m('setText');
    const first = this.children.find((ch): ch is FakeParagraph => ch instanceof FakeParagraph);
    const p = first ? first.clone() : new FakeParagraph(this.ctx);
    const runs = p.store.runs.filter((r) => r.start === 0).map((r) => ({ ...r, end: text.length }));
    p.store = new TextStore(text);
    p.store.runs = runs;
    p.children = [];
    for (const ch of this.children) ch.parent = null;
    this.children = [];
    this.adopt(p);
    return real(this);
  }
  getBackgroundColor(): string {
    this.m('getBackgroundColor');
    return this.background as string;
  }
  setBackgroundColor(color: string): GoogleAppsScript.Document.TableCell {
    this.m('setBackgroundColor');
    this.background = color;
    return real(this);
  }
  getParentRow(): GoogleAppsScript.Document.TableRow {
    this.m('getParentRow');
    return real(this.parent ?? this.ctx.rt.fail('Cell is detached'));
  }
  getParentTable(): GoogleAppsScript.Document.Table {
    this.m('getParentTable');
    return real(this.parent?.parent ?? this.ctx.rt.fail('Cell is detached'));
  }
  setWidth(w: number): GoogleAppsScript.Document.TableCell {
    this.m('setWidth');
    this.width = w;
    return real(this);
  }
  getWidth(): number {
    this.m('getWidth');
    return this.width as number;
  }
  setVerticalAlignment(a: GoogleAppsScript.Document.VerticalAlignment): GoogleAppsScript.Document.TableCell {
    this.m('setVerticalAlignment');
    this.verticalAlignment = String(a);
    return real(this);
  }
  getVerticalAlignment(): GoogleAppsScript.Document.VerticalAlignment {
    this.m('getVerticalAlignment');
    return asType(this.verticalAlignment);
  }
  private pad(method: string, side: 'top' | 'bottom' | 'left' | 'right', v: number): GoogleAppsScript.Document.TableCell {
    this.m(method);
    this.padding[side] = v;
    return real(this);
  }
  setPaddingTop(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('setPaddingTop', 'top', v);
  }
  setPaddingBottom(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('setPaddingBottom', 'bottom', v);
  }
  setPaddingLeft(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('setPaddingLeft', 'left', v);
  }
  setPaddingRight(v: number): GoogleAppsScript.Document.TableCell {
    return this.pad('setPaddingRight', 'right', v);
  }
  copy(): GoogleAppsScript.Document.TableCell {
    this.m('copy');
    return real(this.clone());
  }
}
