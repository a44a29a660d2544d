import { createEngine } from '../support/formula-engine';
import { createEnvironment, type FakeEnvironment } from './index';

type Range = GoogleAppsScript.Spreadsheet.Range;

function setup(): { env: FakeEnvironment; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const env = createEnvironment();
  env.createSpreadsheet({
    sheets: {
      Matriz: [
        ['ID', 'Acción', 'Meta'],
        ['A1', 'Conectividad', 0.8],
      ],
    },
  });
  const sheet = env.SpreadsheetApp.getActive().getSheetByName('Matriz');
  if (!sheet) throw new Error('fixture');
  return { env, sheet };
}

// Bogotá is UTC−5 all year, so its midnight is 05:00 UTC.
const bogotaMidnight = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 5));

describe('values', () => {
  test('empty cells read as "", numbers, booleans and text as written', () => {
    const { sheet } = setup();
    const range = sheet.getRange(2, 1, 2, 4);
    range.setValues([
      ['x', 3, true, ''],
      [null, 0, false, 'texto'],
    ]);
    expect(range.getValues()).toEqual([
      ['x', 3, true, ''],
      ['', 0, false, 'texto'],
    ]);
    expect(sheet.getRange('Z99').getValue()).toBe('');
  });

  test('mismatched dimensions throw the real messages, for every grid setter', () => {
    const { sheet } = setup();
    const range: Range = sheet.getRange(1, 1, 2, 2);
    expect(() =>
      range.setValues([
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toThrow('The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.');
    expect(() => range.setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setFormulas([['=1']])).toThrow(/number of rows/);
    expect(() =>
      range.setNumberFormats([
        ['@', '@', '@'],
        ['@', '@', '@'],
      ]),
    ).toThrow(/number of columns/);
    expect(() => range.setNotes([['a', 'b']])).toThrow(/number of rows/);
    expect(() => range.setBackgrounds([['#fff'], ['#fff']])).toThrow(/number of columns/);
    expect(() => range.setDataValidations([[null, null]])).toThrow(/number of rows/);
    expect(() => range.setFontWeights([['bold'], ['bold']])).toThrow(/number of columns/);
    // Nothing was written by the failed calls.
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['ID', 'Acción'],
      ['A1', 'Conectividad'],
    ]);
  });

  test('a date written reads back as the same instant, and as a Date', () => {
    const { sheet } = setup();
    const day = bogotaMidnight(2024, 1, 31);
    const lateEvening = new Date(Date.UTC(2024, 1, 1, 4, 30)); // 31/01/2024 23:30 in Bogotá
    sheet.getRange('D2:E2').setValues([[day, lateEvening]]);
    const [read, late] = sheet.getRange('D2:E2').getValues()[0] ?? [];
    expect(read).toBeInstanceOf(Date);
    expect((read as Date).toISOString()).toBe('2024-01-31T05:00:00.000Z');
    expect((late as Date).toISOString()).toBe('2024-02-01T04:30:00.000Z');
    expect(sheet.getRange('D2:E2').getDisplayValues()).toEqual([['31/01/2024', '31/01/2024 23:30:00']]);
  });

  test('a serial number in a date-formatted cell reads as midnight in the spreadsheet zone', () => {
    const env = createEnvironment();
    // 45292 is 1 January 2024: 124 years of days after 30/12/1899 (Sheets' epoch).
    const serial = (Date.UTC(2024, 0, 1) - Date.UTC(1899, 11, 30)) / 86_400_000;
    expect(serial).toBe(45292);
    env.createSpreadsheet({ sheets: { S: [[serial, serial]] }, formats: { S: [['dd/mm/yyyy', '0']] } });
    const values = env.SpreadsheetApp.getActiveSheet().getRange('A1:B1').getValues()[0] ?? [];
    expect(values[0]).toEqual(bogotaMidnight(2024, 1, 1));
    expect(values[1]).toBe(45292);
  });

  test('the same date in a UTC spreadsheet is UTC midnight', () => {
    const env = createEnvironment();
    env.createSpreadsheet({ sheets: { S: [['2024-03-15']] }, timeZone: 'UTC' });
    expect(env.SpreadsheetApp.getActiveSheet().getRange('A1').getValue()).toEqual(new Date(Date.UTC(2024, 2, 15)));
  });

  test('"=" makes a formula; an apostrophe or the "@" format keeps text', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A3:D3');
    r.setValues([['=SUM(1,2)', "'=1+2", "'007", '007']]);
    expect(r.getFormulas()).toEqual([['=SUM(1,2)', '', '', '']]);
    expect(r.getValues()).toEqual([['', '=1+2', '007', 7]]); // no engine: a formula reads as ""
    const text = sheet.getRange('A4:B4');
    text.setNumberFormat('@');
    text.setValues([['=HYPERLINK("x")', '007']]);
    expect(text.getFormulas()).toEqual([['', '']]);
    expect(text.getValues()).toEqual([['=HYPERLINK("x")', '007']]);
  });

  test('setValue on a formula cell replaces the formula; setFormulas("") clears', () => {
    const { sheet } = setup();
    const cell = sheet.getRange('C2');
    cell.setFormula('=A2');
    expect(cell.getFormula()).toBe('=A2');
    cell.setValue(5);
    expect(cell.getFormula()).toBe('');
    expect(cell.getValue()).toBe(5);
    cell.setFormulas([['']]);
    expect(cell.getValue()).toBe('');
  });

  test('formula results come from a plugged engine', () => {
    const env = createEnvironment();
    const ss = env.createSpreadsheet({ sheets: { S: [[2, 3, '=A1*B1']] }, names: { Factor: 'S!B1' } });
    let seen: unknown = null;
    ss.recalculate((sheets, names) => {
      seen = { sheets, names };
      return { value: (_s, r, c) => (r === 1 && c === 3 ? 6 : null), destroy: () => undefined };
    });
    expect(seen).toEqual({ sheets: { S: [[2, 3, '=A1*B1']] }, names: { Factor: "'S'!$B$1" } });
    // Text that looks like a formula reaches the engine as text.
    env.SpreadsheetApp.getActiveSheet().getRange('D1').setValue("'=HYPERLINK(1)");
    expect(ss.engineInput().sheets.S?.[0]?.[3]).toBe("'=HYPERLINK(1)");
    expect(env.SpreadsheetApp.getActiveSheet().getRange('C1').getValue()).toBe(6);
  });

  test('with useFormulaEngine, a write makes the next read recalculate', () => {
    const env = createEnvironment();
    const ss = env.createSpreadsheet({ sheets: { S: [[2, '=A1+1']] } });
    let builds = 0;
    ss.useFormulaEngine((sheets) => {
      builds += 1;
      const a1 = sheets.S?.[0]?.[0];
      return { value: () => (typeof a1 === 'number' ? a1 + 1 : { error: '#VALUE!' }), destroy: () => undefined };
    });
    const sheet = env.SpreadsheetApp.getActiveSheet();
    expect(sheet.getRange('B1').getValue()).toBe(3);
    sheet.getRange('A1').setValue(10);
    expect(sheet.getRange('B1').getValue()).toBe(11);
    sheet.getRange('A1').setValue('x');
    expect(sheet.getRange('B1').getValue()).toBe('#VALUE!');
    expect(builds).toBe(3);
  });
});

