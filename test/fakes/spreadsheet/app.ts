/** The SpreadsheetApp global: the active spreadsheet, the Ui, builders and enums. */
import { BooleanCriteria, DataValidationCriteria, InterpolationType, ProtectionType, WrapStrategy } from '../enums';
import { real } from '../real';
import { SCOPES, type FakeRuntime } from '../runtime';
import type { FakeUi } from '../ui';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeDataValidationBuilder } from './validation';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export class FakeSpreadsheetApp implements Pick<
  App,
  | 'BooleanCriteria'
  | 'DataValidationCriteria'
  | 'InterpolationType'
  | 'ProtectionType'
  | 'WrapStrategy'
  | 'flush'
  | 'getActive'
  | 'getActiveSpreadsheet'
  | 'getActiveSheet'
  | 'getUi'
  | 'newConditionalFormatRule'
  | 'newDataValidation'
  | 'openById'
> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly InterpolationType = InterpolationType;
  readonly ProtectionType = ProtectionType;
  readonly WrapStrategy = WrapStrategy;
  /** Spreadsheets openById can reach (tests add them). */
  readonly others = new Map<string, FakeSpreadsheet>();

  constructor(
    private readonly rt: FakeRuntime,
    private readonly ui: FakeUi,
    public active: FakeSpreadsheet | null,
  ) {}

  private document(method: string): FakeSpreadsheet {
    // Under AuthMode.NONE an add-on cannot touch the document; a bound script's simple trigger can.
    this.rt.call('SpreadsheetApp', method, 'LIMITED', SCOPES.spreadsheets);
    return this.active ?? this.rt.fail('No active spreadsheet');
  }

  getActive(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return real(this.document('getActive'));
  }
  getActiveSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return real(this.document('getActiveSpreadsheet'));
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    const ss = this.document('getActiveSheet');
    return real(ss.active ?? ss.sheets[0] ?? this.rt.fail('No sheets'));
  }

  openById(id: string): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.rt.call('SpreadsheetApp', 'openById', 'FULL', 'https://www.googleapis.com/auth/spreadsheets');
    const ss = this.active?.id === id ? this.active : this.others.get(id);
    return real(ss ?? this.rt.fail('Unexpected error while getting the method or property openById on object SpreadsheetApp.'));
  }

  getUi(): GoogleAppsScript.Base.Ui {
    this.rt.call('SpreadsheetApp', 'getUi');
    return real(this.ui);
  }

  flush(): void {
    this.rt.call('SpreadsheetApp', 'flush');
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rt.call('SpreadsheetApp', 'newDataValidation');
    return real(new FakeDataValidationBuilder(this.rt));
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.rt.call('SpreadsheetApp', 'newConditionalFormatRule');
    return real(new FakeConditionalFormatRuleBuilder(this.rt));
  }
}
