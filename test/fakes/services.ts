/** ScriptApp, LockService, PropertiesService, Session, Utilities, Logger and Charts. */
import { FakeBlob } from './blob';
import { AuthMode, ChartType } from './enums';
import { own, real } from './real';
import { isDate } from './realm';
import { SCOPES, type FakeRuntime } from './runtime';
import { FakeSpreadsheet } from './spreadsheet/spreadsheet';
import { formatDate } from './time';
import { EventType, FakeTrigger, FakeTriggerBuilder, TriggerSource, TriggerStore } from './triggers';

/**
 * ScriptApp: the auth-mode enum, the script ID, and installable triggers (see triggers.ts for what
 * Google documents about them). Triggers are kept per owner: `user()` is the account running now.
 */
export class FakeScriptApp implements Pick<
  GoogleAppsScript.Script.ScriptApp,
  'AuthMode' | 'EventType' | 'TriggerSource' | 'getScriptId' | 'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger'
> {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  readonly TriggerSource = TriggerSource;
  /** The project's triggers, every owner's (tests read it directly). */
  readonly triggers = new TriggerStore();
  /** The clock `create()` stamps triggers with (the harness points it at the script's fixed clock). */
  now: () => number = () => Date.now();
  constructor(
    private readonly rt: FakeRuntime,
    private readonly scriptId: string,
    private readonly user: () => string,
  ) {}
  getScriptId(): string {
    this.rt.call('ScriptApp', 'getScriptId');
    return this.scriptId;
  }
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.rt.call('ScriptApp', 'newTrigger');
    if (typeof functionName !== 'string' || functionName === '') this.rt.fail('Invalid argument: functionName');
    const ctx = { rt: this.rt, store: this.triggers, handler: functionName, user: this.user, now: () => this.now() };
    return real(new FakeTriggerBuilder(ctx, (v) => (v instanceof FakeSpreadsheet ? v.id : typeof v === 'string' && v !== '' ? v : null)));
  }
  /** The current user's triggers in this project (another account's are invisible). */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.rt.call('ScriptApp', 'getProjectTriggers');
    return this.rt.realm.list(this.triggers.ownedBy(this.user()).map((t) => real<GoogleAppsScript.Script.Trigger>(new FakeTrigger(this.rt, t))));
  }
  /** The current user's triggers for this spreadsheet (clock triggers belong to no document). */
  getUserTriggers(
    document: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Document.Document | GoogleAppsScript.Forms.Form,
  ): GoogleAppsScript.Script.Trigger[] {
    this.rt.call('ScriptApp', 'getUserTriggers');
    const id = own(this.rt, document, FakeSpreadsheet, 'document').id;
    return this.rt.realm.list(
      this.triggers
        .ownedBy(this.user())
        .filter((t) => t.sourceId === id)
        .map((t) => real<GoogleAppsScript.Script.Trigger>(new FakeTrigger(this.rt, t))),
    );
  }
  /** Deletes one of the current user's triggers; another owner's cannot be reached (ASSUMED: it fails). */
  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.rt.call('ScriptApp', 'deleteTrigger');
    const record = own(this.rt, trigger, FakeTrigger, 'trigger').record;
    const at = this.triggers.all.findIndex((t) => t.id === record.id && t.owner === this.user());
    if (at < 0) this.rt.fail('Invalid argument: trigger');
    this.triggers.all.splice(at, 1);
  }
}

/** The lock every execution shares; `busy` simulates another execution holding it. */
export interface LockState {
  busy: boolean;
  held: boolean;
}

export class FakeLock implements Pick<GoogleAppsScript.Lock.Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly state: LockState,
  ) {}
  tryLock(_timeoutMs: number): boolean {
    this.rt.call('LockService', 'Lock.tryLock');
    if (this.state.busy) return false;
    this.state.held = true;
    return true;
  }
  waitLock(_timeoutMs: number): void {
    this.rt.call('LockService', 'Lock.waitLock');
    // Wording as the Apps Script docs give it for waitLock's exception (from memory; not found by search).
    if (this.state.busy) this.rt.fail('Lock timeout: another process was holding the lock for too long.');
    this.state.held = true;
  }
  releaseLock(): void {
    this.rt.call('LockService', 'Lock.releaseLock');
    this.state.held = false;
  }
  hasLock(): boolean {
    this.rt.call('LockService', 'Lock.hasLock');
    return this.state.held;
  }
}

