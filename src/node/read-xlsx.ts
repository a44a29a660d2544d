import ExcelJS from 'exceljs';
import type { CellValue, Grid } from '../core/grid/types';
import { exportMsg } from '../core/messages';
import { foldForMatch } from '../core/text';
import { InputError } from './input-error';

/** The sheets of a workbook as the core's grids, by sheet name. */
export type WorkbookGrids = ReadonlyMap<string, Grid>;

function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((r) => r.text).join('');
}

/**
 * One exceljs value as the core reads cells: a formula gives its cached result (Google's export
 * stores them), rich text and links give their text, an error gives its code ("#REF!") so the
 * parser reports it, and dates stay Dates (exceljs reads them as UTC midnight).
 */
export function coreCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return richText(v);
  if ('hyperlink' in v) {
    const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
    if (text && typeof text === 'object' && 'richText' in text) return richText(text as ExcelJS.CellRichTextValue);
    return typeof text === 'string' ? text : String(v.hyperlink);
  }
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as ExcelJS.CellFormulaValue).result;
    if (result === undefined) return null;
    return coreCellValue(result as ExcelJS.CellValue);
  }
  if ('error' in v) return String(v.error);
  return null;
}

export function sheetGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: CellValue[][] = [];
  const width = ws.columnCount;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const line: CellValue[] = new Array(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      // cell.value drops a falsy cached result (0, ""); cell.result keeps it.
      line[c - 1] = cell.type === ExcelJS.ValueType.Formula ? coreCellValue((cell.result ?? null) as ExcelJS.CellValue) : coreCellValue(cell.value);
    });
    grid[n - 1] = line;
  });
  for (let i = 0; i < grid.length; i++) if (!grid[i]) grid[i] = new Array(width).fill(null);
  return grid;
}

/** Reads an .xlsx into grids (every sheet, by name); a file that is no workbook is an InputError. */
export async function readXlsx(file: string): Promise<WorkbookGrids> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new InputError(exportMsg.notAWorkbook(file));
  }
  const out = new Map<string, Grid>();
  wb.eachSheet((ws) => out.set(ws.name, sheetGrid(ws)));
  return out;
}

/** A sheet by name, tolerant of case, accents and spaces ("configuracion" finds «Configuración»). */
export function findSheet(grids: WorkbookGrids, name: string): Grid | undefined {
  const exact = grids.get(name);
  if (exact) return exact;
  for (const [n, g] of grids) if (foldForMatch(n) === foldForMatch(name)) return g;
  return undefined;
}
