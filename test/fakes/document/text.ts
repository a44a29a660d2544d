/**
 * Text of a paragraph or list item, with style runs (bold, colours, links…) over character ranges,
 * and the Text element views a script edits it through. `paragraph.appendText('x')` returns a view
 * of just the appended characters, so styling it styles only them — as in Docs.
 */
import { real } from '../real';
import type { FakeRuntime } from '../runtime';

export type TextAttr = 'BOLD' | 'ITALIC' | 'UNDERLINE' | 'STRIKETHROUGH' | 'FOREGROUND_COLOR' | 'BACKGROUND_COLOR' | 'FONT_SIZE' | 'FONT_FAMILY' | 'LINK_URL';
type AttrValue = string | number | boolean | null;

interface Run {
  start: number;
  end: number; // exclusive
  attr: TextAttr;
  value: AttrValue;
}

export class TextStore {
  runs: Run[] = [];
  constructor(public text = '') {}

  clone(): TextStore {
    const s = new TextStore(this.text);
    s.runs = this.runs.map((r) => ({ ...r }));
    return s;
  }

  set(attr: TextAttr, value: AttrValue, start: number, end: number): void {
    if (end > start) this.runs.push({ start, end, attr, value });
  }

  /** The value at one offset (null when never set). */
  at(attr: TextAttr, offset: number): AttrValue {
    let v: AttrValue = null;
    for (const r of this.runs) if (r.attr === attr && r.start <= offset && offset < r.end) v = r.value;
    return v;
  }

  /** The value over [start, end): the common value, or null when it differs between characters. */
  over(attr: TextAttr, start: number, end: number): AttrValue {
    if (end <= start) return this.at(attr, start);
    const first = this.at(attr, start);
    for (let i = start + 1; i < end; i++) if (this.at(attr, i) !== first) return null;
    return first;
  }

  /** Replaces [start, end) with `text`, moving the runs after it. */
  splice(start: number, end: number, text: string): void {
    const delta = text.length - (end - start);
    this.text = this.text.slice(0, start) + text + this.text.slice(end);
    for (const r of this.runs) {
      if (r.start >= end) {
        r.start += delta;
        r.end += delta;
      } else if (r.end > start) r.end = Math.max(r.start, r.end + delta);
    }
    this.runs = this.runs.filter((r) => r.end > r.start);
  }
}

/**
 * Docs' replaceText/findText take a pattern string for Google's RE2: no look-around and no
 * back-references (Apps Script docs for Body.replaceText). It is matched inside each text block
 * (paragraph) separately, never across paragraphs.
 */
export function re2(rt: FakeRuntime, pattern: string, flags = 'g'): RegExp {
  if (/\(\?<?[=!]|\\[1-9]/.test(pattern)) rt.fail(`Invalid regular expression pattern ${pattern}`);
  try {
    return new RegExp(pattern, flags);
  } catch {
    return rt.fail(`Invalid regular expression pattern ${pattern}`);
  }
}

/**
 * Replaces every match in the store. The replacement follows Java's Matcher rules, as Apps Script's
 * server does (ASSUMED from the Java runtime behind it; the reference only says "the text to use as
 * replacement"): `\x` is a literal x, `$n` is group n, and a `$` not followed by a group number is an
 * error — so text holding `$` or `\` must be escaped by the caller.
 */
export function replaceIn(rt: FakeRuntime, store: TextStore, re: RegExp): (replacement: string) => void {
  return (replacement) => {
    const matches = [...store.text.matchAll(re)].filter((m) => m[0] !== '');
    for (const m of matches.reverse()) store.splice(m.index ?? 0, (m.index ?? 0) + m[0].length, javaReplacement(rt, replacement, m));
  };
}

function javaReplacement(rt: FakeRuntime, replacement: string, m: RegExpMatchArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i];
    if (ch === '\\') {
      i += 1;
      if (i >= replacement.length) rt.fail('character to be escaped is missing');
      out += replacement[i];
    } else if (ch === '$') {
      const digit = /^\d/.exec(replacement.slice(i + 1));
      if (!digit) rt.fail('Illegal group reference');
      const group = Number(digit[0]);
      if (group >= m.length) rt.fail(`No group ${group}`);
      out += m[group] ?? '';
      i += 1;
    } else {
      out += ch;
    }
  }
  return out;
}

type Text = GoogleAppsScript.Document.Text;

type TextKeys =
  | 'appendText'
  | 'deleteText'
  | 'editAsText'
  | 'getText'
  | 'insertText'
  | 'setText'
  | 'isBold'
  | 'isItalic'
  | 'isUnderline'
  | 'isStrikethrough'
  | 'getForegroundColor'
  | 'getBackgroundColor'
  | 'getFontSize'
  | 'getFontFamily'
  | 'getLinkUrl'
  | 'setBold'
  | 'setItalic'
  | 'setUnderline'
  | 'setStrikethrough'
  | 'setForegroundColor'
  | 'setBackgroundColor'
  | 'setFontSize'
  | 'setFontFamily'
  | 'setLinkUrl'
  | 'replaceText'
  | 'getType'
  | 'getParent';

