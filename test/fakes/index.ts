/**
 * The fake Apps Script environment: every service a script of ours uses, sharing one call counter,
 * one auth mode and one realm. `env.globals()` is what a `vm` context gets as its global services.
 *
 *   const env = createEnvironment();
 *   const ss = env.createSpreadsheet({ sheets: { Matriz: [['ID', 'Acción'], ['1', 'Conectividad']] } });
 *   env.calls.total('SpreadsheetApp');
 */
import { FakeAdvancedDocs } from './advanced-docs';
import { FakeAdvancedDrive } from './advanced-drive';
import type { CallCounter } from './calls';
import { FakeDocumentApp } from './document/document';
import { FakeDriveApp } from './drive';
import { DriveStore, MIME } from './drive-store';
import { FakeHtmlService } from './html';
import { FakeMailApp } from './mail';
import type { Realm } from './realm';
import { FakeRuntime, type AuthModeName } from './runtime';
import { FakeCharts, FakeLockService, FakeLogger, FakePropertiesService, FakeScriptApp, FakeSession, FakeUtilities, fakeConsole } from './services';
import { FakeSpreadsheetApp } from './spreadsheet/app';
import { writeInput } from './spreadsheet/cell';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { FakeUi } from './ui';

export type { AuthModeName } from './runtime';
export type { FakeSpreadsheet, EngineFactory, EngineCell, FormulaEngine } from './spreadsheet/spreadsheet';
export type { FakeSheet } from './spreadsheet/sheet';
export type { FakeRange } from './spreadsheet/range';
export type { FakeUi, FakeMenu, Dialog } from './ui';
export type { FakeDocument } from './document/document';
export type { DriveStore } from './drive-store';

/** A cell of a fixture grid: a string is typed as a person would (so "=A1" is a formula). */
export type FixtureCell = string | number | boolean | Date | null;

export interface SpreadsheetSpec {
  /** Sheets in order; each grid is written as if typed in (Range.setValues rules). */
  sheets?: Record<string, FixtureCell[][]>;
  /** Number formats per sheet, same shape as the grid or smaller (e.g. '@' for text, 'dd/mm/yyyy'). */
  formats?: Record<string, string[][]>;
  /** Named ranges: name → "Sheet!A1:B2". */
  names?: Record<string, string>;
  timeZone?: string;
  name?: string;
  id?: string;
  /** Grid size of each sheet (default 1000 × 26, or larger to fit the grid). */
  maxRows?: number;
  maxColumns?: number;
}

/** The parts of appsscript.json the fakes read. */
export interface ManifestLike {
  oauthScopes?: readonly string[];
  dependencies?: { enabledAdvancedServices?: ReadonlyArray<{ userSymbol: string; serviceId: string; version: string }> };
}

export interface EnvironmentOptions {
  addonName?: string;
  scriptId?: string;
  userEmail?: string;
}

export class FakeEnvironment {
  readonly rt = new FakeRuntime();
  readonly ui: FakeUi;
  readonly SpreadsheetApp: FakeSpreadsheetApp;
  readonly HtmlService: FakeHtmlService;
  readonly ScriptApp: FakeScriptApp;
  readonly LockService: FakeLockService;
  readonly PropertiesService: FakePropertiesService;
  readonly Session: FakeSession;
  readonly Utilities: FakeUtilities;
  readonly Logger: FakeLogger;
  readonly DocumentApp: FakeDocumentApp;
  readonly DriveApp: FakeDriveApp;
  readonly MailApp: FakeMailApp;
  /** The advanced Drive service v3: a global only when the manifest enables it (see useManifest). */
  readonly Drive: FakeAdvancedDrive;
  /** The advanced Docs service v1 (pinned table headers, keep-with-next headings): a global only when the manifest enables it. */
  readonly Docs: FakeAdvancedDocs;
  /** Advanced services the manifest enables: their global name ("Drive", "Docs") → the fake. */
  private advanced = new Map<string, FakeAdvancedDrive | FakeAdvancedDocs>();
  /** Files, folders and documents (for fixtures: drive.createFolder, drive.createDocument). */
  readonly drive: DriveStore;
  /** What the script logged with Logger.log or console.*. */
  readonly logs: string[];

  constructor(options: EnvironmentOptions = {}) {
    this.ui = new FakeUi(this.rt, options.addonName ?? 'Seguimiento GEL-T');
    this.SpreadsheetApp = new FakeSpreadsheetApp(this.rt, this.ui, null);
    this.HtmlService = new FakeHtmlService(this.rt);
    this.LockService = new FakeLockService(this.rt);
    this.PropertiesService = new FakePropertiesService(this.rt);
    this.Session = new FakeSession(this.rt);
    this.ScriptApp = new FakeScriptApp(this.rt, options.scriptId ?? 'script-id-gelt', () => this.Session.activeUserEmail);
    if (options.userEmail !== undefined) {
      this.Session.activeUserEmail = options.userEmail;
      if (options.userEmail) this.rt.actingUser = options.userEmail;
    }
    this.Utilities = new FakeUtilities(this.rt);
    this.Logger = new FakeLogger(this.rt);
    this.logs = this.Logger.lines;
    this.drive = new DriveStore(this.rt);
    this.DocumentApp = new FakeDocumentApp(this.rt, this.drive);
    this.DriveApp = new FakeDriveApp(this.rt, this.drive);
    this.MailApp = new FakeMailApp(this.rt, () => this.Session.activeUserEmail);
    this.Drive = new FakeAdvancedDrive(this.rt, this.drive);
    this.Docs = new FakeAdvancedDocs(this.rt, this.drive);
  }

