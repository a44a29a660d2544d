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

  getDescription(): string {
    this.c('getDescription');
    return this.description;
  }
  setDescription(d: string): Protection {
    this.description = d;
    return this.c('setDescription');
  }
  isWarningOnly(): boolean {
    this.c('isWarningOnly');
    return this.warningOnly;
  }
  setWarningOnly(w: boolean): Protection {
    this.warningOnly = w;
    return this.c('setWarningOnly');
  }
  getRange(): Range {
    this.c('getRange');
    return real(this.range);
  }
  setRange(r: Range): Protection {
    this.range = this.range.sheet.ownRange(r);
    return this.c('setRange');
  }
  getUnprotectedRanges(): Range[] {
    this.c('getUnprotectedRanges');
    return this.rt.realm.list(this.unprotected.map((r) => real<Range>(r)));
  }
  setUnprotectedRanges(ranges: Range[]): Protection {
    this.c('setUnprotectedRanges');
    if (this.type !== ProtectionType.SHEET) this.rt.fail('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => this.range.sheet.ownRange(r));
    return real(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    this.c('getProtectionType');
    return this.type;
  }
  remove(): void {
    this.c('remove');
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
    const self = this.c('removeEditors');
    const keep = [this.owner.toLowerCase(), this.rt.actingUser.toLowerCase()];
    const gone = this.users(emails).filter((e) => !keep.includes(e));
    this.editors = this.editors.filter((e) => !gone.includes(e));
    return self;
  }
  addEditor(email: string | GoogleAppsScript.Base.User): Protection {
    const self = this.c('addEditor');
    for (const e of this.users([email])) if (!this.editors.includes(e)) this.editors.push(e);
    return self;
  }
  addEditors(emails: string[]): Protection {
    const self = this.c('addEditors');
    for (const e of this.users(emails)) if (!this.editors.includes(e)) this.editors.push(e);
    return self;
  }
  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = editable;
    return this.c('setDomainEdit');
  }
  canDomainEdit(): boolean {
    this.c('canDomainEdit');
    return this.domainEdit;
  }
}
