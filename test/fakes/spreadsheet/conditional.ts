/** SpreadsheetApp.newConditionalFormatRule(): builder, rule, boolean and gradient conditions. */
import { BooleanCriteria } from '../enums';
import { own, real } from '../real';
import type { FakeRuntime } from '../runtime';
import { FakeRange } from './range';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type Interp = GoogleAppsScript.Spreadsheet.InterpolationType;
const B = BooleanCriteria;

export interface GradientPoint {
  color: string;
  type: Interp | null;
  value: string;
}

export interface RuleState {
  criteria: Criteria | null;
  values: unknown[];
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  gradient: { min: GradientPoint | null; mid: GradientPoint | null; max: GradientPoint | null } | null;
  ranges: Range[];
}

function cloneState(s: RuleState): RuleState {
  return { ...s, values: [...s.values], ranges: [...s.ranges], gradient: s.gradient ? { ...s.gradient } : null };
}

export class FakeBooleanCondition implements Pick<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic'
> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly s: RuleState,
  ) {}
  private c(m: string): void {
    this.rt.call('SpreadsheetApp', `BooleanCondition.${m}`);
  }
  getBackground(): string | null {
    this.c('getBackground');
    return this.s.background;
  }
  getBold(): boolean | null {
    this.c('getBold');
    return this.s.bold;
  }
  getCriteriaType(): Criteria {
    this.c('getCriteriaType');
    return this.s.criteria ?? B.CUSTOM_FORMULA;
  }
  getCriteriaValues(): unknown[] {
    this.c('getCriteriaValues');
    return this.rt.realm.list(this.s.values);
  }
  getFontColor(): string | null {
    this.c('getFontColor');
    return this.s.fontColor;
  }
  getItalic(): boolean | null {
    this.c('getItalic');
    return this.s.italic;
  }
}

export class FakeGradientCondition implements Pick<
  GoogleAppsScript.Spreadsheet.GradientCondition,
  'getMaxColor' | 'getMaxType' | 'getMaxValue' | 'getMidColor' | 'getMidType' | 'getMidValue' | 'getMinColor' | 'getMinType' | 'getMinValue'
> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly g: NonNullable<RuleState['gradient']>,
  ) {}
  private c(m: string): void {
    this.rt.call('SpreadsheetApp', `GradientCondition.${m}`);
  }
  getMaxColor(): string {
    this.c('getMaxColor');
    return this.g.max?.color ?? '';
  }
  getMaxType(): Interp | null {
    this.c('getMaxType');
    return this.g.max?.type ?? null;
  }
  getMaxValue(): string {
    this.c('getMaxValue');
    return this.g.max?.value ?? '';
  }
  getMidColor(): string {
    this.c('getMidColor');
    return this.g.mid?.color ?? '';
  }
  getMidType(): Interp | null {
    this.c('getMidType');
    return this.g.mid?.type ?? null;
  }
  getMidValue(): string {
    this.c('getMidValue');
    return this.g.mid?.value ?? '';
  }
  getMinColor(): string {
    this.c('getMinColor');
    return this.g.min?.color ?? '';
  }
  getMinType(): Interp | null {
    this.c('getMinType');
    return this.g.min?.type ?? null;
  }
  getMinValue(): string {
    this.c('getMinValue');
    return this.g.min?.value ?? '';
  }
}

export class FakeConditionalFormatRule implements Pick<Rule, 'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'> {
  constructor(
    private readonly rt: FakeRuntime,
    readonly state: Readonly<RuleState>,
  ) {}

  copy(): Builder {
    this.rt.call('SpreadsheetApp', 'ConditionalFormatRule.copy');
    return real(new FakeConditionalFormatRuleBuilder(this.rt, cloneState(this.state)));
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    this.rt.call('SpreadsheetApp', 'ConditionalFormatRule.getBooleanCondition');
    return this.state.criteria === null ? null : real(new FakeBooleanCondition(this.rt, this.state));
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    this.rt.call('SpreadsheetApp', 'ConditionalFormatRule.getGradientCondition');
    return this.state.gradient === null ? null : real(new FakeGradientCondition(this.rt, this.state.gradient));
  }

  getRanges(): Range[] {
    this.rt.call('SpreadsheetApp', 'ConditionalFormatRule.getRanges');
    return this.rt.realm.list(this.state.ranges);
  }
}

type BuilderKeys =
  | 'build'
  | 'copy'
  | 'getRanges'
  | 'setBackground'
  | 'setBold'
  | 'setFontColor'
  | 'setItalic'
  | 'setGradientMaxpoint'
  | 'setGradientMaxpointWithValue'
  | 'setGradientMidpointWithValue'
  | 'setGradientMinpoint'
  | 'setGradientMinpointWithValue'
  | 'setRanges'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenTextContains'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

export class FakeConditionalFormatRuleBuilder implements Pick<Builder, BuilderKeys> {
  constructor(
    private readonly rt: FakeRuntime,
    private readonly s: RuleState = {
      criteria: null,
      values: [],
      background: null,
      fontColor: null,
      bold: null,
      italic: null,
      gradient: null,
      ranges: [],
    },
  ) {}

