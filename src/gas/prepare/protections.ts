/**
 * Applies the core's protection plan (src/core/roles/plan.ts) to the spreadsheet. Protections are
 * recognised by their description («GEL-T: …»): a wanted one that is missing is made, one that
 * differs is corrected, one of ours no longer wanted is removed. No cell value is read or written.
 *
 * What Google does, from the Protection reference (developers.google.com/apps-script/reference/
 * spreadsheet/protection): a new protection starts with the spreadsheet's editors; `removeEditors`
 * cannot remove the owner nor the current user (they always keep editing; the reference's own sample
 * adds `Session.getEffectiveUser()` before removing the others); `setDomainEdit` only matters in a
 * Workspace domain (`canDomainEdit` is false elsewhere); a warning-only protection locks nobody: a
 * person who edits sees a warning and may go on. A script run from the menu edits as the person who
 * runs it, so protections apply to it too; an installable trigger runs as the person who installed it.
 */
import { protectionText } from '../../core/messages/roles';
import type { ProtectedArea } from '../../core/roles/plan';

type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Returns how many protections were made, corrected or removed. */
export function applyProtections(ss: Spreadsheet, areas: readonly ProtectedArea[], me: string): number {
  const ours = [...ss.getProtections(SpreadsheetApp.ProtectionType.RANGE), ...ss.getProtections(SpreadsheetApp.ProtectionType.SHEET)]
    .map((p) => ({ p, description: p.getDescription() }))
    .filter((x) => x.description.startsWith(protectionText.prefix));
  const existing = new Map(ours.map((x) => [x.description, x.p] as const));
  const wanted = new Set(areas.map((a) => a.description));
  let owner = '';
  try {
    owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  } catch {
    // A shared drive's file has no owner: nobody is kept beyond the current user.
  }
  const kept = [me.toLowerCase(), owner];
  let changed = 0;
  for (const x of ours) {
    if (!wanted.has(x.description) || existing.get(x.description) !== x.p) {
      x.p.remove(); // an older protection of ours, or a second copy of one
      changed += 1;
    }
  }
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet | null>();
  const sheetOf = (name: string): GoogleAppsScript.Spreadsheet.Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, ss.getSheetByName(name));
    return sheets.get(name) ?? null;
  };
  for (const a of areas) {
    const sheet = sheetOf(a.sheet);
    if (!sheet) continue;
    let p = existing.get(a.description);
    let fresh = false;
    const range = (): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(a.firstRow, a.firstCol, a.lastRow - a.firstRow + 1, a.lastCol - a.firstCol + 1);
    if (!p) {
      p = (a.whole ? sheet.protect() : range().protect()).setDescription(a.description);
      fresh = true;
    } else if (!a.whole && p.getRange().getA1Notation() !== a.a1) {
      p.setRange(range()); // the sheet grew: the same area, down to its new last row
      fresh = true;
    }
    if (setEditors(p, a, kept) || fresh) changed += 1;
  }
  return changed;
}

/** Makes a protection's editors those of the area; true when something changed. */
function setEditors(p: Protection, a: ProtectedArea, kept: readonly string[]): boolean {
  if (a.warningOnly) {
    if (p.isWarningOnly()) return false;
    p.setWarningOnly(true);
    return true;
  }
  let changed = false;
  if (p.isWarningOnly()) {
    p.setWarningOnly(false);
    changed = true;
  }
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  const add = a.editors.filter((e) => !current.includes(e));
  // Google keeps the owner and the current user whatever we ask; asking is harmless but noisy.
  const remove = current.filter((e) => !a.editors.includes(e) && !kept.includes(e));
  if (add.length > 0) p.addEditors(add);
  if (remove.length > 0) p.removeEditors(remove);
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return changed || add.length > 0 || remove.length > 0;
}

/**
 * Rows added at the bottom of a sheet (insertRowsAfter the last row) fall outside every protection:
 * ours that reached the old last row are stretched to the new one, keeping their open-ended names
 * («R2:U»). One the user may not edit is left to the next «Preparar o reparar la hoja» (Google lets
 * only a protection's editors change it). A few calls per protection of this sheet, whatever the rows.
 */
export function extendProtections(sheet: GoogleAppsScript.Spreadsheet.Sheet, oldLastRow: number): void {
  const newLastRow = sheet.getMaxRows();
  if (newLastRow <= oldLastRow) return;
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    if (!p.getDescription().startsWith(protectionText.prefix)) continue;
    const r = p.getRange();
    if (r.getLastRow() !== oldLastRow || !p.canEdit()) continue;
    p.setRange(sheet.getRange(r.getRow(), r.getColumn(), newLastRow - r.getRow() + 1, r.getNumColumns()));
  }
}
