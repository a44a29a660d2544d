/**
 * The one tracker description rendered by both hosts — Preparar through the built bundle on the
 * Sheets fakes, and the offline export read back with exceljs — compared rule by rule: column
 * widths, number formats, header colours and notes, validations, the Configuración layout and the
 * highlight rules. Each host translates
 * the core's rule to its API (pixels ↔ Excel characters of about 7 px; Sheets' automatic format ↔
 * Excel's General); anything a host writes on its own shows up here as a difference.
 */
import type ExcelJS from 'exceljs';
import { distinctResponsables } from '../../src/core/summary';
import { builtinTemplate } from '../../src/core/template/builtin';
import { columnLetter } from '../../src/core/tracker/a1';
import { initialMatrizRows } from '../../src/core/tracker/initial';
import { defaultLayout } from '../../src/core/tracker/layout';
import { tableroLayout } from '../../src/core/tracker/tablero';
import { CONFIG_COLUMN_WIDTHS, CONFIG_ROWS, configRow } from '../../src/core/tracker/configuracion';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import { ROLE_HEADER_FILL } from '../../src/core/tracker/styles';
import type { ColumnSpec } from '../../src/core/tracker/types';
import { trackerFromTemplate } from '../../src/node/tracker-data';
import { createEnvironment, type FakeSpreadsheet } from '../fakes';
import { DEFAULT_FORMAT } from '../fakes/spreadsheet/cell';
import { exportToTemp, readBack } from '../node/support/export-file';
import { loadGas } from '../support/gas-harness';

type Sheets = FakeSpreadsheet;
type Excel = ExcelJS.Workbook;

/** A rendered property, as each host shows it, in one comparable form. */
interface Rule {
  readonly name: string;
  readonly sheets: (ss: Sheets) => unknown;
  readonly excel: (wb: Excel) => unknown;
}

