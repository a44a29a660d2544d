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

export interface ProtectionOutcome {
  /** Protections made, corrected or removed. */
  readonly changed: number;
  /** Ours that needed a change the user may not make (not an editor of it): left for an administrator. */
  readonly blocked: number;
}

/**
 * `tolerated`: e-mails never asked off a protection (the administrators: whichever of them applied a
 * protection stays on it anyway, and another administrator could not remove them from one that is not
 * theirs, e.g. Control Interno's; asking would only fail at every repair).
 */
export function applyProtections(ss: Spreadsheet, areas: readonly ProtectedArea[], me: string, tolerated: readonly string[] = []): ProtectionOutcome {
  const all = [...ss.getProtections(SpreadsheetApp.ProtectionType.RANGE), ...ss.getProtections(SpreadsheetApp.ProtectionType.SHEET)].map((p) => ({
    p,
    description: p.getDescription(),
  }));
  const ours = all.filter((x) => x.description.startsWith(protectionText.prefix));
  // One without a description over exactly one of our areas is ours, cut short between protect() and
  // setDescription() by a failure: adopted rather than doubled (rare, so its range is read only then).
  const unnamed = all.filter((x) => x.description === '').map((x) => x.p);
  const adopt = (a: ProtectedArea): Protection | undefined => {
    const i = unnamed.findIndex((p) => {
      const r = p.getRange();
      return r.getSheet().getName() === a.sheet && (a.whole ? p.getProtectionType() === SpreadsheetApp.ProtectionType.SHEET : r.getA1Notation() === a.a1);
    });
    return i < 0 ? undefined : unnamed.splice(i, 1)[0];
  };
  const existing = new Map(ours.map((x) => [x.description, x.p] as const));
  const wanted = new Set(areas.map((a) => a.description));
  let owner = '';
  try {
    owner = ss.getOwner()?.getEmail().toLowerCase() ?? '';
  } catch {
    // A shared drive's file has no owner: nobody is kept beyond the current user.
  }
  const kept = [me.toLowerCase(), owner, ...tolerated.map((e) => e.toLowerCase())];
  let changed = 0;
  let blocked = 0;
  // Google lets only a protection's editors change it: asked (canEdit) only when a change is due.
  for (const x of ours) {
    if (!wanted.has(x.description) || existing.get(x.description) !== x.p) {
      if (!x.p.canEdit()) {
        blocked += 1;
        continue;
      }
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
    const range = (): GoogleAppsScript.Spreadsheet.Range => sheet.getRange(a.firstRow, a.firstCol, a.lastRow - a.firstRow + 1, a.lastCol - a.firstCol + 1);
    const found = existing.get(a.description);
    if (!found) {
      const orphan = unnamed.length > 0 ? adopt(a) : undefined;
      if (orphan && !orphan.canEdit()) {
        blocked += 1;
        continue;
      }
      const p = (orphan ?? (a.whole ? sheet.protect() : range().protect())).setDescription(a.description);
      applyEditors(p, editorChange(p, a, kept));
      changed += 1;
      continue;
    }
    // The sheet grew: the same area, down to its new last row.
    const moved = !a.whole && found.getRange().getA1Notation() !== a.a1;
    const change = editorChange(found, a, kept);
    if (!moved && change === null) continue;
    if (!found.canEdit()) {
      blocked += 1;
      continue;
    }
    if (moved) found.setRange(range());
    applyEditors(found, change);
    changed += 1;
  }
  return { changed, blocked };
}

interface EditorChange {
  readonly warningOnly?: boolean;
  readonly add: readonly string[];
  readonly remove: readonly string[];
  readonly domain: boolean;
}

/** What would make a protection's editors those of the area (reads only); null when nothing. */
function editorChange(p: Protection, a: ProtectedArea, kept: readonly string[]): EditorChange | null {
  const isWarning = p.isWarningOnly();
  if (a.warningOnly) return isWarning ? null : { warningOnly: true, add: [], remove: [], domain: false };
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  const add = a.editors.filter((e) => !current.includes(e));
  // Google keeps the owner and the current user whatever we ask; asking is harmless but noisy.
  const remove = current.filter((e) => !a.editors.includes(e) && !kept.includes(e));
  const domain = p.canDomainEdit();
  if (!isWarning && add.length === 0 && remove.length === 0 && !domain) return null;
  return { warningOnly: isWarning ? false : undefined, add, remove, domain };
}

function applyEditors(p: Protection, change: EditorChange | null): void {
  if (!change) return;
  if (change.warningOnly !== undefined) p.setWarningOnly(change.warningOnly);
  if (change.add.length > 0) p.addEditors([...change.add]);
  if (change.remove.length > 0) p.removeEditors([...change.remove]);
  if (change.domain) p.setDomainEdit(false);
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
