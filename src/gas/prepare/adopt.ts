/**
 * Which sheet becomes the Matriz when the spreadsheet has none: a brand-new spreadsheet's only sheet
 * ("Hoja 1"), still blank; or the first sheet whose header row reads as a plan matrix (a matrix a
 * person pasted or brought: headers and aliases, `looksLikeMatriz`). Such a sheet is only renamed; its
 * cells stay as they are and Preparar then adds what it lacks. One header read per candidate sheet,
 * and only while there is no Matriz.
 */
import { looksLikeMatriz } from '../../core/grid/matriz';
import type { CellValue } from '../../core/grid/types';
import { msg } from '../../core/messages';
import { SHEET } from '../../core/tracker/names';
import type { PrepareContext } from './context';

export function adoptMatrizSheet(ctx: PrepareContext): void {
  if (ctx.ss.getSheetByName(SHEET.matriz)) return;
  const ours = Object.values(SHEET) as string[];
  const all = ctx.ss.getSheets();
  const sheets = all.filter((s) => !ours.includes(s.getName()));
  if (all.length === 1 && sheets.length === 1 && sheets[0].getLastRow() === 0 && sheets[0].getLastColumn() === 0) {
    sheets[0].setName(SHEET.matriz);
    return;
  }
  for (const sheet of sheets) {
    const width = sheet.getLastColumn();
    if (width < 1) continue;
    const header = sheet.getRange(1, 1, 1, width).getValues()[0] as CellValue[];
    if (!looksLikeMatriz(header)) continue;
    const name = sheet.getName();
    sheet.setName(SHEET.matriz);
    ctx.changes.push(msg.matrizAdopted(name));
    return;
  }
}
