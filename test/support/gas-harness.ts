/**
 * Runs the built Apps Script bundle as Apps Script would: ONE script in a fresh `vm` context whose
 * globals are the fake services, then calls its global functions (triggers, menu handlers).
 *
 *   const h = await loadGas({ spreadsheet: { sheets: { Matriz: [['ID', 'Acción']] } } });
 *   h.call('onOpen', { authMode: 'NONE' });      // add-on before authorisation
 *   h.runMenuItem('Preparar o reparar la hoja');  // the function the menu names, under FULL
 *   h.env.calls.byMethod('SpreadsheetApp');
 */
import vm from 'node:vm';
import { bundleAppsScriptSync, type Deployment } from '../../scripts/bundle.cjs';
import { buildManifest, type Manifest } from '../../scripts/manifest.cjs';
import { TIME_LIMIT_MESSAGE, type RunKind } from '../fakes/cost';
import { AuthMode } from '../fakes/enums';
import { createEnvironment, type AuthModeName, type FakeEnvironment, type FakeSpreadsheet, type ManifestLike, type SpreadsheetSpec } from '../fakes/index';
import { realmOf } from '../fakes/realm';
import { writeInput } from '../fakes/spreadsheet/cell';
import { planChoice } from './plan-dialog';

const cached = new Map<Deployment, string>();

/**
 * The bundle exactly as `npm run build` makes it, built in memory (no dist/ written), once per test
 * file: the bound script (dist/, the default) or the Editor add-on (dist-addon/).
 */
export function bundleCode(deployment: Deployment = 'bound'): string {
  let code = cached.get(deployment);
  if (code === undefined) {
    code = bundleAppsScriptSync(deployment);
    cached.set(deployment, code);
  }
  return code;
}

export type { Deployment };

/** The manifest exactly as `npm run build` writes dist/appsscript.json (built in memory). */
export function builtManifest(): Manifest {
  return buildManifest();
}

/** Triggers Apps Script runs as simple triggers (30 s limit, no authorisation) when the event says so. */
const SIMPLE_TRIGGERS = new Set(['onOpen', 'onEdit', 'onInstall', 'onSelectionChange']);

/** Builds a fake spreadsheet from grids in a new (or given) environment and makes it active. */
export function createSpreadsheet(spec: SpreadsheetSpec = {}, env: FakeEnvironment = createEnvironment()): FakeSpreadsheet {
  return env.createSpreadsheet(spec);
}

/** Fields of a trigger event; authMode is given by name and turned into ScriptApp.AuthMode. */
export interface EventSpec {
  authMode?: AuthModeName;
  [field: string]: unknown;
}

export interface GasHarness {
  env: FakeEnvironment;
  spreadsheet: FakeSpreadsheet;
  context: vm.Context;
  /** Whether the bundle declares this global function. */
  has(name: string): boolean;
  /**
   * Calls a global function. With an event, it gets `{ authMode, source?, user?, ...fields }` and runs
   * under that auth mode (NONE has no source: the add-on may not touch the document yet).
   * Without one, it runs as a menu item: under FULL, no argument.
   */
  call(name: string, event?: EventSpec): unknown;
  /** The function name the recorded menus give for this caption (throws if none). */
  menuFunction(caption: string): string;
  /** Runs a menu item by its caption, as a user clicking it (FULL, no argument). */
  runMenuItem(caption: string): unknown;
  /** The plan dialog Preparar shows on a spreadsheet without Matriz, answered: that plan (or the checked one) is loaded. */
  choosePlan(nombre?: string): unknown;
  /** Every caption → function of the menus added to the Ui, in order. */
  menuItems(): Array<{ caption: string; functionName: string }>;
  /**
   * A person types `value` into a cell (typed-in rules, not counted as a script call), then the
   * simple trigger onEdit runs under LIMITED with the event Sheets sends.
   */
  edit(sheet: string, a1: string, value: string | number | boolean | Date | null): unknown;
  /** Fixes what `new Date()` and Date.now() return inside the script (null: the real clock). */
  setNow(now: Date | null): void;
  /**
   * Google fires an installable trigger: its handler runs as the trigger's owner (Session's user),
   * under AuthMode.FULL with a 6-minute limit, with the event Google sends (clock: `triggerUid` and
   * the time fields; spreadsheet: `source`, `range`…). Fails if the bundle has no such handler.
   */
  fireTrigger(triggerId: string, fields?: Record<string, unknown>): unknown;
  /** Estimated Google time (ms) of the last run, from each call's cost (test/fakes/cost.ts). */
  lastRunMs(): number;
}

export interface LoadOptions {
  /** A spreadsheet to build (ignored when `env` already has one). */
  spreadsheet?: SpreadsheetSpec;
  env?: FakeEnvironment;
  /** What `new Date()` returns in the script. */
  now?: Date;
  /** Script text to run instead of the bundle (for testing the harness itself). */
  code?: string;
  /** Which deployment's bundle to run (default: the bound script). */
  deployment?: Deployment;
  /** The manifest whose scopes and advanced services the fakes grant (default: the built one). */
  manifest?: ManifestLike;
}

/** Loads the bundle into a new context bound to the environment's fakes. */
export async function loadGas(opts: LoadOptions = {}): Promise<GasHarness> {
  return loadGasSync(opts);
}