describe('with the HyperFormula engine', () => {
  test('formula results, named ranges and dates read as Sheets would show them', () => {
    const env = createEnvironment();
    const ss = env.createSpreadsheet({
      sheets: {
        Matriz: [
          ['Inicio', 'Meses', 'Vence', 'Avance'],
          ['2024-01-15', 1, '=EDATE(A2,B2)', '=B2/Umbral'],
        ],
        Config: [['Umbral', 4]],
      },
      formats: { Matriz: [[], ['dd/mm/yyyy', '0', 'dd/mm/yyyy', '0%']] },
      names: { Umbral: 'Config!B1' },
    });
    ss.useFormulaEngine(createEngine);
    const row = env.SpreadsheetApp.getActive().getRange('Matriz!A2:D2');
    const [start, , due, progress] = row.getValues()[0] ?? [];
    expect(start).toEqual(bogotaMidnight(2024, 1, 15));
    // (Not the 31st: HyperFormula 3.x gives EDATE(31/01/2024, 1) = 28/02/2024, where Sheets gives 29/02.)
    expect(due).toEqual(bogotaMidnight(2024, 2, 15));
    expect(progress).toBe(0.25);
    expect(row.getDisplayValues()[0]).toEqual(['15/01/2024', '1', '15/02/2024', '25%']);
    row.offset(0, 1, 1, 1).setValue(0);
    expect(row.getValues()[0]?.[3]).toBe(0);
    env.SpreadsheetApp.getActive().getRange('Config!B1').setValue(0);
    expect(row.getValues()[0]?.[3]).toBe('#DIV/0!');
  });
});

