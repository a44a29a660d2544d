/**
 * Bad grids a person (or time) can make: each mutation changes the fake directly, as a person
 * typing or deleting would, without counting script calls.
 */
import { CONFIG_ROWS } from '../../../src/core/tracker/configuracion';
import { MATRIZ_COLUMNS } from '../../../src/core/tracker/matriz';
import { SHEET } from '../../../src/core/tracker/names';
import { writeInput } from '../../fakes/spreadsheet/cell';
import type { Booted } from '../support';
import type { Random } from './random';

type Mutation = (b: Booted, r: Random) => string;

const GARBAGE: readonly (string | number | boolean | Date)[] = [
  'doce',
  '1,5',
  '=1+1',
  '\'=HYPERLINK("http://x")',
  '31/02/2024',
  '2024-13-01',
  -4,
  1e308,
  0,
  true,
  'TRUE',
  new Date(Date.UTC(1899, 11, 30)),
  new Date(Date.UTC(9999, 11, 31)),
  '<b>x</b>',
  '  ',
  'x'.repeat(3000),
  '#N/A',
  'NaN',
];

const sheetOf = (b: Booted, name: string) => b.ss.sheets.find((s) => s.name === name) ?? null;

const MUTATIONS: readonly (readonly [string, Mutation])[] = [
  [
    'header cleared',
    (b, r) => {
      const s = sheetOf(b, r.pick([SHEET.matriz, SHEET.fases, SHEET.seguimiento]));
      if (!s || s.lastColumn() === 0) return 'none';
      const c = 1 + r.int(s.lastColumn());
      const cell = s.cell(1, c);
      if (cell) {
        cell.value = '';
        cell.formula = '';
      }
      return `${s.name}!R1C${c} cleared`;
    },
  ],
  [
    'person formula in a header cell',
    (b, r) => {
      const s = sheetOf(b, r.pick([SHEET.matriz, SHEET.fases]));
      if (!s) return 'none';
      const c = 1 + r.int(Math.max(1, s.lastColumn()));
      writeInput(s.ensure(1, c), r.pick(['=""', '=CONCAT("Mi ","columna")', '=IF(1,"","")']), b.ss.timeZone);
      return `${s.name}!R1C${c} formula`;
    },
  ],
  [
    'garbage in an input cell',
    (b, r) => {
      const s = sheetOf(b, SHEET.matriz);
      if (!s || s.lastRow() < 2) return 'none';
      const inputs = MATRIZ_COLUMNS.map((c, i) => ({ c, i })).filter(({ c }) => c.role === 'input');
      const { i } = r.pick(inputs);
      const row = 2 + r.int(s.lastRow() - 1);
      const cell = s.ensure(row, i + 1);
      if (r.chance(0.3)) cell.numberFormat = '@';
      writeInput(cell, r.pick(GARBAGE), b.ss.timeZone);
      return `Matriz!R${row}C${i + 1} garbage`;
    },
  ],
  [
    'computed cell typed over',
    (b, r) => {
      const s = sheetOf(b, SHEET.matriz);
      if (!s || s.lastRow() < 2) return 'none';
      const computed = MATRIZ_COLUMNS.map((c, i) => ({ c, i })).filter(({ c }) => c.role === 'computed');
      const { i } = r.pick(computed);
      const row = 2 + r.int(s.lastRow() - 1);
      writeInput(s.ensure(row, i + 1), r.pick(['Al día', 0.7, 'Verde', '']), b.ss.timeZone);
      return `Matriz!R${row}C${i + 1} typed over`;
    },
  ],
  [
    'person formula in a content cell',
    (b, r) => {
      const s = sheetOf(b, SHEET.matriz);
      if (!s || s.lastRow() < 2) return 'none';
      const col = 1 + MATRIZ_COLUMNS.findIndex((c) => c.key === r.pick(['numerador', 'denominador', 'observaciones']));
      const row = 2 + r.int(s.lastRow() - 1);
      writeInput(s.ensure(row, col), '=2+3', b.ss.timeZone);
      return `Matriz!R${row}C${col} person formula`;
    },
  ],
  [
    'sheet deleted',
    (b, r) => {
      const name = r.pick([SHEET.configuracion, SHEET.listas, SHEET.seguimiento, SHEET.tablero, SHEET.fases]);
      const s = sheetOf(b, name);
      if (!s || b.ss.sheets.length <= 1) return 'none';
      b.ss.deleteSheet(s as never);
      return `${name} deleted`;
    },
  ],
  [
    'setting deleted',
    (b, r) => {
      const s = sheetOf(b, SHEET.configuracion);
      if (!s) return 'none';
      const row = 2 + r.int(CONFIG_ROWS.length);
      for (let c = 1; c <= 3; c++) {
        const cell = s.cell(row, c);
        if (cell) {
          cell.value = '';
          cell.formula = '';
        }
      }
      return `Configuración row ${row} cleared`;
    },
  ],
  [
    'Matriz renamed',
    (b) => {
      const s = sheetOf(b, SHEET.matriz);
      if (!s) return 'none';
      s.name = 'Matriz (vieja)';
      return 'Matriz renamed';
    },
  ],
  [
    'rows removed at the end',
    (b, r) => {
      const s = sheetOf(b, r.pick([SHEET.matriz, SHEET.fases]));
      if (!s || s.maxRows < 20) return 'none';
      s.deleteRows(s.maxRows - 5, 5);
      return `${s.name} shrunk`;
    },
  ],
  [
    'a person chart on the Tablero',
    (b) => {
      const s = sheetOf(b, SHEET.tablero);
      if (!s) return 'none';
      s.insertChart(s.newChart().addRange(s.getRange('A1:B3')).setOption('title', 'Cumplimiento por indicador').build());
      return 'person chart';
    },
  ],
  [
    'garbage in Seguimiento',
    (b, r) => {
      const s = sheetOf(b, SHEET.seguimiento);
      if (!s) return 'none';
      const row = 2 + r.int(5);
      writeInput(s.ensure(row, 1 + r.int(5)), r.pick(GARBAGE), b.ss.timeZone);
      return `Seguimiento!R${row} garbage`;
    },
  ],
];

/** Applies `count` random mutations; returns what was done (for the failure message). */
export function mutate(b: Booted, r: Random, count: number): string[] {
  const done: string[] = [];
  for (let i = 0; i < count; i++) {
    const [name, m] = r.pick(MUTATIONS);
    done.push(`${name}: ${m(b, r)}`);
  }
  b.env.calls.reset();
  return done;
}
