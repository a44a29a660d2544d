import type ExcelJS from 'exceljs';
import type { MatrizRow } from '../../core/grid/matriz';
import { namedPeople, type ParsedResponsables } from '../../core/grid/responsables';
import { personKey } from '../../core/reminders/people';
import { RESPONSABLES_COLUMNS } from '../../core/tracker/responsables';
import { SECTION_HEADER, excelWidth } from '../styles';

/**
 * «Responsables»: the directory read back from a downloaded copy (names and addresses as written),
 * then a row (no address) for each person the Matriz names that it does not list, as Preparar adds.
 */
export function writeResponsables(ws: ExcelJS.Worksheet, read: Pick<ParsedResponsables, 'directory' | 'written'>, rows: readonly MatrizRow[]): void {
  const header = ws.getRow(1);
  header.values = RESPONSABLES_COLUMNS.map((c) => c.header);
  header.eachCell((c, i) => {
    c.style = { ...c.style, ...SECTION_HEADER };
    c.note = RESPONSABLES_COLUMNS[i - 1]?.note ?? '';
  });
  RESPONSABLES_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = excelWidth(c.width);
  });
  const listed = read.written.map((w) => [w.name, w.correos]);
  const missing = namedPeople(rows)
    .filter((p) => !read.directory.has(personKey(p)))
    .map((p) => [p, '']);
  [...listed, ...missing].forEach((line, i) => {
    ws.getRow(2 + i).values = line;
  });
}
