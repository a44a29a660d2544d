/**
 * The document's Ui: menus it records, and alerts/prompts answered from a queue of scripted
 * responses (tests push what the "user" clicks). Every dialog shown is recorded in `dialogs`.
 */
import { Button, ButtonSet } from './enums';
import { FakeHtmlOutput } from './html';
import { real, own } from './real';
import { SCOPES, type FakeRuntime } from './runtime';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type ButtonT = GoogleAppsScript.Base.Button;
type ButtonSetT = GoogleAppsScript.Base.ButtonSet;

export type MenuEntry = { kind: 'item'; caption: string; functionName: string } | { kind: 'separator' } | { kind: 'submenu'; menu: FakeMenu };

export class FakeMenu implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  readonly entries: MenuEntry[] = [];

  constructor(
    private readonly rt: FakeRuntime,
    private readonly ui: FakeUi,
    readonly title: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): Menu {
    this.rt.call('SpreadsheetApp', 'Menu.addItem');
    this.entries.push({ kind: 'item', caption, functionName });
    return real(this);
  }

  addSeparator(): Menu {
    this.rt.call('SpreadsheetApp', 'Menu.addSeparator');
    this.entries.push({ kind: 'separator' });
    return real(this);
  }

  addSubMenu(menu: Menu): Menu {
    this.rt.call('SpreadsheetApp', 'Menu.addSubMenu');
    this.entries.push({ kind: 'submenu', menu: own(this.rt, menu, FakeMenu, 'menu') });
    return real(this);
  }

  addToUi(): void {
    this.rt.call('SpreadsheetApp', 'Menu.addToUi');
    this.ui.menus = this.ui.menus.filter((m) => m.title !== this.title);
    this.ui.menus.push(this);
  }

  /** Every item, submenus included, in order. */
  items(): Array<{ caption: string; functionName: string }> {
    return this.entries.flatMap((e) =>
      e.kind === 'item' ? [{ caption: e.caption, functionName: e.functionName }] : e.kind === 'submenu' ? e.menu.items() : [],
    );
  }
}

export type Dialog =
  | { kind: 'alert'; title: string; message: string; buttons: string; answer: string }
  | { kind: 'prompt'; title: string; message: string; buttons: string; answer: string; text: string }
  | { kind: 'sidebar' | 'modal' | 'modeless'; title: string; html: FakeHtmlOutput };

export class FakeUi implements Pick<
  Ui,
  'Button' | 'ButtonSet' | 'alert' | 'prompt' | 'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'
> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  /** Menus added with addToUi, latest last. */
  menus: FakeMenu[] = [];
  readonly dialogs: Dialog[] = [];
  private readonly alertAnswers: ButtonT[] = [];
  private readonly promptAnswers: Array<{ text: string; button: ButtonT }> = [];

  constructor(
    private readonly rt: FakeRuntime,
    readonly addonName: string,
  ) {}

  /** The next alert returns this button. Without one, an alert answers OK (or YES for YES_NO…). */
  answerAlert(button: ButtonT | keyof typeof Button): void {
    this.alertAnswers.push(Button[String(button) as keyof typeof Button]);
  }

  /** The next prompt returns this text and button (OK by default). Without one: "" and OK. */
  answerPrompt(text: string, button: ButtonT | keyof typeof Button = 'OK'): void {
    this.promptAnswers.push({ text, button: Button[String(button) as keyof typeof Button] });
  }

  /** Drops scripted answers nobody asked for. */
  clearAnswers(): void {
    this.alertAnswers.length = 0;
    this.promptAnswers.length = 0;
  }

  /** Unused scripted answers (a test can assert its script was consumed). */
  pendingAnswers(): number {
    return this.alertAnswers.length + this.promptAnswers.length;
  }

  /** The function a menu item calls, found by its caption across the menus added to the Ui. */
  functionFor(caption: string): string | null {
    for (const menu of this.menus) for (const item of menu.items()) if (item.caption === caption) return item.functionName;
    return null;
  }

  lastDialog(): Dialog | undefined {
    return this.dialogs[this.dialogs.length - 1];
  }

  createMenu(caption: string): Menu {
    this.rt.call('SpreadsheetApp', 'Ui.createMenu');
    return real(new FakeMenu(this.rt, this, caption, false));
  }

  /** An add-on's menu sits under Extensions, titled with the add-on's name. */
  createAddonMenu(): Menu {
    this.rt.call('SpreadsheetApp', 'Ui.createAddonMenu');
    return real(new FakeMenu(this.rt, this, this.addonName, true));
  }

  alert(a: string, b?: string | ButtonSetT, c?: ButtonSetT): ButtonT {
    this.rt.call('SpreadsheetApp', 'Ui.alert', 'FULL', SCOPES.containerUi);
    const [title, message, buttons] = typeof b === 'string' ? [a, b, c ?? ButtonSet.OK] : ['', a, b ?? ButtonSet.OK];
    const answer = this.alertAnswers.shift() ?? defaultButton(buttons);
    this.dialogs.push({ kind: 'alert', title, message, buttons: String(buttons), answer: String(answer) });
    return answer;
  }

  prompt(a: string, b?: string | ButtonSetT, c?: ButtonSetT): GoogleAppsScript.Base.PromptResponse {
    this.rt.call('SpreadsheetApp', 'Ui.prompt', 'FULL', SCOPES.containerUi);
    const [title, message, buttons] = typeof b === 'string' ? [a, b, c ?? ButtonSet.OK] : ['', a, b ?? ButtonSet.OK];
    const scripted = this.promptAnswers.shift() ?? { text: '', button: defaultButton(buttons) };
    this.dialogs.push({ kind: 'prompt', title, message, buttons: String(buttons), answer: String(scripted.button), text: scripted.text });
    const rt = this.rt;
    const response: Pick<GoogleAppsScript.Base.PromptResponse, 'getResponseText' | 'getSelectedButton'> = {
      getResponseText: () => {
        rt.call('SpreadsheetApp', 'PromptResponse.getResponseText');
        return scripted.text;
      },
      getSelectedButton: () => {
        rt.call('SpreadsheetApp', 'PromptResponse.getSelectedButton');
        return scripted.button;
      },
    };
    return real(response);
  }

  showSidebar(html: GoogleAppsScript.HTML.HtmlOutput): void {
    this.rt.call('SpreadsheetApp', 'Ui.showSidebar', 'FULL', SCOPES.containerUi);
    const out = own(this.rt, html, FakeHtmlOutput, 'HtmlOutput');
    this.dialogs.push({ kind: 'sidebar', title: out.title, html: out });
  }

  showModalDialog(html: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.rt.call('SpreadsheetApp', 'Ui.showModalDialog', 'FULL', SCOPES.containerUi);
    this.dialogs.push({ kind: 'modal', title, html: own(this.rt, html, FakeHtmlOutput, 'HtmlOutput') });
  }

  showModelessDialog(html: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    this.rt.call('SpreadsheetApp', 'Ui.showModelessDialog', 'FULL', SCOPES.containerUi);
    this.dialogs.push({ kind: 'modeless', title, html: own(this.rt, html, FakeHtmlOutput, 'HtmlOutput') });
  }
}

function defaultButton(buttons: ButtonSetT): ButtonT {
  return String(buttons).startsWith('YES') ? Button.YES : Button.OK;
}