describe('geometry', () => {
  test('getRange checks bounds with the real messages; inserting grows the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 27)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    sheet.insertColumnsAfter(26, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange(1, 28).getA1Notation()).toBe('AB1');
    expect(() => sheet.getRange(1001, 1)).toThrow(/outside the dimensions/);
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getRow()).toBe(1005);
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  test('A1 notation, last row/column and the data range', () => {
    const { sheet } = setup();
    expect(sheet.getRange('B2:C3').getA1Notation()).toBe('B2:C3');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange('E7').setValue('x');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E7');
    expect(sheet.getRange('B2:C3').offset(1, 1).getA1Notation()).toBe('C3:D4');
  });

  test('inserting a column moves cells and keeps named ranges on the same data', () => {
    const { env, sheet } = setup();
    const ss = env.SpreadsheetApp.getActive();
    ss.setNamedRange('Metas', sheet.getRange('C2'));
    sheet.insertColumnBefore(2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['ID', '', 'Acción', 'Meta']]);
    expect(ss.getRangeByName('Metas')?.getA1Notation()).toBe('D2');
    expect(ss.getRangeByName('Metas')?.getValue()).toBe(0.8);

    const held = sheet.getRange('A2:D5');
    const rule = env.SpreadsheetApp.newConditionalFormatRule().whenCellEmpty().setBackground('#eee').setRanges([held]).build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertRowsBefore(1, 2);
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('A4:D7');
    expect(held.getA1Notation()).toBe('A2:D5'); // a Range the script holds stays where it was
  });
});

describe('spreadsheet', () => {
  test('sheets by name, duplicate names refused, named ranges null when absent', () => {
    const { env } = setup();
    const ss = env.SpreadsheetApp.getActive();
    expect(ss.getSheetByName('Fases')).toBeNull();
    const fases = ss.insertSheet('Fases');
    expect(fases.getIndex()).toBe(2);
    expect(() => ss.insertSheet('Fases')).toThrow('A sheet with the name "Fases" already exists. Please enter another name.');
    expect(() => ss.insertSheet('fases')).toThrow(/already exists/);
    expect(ss.getRangeByName('Nada')).toBeNull();
    expect(ss.getNamedRanges()).toHaveLength(0);
    ss.setNamedRange('Umbral', fases.getRange('B7'));
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Umbral']);
    expect(ss.getRangeByName('Umbral')?.getSheet().getName()).toBe('Fases');
    ss.deleteSheet(fases);
    expect(ss.getRangeByName('Umbral')).toBeNull();
    ss.toast('Listo', 'Seguimiento', 5);
    expect(env.spreadsheet.toasts).toEqual([{ message: 'Listo', title: 'Seguimiento', timeoutSeconds: 5 }]);
  });

  test('validations, conditional rules, protections and charts keep what was built', () => {
    const { env, sheet } = setup();
    const app = env.SpreadsheetApp;
    const rule = app.newDataValidation().requireValueInRange(sheet.getRange('A2:A3')).setAllowInvalid(false).setHelpText('Elija').build();
    sheet.getRange('B2:B3').setDataValidation(rule);
    const read = sheet.getRange('B3').getDataValidation();
    expect(String(read?.getCriteriaType())).toBe('VALUE_IN_RANGE');
    expect(read?.getAllowInvalid()).toBe(false);
    expect(read?.getHelpText()).toBe('Elija');
    expect((read?.getCriteriaValues()[0] as Range).getA1Notation()).toBe('A2:A3');
    expect(sheet.getRange('C3').getDataValidation()).toBeNull();
    expect(String(app.newDataValidation().requireDate().build().getCriteriaType())).toBe('DATE_IS_VALID_DATE');

    const cf = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$F2="Vencida"')
      .setBackground('#f4c7c3')
      .setRanges([sheet.getRange('A2:F')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), cf]);
    const got = sheet.getConditionalFormatRules()[0]?.getBooleanCondition();
    expect(got?.getCriteriaValues()).toEqual(['=$F2="Vencida"']);
    expect(got?.getBackground()).toBe('#f4c7c3');
    expect(() => app.newConditionalFormatRule().setBackground('#fff').build()).toThrow();

    const p = sheet.getRange('A1:C1').protect().setWarningOnly(true).setDescription('Encabezados');
    expect(p.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['Encabezados']);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(0);

    const chart = sheet.newChart().addRange(sheet.getRange('B1:C2')).setPosition(5, 1, 0, 0).setOption('title', 'Cumplimiento').build();
    sheet.insertChart(chart);
    expect(sheet.getCharts()).toHaveLength(1);
    expect(sheet.getCharts()[0]?.getOptions().get('title')).toBe('Cumplimiento');
    const png = sheet.getCharts()[0]?.getAs('image/png');
    expect(png?.getContentType()).toBe('image/png');
  });
});

