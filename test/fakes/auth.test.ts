/**
 * What the fakes refuse, as Apps Script does: scopes the manifest lacks, calls an AuthMode or a
 * simple trigger may not make, Drive items drive.file does not reach, and runs past their time limit.
 */
import { createEnvironment } from './index';
import { TIME_LIMIT_MESSAGE } from './cost';
import { builtManifest, loadGasSync } from '../support/gas-harness';

const AUTH = 'https://www.googleapis.com/auth/';

function envWith(scopes: readonly string[] | null) {
  const env = createEnvironment();
  env.createSpreadsheet({ sheets: { Hoja: [['a']] } });
  env.useManifest(
    scopes === null ? {} : { oauthScopes: scopes, dependencies: { enabledAdvancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }] } },
  );
  return env;
}

describe('scopes the manifest lacks', () => {
  test("DriveApp under drive.file fails with the reference's scopes in Google's wording", () => {
    const env = envWith(builtManifest().oauthScopes ?? []);
    expect(() => env.DriveApp.getFileById(env.spreadsheet.getId())).toThrow(
      `Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: (${AUTH}drive.readonly || ${AUTH}drive)`,
    );
    expect(() => env.DriveApp.createFolder('x')).toThrow(
      `Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: ${AUTH}drive`,
    );
  });

  test('a manifest with spreadsheets (not .currentonly) still opens the active spreadsheet; with neither it cannot', () => {
    expect(() => envWith([`${AUTH}spreadsheets`]).SpreadsheetApp.getActiveSpreadsheet()).not.toThrow();
    expect(() => envWith([`${AUTH}documents`]).SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      `Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets)`,
    );
  });

  test('no oauthScopes in the manifest: Apps Script asks for what the code uses, so nothing is refused', () => {
    const env = envWith(null);
    expect(() => env.DriveApp.createFolder('x')).not.toThrow();
  });

  test('the advanced Drive service is a global only when the manifest enables it', () => {
    const on = envWith([`${AUTH}drive.file`]);
    expect(on.globals().Drive).toBe(on.Drive);
    const off = createEnvironment();
    off.useManifest({ oauthScopes: [`${AUTH}drive.file`] });
    expect(off.globals().Drive).toBeUndefined();
  });
});

