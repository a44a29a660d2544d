/**
 * What every fake object shares: the call counter, the realm values are made in, the current
 * authorisation mode, the scopes the manifest grants, the run's estimated time, and how errors
 * are thrown. Every call goes through `call`, which refuses it as Apps Script would.
 */
import { CallCounter } from './calls';
import { costOf, LIMIT_MS, TIME_LIMIT_MESSAGE, type RunKind } from './cost';
import { HOST_REALM, type Realm } from './realm';
import { callName, covered, documentedScopes, expand, noPermission, notSufficient } from './scopes';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';
export type { RunKind } from './cost';

/** What a call needs: the document it is bound to (LIMITED), or the user's full consent (FULL). */
export type AuthNeed = 'LIMITED' | 'FULL';

const RANK: Record<AuthModeName, number> = { NONE: 0, LIMITED: 1, FULL: 2 };

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
  driveFile: 'https://www.googleapis.com/auth/drive.file',
  driveReadonly: 'https://www.googleapis.com/auth/drive.readonly',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  storage: 'https://www.googleapis.com/auth/script.storage',
} as const;

/**
 * What a simple trigger (AuthMode.LIMITED) may use among the calls that document a scope. The
 * simple-triggers guide (developers.google.com/apps-script/guides/triggers, "Restrictions"): they
 * "cannot access services that require authorization", but "can modify the file they are bound to"
 * (the `.currentonly` scopes), and "may or may not be able to determine the identity of the current
 * user" (Session answers, possibly with ""). Anything else — another file, Docs, Drive, mail,
 * triggers — is refused.
 */
function simpleTriggerMay(scope: string): boolean {
  return scope.endsWith('.currentonly') || scope === SCOPES.email;
}

/** The message Apps Script gives when a backend call fails for no reason the script can see. */
export const SERVER_ERROR = "We're sorry, a server error occurred. Please wait a bit and try again.";

export class FakeRuntime {
  readonly calls = new CallCounter();
  realm: Realm = HOST_REALM;
  /**
   * FULL: a menu item or the editor. LIMITED: a simple trigger (onOpen/onEdit) of a bound script or
   * an add-on used in this document. NONE: an add-on's onOpen before the user used it in this document.
   */
  authMode: AuthModeName = 'FULL';
  /**
   * The manifest's `oauthScopes`, with the scopes they imply. null: the manifest lists none, so Apps
   * Script asks for whatever the code uses and every documented scope is granted.
   */
  granted: Set<string> | null = null;
  /** The declared list itself (for Drive's reach: drive.file vs drive). */
  declared: readonly string[] | null = null;
  /** Sets the time limit: 30 s for a simple trigger, 6 min otherwise. */
  runKind: RunKind = 'execution';
  /** Estimated Google time of the current run so far (see cost.ts). */
  elapsedMs = 0;
  /** Calls made since the run began (fault injection counts these). */
  callsThisRun = 0;
  /** Fault injection: the 1-based call of each run that fails with Google's server error. */
  failAtCall: number | null = null;
  /** The call fault injection failed last (for test messages). */
  injectedAt: string | null = null;
  /** True once the run passed its time limit: every later call fails too. */
  timedOut = false;
  /**
   * The account the current run acts as (who types, who clicked the menu item, who installed the
   * trigger). Google always knows it, even when Session.getActiveUser() does not reveal it (""),
   * and checks protections against it.
   */
  actingUser = 'control.interno@example.gov.co';

  /** The manifest's oauthScopes (undefined or null: none declared). */
  useScopes(scopes: readonly string[] | null | undefined): void {
    this.declared = scopes ?? null;
    this.granted = scopes ? expand(scopes) : null;
  }

  /** Whether the grant includes a scope (every scope when the manifest declares none). */
  grants(scope: string): boolean {
    return this.granted === null || this.granted.has(scope);
  }

  /** A new execution: its clock, call count and time limit start afresh. */
  beginRun(kind: RunKind): void {
    this.runKind = kind;
    this.elapsedMs = 0;
    this.callsThisRun = 0;
    this.timedOut = false;
  }

  get limitMs(): number {
    return LIMIT_MS[this.runKind];
  }

  /**
   * Counts a call, adds its estimated time, and refuses it when the run is over its time limit, the
   * current mode does not allow it (`need`, or a documented scope in NONE/LIMITED), or the manifest
   * does not grant one of the scopes the reference documents for it. `scope` names the permission in
   * the message for calls the reference documents none for (e.g. Ui.alert).
   */
  call(service: string, method: string, need?: AuthNeed, scope?: string): void {
    this.calls.record(service, method);
    this.callsThisRun += 1;
    this.elapsedMs += costOf(service, method);
    if (this.timedOut || this.elapsedMs > this.limitMs) {
      this.timedOut = true;
      this.fail(TIME_LIMIT_MESSAGE);
    }
    const documented = documentedScopes(service, method);
    const name = callName(service, method);
    if (need !== undefined && RANK[this.authMode] < RANK[need]) {
      this.fail(noPermission(name, documented.length > 0 ? documented : [scope ?? SCOPES.spreadsheets]));
    }
    if (documented.length > 0) {
      if (this.authMode === 'NONE') this.fail(noPermission(name, documented));
      if (this.authMode === 'LIMITED' && !documented.some(simpleTriggerMay)) this.fail(noPermission(name, documented));
      if (this.granted !== null && !covered(documented, this.granted)) this.fail(notSufficient(name, documented));
    }
    if (this.failAtCall === this.callsThisRun) {
      this.injectedAt = name;
      this.fail(SERVER_ERROR);
    }
  }

  /** Adds estimated time a call costs beyond its base (e.g. per cell of a block write). */
  charge(ms: number): void {
    this.elapsedMs += ms;
    if (this.elapsedMs > this.limitMs) {
      this.timedOut = true;
      this.fail(TIME_LIMIT_MESSAGE);
    }
  }

  fail(message: string): never {
    throw this.realm.error(message);
  }
}
