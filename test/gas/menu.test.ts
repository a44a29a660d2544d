/**
 * The menu of each deployment in every AuthMode Google runs its triggers in (Apps Script reference,
 * "Editor add-on authorization"): an add-on's onOpen runs under NONE (installed, not yet used in the
 * document) or LIMITED (used in it), its onInstall under FULL; a bound script's simple onOpen under
 * LIMITED (FULL when run from the editor). The add-on's menu is always under Extensiones.
 */
import { MENU_ITEMS, MENU_TITLE } from '../../src/core/messages/sheets';
import type { AuthModeName } from '../fakes';
import { boot, type Booted } from './support';

function open(b: Booted, trigger: 'onOpen' | 'onInstall', mode: AuthModeName): void {
  b.env.authMode = mode;
  b.env.calls.reset();
  const e: Record<string, unknown> = { authMode: b.env.ScriptApp.AuthMode[mode] };
  if (mode !== 'NONE') e.source = b.ss;
  expect(() => (b.g[trigger] as (e: unknown) => void)(e)).not.toThrow();
}

function expectFullMenu(b: Booted): void {
  const menu = b.env.ui.menus.at(-1);
  const items = menu?.items() ?? [];
  expect(items.map((i) => i.caption)).toEqual(MENU_ITEMS.map((i) => i.label));
  expect(items.map((i) => i.functionName)).toEqual(MENU_ITEMS.map((i) => i.handler));
  for (const item of items) expect(typeof b.g[item.functionName]).toBe('function');
}

/** Building a menu touches only the Ui: no spreadsheet read, property, lock or session. */
function expectOnlyUi(b: Booted): void {
  expect(Object.keys(b.env.calls.byMethod()).filter((k) => !/^SpreadsheetApp\.(getUi|Ui\.create(Addon)?Menu|Menu\.)/.test(k))).toEqual([]);
}

describe('the bound script (clasp, dist/)', () => {
  test.each(['LIMITED', 'FULL'] as const)('onOpen under %s puts «Gobierno en Línea» in the top menu bar', (mode) => {
    const b = boot();
    open(b, 'onOpen', mode);
    const menu = b.env.ui.menus.at(-1);
    expect(menu?.title).toBe(MENU_TITLE);
    expect(menu?.addon).toBe(false);
    expectFullMenu(b);
    expectOnlyUi(b);
    expect(b.g.onInstall).toBeUndefined();
  });
});

describe('the Editor add-on (dist-addon/)', () => {
  test.each([
    ['onOpen', 'NONE'],
    ['onOpen', 'LIMITED'],
    ['onInstall', 'FULL'],
  ] as const)('%s under %s builds the menu under Extensiones', (trigger, mode) => {
    const b = boot(undefined, 'addon');
    open(b, trigger, mode);
    const menu = b.env.ui.menus.at(-1);
    expect(menu?.addon).toBe(true);
    expect(menu?.title).toBe(b.env.ui.addonName);
    expect(b.env.ui.menus.filter((m) => !m.addon)).toEqual([]);
    expectFullMenu(b);
    expectOnlyUi(b);
  });

  test('a failure while building the menu never reaches the person (the log keeps it)', () => {
    const b = boot(undefined, 'addon');
    b.env.authMode = 'NONE';
    b.env.ui.createAddonMenu = () => {
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    };
    expect(() => (b.g.onOpen as (e: unknown) => void)({ authMode: b.env.ScriptApp.AuthMode.NONE })).not.toThrow();
    expect(b.env.logs.join('\n')).toMatch(/Cannot call SpreadsheetApp.getUi/);
  });
});