describe('AuthMode and simple triggers', () => {
  test('AuthMode.NONE: a menu can be built, the document and properties cannot be touched', () => {
    const env = envWith(builtManifest().oauthScopes ?? []);
    env.authMode = 'NONE';
    expect(() => env.SpreadsheetApp.getUi().createAddonMenu().addItem('Ayuda', 'menuAyuda').addToUi()).not.toThrow();
    expect(() => env.SpreadsheetApp.getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet.');
    expect(() => env.PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties.');
  });

  test('a simple trigger (LIMITED) edits its own spreadsheet but opens no other file, makes no Doc, sends no mail, adds no trigger', () => {
    const env = envWith([`${AUTH}spreadsheets`, `${AUTH}documents`, `${AUTH}drive`, `${AUTH}script.send_mail`, `${AUTH}script.scriptapp`]);
    env.authMode = 'LIMITED';
    const sheet = env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Hoja')!;
    expect(() => sheet.getRange(1, 1).setValues([['b']])).not.toThrow();
    expect(() => env.SpreadsheetApp.openById('1OtherSpreadsheet000000')).toThrow(
      `You do not have permission to call SpreadsheetApp.openById. Required permissions: ${AUTH}spreadsheets`,
    );
    expect(() => env.DocumentApp.create('x')).toThrow(`You do not have permission to call DocumentApp.create. Required permissions: ${AUTH}documents`);
    expect(() => env.DriveApp.getRootFolder()).toThrow('You do not have permission to call DriveApp.getRootFolder.');
    expect(() => env.Drive.Files.create({ name: 'x' })).toThrow('You do not have permission to call Drive.Files.create.');
    // Services without a fake object are refused by the same rule, from the same table.
    expect(() => env.rt.call('MailApp', 'sendEmail')).toThrow(
      `You do not have permission to call MailApp.sendEmail. Required permissions: ${AUTH}script.send_mail`,
    );
    expect(() => env.rt.call('ScriptApp', 'newTrigger')).toThrow(
      `You do not have permission to call ScriptApp.newTrigger. Required permissions: ${AUTH}script.scriptapp`,
    );
    expect(() => env.SpreadsheetApp.getUi().alert('x')).toThrow('You do not have permission to call Ui.alert.');
  });
});

describe('Drive v3 under drive.file', () => {
  const env = envWith(builtManifest().oauthScopes ?? []);
  const theirs = env.drive.createFolder('Carpeta de la persona');

  test("reaches what the add-on created, not what the person made (nor the spreadsheet's folder)", () => {
    expect(() => env.Drive.Files.get(theirs.id)).toThrow(`API call to drive.files.get failed with error: File not found: ${theirs.id}.`);
    expect(() => env.Drive.Files.get(env.spreadsheet.getId(), { fields: 'parents' })).toThrow('File not found');
    const folder = env.Drive.Files.create({ name: 'Informes', mimeType: 'application/vnd.google-apps.folder' });
    expect(env.Drive.Files.get(folder.id!)).toEqual({ kind: 'drive#file', id: folder.id, name: 'Informes', mimeType: 'application/vnd.google-apps.folder' });
    expect(env.Drive.Files.list({ q: "name = 'Carpeta de la persona'" }).files).toEqual([]);
    env.drive.grantToApp(theirs.id); // the person opened it with the add-on (a Picker)
    expect(env.Drive.Files.get(theirs.id, { fields: 'id,name' })).toEqual({ id: theirs.id, name: 'Carpeta de la persona' });
  });

  test('a blob uploads into a folder; parents change only through addParents/removeParents', () => {
    const folder = env.Drive.Files.create({ name: 'Destino', mimeType: 'application/vnd.google-apps.folder' });
    const blob = env.Utilities.newBlob('<p>hola</p>', 'text/html', 'informe.html');
    const file = env.Drive.Files.create({ name: 'informe.html', parents: [folder.id!] }, blob, { supportsAllDrives: true, fields: 'id,mimeType,parents' });
    expect(file).toEqual({ id: file.id, mimeType: 'text/html', parents: [folder.id] });
    expect(env.drive.files.get(file.id!)?.data).toBe('<p>hola</p>');
    expect(() => env.Drive.Files.update({ parents: [env.drive.rootId] }, file.id!)).toThrow("Use 'addParents' and 'removeParents'");
    env.Drive.Files.update({}, file.id!, null as unknown as GoogleAppsScript.Base.Blob, { addParents: env.drive.rootId, removeParents: folder.id });
    expect(env.Drive.Files.get(file.id!, { fields: 'parents' }).parents).toEqual([env.drive.rootId]);
  });

  test('items in a shared drive are found only with supportsAllDrives', () => {
    const shared = env.Drive.Files.create({ name: 'Unidad compartida', mimeType: 'application/vnd.google-apps.folder' });
    env.drive.inSharedDrive.add(shared.id!);
    expect(() => env.Drive.Files.get(shared.id!)).toThrow('File not found');
    expect(env.Drive.Files.get(shared.id!, { supportsAllDrives: true }).name).toBe('Unidad compartida');
  });

  test('with the drive scope every item is reached', () => {
    const wide = envWith([`${AUTH}drive`]);
    const f = wide.drive.createFolder('De la persona');
    expect(wide.Drive.Files.get(f.id, { fields: 'name' })).toEqual({ name: 'De la persona' });
  });
});

describe('time limits', () => {
  const loop = `function onEdit(e) { try { for (let i = 0; i < 100000; i++) SpreadsheetApp.getActiveSpreadsheet().toast('x'); } catch (err) { /* swallowed */ } }
    function menuLargo() { for (let i = 0; i < 5000; i++) SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(1, 1).setValue(i); }
    function menuCorto() { SpreadsheetApp.getActiveSpreadsheet().toast('x'); }`;

  test("a simple trigger past 30 s stops with Google's message even if the script catches it", () => {
    const h = loadGasSync({ code: loop, spreadsheet: { sheets: { Hoja: [['a']] } } });
    expect(() => h.edit('Hoja', 'A1', 'b')).toThrow(TIME_LIMIT_MESSAGE);
    expect(h.lastRunMs()).toBeGreaterThan(30_000);
  });

  test('a menu action has 6 minutes; each run starts its own clock', () => {
    const h = loadGasSync({ code: loop, spreadsheet: { sheets: { Hoja: [['a']] } } });
    expect(() => h.call('menuLargo')).not.toThrow(); // 5,000 × (5 + 5 + 5 + 40 ms) ≈ 4.6 min
    expect(h.lastRunMs()).toBeGreaterThan(4 * 60_000);
    h.call('menuCorto');
    expect(h.lastRunMs()).toBeLessThan(1000);
  });
});
