/**
 * The ScriptApp trigger fake behaves as Google documents: triggers belong to the user who created
 * them, 20 per user per script, clock triggers belong to no document, scopes and auth modes refused.
 */
import { createEnvironment, type FakeEnvironment } from './index';
import { TOO_MANY_TRIGGERS, TRIGGERS_PER_USER_PER_SCRIPT } from './triggers';

const AUTH = 'https://www.googleapis.com/auth/';
const FULL_SCOPES = [`${AUTH}spreadsheets.currentonly`, `${AUTH}script.scriptapp`];

function envWith(scopes: readonly string[]): FakeEnvironment {
  const env = createEnvironment();
  env.createSpreadsheet({ sheets: { Hoja: [['a']] } });
  env.useManifest({ oauthScopes: scopes });
  return env;
}

test('a daily clock trigger is listed for its owner only, with its handler, type and a stable unique ID', () => {
  const env = envWith(FULL_SCOPES);
  const t = env.ScriptApp.newTrigger('recordatoriosDiarios').timeBased().everyDays(1).atHour(7).create();
  const listed = env.ScriptApp.getProjectTriggers();
  expect(listed.map((x) => [x.getHandlerFunction(), String(x.getEventType()), String(x.getTriggerSource()), x.getUniqueId()])).toEqual([
    ['recordatoriosDiarios', 'CLOCK', 'CLOCK', t.getUniqueId()],
  ]);
  expect(env.ScriptApp.triggers.all[0].schedule).toMatchObject({ everyDays: 1, atHour: 7 });
  expect(env.ScriptApp.triggers.all[0].owner).toBe(env.Session.activeUserEmail);
  env.Session.activeUserEmail = 'otra.persona@example.gov.co';
  expect(env.ScriptApp.getProjectTriggers()).toHaveLength(0);
});

test("getUserTriggers(ss) lists the spreadsheet's onEdit trigger, not the clock trigger", () => {
  const env = envWith(FULL_SCOPES);
  const ss = env.SpreadsheetApp.getActiveSpreadsheet();
  env.ScriptApp.newTrigger('diario').timeBased().everyDays(1).atHour(6).create();
  const edit = env.ScriptApp.newTrigger('alEditar').forSpreadsheet(ss).onEdit().create();
  const mine = env.ScriptApp.getUserTriggers(ss);
  expect(mine.map((t) => t.getUniqueId())).toEqual([edit.getUniqueId()]);
  expect(String(mine[0].getEventType())).toBe('ON_EDIT');
  expect(mine[0].getTriggerSourceId()).toBe(ss.getId());
});

test('deleteTrigger removes it; another user cannot delete it', () => {
  const env = envWith(FULL_SCOPES);
  const t = env.ScriptApp.newTrigger('diario').timeBased().everyDays(1).atHour(6).create();
  env.Session.activeUserEmail = 'otra.persona@example.gov.co';
  expect(() => env.ScriptApp.deleteTrigger(t)).toThrow('Invalid argument: trigger');
  env.Session.activeUserEmail = 'control.interno@example.gov.co';
  env.ScriptApp.deleteTrigger(env.ScriptApp.getProjectTriggers()[0]);
  expect(env.ScriptApp.triggers.all).toHaveLength(0);
});

test('the 21st trigger of a user fails; another user still has room', () => {
  const env = envWith(FULL_SCOPES);
  for (let i = 0; i < TRIGGERS_PER_USER_PER_SCRIPT; i++) env.ScriptApp.newTrigger(`f${i}`).timeBased().everyHours(1).create();
  expect(() => env.ScriptApp.newTrigger('uno.mas').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  env.Session.activeUserEmail = 'otra.persona@example.gov.co';
  expect(() => env.ScriptApp.newTrigger('uno.mas').timeBased().everyHours(1).create()).not.toThrow();
});

test('bad schedules are refused: an hour outside 0–23, minutes Google does not offer, atHour with no recurrence, no schedule', () => {
  const env = envWith(FULL_SCOPES);
  expect(() => env.ScriptApp.newTrigger('f').timeBased().everyDays(1).atHour(24)).toThrow('Invalid argument: hour');
  expect(() => env.ScriptApp.newTrigger('f').timeBased().everyMinutes(7)).toThrow('Invalid argument: minutes');
  expect(() => env.ScriptApp.newTrigger('f').timeBased().atHour(6).create()).toThrow('atHour()');
  expect(() => env.ScriptApp.newTrigger('f').timeBased().create()).toThrow('needs a schedule');
  expect(env.ScriptApp.triggers.all).toHaveLength(0);
});

test("without script.scriptapp in the manifest, creating or listing triggers is refused in Google's wording", () => {
  const env = envWith([`${AUTH}spreadsheets.currentonly`]);
  expect(() => env.ScriptApp.newTrigger('f')).toThrow(
    `Specified permissions are not sufficient to call ScriptApp.newTrigger. Required permissions: ${AUTH}script.scriptapp`,
  );
  expect(() => env.ScriptApp.getProjectTriggers()).toThrow('ScriptApp.getProjectTriggers');
});

test('a simple trigger (LIMITED) may not create or list triggers', () => {
  const env = envWith(FULL_SCOPES);
  env.authMode = 'LIMITED';
  expect(() => env.ScriptApp.newTrigger('f')).toThrow('You do not have permission to call ScriptApp.newTrigger');
  expect(() => env.ScriptApp.getProjectTriggers()).toThrow('You do not have permission to call ScriptApp.getProjectTriggers');
});
