/**
 * A row of plain values (text, numbers, yes/no, dates, links) as sheet XML, in the very form
 * exceljs's row and cell serialisers give it (lib/xlsx/xform/sheet/row-xform.js, cell-xform.js):
 * the same attributes in the same order, text through the shared-string table, links through the
 * sheet's relationships. exceljs builds a Row, a Cell and a model for every value and renders
 * them node by node; for a long history that is most of the export's time, so the streamed sheets
 * whose rows hold no formula (Seguimiento) are written from here instead.
 */
import { columnLetter } from '../core/tracker/a1';
import { dateOf } from './sheets/values';
import type { OutValue } from './tracker-data';

/** A cell's value; undefined (or null) leaves the cell out, as exceljs does with an empty unstyled cell. */
export type PlainValue = OutValue | undefined;

/** exceljs's ValueType of each kind of value (lib/doc/enums.js): the style of a format-less column depends on it. */
const VALUE_TYPE = { number: 2, string: 3, date: 4, hyperlink: 5, boolean: 9 } as const;

/** Where the row's text, links and styles go: the workbook's tables, the sheet's relationships. */
export interface RowSink {
  /** The style id of column `index` (0-based) for a value of exceljs type `valueType`. */
  styleId(index: number, valueType: number): number;
  sharedString(text: string): number;
  hyperlink(address: string, target: string): void;
}

const LETTERS: string[] = [];
function letter(index: number): string {
  return (LETTERS[index] ??= columnLetter(index + 1));
}

/** The serial exceljs writes for a date cell: its Date (dateOf, as the exceljs path makes it) by exceljs's dateToExcel. */
function writtenSerial(serial: number): number {
  return 25569 + dateOf(serial).getTime() / 86_400_000;
}

function cellXml(address: string, value: Exclude<PlainValue, null | undefined>, index: number, sink: RowSink): string {
  if (typeof value === 'string') return cell(address, sink.styleId(index, VALUE_TYPE.string), 's', sink.sharedString(value));
  if (typeof value === 'number') return cell(address, sink.styleId(index, VALUE_TYPE.number), '', value);
  if (typeof value === 'boolean') return cell(address, sink.styleId(index, VALUE_TYPE.boolean), 'b', value ? 1 : 0);
  if ('date' in value) return cell(address, sink.styleId(index, VALUE_TYPE.date), '', writtenSerial(value.date));
  // Style and string first, then the link, in the order exceljs's cell serialiser takes them.
  const style = sink.styleId(index, VALUE_TYPE.hyperlink);
  const text = sink.sharedString(value.text);
  sink.hyperlink(address, value.link);
  return cell(address, style, 's', text);
}

function cell(address: string, style: number, type: '' | 's' | 'b', v: number): string {
  return `<c r="${address}"${style ? ` s="${style}"` : ''}${type ? ` t="${type}"` : ''}><v>${v}</v></c>`;
}

/**
 * Row `rowNumber` with `values` from column A, `height` in points when it is not the default. An
 * empty row without a height gives '' (exceljs writes nothing for it either).
 */
export function rowXml(rowNumber: number, values: readonly PlainValue[], height: number | undefined, sink: RowSink): string {
  let cells = '';
  let min = 0;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined || value === null) continue;
    if (!min) min = i + 1;
    max = i + 1;
    cells += cellXml(`${letter(i)}${rowNumber}`, value, i, sink);
  }
  if (!cells && !height) return '';
  const ht = height ? ` ht="${height}" customHeight="1"` : '';
  const spans = min > 0 ? ` spans="${min}:${max}"` : '';
  return `<row r="${rowNumber}"${ht}${spans} x14ac:dyDescent="0.25">${cells}</row>`;
}