  /**
   * The next runs (and person-typed edits) are by `email`; `revealed: false` is an account whose
   * e-mail Google does not give the script (Session answers "").
   */
  actAs(email: string, revealed = true): void {
    this.rt.actingUser = email;
    this.Session.activeUserEmail = revealed ? email : '';
    this.Session.effectiveUserEmail = email;
  }

  get calls(): CallCounter {
    return this.rt.calls;
  }

  get authMode(): AuthModeName {
    return this.rt.authMode;
  }

  set authMode(mode: AuthModeName) {
    this.rt.authMode = mode;
  }

  set realm(realm: Realm) {
    this.rt.realm = realm;
  }

  /**
   * Grants what an Apps Script manifest asks for: its oauthScopes (none listed: every scope, as Apps
   * Script then asks for whatever the code uses) and its advanced services as globals.
   */
  useManifest(manifest: ManifestLike): void {
    this.rt.useScopes(manifest.oauthScopes);
    this.advanced = new Map();
    for (const s of manifest.dependencies?.enabledAdvancedServices ?? []) {
      if (s.serviceId === 'drive' && s.version === 'v3') this.advanced.set(s.userSymbol, this.Drive);
      if (s.serviceId === 'docs' && s.version === 'v1') this.advanced.set(s.userSymbol, this.Docs);
    }
  }

  /** The active spreadsheet (fails if none was created). */
  get spreadsheet(): FakeSpreadsheet {
    const ss = this.SpreadsheetApp.active;
    if (!ss) throw new Error('No spreadsheet: call env.createSpreadsheet() first');
    return ss;
  }

  /** Builds a spreadsheet from grids and makes it the active one. Not counted as script calls. */
  createSpreadsheet(spec: SpreadsheetSpec = {}): FakeSpreadsheet {
    const id = spec.id ?? this.drive.newId('1Sheet');
    const ss = new FakeSpreadsheet(this.rt, id, spec.name ?? 'Seguimiento GEL-T', spec.timeZone ?? 'America/Bogota');
    // The spreadsheet is a file in My Drive too (DriveApp.getFileById(ss.getId()) works).
    this.drive.createFile(ss.name, MIME.spreadsheet, '', this.drive.rootId, id);
    const sheets = spec.sheets ?? { 'Hoja 1': [] };
    for (const [name, grid] of Object.entries(sheets)) {
      const width = Math.max(0, ...grid.map((r) => r.length));
      const sheet = ss.addSheet(name, ss.sheets.length, Math.max(spec.maxRows ?? 1000, grid.length), Math.max(spec.maxColumns ?? 26, width));
      const formats = spec.formats?.[name] ?? [];
      formats.forEach((line, r) =>
        line.forEach((f, c) => {
          sheet.ensure(r + 1, c + 1).numberFormat = f;
        }),
      );
      grid.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== null && v !== '') writeInput(sheet.ensure(r + 1, c + 1), v, ss.timeZone);
        }),
      );
    }
    for (const [name, ref] of Object.entries(spec.names ?? {})) {
      const bang = ref.lastIndexOf('!');
      const sheet = ss.sheet(ref.slice(0, bang).replace(/^'(.*)'$/, '$1'));
      ss.defineNamedRange(name, sheet.rangeFromA1(ref.slice(bang + 1)) as unknown as GoogleAppsScript.Spreadsheet.Range);
    }
    ss.active = ss.sheets[0] ?? null;
    this.SpreadsheetApp.active = ss;
    this.rt.calls.reset();
    return ss;
  }

  /** The services as Apps Script's global names, for a vm context. */
  globals(): Record<string, unknown> {
    return {
      SpreadsheetApp: this.SpreadsheetApp,
      Charts: FakeCharts,
      HtmlService: this.HtmlService,
      ScriptApp: this.ScriptApp,
      LockService: this.LockService,
      PropertiesService: this.PropertiesService,
      Session: this.Session,
      Utilities: this.Utilities,
      Logger: this.Logger,
      DocumentApp: this.DocumentApp,
      DriveApp: this.DriveApp,
      MailApp: this.MailApp,
      console: fakeConsole(this.logs),
      ...Object.fromEntries(this.advanced),
    };
  }
}

export function createEnvironment(options?: EnvironmentOptions): FakeEnvironment {
  return new FakeEnvironment(options);
}
