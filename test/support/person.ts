/**
 * A person typing or pasting in the shared sheet, as Google handles it: protections are checked
 * against that person's account (an enforced one refuses and nothing changes; a warning-only one
 * warns and lets the edit through), then the simple onEdit runs and every installable onEdit
 * trigger of this spreadsheet fires as its owner, with the event Google sends (value/oldValue only
 * for a single cell; `user` is "" when Google does not reveal the editor).
 */
import type { FixtureCell } from '../fakes';
import { writeInput } from '../fakes/spreadsheet/cell';
import type { GasHarness } from './gas-harness';

export interface EditOutcome {
  /** Google refused: "You are trying to edit a protected cell or object…". */
  readonly refused: boolean;
  /** A warning-only protection covered the cells (the person confirmed and went on). */
  readonly warned: boolean;
}

export function typeAs(h: GasHarness, email: string, sheetName: string, topLeft: string, grid: FixtureCell[][], revealed = true): EditOutcome {
  const ss = h.spreadsheet;
  const sheet = ss.sheet(sheetName);
  const start = sheet.rangeFromA1(topLeft);
  const numRows = grid.length;
  const numCols = Math.max(...grid.map((l) => l.length));
  h.env.actAs(email, revealed);
  const over = ss.protectionsOver(sheet, start.row, start.col, numRows, numCols);
  if (over.some((p) => !p.allows(email))) return { refused: true, warned: false };
  const warned = over.some((p) => p.warningOnly);
  if (warned) ss.warnings.push(`${email} ${sheetName}!${topLeft}`);
  const single = numRows === 1 && numCols === 1;
  const first = sheet.ensure(start.row, start.col);
  const oldValue = single && first.formula === '' && first.value !== '' ? String(first.value) : undefined;
  grid.forEach((line, r) => line.forEach((v, c) => writeInput(sheet.ensure(start.row + r, start.col + c), v, ss.timeZone)));
  sheet.touch();
  const range = sheet.rangeFromA1(`${topLeft}:${topLeft}`);
  range.numRows = numRows;
  range.numCols = numCols;
  const fields: Record<string, unknown> = { range, source: ss, user: { getEmail: () => (revealed ? email : '') } };
  if (single && grid[0][0] !== null) fields.value = String(first.value);
  if (oldValue !== undefined) fields.oldValue = oldValue;
  if (h.has('onEdit')) h.call('onEdit', { authMode: 'LIMITED', ...fields });
  for (const t of h.env.ScriptApp.triggers.all.filter((x) => x.eventType === 'ON_EDIT' && x.sourceId === ss.id)) h.fireTrigger(t.id, fields);
  h.env.actAs(email, revealed);
  return { refused: false, warned };
}
