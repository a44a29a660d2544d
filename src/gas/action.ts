/**
 * Runs a menu action the way a person expects: one at a time per spreadsheet (document lock),
 * progress as toasts, a clear final message, and any failure as a Spanish alert — never a stack trace.
 */
import { uiText } from '../core/messages/sheets';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A problem the person can fix, already worded in Spanish: shown as it is. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export interface ActionContext {
  readonly ss: Spreadsheet;
  readonly ui: GoogleAppsScript.Base.Ui;
  /** A progress toast (does not wait for the person). */
  progress(text: string): void;
}

/** How long a second person waits for the first one's action before being told to retry. */
const LOCK_WAIT_MS = 10_000;

/**
 * Runs `fn` under the document lock. When `fn` returns a string, it is shown as the final alert;
 * when it returns nothing, it has shown its own result (a dialog or sidebar).
 * Returns true when the action finished without error.
 */
export function runAction(title: string, fn: (ctx: ActionContext) => string | void): boolean {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheetsUi = SpreadsheetApp.getUi();
  const alert = (text: string): void => {
    sheetsUi.alert(title, text, sheetsUi.ButtonSet.OK);
  };
  const lock = LockService.getDocumentLock();
  if (lock && !lock.tryLock(LOCK_WAIT_MS)) {
    alert(uiText.busy());
    return false;
  }
  try {
    ss.toast(uiText.working(title), title, 5);
    const ctx: ActionContext = {
      ss,
      ui: sheetsUi,
      progress: (text) => ss.toast(text, title, 5),
    };
    const result = fn(ctx);
    try {
      SpreadsheetApp.flush();
      ss.toast(uiText.ok(), title, 3);
    } catch {
      // The action is done; a toast that fails must not tell the person it was not.
    }
    if (typeof result === 'string' && result) alert(result);
    return true;
  } catch (e) {
    alert(e instanceof UserError ? e.message : uiText.failed(title, errorDetail(e)));
    return false;
  } finally {
    if (lock) lock.releaseLock();
  }
}

function errorDetail(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return uiText.unknownError();
}

/** For dialogs that only show something (help, the download link): no lock, no toasts, errors as alerts. */
export function runQuick(title: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    const sheetsUi = SpreadsheetApp.getUi();
    sheetsUi.alert(title, e instanceof UserError ? e.message : uiText.failed(title, errorDetail(e)), sheetsUi.ButtonSet.OK);
  }
}
