/**
 * SpreadsheetApp.newDataValidation(): the builder and the rule it builds. Rules are recorded, not
 * enforced: a script's setValue is not checked against them (what Sheets does there is unclear).
 */
import { DataValidationCriteria } from '../enums';
import { real } from '../real';
import type { FakeRuntime } from '../runtime';

type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
const C = DataValidationCriteria;

interface RuleState {
  criteria: Criteria | null;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class FakeDataValidation implements Pick<Rule, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'> {
  constructor(
    private readonly rt: FakeRuntime,
    readonly state: Readonly<RuleState>,
  ) {}

  copy(): Builder {
    this.rt.call('SpreadsheetApp', 'DataValidation.copy');
    return real(new FakeDataValidationBuilder(this.rt, { ...this.state, values: [...this.state.values] }));
  }

  getAllowInvalid(): boolean {
    this.rt.call('SpreadsheetApp', 'DataValidation.getAllowInvalid');
    return this.state.allowInvalid;
  }

  getCriteriaType(): Criteria {
    this.rt.call('SpreadsheetApp', 'DataValidation.getCriteriaType');
    return this.state.criteria ?? C.CUSTOM_FORMULA;
  }

  getCriteriaValues(): unknown[] {
    this.rt.call('SpreadsheetApp', 'DataValidation.getCriteriaValues');
    return this.rt.realm.list(this.state.values);
  }

  /** null when no help text is set (Apps Script docs), whatever the types say. */
  getHelpText(): string {
    this.rt.call('SpreadsheetApp', 'DataValidation.getHelpText');
    return this.state.helpText as string;
  }
}

type BuilderKeys =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireTextIsUrl'
  | 'requireTextIsEmail'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class FakeDataValidationBuilder implements Pick<Builder, BuilderKeys> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly state: RuleState = { criteria: null, values: [], allowInvalid: true, helpText: null },
  ) {}

  private set(method: string, criteria: Criteria, values: unknown[]): Builder {
    this.rt.call('SpreadsheetApp', `DataValidationBuilder.${method}`);
    this.state.criteria = criteria;
    this.state.values = values;
    return real(this);
  }

  build(): Rule {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.build');
    if (this.state.criteria === null) this.rt.fail('You must specify a criteria type for the data validation rule.');
    return real(new FakeDataValidation(this.rt, { ...this.state, values: [...this.state.values] }));
  }

  copy(): Builder {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.copy');
    return real(new FakeDataValidationBuilder(this.rt, { ...this.state, values: [...this.state.values] }));
  }

  getAllowInvalid(): boolean {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.getAllowInvalid');
    return this.state.allowInvalid;
  }

  getCriteriaType(): Criteria {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.getCriteriaType');
    return this.state.criteria ?? C.CUSTOM_FORMULA;
  }

  getCriteriaValues(): unknown[] {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.getCriteriaValues');
    return this.rt.realm.list(this.state.values);
  }

  getHelpText(): string | null {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.getHelpText');
    return this.state.helpText;
  }

  requireCheckbox(checked?: unknown, unchecked?: unknown): Builder {
    const values = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set('requireCheckbox', C.CHECKBOX, values);
  }

  requireDate(): Builder {
    return this.set('requireDate', C.DATE_IS_VALID_DATE, []);
  }

  requireDateAfter(date: Date): Builder {
    return this.set('requireDateAfter', C.DATE_AFTER, [date]);
  }

  requireDateBefore(date: Date): Builder {
    return this.set('requireDateBefore', C.DATE_BEFORE, [date]);
  }

  requireDateOnOrAfter(date: Date): Builder {
    return this.set('requireDateOnOrAfter', C.DATE_ON_OR_AFTER, [date]);
  }

  requireDateOnOrBefore(date: Date): Builder {
    return this.set('requireDateOnOrBefore', C.DATE_ON_OR_BEFORE, [date]);
  }

  requireFormulaSatisfied(formula: string): Builder {
    return this.set('requireFormulaSatisfied', C.CUSTOM_FORMULA, [formula]);
  }

  requireNumberBetween(start: number, end: number): Builder {
    return this.set('requireNumberBetween', C.NUMBER_BETWEEN, [start, end]);
  }

  requireNumberGreaterThan(n: number): Builder {
    return this.set('requireNumberGreaterThan', C.NUMBER_GREATER_THAN, [n]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.set('requireNumberGreaterThanOrEqualTo', C.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }

  requireNumberLessThanOrEqualTo(n: number): Builder {
    return this.set('requireNumberLessThanOrEqualTo', C.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }

  requireTextIsUrl(): Builder {
    return this.set('requireTextIsUrl', C.TEXT_IS_VALID_URL, []);
  }

  requireTextIsEmail(): Builder {
    return this.set('requireTextIsEmail', C.TEXT_IS_VALID_EMAIL, []);
  }

  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.set('requireValueInList', C.VALUE_IN_LIST, [[...values], showDropdown]);
  }

  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true): Builder {
    return this.set('requireValueInRange', C.VALUE_IN_RANGE, [range, showDropdown]);
  }

  setAllowInvalid(allow: boolean): Builder {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.setAllowInvalid');
    this.state.allowInvalid = allow;
    return real(this);
  }

  setHelpText(text: string): Builder {
    this.rt.call('SpreadsheetApp', 'DataValidationBuilder.setHelpText');
    this.state.helpText = text;
    return real(this);
  }

  withCriteria(criteria: Criteria, args: unknown[]): Builder {
    return this.set('withCriteria', criteria, [...args]);
  }
}
