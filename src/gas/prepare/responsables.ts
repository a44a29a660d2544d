/**
 * The Responsables sheet: created with one row per person the Matriz names (addresses empty), and on
 * repair a row is appended for each person the Matriz names that it does not list yet. Existing rows
 * and addresses are never changed. Two reads and at most one write, whatever the number of rows.
 * Returns the directory it read (empty when the sheet was just made or is unusable), for the
 * responsables' protections.
 */
import type { CellValue } from '../../core/grid/types';
import { namedPeople, parseResponsables, type DirectoryEntry } from '../../core/grid/responsables';
import type { MatrizRow } from '../../core/grid/matriz';
import { uiText } from '../../core/messages/sheets';
import { personKey } from '../../core/reminders/people';
import { SHEET } from '../../core/tracker/names';
import { RESPONSABLES_COLUMNS, type ResponsablesKey } from '../../core/tracker/responsables';
import type { SeedValue } from '../../core/tracker/initial';
import { safeText } from '../cells';
import { ensureSize, type PrepareContext } from './context';
import { ensureTable } from './table';

const RESPONSABLES_INDEX = 5;

export function ensureResponsables(ctx: PrepareContext, rows: readonly MatrizRow[]): ReadonlyMap<string, DirectoryEntry> {
  const people = namedPeople(rows);
  const initialRows = people.map((name) => new Map<ResponsablesKey, SeedValue>([['responsable', name]]));
  const table = ensureTable(ctx, { name: SHEET.responsables, index: RESPONSABLES_INDEX, columns: RESPONSABLES_COLUMNS, rules: [], initialRows });
  const none = new Map<string, DirectoryEntry>();
  if (table.created || !table.usable) return none;
  const col = table.layout.get('responsable');
  if (col === undefined) return none;
  const values = table.sheet.getDataRange().getValues() as CellValue[][];
  const listed = parseResponsables(values, { dateToSerial: ctx.dates.toSerial }).directory;
  const missing = people.filter((p) => !listed.has(personKey(p)));
  if (missing.length === 0) return listed;
  const at = values.length + 1;
  ensureSize(table.sheet, at + missing.length - 1, col);
  table.sheet.getRange(at, col, missing.length, 1).setValues(missing.map((p) => [safeText(p)]));
  ctx.changes.push(uiText.changeResponsablesAdded(missing));
  return listed; // the people added have no e-mail yet
}
