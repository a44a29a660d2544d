import { loadGas } from '../support/gas-harness';

describe('the built bundle in a vm context with the fakes', () => {
  test('onOpen in a bound script (FULL) adds the "Gobierno en Línea" menu', async () => {
    const h = await loadGas({ spreadsheet: { sheets: { Hoja: [] } } });
    expect(h.has('onOpen')).toBe(true);
    h.call('onOpen', { authMode: 'FULL' });
    const menu = h.env.ui.menus.find((m) => m.title === 'Gobierno en Línea');
    expect(menu?.addon).toBe(false);
    expect(h.menuItems().length).toBeGreaterThan(0);
  });

  test('onOpen as an add-on under NONE builds the add-on menu without touching the document', async () => {
    const h = await loadGas({ spreadsheet: { sheets: { Hoja: [] } }, deployment: 'addon' });
    h.call('onOpen', { authMode: 'NONE' });
    expect(h.env.ui.menus.map((m) => m.addon)).toEqual([true]);
    expect(h.env.calls.count('SpreadsheetApp', 'getActiveSpreadsheet')).toBe(0);
    expect(h.env.calls.total('PropertiesService')).toBe(0);
  });

  test("dates the script makes are its own realm's, and its clock can be fixed", async () => {
    const h = await loadGas({ spreadsheet: { sheets: { S: [['2024-01-31']] } }, now: new Date(Date.UTC(2024, 5, 30, 17)) });
    const read = h.env.SpreadsheetApp.getActiveSheet().getRange('A1').getValue() as unknown;
    const scriptDate = h.context.Date as DateConstructor;
    expect(read instanceof scriptDate).toBe(true);
    expect(new scriptDate().toISOString()).toBe('2024-06-30T17:00:00.000Z');
  });
});

describe('driving a script', () => {
  const script = `
    function onOpen(e) {
      SpreadsheetApp.getUi().createMenu('M').addItem('Escribir', 'escribir').addSeparator().addItem('Leer', 'leer').addToUi();
    }
    function escribir() { SpreadsheetApp.getActiveSheet().getRange('A1').setValue('hecho'); }
    function leer() { return SpreadsheetApp.getActiveSheet().getRange('A1').getValue(); }
    function onEdit(e) { e.source.getSheetByName('S').getRange('B' + e.range.getRow()).setValue('visto ' + e.value); }
  `;

  test('a menu item runs the function its caption names', async () => {
    const h = await loadGas({ spreadsheet: { sheets: { S: [] } }, code: script });
    expect(() => h.runMenuItem('Escribir')).toThrow(/call onOpen first/);
    h.call('onOpen', { authMode: 'LIMITED' });
    expect(h.menuFunction('Escribir')).toBe('escribir');
    h.runMenuItem('Escribir');
    expect(h.runMenuItem('Leer')).toBe('hecho');
    expect(h.env.calls.count('SpreadsheetApp', 'Range.setValue')).toBe(1);
  });

  test("a person's edit runs onEdit with the event Sheets sends", async () => {
    const h = await loadGas({ spreadsheet: { sheets: { S: [] } }, code: script });
    h.edit('S', 'A3', '12');
    expect(h.spreadsheet.sheet('S').peekValues()[2]).toEqual([12, 'visto 12']);
  });
});