const sheetOf = (wb: Excel, name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
/** Excel widths are characters of about 7 px, kept to a tenth: back to whole pixels. */
const px = (chars: number | undefined): number => Math.round((chars ?? 0) * 7);
/** Sheets' automatic format and Excel's General are the same rule: no fixed pattern. */
const automatic = (f: string | undefined): string => (f === undefined || f === '' || f === DEFAULT_FORMAT || f === 'General' ? '(automático)' : f);
const hex = (color: string | undefined): string => (color ?? '').replace(/^#|^FF/i, '').toLowerCase();

function widthRules(sheet: string, columns: readonly ColumnSpec<string>[]): Rule[] {
  return columns.map((c, i) => ({
    name: `${sheet} › ${c.header}: width`,
    sheets: (ss) => ss.sheet(sheet).getColumnWidth(i + 1),
    excel: (wb) => px(sheetOf(wb, sheet).getColumn(i + 1).width),
  }));
}

function formatRules(sheet: string, columns: readonly ColumnSpec<string>[], row: number): Rule[] {
  return columns.map((c, i) => ({
    name: `${sheet} › ${c.header}: number format`,
    sheets: (ss) =>
      automatic(
        ss
          .sheet(sheet)
          .getRange(row, i + 1)
          .getNumberFormat(),
      ),
    excel: (wb) => automatic(sheetOf(wb, sheet).getCell(row, i + 1).numFmt),
  }));
}

/** Header row: who fills the column (its colour) and what it means (its note). */
function headerRules(sheet: string, columns: readonly ColumnSpec<string>[]): Rule[] {
  return columns.flatMap((c, i): Rule[] => [
    {
      name: `${sheet} › ${c.header}: header colour`,
      sheets: (ss) =>
        hex(
          ss
            .sheet(sheet)
            .getRange(1, i + 1)
            .getBackground(),
        ),
      excel: (wb) => hex((sheetOf(wb, sheet).getCell(1, i + 1).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb),
    },
    {
      name: `${sheet} › ${c.header}: header note`,
      sheets: (ss) =>
        ss
          .sheet(sheet)
          .getRange(1, i + 1)
          .getNote(),
      excel: (wb) => {
        const note = sheetOf(wb, sheet).getCell(1, i + 1).note;
        return typeof note === 'string' ? note : (note?.texts ?? []).map((t) => t.text).join('');
      },
    },
  ]);
}

/** A data-validation as "kind | strict | help": Sheets' criteria and Excel's types named as the description does. */
const SHEETS_KIND: Readonly<Record<string, string>> = { VALUE_IN_RANGE: 'list', DATE_IS_VALID_DATE: 'date', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'numberAtLeast' };
const EXCEL_KIND: Readonly<Record<string, string>> = { list: 'list', date: 'date', decimal: 'numberAtLeast' };

function validationRules(sheet: string, columns: readonly ColumnSpec<string>[], row: number): Rule[] {
  return columns.flatMap((c, i): Rule[] =>
    c.validation
      ? [
          {
            name: `${sheet} › ${c.header}: validation`,
            sheets: (ss) => {
              const v = ss
                .sheet(sheet)
                .getRange(row, i + 1)
                .getDataValidation();
              return v ? `${SHEETS_KIND[String(v.getCriteriaType())] ?? String(v.getCriteriaType())} | ${!v.getAllowInvalid()} | ${v.getHelpText()}` : '(none)';
            },
            excel: (wb) => {
              const v = sheetOf(wb, sheet).getCell(row, i + 1).dataValidation;
              return v?.type ? `${EXCEL_KIND[v.type] ?? v.type} | ${v.errorStyle !== 'warning'} | ${v.prompt ?? ''}` : '(none)';
            },
          },
        ]
      : [],
  );
}

/** Row highlights as "condition | background | font | columns", sorted. */
function highlights(sheet: string): Rule {
  return {
    name: `${sheet}: highlight rules`,
    sheets: (ss) =>
      ss
        .sheet(sheet)
        .getConditionalFormatRules()
        .flatMap((r) => {
          const b = r.getBooleanCondition();
          if (!b) return [];
          const cols = r
            .getRanges()
            .map((g) => g.getA1Notation().replace(/\d+/g, '').split(':')[0])
            .join(' ');
          return [`${String(b.getCriteriaValues()[0]).replace(/^=/, '')} | ${hex(b.getBackground() ?? '')} | ${hex(b.getFontColor() ?? '')} | ${cols}`];
        })
        .sort(),
    excel: (wb) => {
      const cf = (sheetOf(wb, sheet) as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
      return cf
        .flatMap((c) =>
          c.rules.flatMap((r) => {
            if (r.type !== 'expression') return [];
            const style = (r as ExcelJS.ExpressionRuleType).style;
            const fill = style?.fill as ExcelJS.FillPattern | undefined;
            const cols = c.ref
              .split(' ')
              .map((g) => g.replace(/\d+/g, '').split(':')[0])
              .join(' ');
            return [`${(r as ExcelJS.ExpressionRuleType).formulae?.[0]} | ${hex(fill?.bgColor?.argb)} | ${hex(style?.font?.color?.argb)} | ${cols}`];
          }),
        )
        .sort();
    },
  };
}

const RULES: readonly Rule[] = [
  ...widthRules(SHEET.matriz, MATRIZ_COLUMNS),
  ...widthRules(SHEET.fases, FASES_COLUMNS),
  ...widthRules(SHEET.seguimiento, SEGUIMIENTO_COLUMNS),
  ...CONFIG_COLUMN_WIDTHS.map((_, i): Rule => ({
    name: `${SHEET.configuracion} › column ${'ABC'[i]}: width`,
    sheets: (ss) => ss.sheet(SHEET.configuracion).getColumnWidth(i + 1),
    excel: (wb) => px(sheetOf(wb, SHEET.configuracion).getColumn(i + 1).width),
  })),
  ...headerRules(SHEET.matriz, MATRIZ_COLUMNS),
  ...headerRules(SHEET.fases, FASES_COLUMNS),
  ...headerRules(SHEET.seguimiento, SEGUIMIENTO_COLUMNS),
  ...validationRules(SHEET.matriz, MATRIZ_COLUMNS, 2),
  ...validationRules(SHEET.fases, FASES_COLUMNS, 2),
  ...formatRules(SHEET.matriz, MATRIZ_COLUMNS, 2),
  ...formatRules(SHEET.fases, FASES_COLUMNS, 2),
  ...CONFIG_ROWS.map((r): Rule => ({
    name: `${SHEET.configuracion} › ${r.label}: number format`,
    sheets: (ss) => automatic(ss.sheet(SHEET.configuracion).getRange(configRow(r.key), 2).getNumberFormat()),
    excel: (wb) => automatic(sheetOf(wb, SHEET.configuracion).getCell(configRow(r.key), 2).numFmt),
  })),
  ...tableroLayout(
    defaultLayout(MATRIZ_COLUMNS),
    distinctResponsables(initialMatrizRows(builtinTemplate()).map((m) => String(m.get('responsables') ?? ''))),
  ).cells.map((c): Rule => ({
    name: `${SHEET.tablero} › ${columnLetter(c.col)}${c.row} (${c.value ?? c.formula}): number format`,
    sheets: (ss) => automatic(ss.sheet(SHEET.tablero).getRange(c.row, c.col).getNumberFormat()),
    excel: (wb) => automatic(sheetOf(wb, SHEET.tablero).getCell(c.row, c.col).numFmt),
  })),
  ...[1, 2, 3, 4, 5].map((col): Rule => ({
    name: `${SHEET.tablero} › column ${columnLetter(col)}: width`,
    sheets: (ss) => ss.sheet(SHEET.tablero).getColumnWidth(col),
    excel: (wb) => px(sheetOf(wb, SHEET.tablero).getColumn(col).width),
  })),
  highlights(SHEET.matriz),
  highlights(SHEET.fases),
];

let sheets: Sheets;
let excel: Excel;
beforeAll(async () => {
  const h = await loadGas({ env: createEnvironment(), now: new Date(Date.UTC(2025, 10, 20, 15, 0)) });
  h.call('onOpen', { authMode: 'LIMITED' });
  h.runMenuItem('Preparar o reparar la hoja');
  h.choosePlan();
  sheets = h.spreadsheet;
  excel = await readBack(await exportToTemp(trackerFromTemplate(builtinTemplate()), 'render.xlsx'));
});

test.each(RULES.map((r) => [r.name, r] as const))('%s is the same in Sheets and in Excel', (_, rule) => {
  const inSheets = rule.sheets(sheets);
  expect(rule.excel(excel)).toEqual(inSheets);
});

test("the comparison sees something: highlight rules exist and widths are the description's", () => {
  expect((RULES.find((r) => r.name === `${SHEET.matriz}: highlight rules`)?.sheets(sheets) as string[]).length).toBeGreaterThan(0);
  expect(sheets.sheet(SHEET.configuracion).getColumnWidth(3)).toBe(CONFIG_COLUMN_WIDTHS[2]);
  const first = MATRIZ_COLUMNS[0];
  expect(RULES.find((r) => r.name === `${SHEET.matriz} › ${first.header}: header colour`)?.sheets(sheets)).toBe(hex(ROLE_HEADER_FILL[first.role]));
  expect(RULES.find((r) => r.name === `${SHEET.matriz} › ${first.header}: header note`)?.sheets(sheets)).toBe(first.note);
  const validated = MATRIZ_COLUMNS.filter((c) => c.validation);
  expect(validated.length).toBeGreaterThan(0);
  for (const c of validated)
    expect(RULES.find((r) => r.name === `${SHEET.matriz} › ${c.header}: validation`)?.sheets(sheets)).toMatch(new RegExp(`^${c.validation?.kind} \\| `));
});
