import type ExcelJS from 'exceljs';
import { PRINT_FOOTER } from '../../core/messages';
import { columnLetter } from '../../core/tracker/a1';
import type { ColumnLayout } from '../../core/tracker/layout';
import { highlightCondition } from '../../core/tracker/render';
import type { FormatRule, Validation } from '../../core/tracker/types';
import { argb, highlightStyle } from '../styles';
import type { ColumnPages } from './print-columns';

/** Escapes text for an Excel header/footer, where '&' starts a code. */
function hf(text: string): string {
  return text.replace(/&/g, '&&');
}

/** A sheet's own options, given when it is added: a streamed sheet writes them before its rows. */
export type SheetOptions = Partial<ExcelJS.AddWorksheetOptions> & { headerFooter?: Partial<ExcelJS.HeaderFooter> };

/** The header row stays in view while scrolling. */
export const FROZEN_HEADER: Partial<ExcelJS.WorksheetView>[] = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];

/** A sheet too wide for one page: its column groups (print-columns.ts) and the columns repeated on each. */
export interface WidePrint extends ColumnPages {
  /** Excel's print title columns, e.g. "A:B". */
  readonly titleColumns: string;
}

/**
 * Landscape, fit to one page wide (or, for a wide sheet, in column groups at a legible scale with
 * its first columns repeated), header row repeated on every page, entity and sheet name in the
 * header and "Página n de m" in the footer.
 */
export function printSetup(name: string, entidad: string, repeatHeaderRow = true, wide?: WidePrint): SheetOptions {
  const fit: Partial<ExcelJS.PageSetup> = wide
    ? { fitToPage: false, scale: wide.scalePercent, printTitlesColumn: wide.titleColumns }
    : { fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  return {
    pageSetup: {
      orientation: 'landscape',
      // No paperSize: the default is Carta (Letter), the usual paper in Colombian offices.
      ...fit,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.6, header: 0.3, footer: 0.3 },
      ...(repeatHeaderRow ? { printTitlesRow: '1:1' } : {}),
    },
    headerFooter: {
      oddHeader: `&L${hf(entidad)}&R${hf(name)}`,
      oddFooter: PRINT_FOOTER,
    },
  };
}

/** A dropdown or check for one column's cells; lists always name a range (never an inline list). */
export function addValidation(sheet: ExcelJS.Worksheet, range: string, v: Validation): void {
  // exceljs has worksheet.dataValidations but its typings leave it out.
  const ws = sheet as ExcelJS.Worksheet & { dataValidations: { add(address: string, dv: ExcelJS.DataValidation): void } };
  const common = { allowBlank: true, showInputMessage: true, prompt: v.help, showErrorMessage: true, error: v.help };
  if (v.kind === 'list') {
    ws.dataValidations.add(range, { ...common, type: 'list', formulae: [v.source], errorStyle: v.strict ? 'stop' : 'warning' });
  } else if (v.kind === 'date') {
    // Any real date: between 01/01/1900 and 31/12/9999.
    ws.dataValidations.add(range, {
      ...common,
      type: 'date',
      operator: 'between',
      formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(9999, 11, 31))],
      errorStyle: 'stop',
    });
  } else {
    ws.dataValidations.add(range, { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [v.min], errorStyle: 'stop' });
  }
}

/** The description's highlighting rules as conditional formats over rows 2..lastRow. */
export function addRules<K extends string>(ws: ExcelJS.Worksheet, rules: readonly FormatRule<K>[], layout: ColumnLayout<K>, lastRow: number): void {
  const colNumber = (k: K): number => {
    const c = layout.get(k);
    if (c === undefined) throw new Error(`Column ${k} is not in ${ws.name}`);
    return c;
  };
  const colOf = (k: K): string => columnLetter(colNumber(k));
  let priority = 1;
  for (const r of rules) {
    if (r.kind === 'rowEquals') {
      const ref = r.columns.map((k) => `${colOf(k)}2:${colOf(k)}${lastRow}`).join(' ');
      ws.addConditionalFormatting({
        ref,
        rules: [{ type: 'expression', priority: priority++, formulae: [highlightCondition(colNumber(r.column), r.equals)], style: highlightStyle(r.fill) }],
      });
    } else {
      const c = colOf(r.column);
      ws.addConditionalFormatting({
        ref: `${c}2:${c}${lastRow}`,
        rules: [
          {
            type: 'dataBar',
            priority: priority++,
            gradient: false,
            minLength: 0,
            maxLength: 100,
            showValue: true,
            cfvo: [
              { type: 'num', value: 0 },
              { type: 'num', value: 1 },
            ],
            color: { argb: argb(r.color) },
          } as ExcelJS.DataBarRuleType,
        ],
      });
    }
  }
}

/** Locks the sheet without a password (Revisar › Desproteger hoja lifts it); unlocked cells stay editable. */
export async function protectSheet(ws: ExcelJS.Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    formatCells: true,
    autoFilter: true,
    sort: false,
    insertRows: false,
    deleteRows: false,
  });
}
