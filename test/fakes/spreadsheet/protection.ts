/**
 * Range and sheet protections (Range.protect(), Sheet.protect()), with their editors enforced.
 * As the Protection reference describes: a new protection starts with the spreadsheet's editors;
 * removeEditors never removes the owner nor the current user; a warning-only protection locks nobody.
 * A protected cell refuses writes (by script or by a person) from an account that cannot edit it.
 */
import { ProtectionType } from '../enums';
import { real } from '../real';
import type { FakeRuntime } from '../runtime';
import type { FakeRange } from './range';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

/** What the fake throws when someone who is not an editor of a protection tries to change it (ASSUMED wording). */
export const PROTECTION_REFUSED = 'You do not have permission to edit this protected range or sheet.';
type Range = GoogleAppsScript.Spreadsheet.Range;

export class FakeProtection implements Pick<
  Protection,
  | 'getDescription'
  | 'setDescription'
  | 'isWarningOnly'
  | 'setWarningOnly'
  | 'getRange'
  | 'setRange'
  | 'getUnprotectedRanges'
  | 'setUnprotectedRanges'
  | 'getProtectionType'
  | 'remove'
  | 'canEdit'
  | 'getEditors'
  | 'removeEditors'
  | 'addEditor'
  | 'addEditors'
  | 'setDomainEdit'
  | 'canDomainEdit'
> {
  description = '';
  warningOnly = false;
  unprotected: FakeRange[] = [];
  editors: string[];
  /** Outside a Workspace domain Google reports false and the setting does nothing. */
  domainEdit = false;

  constructor(
    private readonly rt: FakeRuntime,
    readonly type: GoogleAppsScript.Spreadsheet.ProtectionType,
    public range: FakeRange,
    private readonly onRemove: (p: FakeProtection) => void,
    initialEditors: readonly string[] = [],
    private readonly owner = '',
  ) {
    this.editors = [...new Set(initialEditors.map((e) => e.toLowerCase()))];
  }

  /** Whether `user` may write here without Google refusing (the owner always may). */
  allows(user: string): boolean {
    const u = user.toLowerCase();
    return this.warningOnly || u === this.owner.toLowerCase() || this.editors.includes(u);
  }

  private users(list: readonly (string | GoogleAppsScript.Base.User)[]): string[] {
    return list.map((x) => (typeof x === 'string' ? x : x.getEmail()).toLowerCase());
  }

  private c(m: string): Protection {
    this.rt.call('SpreadsheetApp', `Protection.${m}`);
    return real(this);
  }

  /**
   * A change to the protection itself: only someone who may edit the protected cells may make it
   * (the reference's sample removes only protections whose canEdit() is true; the exact refusal
   * text is ASSUMED).
   */
  private m(method: string): Protection {
    const self = this.c(method);
    if (!this.allows(this.rt.actingUser)) this.rt.fail(PROTECTION_REFUSED);
    return self;
  }

  getDescription(): string {
    this.c('getDescription');
    return this.description;
  }
  setDescription(d: string): Protection {
    const self = this.m('setDescription');
    this.description = d;
    return self;
  }
  isWarningOnly(): boolean {
    this.c('isWarningOnly');
    return this.warningOnly;
  }
  setWarningOnly(w: boolean): Protection {
    const self = this.m('setWarningOnly');
    this.warningOnly = w;
    return self;
  }
  getRange(): Range {
    this.c('getRange');
    return real(this.range);
  }
  setRange(r: Range): Protection {
    const self = this.m('setRange');
    this.range = this.range.sheet.ownRange(r);
    return self;
  }
  getUnprotectedRanges(): Range[] {
    this.c('getUnprotectedRanges');
    return this.rt.realm.list(this.unprotected.map((r) => real<Range>(r)));
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    this.m('setUnprotectedRanges');
    if (this.type !== ProtectionType.SHEET) this.rt.fail('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => this.range.sheet.ownRange(r));
    return real(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.c('getProtectionType');
    return this.type;
  }
  remove(): void {
    this.m('remove');
    this.onRemove(this);
  }
  canEdit(): boolean {
    this.c('canEdit');
    return this.warningOnly || this.allows(this.rt.actingUser);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.c('getEditors');
    return this.rt.realm.list(
      this.editors.map((email) => {
        const user: Pick<GoogleAppsScript.Base.User, 'getEmail'> = { getEmail: () => email };
        return real<GoogleAppsScript.Base.User>(user);
      }),
    );
  }
  removeEditors(emails: string[] | GoogleAppsScript.Base.User[]): Protection {
    const self = this.m('removeEditors');
    const keep = [this.owner.toLowerCase(), this.rt.actingUser.toLowerCase()];
    const gone = this.users(emails).filter((e) => !keep.includes(e));
    this.editors = this.editors.filter((e) => !gone.includes(e));
    return self;
  }
  addEditor(email: string | GoogleAppsScript.Base.User): Protection {
    const self = this.m('addEditor');
    for (const e of this.users([email])) if (!this.editors.includes(e)) this.editors.push(e);
    return self;
  }
  addEditors(emails: string[]): Protection {
    const self = this.m('addEditors');
    for (const e of this.users(emails)) if (!this.editors.includes(e)) this.editors.push(e);
    return self;
  }
  setDomainEdit(editable: boolean): Protection {
    const self = this.m('setDomainEdit');
    this.domainEdit = editable;
    return self;
  }
  canDomainEdit(): boolean {
    this.c('canDomainEdit');
    return this.domainEdit;
  }
}