export class FakeLockService implements Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'> {
  readonly document: LockState = { busy: false, held: false };
  readonly script: LockState = { busy: false, held: false };
  readonly user: LockState = { busy: false, held: false };
  constructor(private readonly rt: FakeRuntime) {}
  getDocumentLock(): GoogleAppsScript.Lock.Lock {
    this.rt.call('LockService', 'getDocumentLock', 'LIMITED', SCOPES.spreadsheets);
    return real(new FakeLock(this.rt, this.document));
  }
  getScriptLock(): GoogleAppsScript.Lock.Lock {
    this.rt.call('LockService', 'getScriptLock', 'LIMITED', SCOPES.spreadsheets);
    return real(new FakeLock(this.rt, this.script));
  }
  getUserLock(): GoogleAppsScript.Lock.Lock {
    this.rt.call('LockService', 'getUserLock', 'LIMITED', SCOPES.spreadsheets);
    return real(new FakeLock(this.rt, this.user));
  }
}

export class FakeProperties implements Pick<
  GoogleAppsScript.Properties.Properties,
  'getProperty' | 'setProperty' | 'getProperties' | 'setProperties' | 'deleteProperty' | 'deleteAllProperties' | 'getKeys'
> {
  readonly store = new Map<string, string>();
  constructor(
    private readonly rt: FakeRuntime,
    private readonly kind: string,
  ) {}
  private c(m: string): GoogleAppsScript.Properties.Properties {
    this.rt.call('PropertiesService', `${this.kind}.${m}`);
    return real(this);
  }
  getProperty(key: string): string | null {
    this.c('getProperty');
    return this.store.get(key) ?? null;
  }
  /** Values are stored as strings, as in Apps Script. */
  setProperty(key: string, value: string): GoogleAppsScript.Properties.Properties {
    const self = this.c('setProperty'); // a refused or failed call changes nothing
    this.store.set(key, String(value));
    return self;
  }
  getProperties(): { [key: string]: string } {
    this.c('getProperties');
    return Object.fromEntries(this.store);
  }
  setProperties(props: { [key: string]: string }, deleteAllOthers = false): GoogleAppsScript.Properties.Properties {
    const self = this.c('setProperties');
    if (deleteAllOthers) this.store.clear();
    for (const [k, v] of Object.entries(props)) this.store.set(k, String(v));
    return self;
  }
  deleteProperty(key: string): GoogleAppsScript.Properties.Properties {
    const self = this.c('deleteProperty');
    this.store.delete(key);
    return self;
  }
  deleteAllProperties(): GoogleAppsScript.Properties.Properties {
    const self = this.c('deleteAllProperties');
    this.store.clear();
    return self;
  }
  getKeys(): string[] {
    this.c('getKeys');
    return this.rt.realm.list([...this.store.keys()]);
  }
}

export class FakePropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
> {
  readonly document: FakeProperties;
  readonly script: FakeProperties;
  readonly user: FakeProperties;
  constructor(private readonly rt: FakeRuntime) {
    this.document = new FakeProperties(rt, 'DocumentProperties');
    this.script = new FakeProperties(rt, 'ScriptProperties');
    this.user = new FakeProperties(rt, 'UserProperties');
  }
  getDocumentProperties(): GoogleAppsScript.Properties.Properties {
    this.rt.call('PropertiesService', 'getDocumentProperties', 'LIMITED', SCOPES.storage);
    return real(this.document);
  }
  getScriptProperties(): GoogleAppsScript.Properties.Properties {
    this.rt.call('PropertiesService', 'getScriptProperties', 'LIMITED', SCOPES.storage);
    return real(this.script);
  }
  getUserProperties(): GoogleAppsScript.Properties.Properties {
    this.rt.call('PropertiesService', 'getUserProperties', 'LIMITED', SCOPES.storage);
    return real(this.user);
  }
}

