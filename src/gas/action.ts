/**
 * Runs a menu action the way a person expects: one at a time per spreadsheet (document lock),
 * progress as toasts, a clear final message, and any failure as a Spanish alert — never a stack
 * trace. Everything is inside the try, getting the Ui and the lock included; the technical text
 * of a failure goes only to the execution log (console.error).
 */
import { uiText } from '../core/messages/sheets';
import { explainFailure } from './failure';
import { logFailure } from './log';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Ui = GoogleAppsScript.Base.Ui;

/** A problem the person can fix, already worded in Spanish: shown as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** What an action may use before the lock is taken: only to ask the person something. */
export interface AskContext {
  readonly ss: Spreadsheet;
  readonly ui: Ui;
}

export interface ActionContext extends AskContext {
  /** A progress toast (does not wait for the person). */
  progress(text: string): void;
}

/** What a question asked before the lock gave: the answer, or a message (the person cancelled). */
export type Asked<T> = { readonly answer: T } | { readonly message: string };

/** How long a second person waits for the first one's action before being told to retry. */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `fn` under the document lock. With `ask`, the person is asked first, before the lock is
 * taken (no lock is held while a dialog waits). When `fn` returns a string, it is shown as the
 * final alert; when it returns nothing, it has shown its own result (a dialog or sidebar).
 * Returns true when the action finished without error.
 */
export function runAction(title: string, fn: (ctx: ActionContext) => string | void): boolean;
export function runAction<T>(title: string, fn: (ctx: ActionContext, answer: T) => string | void, ask: (ctx: AskContext) => Asked<T>): boolean;
export function runAction<T>(title: string, fn: (ctx: ActionContext, answer?: T) => string | void, ask?: (ctx: AskContext) => Asked<T>): boolean {
  let sheetsUi: Ui | null = null;
  let ss: Spreadsheet | null = null;
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    ss = SpreadsheetApp.getActiveSpreadsheet();
    sheetsUi = SpreadsheetApp.getUi();
    let answer: T | undefined;
    if (ask) {
      const asked = ask({ ss, ui: sheetsUi });
      if ('message' in asked) {
        if (asked.message) alertOrLog(sheetsUi, title, asked.message);
        return false;
      }
      answer = asked.answer;
    }
    const candidate = LockService.getDocumentLock();
    if (!candidate.tryLock(LOCK_WAIT_MS)) {
      alertOrLog(sheetsUi, title, uiText.busy());
      return false;
    }
    lock = candidate;
    const active = ss;
    active.toast(uiText.working(title), title, 5);
    const ctx: ActionContext = { ss: active, ui: sheetsUi, progress: (text) => active.toast(text, title, 5) };
    const result = ask ? fn(ctx, answer) : fn(ctx);
    // The action is done: a flush or toast that fails must not tell the person it was not.
    try {
      SpreadsheetApp.flush();
    } catch (e) {
      logFailure(title, e);
    }
    releaseQuietly(lock);
    lock = null;
    try {
      active.toast(uiText.ok(), title, 3);
    } catch (e) {
      logFailure(title, e);
    }
    if (typeof result === 'string' && result) alertOrLog(sheetsUi, title, result);
    return true;
  } catch (e) {
    // The lock goes first: no lock is held while the alert waits for the person.
    if (lock) releaseQuietly(lock);
    lock = null;
    reportFailure(title, e, sheetsUi, ss);
    return false;
  } finally {
    if (lock) releaseQuietly(lock);
  }
}

/** For dialogs that only show something (help, the download link): no lock, no toasts, errors as alerts. */
export function runQuick(title: string, fn: () => void): void {
  let sheetsUi: Ui | null = null;
  try {
    sheetsUi = SpreadsheetApp.getUi();
    fn();
  } catch (e) {
    reportFailure(title, e, sheetsUi, null);
  }
}

/**
 * The person sees what happened in Spanish; the log keeps the technical text. If even the alert
 * cannot be shown, a toast is tried; nothing is ever thrown at the person.
 */
export function reportFailure(title: string, e: unknown, sheetsUi: Ui | null, ss: Spreadsheet | null): void {
  const userMessage = e instanceof UserError ? e.message : uiText.failed(title, explainFailure(e));
  if (!(e instanceof UserError)) logFailure(title, e);
  try {
    const target = sheetsUi ?? SpreadsheetApp.getUi();
    target.alert(title, userMessage, target.ButtonSet.OK);
    return;
  } catch (alertError) {
    logFailure(title, alertError);
  }
  try {
    (ss ?? SpreadsheetApp.getActiveSpreadsheet()).toast(userMessage, title, 30);
  } catch (toastError) {
    logFailure(title, toastError);
  }
}

/** An alert that, should it fail, is logged instead of thrown. */
function alertOrLog(sheetsUi: Ui, title: string, text: string): void {
  try {
    sheetsUi.alert(title, text, sheetsUi.ButtonSet.OK);
  } catch (e) {
    logFailure(title, e);
  }
}

function releaseQuietly(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (e) {
    // Google releases a lock when the execution ends anyway.
    logFailure('releaseLock', e);
  }
}