  private c(m: string): Builder {
    this.rt.call('SpreadsheetApp', `ConditionalFormatRuleBuilder.${m}`);
    return real(this);
  }

  private when(m: string, criteria: Criteria, values: unknown[]): Builder {
    this.s.criteria = criteria;
    this.s.values = values;
    this.s.gradient = null;
    return this.c(m);
  }

  private point(m: string, which: 'min' | 'mid' | 'max', color: string, type: Interp | null, value: string): Builder {
    this.s.criteria = null;
    this.s.values = [];
    this.s.gradient = { ...(this.s.gradient ?? { min: null, mid: null, max: null }), [which]: { color, type, value } };
    return this.c(m);
  }

  build(): Rule {
    this.c('build');
    if (this.s.criteria === null && this.s.gradient === null) this.rt.fail('Conditional format rule must have a condition.');
    if (this.s.ranges.length === 0) this.rt.fail('Conditional format rule must have at least one range.');
    return real(new FakeConditionalFormatRule(this.rt, cloneState(this.s)));
  }

  copy(): Builder {
    this.c('copy');
    return real(new FakeConditionalFormatRuleBuilder(this.rt, cloneState(this.s)));
  }

  getRanges(): Range[] {
    this.c('getRanges');
    return this.rt.realm.list(this.s.ranges);
  }

  setBackground(color: string | null): Builder {
    this.s.background = color;
    return this.c('setBackground');
  }
  setBold(bold: boolean | null): Builder {
    this.s.bold = bold;
    return this.c('setBold');
  }
  setFontColor(color: string | null): Builder {
    this.s.fontColor = color;
    return this.c('setFontColor');
  }
  setItalic(italic: boolean | null): Builder {
    this.s.italic = italic;
    return this.c('setItalic');
  }
  setGradientMaxpoint(color: string): Builder {
    return this.point('setGradientMaxpoint', 'max', color, null, '');
  }
  setGradientMinpoint(color: string): Builder {
    return this.point('setGradientMinpoint', 'min', color, null, '');
  }
  setGradientMaxpointWithValue(color: string, type: Interp, value: string): Builder {
    return this.point('setGradientMaxpointWithValue', 'max', color, type, value);
  }
  setGradientMidpointWithValue(color: string, type: Interp, value: string): Builder {
    return this.point('setGradientMidpointWithValue', 'mid', color, type, value);
  }
  setGradientMinpointWithValue(color: string, type: Interp, value: string): Builder {
    return this.point('setGradientMinpointWithValue', 'min', color, type, value);
  }
  /** Copies of the ranges: the rule's ranges move with inserted rows/columns, the script's own do not. */
  setRanges(ranges: Range[]): Builder {
    this.s.ranges = ranges.map((r) => real<Range>(own(this.rt, r, FakeRange, 'range').clone()));
    return this.c('setRanges');
  }
  whenCellEmpty(): Builder {
    return this.when('whenCellEmpty', B.CELL_EMPTY, []);
  }
  whenCellNotEmpty(): Builder {
    return this.when('whenCellNotEmpty', B.CELL_NOT_EMPTY, []);
  }
  whenFormulaSatisfied(formula: string): Builder {
    return this.when('whenFormulaSatisfied', B.CUSTOM_FORMULA, [formula]);
  }
  whenNumberBetween(a: number, b: number): Builder {
    return this.when('whenNumberBetween', B.NUMBER_BETWEEN, [a, b]);
  }
  whenNumberEqualTo(n: number): Builder {
    return this.when('whenNumberEqualTo', B.NUMBER_EQUAL_TO, [n]);
  }
  whenNumberGreaterThan(n: number): Builder {
    return this.when('whenNumberGreaterThan', B.NUMBER_GREATER_THAN, [n]);
  }
  whenNumberGreaterThanOrEqualTo(n: number): Builder {
    return this.when('whenNumberGreaterThanOrEqualTo', B.NUMBER_GREATER_THAN_OR_EQUAL_TO, [n]);
  }
  whenNumberLessThan(n: number): Builder {
    return this.when('whenNumberLessThan', B.NUMBER_LESS_THAN, [n]);
  }
  whenNumberLessThanOrEqualTo(n: number): Builder {
    return this.when('whenNumberLessThanOrEqualTo', B.NUMBER_LESS_THAN_OR_EQUAL_TO, [n]);
  }
  whenTextContains(t: string): Builder {
    return this.when('whenTextContains', B.TEXT_CONTAINS, [t]);
  }
  whenTextEqualTo(t: string): Builder {
    return this.when('whenTextEqualTo', B.TEXT_EQUAL_TO, [t]);
  }
  whenTextStartsWith(t: string): Builder {
    return this.when('whenTextStartsWith', B.TEXT_STARTS_WITH, [t]);
  }
  withCriteria(criteria: Criteria, args: unknown[]): Builder {
    return this.when('withCriteria', criteria, [...args]);
  }
}
