/**
 * The roles as Configuración gives them, and the check a role's menu item makes before doing anything.
 * Session.getActiveUser().getEmail() is "" when Google will not say who the user is (a consumer
 * account, or an account of another domain than the script owner's, per the Session reference):
 * then nobody can be recognised and a role's item refuses, saying why.
 */
import type { Settings } from '../core/grid/configuracion';
import { ROLE_SETTING, rolesText } from '../core/messages/roles';
import type { Role } from '../core/roles/editors';
import { hasEmail, parseEmails } from '../core/roles/emails';
import type { RoleEmails } from '../core/roles/plan';
import { UserError } from './action';

export function roleEmails(settings: Pick<Settings, 'correosControlInterno' | 'correosAdministradores'>): RoleEmails {
  return {
    controlInterno: parseEmails(settings.correosControlInterno).emails,
    administradores: parseEmails(settings.correosAdministradores).emails,
  };
}

/** The user's e-mail as Google gives it ("" when it does not). */
export function activeEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/**
 * Throws a Spanish refusal unless the active user is in one of `roles` (the first role names the
 * setting in the message). With every role empty, the item is refused too: nobody could be told apart.
 */
export function requireRole(action: string, roles: readonly Exclude<Role, 'responsables'>[], emails: RoleEmails): string {
  const setting = ROLE_SETTING[roles[0]];
  if (roles.every((r) => emails[r].length === 0)) throw new UserError(rolesText.roleEmpty(action, setting));
  const email = activeEmail();
  if (!email) throw new UserError(rolesText.noEmailFromGoogle(action));
  if (!roles.some((r) => hasEmail(emails[r], email)))
    throw new UserError(rolesText.notInRole(action, email, roles.length === 1 && roles[0] === 'controlInterno'));
  return email;
}