describe('calls, auth and other services', () => {
  test('every call is counted by service and method, and can be reset', () => {
    const { env, sheet } = setup();
    env.calls.reset();
    sheet.getRange('A1:C2').getValues();
    sheet.getRange('A1:C2').getValues();
    expect(env.calls.count('SpreadsheetApp', 'Range.getValues')).toBe(2);
    expect(env.calls.count('SpreadsheetApp', 'Sheet.getRange')).toBe(2);
    expect(env.calls.total('SpreadsheetApp')).toBe(4);
    expect(env.calls.byMethod('SpreadsheetApp')).toEqual({ 'Range.getValues': 2, 'Sheet.getRange': 2 });
    env.calls.reset();
    expect(env.calls.total()).toBe(0);
  });

  test('AuthMode.NONE refuses the document and storage but allows building a menu', () => {
    const { env } = setup();
    env.authMode = 'NONE';
    expect(() => env.SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      /^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: /,
    );
    expect(() => env.PropertiesService.getDocumentProperties()).toThrow(/permission/);
    expect(() => env.LockService.getDocumentLock()).toThrow(/permission/);
    expect(() => env.Session.getActiveUser()).toThrow(/permission/);
    env.SpreadsheetApp.getUi().createAddonMenu().addItem('Ayuda', 'menuAyuda').addToUi();
    expect(env.ui.functionFor('Ayuda')).toBe('menuAyuda');
    expect(() => env.SpreadsheetApp.getUi().alert('hola')).toThrow(/Ui.alert/);
    env.authMode = 'LIMITED';
    expect(env.SpreadsheetApp.getActiveSpreadsheet().getName()).toBe('Seguimiento GEL-T');
  });

  test('alerts and prompts answer from the script, and are recorded', () => {
    const { env } = setup();
    const ui = env.SpreadsheetApp.getUi();
    env.ui.answerPrompt('31/12/2024');
    env.ui.answerAlert('NO');
    const r = ui.prompt('Corte', 'Fecha de corte', ui.ButtonSet.OK_CANCEL);
    expect(r.getResponseText()).toBe('31/12/2024');
    expect(r.getSelectedButton()).toBe(ui.Button.OK);
    expect(ui.alert('¿Reemplazar?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(ui.alert('Listo')).toBe(ui.Button.OK);
    expect(env.ui.dialogs.map((d) => d.kind)).toEqual(['prompt', 'alert', 'alert']);
    ui.showSidebar(env.HtmlService.createHtmlOutput('<p>x</p>').setTitle('Problemas'));
    const last = env.ui.lastDialog();
    expect(last?.kind === 'sidebar' && last.html.getContent()).toBe('<p>x</p>');
  });

  test('locks, properties, session and formatDate', () => {
    const env = createEnvironment();
    const lock = env.LockService.getDocumentLock();
    expect(lock.tryLock(100)).toBe(true);
    lock.releaseLock();
    env.LockService.document.busy = true;
    expect(lock.tryLock(100)).toBe(false);
    expect(() => lock.waitLock(100)).toThrow(/^Lock timeout/);

    const props = env.PropertiesService.getDocumentProperties();
    props.setProperties({ a: '1' }).setProperty('b', '2');
    expect(props.getProperties()).toEqual({ a: '1', b: '2' });
    props.deleteProperty('a');
    expect(props.getProperty('a')).toBeNull();

    env.Session.activeUserEmail = '';
    expect(env.Session.getActiveUser().getEmail()).toBe('');

    const instant = new Date(Date.UTC(2024, 0, 1, 3, 7)); // 31/12/2023 22:07 in Bogotá
    expect(env.Utilities.formatDate(instant, 'America/Bogota', 'yyyy-MM-dd')).toBe('2023-12-31');
    expect(env.Utilities.formatDate(instant, 'America/Bogota', 'dd/MM/yyyy HH:mm')).toBe('31/12/2023 22:07');
    expect(env.Utilities.formatDate(instant, 'UTC', 'dd/MM/yyyy HH:mm')).toBe('01/01/2024 03:07');
    expect(env.Utilities.formatDate(instant, 'America/Bogota', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2023-12-31T22:07:00-05:00');
  });
});
