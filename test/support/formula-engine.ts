import { HyperFormula, type RawCellContent } from 'hyperformula';

/** A cell given to the engine: a string starting with '=' is a formula, any other string is text; dates are serial numbers. */
export type EngineCell = string | number | boolean | null;
export type EngineValue = number | string | boolean | null | { error: string };

export interface FormulaEngine {
  value(sheet: string, row1: number, col1: number): EngineValue;
  destroy(): void;
}

/**
 * Evaluates a workbook's formulas with HyperFormula, a spreadsheet engine independent of our
 * code, so tests can compare what a sheet would show with what the core computes.
 * `names` maps a named range to its reference, e.g. { CFG_DIAS_AVISO: "'Configuración'!$B$6" }.
 */
export function createEngine(sheets: Record<string, EngineCell[][]>, names: Record<string, string>): FormulaEngine {
  const data: Record<string, RawCellContent[][]> = {};
  // A string stands for a cell holding text: the apostrophe keeps HyperFormula from reading
  // "5" or "15/02/2024" as a number, as a text-formatted cell would in the real hosts.
  const raw = (c: EngineCell): RawCellContent => (typeof c === 'string' && !c.startsWith('=') ? `'${c}` : c);
  for (const [name, rows] of Object.entries(sheets)) data[name] = rows.map((r) => r.map(raw));
  const namedExpressions = Object.entries(names).map(([name, ref]) => ({ name, expression: ref.startsWith('=') ? ref : `=${ref}` }));
  // HyperFormula knows TRUE() and FALSE() only as functions; the hosts also accept the bare words.
  namedExpressions.push({ name: 'TRUE', expression: '=TRUE()' }, { name: 'FALSE', expression: '=FALSE()' });
  const hf = HyperFormula.buildFromSheets(data, { licenseKey: 'gpl-v3', useArrayArithmetic: false }, namedExpressions);
  return {
    value(sheet, row1, col1) {
      const id = hf.getSheetId(sheet);
      if (id === undefined) throw new Error(`No sheet ${sheet} in the engine`);
      const v = hf.getCellValue({ sheet: id, row: row1 - 1, col: col1 - 1 });
      if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
      return { error: String((v as { value?: unknown }).value ?? 'error') };
    },
    destroy() {
      hf.destroy();
    },
  };
}
