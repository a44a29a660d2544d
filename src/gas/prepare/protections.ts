/**
 * Warning-only protections: the header row and each computed column. A person may still edit
 * after a warning; nobody is locked out. Recognised by description, so a second run adds nothing.
 */
import type { ColumnLayout } from '../../core/tracker/layout';
import type { ColumnSpec } from '../../core/tracker/types';
import { columnBody, type Range, type Sheet } from './context';

const PREFIX = 'GEL-T:';

export function ensureProtections<K extends string>(sheet: Sheet, sheetName: string, columns: readonly ColumnSpec<K>[], layout: ColumnLayout<K>, width: number): boolean {
  const wanted: { description: string; range: Range }[] = [
    { description: `${PREFIX} encabezados de ${sheetName}`, range: sheet.getRange(1, 1, 1, Math.max(1, width)) },
  ];
  for (const c of columns) {
    const col = layout.get(c.key);
    if (c.role === 'computed' && col !== undefined) {
      wanted.push({ description: `${PREFIX} columna calculada ${c.header}`, range: columnBody(sheet, col) });
    }
  }
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE);
  let changed = false;
  for (const w of wanted) {
    const p = existing.find((e) => e.getDescription() === w.description);
    if (!p) {
      w.range.protect().setDescription(w.description).setWarningOnly(true);
      changed = true;
    } else if (p.getRange().getA1Notation() !== w.range.getA1Notation()) {
      p.setRange(w.range);
      changed = true;
    }
  }
  return changed;
}
