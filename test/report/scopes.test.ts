/**
 * The report under the scopes the built manifest asks for, and what Google refuses without them:
 * the fakes grant only dist/appsscript.json's oauthScopes (built in memory), refuse as Apps Script
 * does, and the bundle must never call a method whose documented scopes the manifest lacks.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { createEnvironment } from '../fakes';
import { MIME, type FileRecord } from '../fakes/drive-store';
import { documentedScopes, expand, covered } from '../fakes/scopes';
import { bundleCode, builtManifest, loadGas, type GasHarness } from '../support/gas-harness';
import { SHEET } from '../../src/core/tracker/names';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { typeFixture } from './gas-fixture';

const PREPARAR = 'Preparar o reparar la hoja';
const INFORME = 'Generar informe semestral…';
const NAME = 'Informe seguimiento GEL-T 2025-II — Alcaldía Municipal de Valle de San Juan';
const NOW = new Date(Date.UTC(2025, 10, 20, 15, 0));
const DOCUMENTS = 'https://www.googleapis.com/auth/documents';

async function trackerWithPlan(manifest = builtManifest()): Promise<GasHarness> {
  const env = createEnvironment({ userEmail: 'control.interno@valledesanjuan.gov.co' });
  const h = await loadGas({ env, now: NOW, manifest });
  h.call('onOpen', { authMode: 'LIMITED' });
  h.runMenuItem(PREPARAR);
  h.choosePlan();
  typeFixture(h.spreadsheet);
  env.calls.reset();
  return h;
}

function generate(h: GasHarness): void {
  h.env.ui.answerPrompt('2025-II');
  h.runMenuItem(INFORME);
}

const lastDialog = (h: GasHarness): string => {
  const d = h.env.ui.lastDialog();
  if (!d) return '';
  return 'message' in d ? d.message : d.html.content;
};
const live = (h: GasHarness, mime: string): FileRecord[] => [...h.env.drive.files.values()].filter((f) => f.mimeType === mime && !f.trashed);

describe('the scope table', () => {
  test('is what the generator makes from gas-types-detailed (regenerate with node scripts/scopes/generate.mjs)', () => {
    const script = path.join(__dirname, '../../scripts/scopes/generate.mjs');
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  test("carries the reference's lists for the methods the brief names", () => {
    expect(documentedScopes('SpreadsheetApp', 'getActiveSpreadsheet')).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/spreadsheets',
    ]);
    expect(documentedScopes('DriveApp', 'getFileById')).toEqual(['https://www.googleapis.com/auth/drive.readonly', 'https://www.googleapis.com/auth/drive']);
    expect(documentedScopes('DocumentApp', 'create')).toEqual([DOCUMENTS]);
    expect(documentedScopes('MailApp', 'sendEmail')).toEqual(['https://www.googleapis.com/auth/script.send_mail']);
    expect(documentedScopes('ScriptApp', 'newTrigger')).toEqual(['https://www.googleapis.com/auth/script.scriptapp']);
    expect(documentedScopes('Drive', 'Files.create')).toContain('https://www.googleapis.com/auth/drive.file');
  });

  test('scope implication: spreadsheets covers .currentonly, drive covers drive.file, not the other way round', () => {
    const wide = expand(['https://www.googleapis.com/auth/spreadsheets', 'https://www.googleapis.com/auth/drive']);
    expect(covered(['https://www.googleapis.com/auth/spreadsheets.currentonly'], wide)).toBe(true);
    expect(covered(['https://www.googleapis.com/auth/drive.file'], wide)).toBe(true);
    const narrow = expand(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/drive.file']);
    expect(covered(['https://www.googleapis.com/auth/spreadsheets'], narrow)).toBe(false);
    expect(covered(documentedScopes('DriveApp', 'createFolder'), narrow)).toBe(false);
  });
});

describe('the bundle against the manifest', () => {
  test("every Service.method the bundle names is covered by the manifest's oauthScopes", () => {
    const granted = expand(builtManifest().oauthScopes ?? []);
    const code = bundleCode();
    const services = [
      'SpreadsheetApp',
      'DocumentApp',
      'DriveApp',
      'MailApp',
      'GmailApp',
      'ScriptApp',
      'UrlFetchApp',
      'Session',
      'PropertiesService',
      'LockService',
      'HtmlService',
    ];
    const uncovered: string[] = [];
    for (const s of services) {
      for (const m of code.matchAll(new RegExp(`\\b${s}\\.([A-Za-z]+)\\(`, 'g'))) {
        if (!covered(documentedScopes(s, m[1]), granted)) uncovered.push(`${s}.${m[1]}`);
      }
    }
    for (const m of code.matchAll(/\bDrive\.Files\.([A-Za-z]+)\(/g)) {
      if (!covered(documentedScopes('Drive', `Files.${m[1]}`), granted)) uncovered.push(`Drive.Files.${m[1]}`);
    }
    for (const m of code.matchAll(/\.Documents\.([A-Za-z]+)\(/g)) {
      if (!covered(documentedScopes('Docs', `Documents.${m[1]}`), granted)) uncovered.push(`Docs.Documents.${m[1]}`);
    }
    expect([...new Set(uncovered)]).toEqual([]);
    expect(code).not.toMatch(/\bDriveApp\./); // every DriveApp method needs drive or drive.readonly
  });

  test('the manifest enables the advanced Drive service v3 and the Docs service v1 the report uses', () => {
    expect(builtManifest().dependencies?.enabledAdvancedServices).toContainEqual({ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' });
    expect(builtManifest().dependencies?.enabledAdvancedServices).toContainEqual({ userSymbol: 'Docs', serviceId: 'docs', version: 'v1' });
  });

  test('the Docs API needs no scope beyond the manifest: documents (or drive.file for what the add-on made) covers get and batchUpdate', () => {
    const granted = expand(builtManifest().oauthScopes ?? []);
    for (const m of ['Documents.get', 'Documents.batchUpdate']) {
      expect(documentedScopes('Docs', m).length).toBeGreaterThan(0);
      expect(covered(documentedScopes('Docs', m), granted)).toBe(true);
    }
  });
});

describe('the report under the enforcing fakes', () => {
  test("with only the manifest's scopes: Doc and PDF made, nothing refused", async () => {
    const h = await trackerWithPlan();
    generate(h);
    expect(lastDialog(h)).toContain('El borrador del informe del semestre 2025-II');
    expect(live(h, MIME.document).map((f) => f.name)).toEqual([NAME]);
    expect(live(h, MIME.pdf).map((f) => f.name)).toEqual([`${NAME}.pdf`]);
    expect(h.env.calls.total('DriveApp')).toBe(0);
  });

  test("without the documents scope the report fails with Google's message, leaves nothing and records no version", async () => {
    const manifest = builtManifest();
    manifest.oauthScopes = (manifest.oauthScopes ?? []).filter((s) => s !== DOCUMENTS);
    const h = await trackerWithPlan(manifest);
    generate(h);
    expect(h.env.logs.join('\n')).toContain(
      'Specified permissions are not sufficient to call DocumentApp.openById. Required permissions: https://www.googleapis.com/auth/documents',
    );
    expect(lastDialog(h)).toContain('No se pudo terminar el informe del semestre 2025-II.');
    expect(lastDialog(h)).toContain('el informe será la versión 1');
    expect(live(h, MIME.document)).toHaveLength(0);
    expect(live(h, MIME.pdf)).toHaveLength(0);
  });

  test("with a template the person owns (out of Drive's reach): copied through Docs, filled; the template untouched", async () => {
    const h = await trackerWithPlan();
    const tpl = h.env.drive.createDocument('Plantilla de la entidad');
    const body = h.env.DocumentApp.openById(tpl.file.id).getBody();
    body.appendParagraph('Informe {{semestre}} de {{entidad}}');
    setConfig(h, 'plantillaInforme', tpl.file.id);
    generate(h);
    expect(
      live(h, MIME.document)
        .find((f) => f.name === NAME)
        ?.doc?.body.text(),
    ).toContain('Informe 2025-II de Alcaldía Municipal de Valle de San Juan');
    expect(tpl.body.text()).toContain('{{semestre}}');
  });

  test('an entity name with $ and \\ reaches the Doc literally through replaceText', async () => {
    const h = await trackerWithPlan();
    setConfig(h, 'entidad', 'Fondo $1 Rotatorio \\ Sede $');
    const tpl = h.env.drive.createDocument('Plantilla');
    h.env.DocumentApp.openById(tpl.file.id).getBody().appendParagraph('Entidad: {{entidad}}.');
    setConfig(h, 'plantillaInforme', tpl.file.id);
    generate(h);
    const doc = live(h, MIME.document).find((f) => f.name.startsWith('Informe seguimiento GEL-T 2025-II'));
    expect(doc?.doc?.body.text()).toContain('Entidad: Fondo $1 Rotatorio \\ Sede $.');
  });

  test('a spreadsheet in a folder: under drive.file the folder is out of reach and the dialog says where the report went; with drive it goes beside', async () => {
    for (const wide of [false, true]) {
      const manifest = builtManifest();
      if (wide) manifest.oauthScopes = [...(manifest.oauthScopes ?? []), 'https://www.googleapis.com/auth/drive'];
      const h = await trackerWithPlan(manifest);
      const folder = h.env.drive.createFolder('Control Interno');
      h.env.drive.files.get(h.spreadsheet.getId())!.parents = new Set([folder.id]);
      generate(h);
      const doc = live(h, MIME.document).find((f) => f.name === NAME)!;
      if (wide) {
        expect([...doc.parents]).toEqual([folder.id]);
        expect(lastDialog(h)).toContain('Se guardó en la carpeta «Control Interno».');
      } else {
        expect([...doc.parents]).toEqual([h.env.drive.rootId]);
        expect(lastDialog(h)).toContain('así que el informe se guardó en «Mi unidad»');
      }
    }
  });
});

function setConfig(h: GasHarness, key: string, value: string): void {
  const label = CONFIG_ROWS.find((r) => r.key === key)!.label;
  const sheet = h.spreadsheet.sheet(SHEET.configuracion);
  const row = sheet.peekValues().findIndex((l) => l[0] === label) + 1;
  sheet.getRange(row, 2).setValue(value);
  h.env.calls.reset();
}