/** A view of [start, start+length) of a store (length null: to the end, following edits). */
export class FakeText implements Pick<Text, TextKeys> {
  constructor(
    private readonly rt: FakeRuntime,
    readonly store: TextStore,
    private readonly owner: { c(kind: string, method: string): void; asParent(): GoogleAppsScript.Document.ContainerElement },
    private readonly start = 0,
    private length: number | null = null,
  ) {}

  private end(): number {
    return this.length === null ? this.store.text.length : this.start + this.length;
  }

  private c(method: string): void {
    this.owner.c('Text', method);
  }

  /** (value) styles the whole view; (start, endInclusive, value) a part of it. */
  private style(method: string, attr: TextAttr, args: unknown[]): Text {
    this.c(method);
    if (args.length >= 3) {
      const [s, e, v] = args as [number, number, AttrValue];
      if (s < 0 || e >= this.end() - this.start || s > e)
        this.rt.fail('Index (' + String(e) + ') must be less than the content length (' + String(this.end() - this.start) + ').');
      this.store.set(attr, v, this.start + s, this.start + e + 1);
    } else {
      this.store.set(attr, args[0] as AttrValue, this.start, this.end());
    }
    return real(this);
  }

  private read(method: string, attr: TextAttr, offset?: number | null): AttrValue {
    this.c(method);
    if (offset !== undefined && offset !== null) return this.store.at(attr, this.start + offset);
    return this.store.over(attr, this.start, this.end());
  }

  getType(): GoogleAppsScript.Document.ElementType {
    this.c('getType');
    return 'TEXT' as unknown as GoogleAppsScript.Document.ElementType;
  }

  getParent(): GoogleAppsScript.Document.ContainerElement {
    this.c('getParent');
    return this.owner.asParent();
  }
  getText(): string {
    this.c('getText');
    return this.store.text.slice(this.start, this.end());
  }
  editAsText(): Text {
    this.c('editAsText');
    return real(this);
  }

  setText(text: string): Text {
    this.c('setText');
    this.store.splice(this.start, this.end(), text);
    if (this.length !== null) this.length = text.length;
    return real(this);
  }

  appendText(text: string): Text {
    this.c('appendText');
    const at = this.end();
    this.store.splice(at, at, text);
    if (this.length !== null) this.length += text.length;
    return real(new FakeText(this.rt, this.store, this.owner, at, text.length));
  }

  insertText(offset: number, text: string): Text {
    this.c('insertText');
    this.store.splice(this.start + offset, this.start + offset, text);
    if (this.length !== null) this.length += text.length;
    return real(this);
  }

  deleteText(startOffset: number, endOffsetInclusive: number): Text {
    this.c('deleteText');
    this.store.splice(this.start + startOffset, this.start + endOffsetInclusive + 1, '');
    if (this.length !== null) this.length -= endOffsetInclusive - startOffset + 1;
    return real(this);
  }

  isBold(offset?: number | null): boolean {
    return this.read('isBold', 'BOLD', offset) === true;
  }
  isItalic(offset?: number | null): boolean {
    return this.read('isItalic', 'ITALIC', offset) === true;
  }
  isUnderline(offset?: number | null): boolean {
    return this.read('isUnderline', 'UNDERLINE', offset) === true;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this.read('isStrikethrough', 'STRIKETHROUGH', offset) === true;
  }
  getForegroundColor(offset?: number | null): string {
    return this.read('getForegroundColor', 'FOREGROUND_COLOR', offset) as string;
  }
  getBackgroundColor(offset?: number | null): string {
    return this.read('getBackgroundColor', 'BACKGROUND_COLOR', offset) as string;
  }
  getFontSize(offset?: number | null): number {
    return this.read('getFontSize', 'FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number | null): string {
    return this.read('getFontFamily', 'FONT_FAMILY', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this.read('getLinkUrl', 'LINK_URL', offset) as string;
  }

  setBold(...args: [boolean] | [number, number, boolean]): Text {
    return this.style('setBold', 'BOLD', args);
  }
  setItalic(...args: [boolean] | [number, number, boolean]): Text {
    return this.style('setItalic', 'ITALIC', args);
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): Text {
    return this.style('setUnderline', 'UNDERLINE', args);
  }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): Text {
    return this.style('setStrikethrough', 'STRIKETHROUGH', args);
  }
  setForegroundColor(...args: [string] | [number, number, string]): Text {
    return this.style('setForegroundColor', 'FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: [string] | [number, number, string]): Text {
    return this.style('setBackgroundColor', 'BACKGROUND_COLOR', args);
  }
  setFontSize(...args: [number] | [number, number, number]): Text {
    return this.style('setFontSize', 'FONT_SIZE', args);
  }
  setFontFamily(...args: [string] | [number, number, string]): Text {
    return this.style('setFontFamily', 'FONT_FAMILY', args);
  }
  setLinkUrl(...args: [string] | [number, number, string]): Text {
    return this.style('setLinkUrl', 'LINK_URL', args);
  }

  replaceText(searchPattern: string, replacement: string): GoogleAppsScript.Document.Element {
    this.c('replaceText');
    replaceIn(this.rt, this.store, re2(this.rt, searchPattern))(replacement);
    return real(this);
  }
}
