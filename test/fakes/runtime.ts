/**
 * What every fake object shares: the call counter, the realm values are made in, the current
 * authorisation mode, and how errors are thrown.
 */
import { CallCounter } from './calls';
import { HOST_REALM, type Realm } from './realm';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL';

/** What a call needs: the document it is bound to (LIMITED), or the user's full consent (FULL). */
export type AuthNeed = 'LIMITED' | 'FULL';

const RANK: Record<AuthModeName, number> = { NONE: 0, LIMITED: 1, FULL: 2 };

export const SCOPES = {
  spreadsheets: 'https://www.googleapis.com/auth/spreadsheets.currentonly',
  documents: 'https://www.googleapis.com/auth/documents',
  drive: 'https://www.googleapis.com/auth/drive',
  containerUi: 'https://www.googleapis.com/auth/script.container.ui',
  email: 'https://www.googleapis.com/auth/userinfo.email',
  storage: 'https://www.googleapis.com/auth/script.storage',
} as const;

export class FakeRuntime {
  readonly calls = new CallCounter();
  realm: Realm = HOST_REALM;
  /**
   * FULL: a menu item or the editor. LIMITED: a bound script's simple trigger (onOpen/onEdit).
   * NONE: an add-on's onOpen before the user authorised it in this document.
   */
  authMode: AuthModeName = 'FULL';

  /** Counts a call and refuses it when the current mode does not allow it. */
  call(service: string, method: string, need?: AuthNeed, scope?: string): void {
    this.calls.record(service, method);
    if (need !== undefined && RANK[this.authMode] < RANK[need]) {
      // Wording of the real runtime's refusal (seen in many issue threads), e.g.
      // "You do not have permission to call SpreadsheetApp.openById. Required permissions: https://www.googleapis.com/auth/spreadsheets"
      const name = method.includes('.') ? method : `${service}.${method}`;
      this.fail(`You do not have permission to call ${name}. Required permissions: ${scope ?? SCOPES.spreadsheets}`);
    }
  }

  fail(message: string): never {
    throw this.realm.error(message);
  }
}
