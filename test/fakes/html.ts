/** HtmlService.createHtmlOutput and the HtmlOutput a dialog or sidebar shows. */
import { fakeEnum } from './enums';
import { real } from './real';
import type { FakeRuntime } from './runtime';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export class FakeHtmlOutput implements Pick<
  HtmlOutput,
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getContent'
  | 'getHeight'
  | 'getTitle'
  | 'getWidth'
  | 'setContent'
  | 'setHeight'
  | 'setTitle'
  | 'setWidth'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
> {
  title = '';
  width = 600;
  height = 400;

  constructor(
    private readonly rt: FakeRuntime,
    public content: string,
  ) {}

  private c(m: string): HtmlOutput {
    this.rt.call('HtmlService', `HtmlOutput.${m}`);
    return real(this);
  }

  append(text: string): HtmlOutput {
    this.content += text;
    return this.c('append');
  }
  /** appendUntrusted escapes HTML, as the real one does. */
  appendUntrusted(text: string): HtmlOutput {
    this.content += text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    return this.c('appendUntrusted');
  }
  clear(): HtmlOutput {
    this.content = '';
    return this.c('clear');
  }
  getContent(): string {
    this.c('getContent');
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this.c('setContent');
  }
  getTitle(): string {
    this.c('getTitle');
    return this.title;
  }
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this.c('setTitle');
  }
  getWidth(): number {
    this.c('getWidth');
    return this.width;
  }
  setWidth(w: number): HtmlOutput {
    this.width = w;
    return this.c('setWidth');
  }
  getHeight(): number {
    this.c('getHeight');
    return this.height;
  }
  setHeight(h: number): HtmlOutput {
    this.height = h;
    return this.c('setHeight');
  }
  setSandboxMode(_mode: GoogleAppsScript.HTML.SandboxMode): HtmlOutput {
    return this.c('setSandboxMode');
  }
  setXFrameOptionsMode(_mode: GoogleAppsScript.HTML.XFrameOptionsMode): HtmlOutput {
    return this.c('setXFrameOptionsMode');
  }
  addMetaTag(_name: string, _content: string): HtmlOutput {
    return this.c('addMetaTag');
  }
}

export class FakeHtmlService implements Pick<GoogleAppsScript.HTML.HtmlService, 'createHtmlOutput' | 'SandboxMode' | 'XFrameOptionsMode'> {
  readonly SandboxMode = fakeEnum<typeof GoogleAppsScript.HTML.SandboxMode>(['EMULATED', 'IFRAME', 'NATIVE']);
  readonly XFrameOptionsMode = fakeEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>(['ALLOWALL', 'DEFAULT']);

  constructor(private readonly rt: FakeRuntime) {}

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): HtmlOutput {
    this.rt.call('HtmlService', 'createHtmlOutput');
    const content = html === undefined ? '' : typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return real(new FakeHtmlOutput(this.rt, content));
  }
}
