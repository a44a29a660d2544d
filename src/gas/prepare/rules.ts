/**
 * Conditional formats from the description. A highlight is a custom formula relative to row 2
 * (=$X2="Vencida") over whole columns from row 2, so rows added later are covered without a rule
 * per row. Sheets has no data bars: compliance shows its semáforo's colour (the semáforo rules cover
 * the column); the white→green colour scale it once had is recognised and removed.
 * Rules are recognised by their content, so a second run adds nothing and a person's rules stay.
 */
import type { ColumnLayout } from '../../core/tracker/layout';
import { highlightCondition } from '../../core/tracker/render';
import type { FormatRule } from '../../core/tracker/types';
import { columnBody, columnBodyA1, type Range, type Sheet } from './context';
import { LEGACY_COMPLIANCE_BAR_COLOR } from '../../core/tracker/matriz';

type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

interface Wanted {
  readonly signature: string;
  build(): Rule;
}

const GRADIENT_MIN = '#ffffff';

function rangesKey(ranges: readonly Range[]): string {
  return ranges.map((r) => r.getA1Notation()).join(',');
}

export function highlightFormula(col: number, equals: string): string {
  return `=${highlightCondition(col, equals)}`;
}

function wantedRules<K extends string>(sheet: Sheet, rules: readonly FormatRule<K>[], layout: ColumnLayout<K>): Wanted[] {
  const out: Wanted[] = [];
  const maxRows = sheet.getMaxRows();
  // Ranges are only made when a rule is built; signatures use their A1 text.
  const body = (c: number): Range => columnBody(sheet, c, maxRows);
  const a1s = (cols: readonly number[]): string => cols.map((c) => columnBodyA1(c, maxRows)).join(',');
  for (const rule of rules) {
    if (rule.kind === 'rowEquals') {
      const test = layout.get(rule.column);
      const cols = rule.columns.map((k) => layout.get(k)).filter((c): c is number => c !== undefined);
      if (test === undefined || cols.length === 0) continue;
      const formula = highlightFormula(test, rule.equals);
      out.push({
        signature: `B|${formula}|${rule.fill.background.toLowerCase()}|${rule.fill.font.toLowerCase()}|${a1s(cols)}`,
        build: () =>
          SpreadsheetApp.newConditionalFormatRule()
            .whenFormulaSatisfied(formula)
            .setBackground(rule.fill.background)
            .setFontColor(rule.fill.font)
            .setRanges(cols.map(body))
            .build(),
      });
    }
    // A dataBar rule has no Sheets rendering (no data bars in Sheets).
  }
  return out;
}

function signatureOf(rule: Rule): string {
  const ranges = rangesKey(rule.getRanges());
  const b = rule.getBooleanCondition();
  if (b) {
    const values = b.getCriteriaValues().map(String).join('|');
    return `B|${values}|${(b.getBackground() ?? '').toLowerCase()}|${(b.getFontColor() ?? '').toLowerCase()}|${ranges}`;
  }
  const g = rule.getGradientCondition();
  return g ? `G|${g.getMaxColor().toLowerCase()}|${ranges}` : `?|${ranges}`;
}

/** A rule this code wrote earlier (possibly for columns that have since moved). */
function isOurs<K extends string>(rule: Rule, rules: readonly FormatRule<K>[]): boolean {
  const b = rule.getBooleanCondition();
  if (b) {
    const m = /^=\$[A-Z]+2="(.*)"$/.exec(String(b.getCriteriaValues()[0] ?? ''));
    return m !== null && rules.some((r) => r.kind === 'rowEquals' && r.equals === m[1].replace(/""/g, '"'));
  }
  const g = rule.getGradientCondition();
  return (
    g !== null &&
    g.getMinColor().toLowerCase() === GRADIENT_MIN &&
    rules.some((r) => r.kind === 'dataBar') &&
    [LEGACY_COMPLIANCE_BAR_COLOR.toLowerCase()].includes(g.getMaxColor().toLowerCase())
  );
}

/** Returns true when the rules had to be (re)written. */
export function ensureRules<K extends string>(sheet: Sheet, rules: readonly FormatRule<K>[], layout: ColumnLayout<K>): boolean {
  if (rules.length === 0) return false;
  const wanted = wantedRules(sheet, rules, layout);
  const existing = sheet.getConditionalFormatRules();
  const signatures = existing.map(signatureOf);
  const have = new Set(signatures);
  const wantedSet = new Set(wanted.map((w) => w.signature));
  // Also rewritten when one of ours is no longer wanted (the old colour scale of compliance).
  const stale = existing.some((r, i) => !wantedSet.has(signatures[i]) && isOurs(r, rules));
  if (!stale && wanted.every((w) => have.has(w.signature))) return false;
  const kept = existing.filter((r) => !isOurs(r, rules));
  sheet.setConditionalFormatRules([...kept, ...wanted.map((w) => w.build())]);
  return true;
}
