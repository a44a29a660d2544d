/** Preparar's last step: the protections of every role, from the core's plan (never touching a value). */
import { rolesText } from '../../core/messages/roles';
import { ROLE_LABEL } from '../../core/messages/roles';
import { WHOLE_SHEETS } from '../../core/roles/editors';
import { protectionPlan, rolesWithoutEmail, type ProtectionInput } from '../../core/roles/plan';
import { SHEET, type SheetName } from '../../core/tracker/names';
import { findColumns } from '../../core/grid/headers';
import type { CellValue } from '../../core/grid/types';
import { SEGUIMIENTO_COLUMNS } from '../../core/tracker/seguimiento';
import type { TrackerData } from '../read-tracker';
import { activeEmail, roleEmails } from '../roles';
import { hasEmail } from '../../core/roles/emails';
import type { DirectoryEntry } from '../../core/grid/responsables';
import { responsableEditors, responsablesWithoutEmail } from '../../core/roles/responsables';
import type { PrepareContext } from './context';
import { applyProtections } from './protections';

/** `directory`: the Responsables sheet as ensureResponsables read it (the responsables' e-mails). */
export function ensureRoleProtections(ctx: PrepareContext, tracker: TrackerData, directory: ReadonlyMap<string, DirectoryEntry>): void {
  const roles = roleEmails(tracker.settings);
  const me = activeEmail();
  // Whoever applies a protection stays its editor for good (Google never removes the current user):
  // once there are administrators, only they apply them.
  if (roles.administradores.length > 0 && !hasEmail(roles.administradores, me)) {
    ctx.changes.push(rolesText.protectionsNeedAdmin());
    return;
  }
  const shape = (sheet: GoogleAppsScript.Spreadsheet.Sheet | null, header: readonly unknown[] | undefined) =>
    sheet ? { width: header?.length ?? 0, maxRows: sheet.getMaxRows() } : null;
  const m = shape(tracker.sheets.matriz, tracker.grids.matriz[0]);
  // Preparar does not read Seguimiento's rows: its header row is enough here (one read).
  const segSheet = tracker.sheets.seguimiento ?? ctx.ss.getSheetByName(SHEET.seguimiento);
  const segHeader = tracker.sheets.seguimiento ? (tracker.grids.seguimiento[0] ?? []) : headerRow(segSheet);
  const segLayout = tracker.sheets.seguimiento ? tracker.seguimiento.layout : findColumns(SHEET.seguimiento, segHeader, SEGUIMIENTO_COLUMNS).layout;
  const s = shape(segSheet, segHeader);
  const sheets = WHOLE_SHEETS.map((w) => w.sheet).filter((name): name is SheetName => ctx.ss.getSheetByName(name) !== null);
  const cells = tracker.matriz.rows.map((r) => r.responsables);
  const input: ProtectionInput = {
    roles,
    responsables: responsableEditors(cells, directory),
    matriz: m ? { ...m, layout: tracker.matriz.layout, rows: tracker.matriz.rows.map((r) => ({ row: r.row, responsables: r.responsables })) } : undefined,
    seguimiento: s ? { ...s, layout: segLayout } : undefined,
    sheets,
  };
  const { changed, blocked } = applyProtections(ctx.ss, protectionPlan(input), me, roles.administradores);
  if (blocked > 0) ctx.changes.push(rolesText.protectionsBlocked(blocked));
  if (changed > 0) {
    ctx.changes.push(rolesText.changeProtections(changed));
    const missing = rolesWithoutEmail(roles);
    if (missing.length > 0) ctx.changes.push(rolesText.warningOnlyNote(missing.map((r) => ROLE_LABEL[r])));
    // Once someone has started writing the responsables' e-mails, say whose rows still only warn
    // (before that, Validar's avisos per person say it; the first run's summary stays short).
    const people = [...directory.values()].some((d) => d.emails.length > 0) ? responsablesWithoutEmail(cells, directory) : [];
    if (people.length > 0) ctx.changes.push(rolesText.responsablesWarningOnly(people));
  }
}

function headerRow(sheet: GoogleAppsScript.Spreadsheet.Sheet | null): CellValue[] {
  if (!sheet) return [];
  const width = sheet.getLastColumn();
  return width < 1 ? [] : (sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[]);
}