export class FakeSession implements Pick<
  GoogleAppsScript.Base.Session,
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'
> {
  /** "" is what Apps Script gives when the user's email is not available (consumer accounts, simple triggers). */
  activeUserEmail = 'control.interno@example.gov.co';
  effectiveUserEmail = 'control.interno@example.gov.co';
  scriptTimeZone = 'America/Bogota';
  locale = 'es';
  constructor(private readonly rt: FakeRuntime) {}
  getActiveUser(): GoogleAppsScript.Base.User {
    this.rt.call('Session', 'getActiveUser', 'LIMITED', SCOPES.email);
    const email = this.activeUserEmail;
    const user: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
    return real(user);
  }
  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.rt.call('Session', 'getEffectiveUser', 'FULL', SCOPES.email);
    const email = this.effectiveUserEmail;
    const user: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
    return real(user);
  }
  getScriptTimeZone(): string {
    this.rt.call('Session', 'getScriptTimeZone');
    return this.scriptTimeZone;
  }
  getActiveUserLocale(): string {
    this.rt.call('Session', 'getActiveUserLocale');
    return this.locale;
  }
  getTemporaryActiveUserKey(): string {
    this.rt.call('Session', 'getTemporaryActiveUserKey');
    return 'temporal-key';
  }
}

export class FakeUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate' | 'newBlob' | 'sleep' | 'getUuid' | 'zip'> {
  private uuids = 0;
  /** Milliseconds the script asked to sleep (not actually slept). */
  slept = 0;
  constructor(private readonly rt: FakeRuntime) {}
  formatDate(date: Date, timeZone: string, format: string): string {
    this.rt.call('Utilities', 'formatDate');
    if (!isDate(date)) this.rt.fail("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    return formatDate(date.getTime(), timeZone, format);
  }
  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.rt.call('Utilities', 'newBlob');
    const text = typeof data === 'string' ? data : Buffer.from(data.map((b) => (b < 0 ? b + 256 : b))).toString('utf8');
    return real(new FakeBlob(this.rt, text, contentType ?? null, name ?? null));
  }
  /**
   * A zip of the blobs, each stored under its name (a name with «/» is a path inside the archive); the
   * result is typed application/zip. Its entries are kept for the Drive fake (see FakeBlob.zipEntries).
   */
  zip(blobs: GoogleAppsScript.Base.BlobSource[], name?: string): GoogleAppsScript.Base.Blob {
    this.rt.call('Utilities', 'zip');
    const entries = new Map<string, string>();
    for (const b of blobs) {
      const blob = own(this.rt, b, FakeBlob, 'blobs');
      if (blob.name === null) this.rt.fail('Blob object must have non-null name for this operation.');
      entries.set(blob.name, blob.data);
    }
    const out = new FakeBlob(this.rt, '', 'application/zip', name ?? null);
    out.zipEntries = entries;
    return real(out);
  }
  sleep(ms: number): void {
    this.rt.call('Utilities', 'sleep');
    this.slept += ms;
  }
  getUuid(): string {
    this.rt.call('Utilities', 'getUuid');
    this.uuids += 1;
    return `00000000-0000-4000-8000-${String(this.uuids).padStart(12, '0')}`;
  }
}

/** Logger and console both write to `lines` (tests can read what the script logged). */
export class FakeLogger implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  readonly lines: string[] = [];
  constructor(private readonly rt: FakeRuntime) {}
  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.rt.call('Logger', 'log');
    let i = 0;
    const text = values.length === 0 ? String(format) : String(format).replace(/%s|%d/g, () => String(values[i++]));
    this.lines.push(text);
    return real(this);
  }
  getLog(): string {
    this.rt.call('Logger', 'getLog');
    return this.lines.join('\n');
  }
  clear(): void {
    this.rt.call('Logger', 'clear');
    this.lines.length = 0;
  }
}

export function fakeConsole(lines: string[]): Pick<Console, 'log' | 'info' | 'warn' | 'error'> {
  const put =
    (level: string) =>
    (...args: unknown[]): void => {
      lines.push(`${level}: ${args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}`);
    };
  return { log: put('log'), info: put('info'), warn: put('warn'), error: put('error') };
}

export const FakeCharts = { ChartType } as Pick<GoogleAppsScript.Charts.Charts, 'ChartType'>;
