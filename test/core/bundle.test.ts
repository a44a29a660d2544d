/**
 * dist/Code.js as Google sees it: the only top-level names are the entry points (what the editor's
 * Run list and google.script.run can reach), and the closure shadows no global of JavaScript or
 * Apps Script. Parsed with the TypeScript compiler, from the in-memory bundle of each deployment.
 */
import vm from 'node:vm';
import ts from 'typescript';
import { bundleAppsScript, type Deployment } from '../../scripts/bundle.cjs';
import { MENU_ITEMS } from '../../src/core/messages/sheets';

/** Triggers, menu handlers and the google.script.run targets of the Validar sidebar and the plan dialog. */
function entryPoints(deployment: Deployment): string[] {
  const triggers = deployment === 'addon' ? ['onOpen', 'onInstall', 'onEdit'] : ['onOpen', 'onEdit'];
  // recordatoriosDiarios: the installable daily trigger's handler (reminders); registrarHistorial: the
  // installable onEdit trigger's handler (the Historial); validarDeNuevo: «Volver a validar»;
  // prepararConPlantilla: the plan dialog's «Cargar el plan elegido».
  return [
    ...triggers,
    ...MENU_ITEMS.map((i) => i.handler),
    'irACelda',
    'prepararConPlantilla',
    'recordatoriosDiarios',
    'registrarHistorial',
    'validarDeNuevo',
  ].sort();
}

/** Apps Script's global services and classes a script might shadow, beside JavaScript's own globals. */
const APPS_SCRIPT_GLOBALS = [
  'SpreadsheetApp',
  'DocumentApp',
  'DriveApp',
  'Drive',
  'HtmlService',
  'ScriptApp',
  'LockService',
  'PropertiesService',
  'CacheService',
  'Session',
  'Utilities',
  'Logger',
  'console',
  'Charts',
  'Browser',
  'MimeType',
  'UrlFetchApp',
  'GmailApp',
  'MailApp',
  'CalendarApp',
  'FormApp',
  'SlidesApp',
  'CardService',
  'ContentService',
  'XmlService',
  'Jdbc',
  'LanguageApp',
  'Maps',
  'Blob',
  'BigNumber',
];

function declaredNames(statements: ts.NodeArray<ts.Statement>): string[] {
  const names: string[] = [];
  for (const s of statements) {
    if (ts.isFunctionDeclaration(s) && s.name) names.push(s.name.text);
    else if (ts.isClassDeclaration(s) && s.name) names.push(s.name.text);
    else if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) {
        const collect = (n: ts.BindingName): void => {
          if (ts.isIdentifier(n)) names.push(n.text);
          else
            n.elements.forEach((el) => {
              if (!ts.isOmittedExpression(el)) collect(el.name);
            });
        };
        collect(d.name);
      }
    }
  }
  return names;
}

/** The body of the one top-level IIFE: `(function () { ... })();`. */
function closureBody(file: ts.SourceFile): ts.NodeArray<ts.Statement> {
  const iifes = file.statements.filter(ts.isExpressionStatement);
  expect(iifes).toHaveLength(1);
  let call: ts.Expression = iifes[0].expression;
  while (ts.isParenthesizedExpression(call)) call = call.expression;
  if (!ts.isCallExpression(call)) throw new Error('The top-level statement is not a call');
  let fn: ts.Expression = call.expression;
  while (ts.isParenthesizedExpression(fn)) fn = fn.expression;
  if (!ts.isFunctionExpression(fn)) throw new Error('The top-level call is not a function expression');
  return fn.body.statements;
}

describe.each(['bound', 'addon'] as const)('dist Code.js of the %s deployment', (deployment) => {
  let code = '';
  beforeAll(async () => {
    code = await bundleAppsScript(deployment);
  });

  test('is one global script: no import/export/require', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  test('its only top-level names are the entry points, all function declarations', () => {
    const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
    const top = declaredNames(file.statements).sort();
    expect(top).toEqual(entryPoints(deployment));
    for (const s of file.statements) expect(ts.isFunctionDeclaration(s) || ts.isExpressionStatement(s)).toBe(true);
    // And at run time: the global object gains exactly those functions.
    const context = vm.createContext({});
    const before = new Set(Object.getOwnPropertyNames(context));
    vm.runInContext(code, context, { filename: 'Code.js' });
    const added = Object.getOwnPropertyNames(context)
      .filter((n) => !before.has(n))
      .sort();
    expect(added).toEqual(entryPoints(deployment));
    for (const name of added) expect(typeof (context as Record<string, unknown>)[name]).toBe('function');
  });

  test('the closure declares no name of a JavaScript or Apps Script global (no `var escape`)', () => {
    const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);
    const inner = declaredNames(closureBody(file));
    const builtIns = new Set([...Object.getOwnPropertyNames(vm.runInNewContext('globalThis')), ...APPS_SCRIPT_GLOBALS]);
    expect(inner.length).toBeGreaterThan(50);
    expect(inner.filter((n) => builtIns.has(n))).toEqual([]);
  });
});