/** loadGas without the promise, for tests that boot the script inline. */
export function loadGasSync(opts: LoadOptions = {}): GasHarness {
  const env = opts.env ?? createEnvironment();
  const spreadsheet = env.SpreadsheetApp.active ?? env.createSpreadsheet(opts.spreadsheet ?? {});
  const code = opts.code ?? bundleCode(opts.deployment);
  env.useManifest(opts.manifest ?? builtManifest());

  const context = vm.createContext({ ...env.globals() });
  // A Date whose clock tests can fix; everything else about Date is the context's own.
  const setClock = vm.runInContext(
    `(function () {
    const RealDate = Date;
    let fixed = null;
    class ScriptDate extends RealDate {
      constructor(...args) { if (args.length === 0 && fixed !== null) super(fixed); else super(...args); }
      static now() { return fixed === null ? RealDate.now() : fixed; }
    }
    globalThis.Date = ScriptDate;
    return (ms) => { fixed = ms; };
  })()`,
    context,
  ) as (ms: number | null) => void;
  env.realm = realmOf({
    Date: vm.runInContext('Date', context) as DateConstructor,
    Array: vm.runInContext('Array', context) as ArrayConstructor,
    Error: vm.runInContext('Error', context) as ErrorConstructor,
  });
  if (opts.now) {
    const fixed = opts.now.getTime();
    setClock(fixed);
    env.ScriptApp.now = () => fixed;
    env.MailApp.now = () => fixed;
  }
  vm.runInContext(code, context, { filename: 'Code.js' });
  env.calls.reset();

  const fn = (name: string): ((...args: unknown[]) => unknown) => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`The bundle has no global function ${name}`);
    return f as (...args: unknown[]) => unknown;
  };

  let lastRunMs = 0;
  /**
   * One execution: its auth mode, its time limit, and its clock. A run past its limit is stopped by
   * Google whatever the script catches, so it fails here even if the script swallowed the error.
   */
  const runAs = <T>(mode: AuthModeName, kind: RunKind, body: () => T): T => {
    const before = env.authMode;
    env.authMode = mode;
    env.rt.beginRun(kind);
    try {
      const result = body();
      if (env.rt.timedOut) throw new Error(TIME_LIMIT_MESSAGE);
      return result;
    } finally {
      lastRunMs = env.rt.elapsedMs;
      env.authMode = before;
    }
  };

  const harness: GasHarness = {
    env,
    spreadsheet,
    context,
    has: (name) => typeof (context as Record<string, unknown>)[name] === 'function',
    call(name, event) {
      const f = fn(name);
      if (event === undefined) return runAs('FULL', 'execution', () => f());
      const { authMode = 'FULL', ...fields } = event;
      const e: Record<string, unknown> = { authMode: AuthMode[authMode], triggerUid: '', ...fields };
      if (authMode !== 'NONE') {
        e.source ??= spreadsheet;
        e.user ??= { getEmail: () => env.Session.activeUserEmail };
      }
      const kind: RunKind = SIMPLE_TRIGGERS.has(name) && authMode !== 'FULL' ? 'simpleTrigger' : 'execution';
      return runAs(authMode, kind, () => f(e));
    },
    menuItems: () => env.ui.menus.flatMap((m) => m.items()),
    menuFunction(caption) {
      const name = env.ui.functionFor(caption);
      if (name === null) {
        const known = harness
          .menuItems()
          .map((i) => i.caption)
          .join(' | ');
        throw new Error(`No menu item "${caption}" (menus have: ${known || 'nothing; call onOpen first'})`);
      }
      return name;
    },
    runMenuItem(caption) {
      return harness.call(harness.menuFunction(caption));
    },
    choosePlan(nombre) {
      // google.script.run from the dialog: its own execution under FULL, the option's value as argument.
      const { entry, value } = planChoice(env.ui, nombre);
      const f = fn(entry) as (v: string) => unknown;
      return runAs('FULL', 'execution', () => f(value));
    },
    edit(sheetName, a1, value) {
      const sheet = spreadsheet.sheet(sheetName);
      const range = sheet.rangeFromA1(a1);
      const cell = sheet.ensure(range.row, range.col);
      const oldValue = cell.formula === '' ? cell.value : undefined;
      writeInput(cell, value, spreadsheet.timeZone);
      sheet.touch();
      const event: EventSpec = { authMode: 'LIMITED', range, source: spreadsheet };
      if (cell.formula === '' && value !== null) event.value = String(cell.value);
      if (oldValue !== undefined && oldValue !== '') event.oldValue = String(oldValue);
      return harness.has('onEdit') ? harness.call('onEdit', event) : undefined;
    },
    setNow: (now) => {
      setClock(now === null ? null : now.getTime());
      env.ScriptApp.now = now === null ? () => Date.now() : () => now.getTime();
      env.MailApp.now = env.ScriptApp.now;
    },
    fireTrigger(triggerId, fields = {}) {
      const t = env.ScriptApp.triggers.all.find((r) => r.id === triggerId);
      if (!t) throw new Error(`No installed trigger ${triggerId}`);
      const f = fn(t.handler);
      const before = env.Session.activeUserEmail;
      const acting = env.rt.actingUser;
      env.rt.actingUser = t.owner; // protections are checked against the trigger's owner
      env.Session.activeUserEmail = t.owner;
      env.Session.effectiveUserEmail = t.owner;
      try {
        const e: Record<string, unknown> = { authMode: AuthMode.FULL, triggerUid: t.id, ...fields };
        if (t.eventType !== 'CLOCK') e.source ??= spreadsheet;
        return runAs('FULL', 'execution', () => f(e));
      } finally {
        env.Session.activeUserEmail = before;
        env.Session.effectiveUserEmail = before;
        env.rt.actingUser = acting;
      }
    },
    lastRunMs: () => lastRunMs,
  };
  return harness;
}
