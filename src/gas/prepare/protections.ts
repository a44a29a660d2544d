/**
 * Warning-only protections: the header row and each computed column. A person may still edit
 * after a warning; nobody is locked out. Recognised by description, so a second run adds nothing.
 */
import { protectionDescription } from '../../core/messages';
import type { ColumnLayout } from '../../core/tracker/layout';
import type { ColumnSpec } from '../../core/tracker/types';
import { columnLetter } from '../../core/tracker/a1';
import { columnBody, columnBodyA1, type Range, type Sheet } from './context';

export function ensureProtections<K extends string>(sheet: Sheet, sheetName: string, columns: readonly ColumnSpec<K>[], layout: ColumnLayout<K>, width: number): boolean {
  const maxRows = sheet.getMaxRows();
  const w1 = Math.max(1, width);
  const wanted: { description: string; a1: string; range: () => Range }[] = [
    { description: protectionDescription.headers(sheetName), a1: `A1:${columnLetter(w1)}1`, range: () => sheet.getRange(1, 1, 1, w1) },
  ];
  for (const c of columns) {
    const col = layout.get(c.key);
    if (c.role === 'computed' && col !== undefined) {
      wanted.push({ description: protectionDescription.computedColumn(c.header), a1: columnBodyA1(col, maxRows), range: () => columnBody(sheet, col, maxRows) });
    }
  }
  const existing = new Map(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => [p.getDescription(), p] as const));
  let changed = false;
  for (const w of wanted) {
    const p = existing.get(w.description);
    if (!p) {
      w.range().protect().setDescription(w.description).setWarningOnly(true);
      changed = true;
    } else {
      if (p.getRange().getA1Notation() !== w.a1) {
        p.setRange(w.range());
        changed = true;
      }
      // A run that failed between setDescription and setWarningOnly left a strict protection: nobody is locked out.
      if (!p.isWarningOnly()) {
        p.setWarningOnly(true);
        changed = true;
      }
    }
  }
  return changed;
}
