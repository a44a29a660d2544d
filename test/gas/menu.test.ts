import { MENU_ITEMS, MENU_TITLE } from '../../src/core/messages/sheets';
import { boot } from './support';

describe('the «Gobierno en Línea» menu', () => {
  test('a bound script gets its own menu with every item, each naming a global function of the bundle', () => {
    const b = boot();
    b.env.authMode = 'LIMITED';
    (b.g.onOpen as (e: unknown) => void)({ authMode: 'LIMITED' });
    const menu = b.env.ui.menus.at(-1);
    expect(menu?.title).toBe(MENU_TITLE);
    expect(menu?.addon).toBe(false);
    const items = menu?.items() ?? [];
    expect(items.map((i) => i.caption)).toEqual(MENU_ITEMS.map((i) => i.label));
    for (const item of items) expect(typeof b.g[item.functionName]).toBe('function');
  });

  test('as an add-on under AuthMode.NONE, onInstall builds the add-on menu without any authorised call', () => {
    const b = boot();
    b.env.authMode = 'NONE';
    b.env.calls.reset();
    expect(() => (b.g.onInstall as (e: unknown) => void)({ authMode: 'NONE' })).not.toThrow();
    const menu = b.env.ui.menus.at(-1);
    expect(menu?.addon).toBe(true);
    expect(menu?.items().map((i) => i.functionName)).toEqual(MENU_ITEMS.map((i) => i.handler));
    // Only the Ui was touched: no spreadsheet read, property, lock or session.
    expect(Object.keys(b.env.calls.byMethod()).every((k) => /^SpreadsheetApp\.(getUi|Ui\.|Menu\.)/.test(k))).toBe(true);
  });

  test('under FULL (the add-on already authorised) onOpen works too', () => {
    const b = boot();
    b.env.authMode = 'FULL';
    (b.g.onOpen as (e: unknown) => void)({ authMode: 'FULL' });
    expect(b.env.ui.menus.at(-1)?.items()).toHaveLength(MENU_ITEMS.length);
  });
});
