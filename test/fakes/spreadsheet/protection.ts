/** Range and sheet protections (Range.protect(), Sheet.protect()). */
import { ProtectionType } from '../enums';
import { real } from '../real';
import type { FakeRuntime } from '../runtime';
import type { FakeRange } from './range';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;

export class FakeProtection implements Pick<Protection, 'getDescription' | 'setDescription' | 'isWarningOnly' |
  'setWarningOnly' | 'getRange' | 'setRange' | 'getUnprotectedRanges' | 'setUnprotectedRanges' | 'getProtectionType' |
  'remove' | 'canEdit' | 'getEditors' | 'removeEditors' | 'addEditor' | 'setDomainEdit' | 'canDomainEdit'> {
  description = '';
  warningOnly = false;
  unprotected: FakeRange[] = [];
  editors: string[] = [];
  domainEdit = true;

  constructor(
    private readonly rt: FakeRuntime,
    readonly type: GoogleAppsScript.Spreadsheet.ProtectionType,
    public range: FakeRange,
    private readonly onRemove: (p: FakeProtection) => void,
  ) {}

  private c(m: string): Protection {
    this.rt.call('SpreadsheetApp', `Protection.${m}`);
    return real(this);
  }

  getDescription(): string { this.c('getDescription'); return this.description; }
  setDescription(d: string): Protection { this.description = d; return this.c('setDescription'); }
  isWarningOnly(): boolean { this.c('isWarningOnly'); return this.warningOnly; }
  setWarningOnly(w: boolean): Protection { this.warningOnly = w; return this.c('setWarningOnly'); }
  getRange(): Range { this.c('getRange'); return real(this.range); }
  setRange(r: Range): Protection { this.range = this.range.sheet.ownRange(r); return this.c('setRange'); }
  getUnprotectedRanges(): Range[] { this.c('getUnprotectedRanges'); return this.rt.realm.list(this.unprotected.map((r) => real<Range>(r))); }
  setUnprotectedRanges(ranges: Range[]): Protection {
    this.c('setUnprotectedRanges');
    if (this.type !== ProtectionType.SHEET) this.rt.fail('Unprotected ranges can only be set on a sheet protection.');
    this.unprotected = ranges.map((r) => this.range.sheet.ownRange(r));
    return real(this);
  }
  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType { this.c('getProtectionType'); return this.type; }
  remove(): void { this.c('remove'); this.onRemove(this); }
  canEdit(): boolean { this.c('canEdit'); return true; }
  getEditors(): GoogleAppsScript.Base.User[] { this.c('getEditors'); return this.rt.realm.list([]); }
  removeEditors(_emails: string[] | GoogleAppsScript.Base.User[]): Protection { return this.c('removeEditors'); }
  addEditor(_email: string | GoogleAppsScript.Base.User): Protection { return this.c('addEditor'); }
  setDomainEdit(editable: boolean): Protection { this.domainEdit = editable; return this.c('setDomainEdit'); }
  canDomainEdit(): boolean { this.c('canDomainEdit'); return this.domainEdit; }
}
