/**
 * A matrix a municipality brings, through the bundle and the enforcing fakes: a new spreadsheet whose
 * only sheet holds its own matrix (its header names, its order, a numbered column with gaps and a
 * repeated number, its own column, frequencies written its way and one nobody knows). Preparar asks
 * the plan, takes that sheet as the Matriz, finds every column by header or alias, writes IDs into the
 * empty ID cells only (and says which, where), and reports what it cannot fix with sheet and cell.
 */
import { utcDateFromSerial } from '../../src/core/calendar';
import { msg } from '../../src/core/messages';
import { a1 } from '../../src/core/tracker/a1';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import type { FixtureCell } from '../fakes';
import { PASTED_FILLED_ROWS, PASTED_HEADERS, PASTED_IDS, pastedCol, pastedGrid, type PastedCell } from '../support/pasted-matrix';
import { emptyTracker, PREPARAR, prepareNew, VALIDAR } from './fixtures';
import { click, lastMessage, type Booted } from './support';

/** A date as Sheets hands it to a script: midnight in Bogotá (UTC−5). */
const asTyped = (v: PastedCell): FixtureCell =>
  v !== null && typeof v === 'object' ? new Date(utcDateFromSerial(v.date).getTime() + 5 * 3_600_000) : (v ?? '');

function broughtMatrix(sheetName = 'Hoja 1', grid: PastedCell[][] = pastedGrid()): Booted {
  return emptyTracker({ sheets: { [sheetName]: grid.map((line) => line.map(asTyped)) } });
}

const cellText = (v: unknown): string => (v instanceof Date ? `date:${v.getTime()}` : `${typeof v}:${String(v)}`);

test('Preparar asks the plan, adopts the sheet, fills only the empty ID cells and says which', () => {
  const b = broughtMatrix();
  const typed = b.ss.sheet('Hoja 1').peekValues();
  prepareNew(b);

  const m = b.ss.sheet(SHEET.matriz);
  expect(b.ss.findSheet('Hoja 1')).toBeNull();
  const after = m.peekValues();
  // Every cell the person typed is as it was; the only new values in their columns are the IDs.
  const changed: string[] = [];
  typed.forEach((line, r) =>
    line.forEach((v, c) => {
      if (cellText(after[r][c]) !== cellText(v)) changed.push(`${a1(r + 1, c + 1)}: ${cellText(v)} → ${cellText(after[r][c])}`);
    }),
  );
  expect(changed).toEqual(PASTED_FILLED_ROWS.map((row, i) => `${a1(row, pastedCol('id'))}: string: → string:${['3', '4', '5', '6'][i]}`));
  expect(after.slice(1, 8).map((line) => String(line[pastedCol('id') - 1]))).toEqual(PASTED_IDS);
  // Their headers stay; the tracker's missing columns come after their last one.
  expect(after[0].slice(0, PASTED_HEADERS.length)).toEqual(PASTED_HEADERS.map(([h]) => h));
  const added = after[0].slice(PASTED_HEADERS.length).filter((h) => h !== '');
  expect(added).toEqual(MATRIZ_COLUMNS.filter((c) => !PASTED_HEADERS.some(([, k]) => k === c.key)).map((c) => c.header));

  const summary = lastMessage(b);
  expect(summary).toContain(msg.matrizAdopted('Hoja 1'));
  expect(summary).toContain('Se asignaron 4 ID de la hoja «Matriz», a filas que tenían datos y no tenían ID: 3 a 4 en A4:A5 y 5 a 6 en A7:A8.');

  // What it cannot fix is reported where it is: the repeated number, the unknown frequency.
  click(b, VALIDAR);
  const sidebar = lastMessage(b);
  expect(sidebar).toContain(msg.duplicateId('2', a1(3, pastedCol('id'))));
  expect(sidebar).toContain(`data-celda="${a1(6, pastedCol('id'))}"`);
  expect(sidebar).toContain(msg.unknownFrequency('Quincenal'));
  expect(sidebar).toContain(`data-celda="${a1(7, pastedCol('frecuencia'))}"`);
  // Every other frequency was recognised (Trimestral, Mensual, bimestral, Cada 3 meses, Semestral, Anual).
  expect(sidebar.match(/no está en la tabla de frecuencias/g)).toHaveLength(1);
  expect(sidebar).not.toContain(msg.missingId());

  // A second Preparar finds nothing to do: no ID is assigned twice.
  click(b, PREPARAR);
  expect(lastMessage(b)).toMatch(/no fue necesario cambiar nada/);
  expect(
    m
      .peekValues()
      .slice(1, 8)
      .map((line) => String(line[0])),
  ).toEqual(PASTED_IDS);
});

test('a sheet named Matriz holding a matrix without IDs gets A1… in the ID column Preparar adds; a typed ID is never moved', () => {
  // No numbered column: the ID column Preparar adds is filled from A1. (A Matriz exists: no plan to ask.)
  const noId = pastedGrid().map((line) => line.filter((_, c) => PASTED_HEADERS[c][1] !== 'id'));
  const b = broughtMatrix(SHEET.matriz, noId);
  click(b, PREPARAR);
  const m = b.ss.sheet(SHEET.matriz);
  const header = m.peekValues()[0];
  const idCol = header.indexOf('ID') + 1;
  expect(idCol).toBeGreaterThan(noId[0].length);
  const ids = m
    .peekValues()
    .slice(1, 8)
    .map((line) => String(line[idCol - 1]));
  expect(ids).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
  const col = a1(1, idCol).replace(/\d+$/, '');
  expect(lastMessage(b)).toContain(`Se asignaron los ID A1 a A7 en las celdas ${col}2:${col}8 de la hoja «Matriz»: esas filas tenían datos y no tenían ID.`);

  // A person adds a row and types an ID out of sequence: the next blank row continues after the highest.
  m.getRange(9, 1).setValue('Nueva actividad');
  m.getRange(10, 1).setValue('Otra');
  m.getRange(10, idCol).setValue('A20');
  click(b, PREPARAR);
  expect(String(m.peekValues()[8][idCol - 1])).toBe('A21');
  expect(String(m.peekValues()[9][idCol - 1])).toBe('A20');
});

test('a sheet that is no matrix is left alone: the plan goes into a new Matriz beside it', () => {
  const b = emptyTracker({
    sheets: {
      Presupuesto: [
        ['Rubro', 'Valor'],
        ['Papelería', 1200],
      ],
    },
  });
  prepareNew(b);
  expect(b.ss.findSheet('Presupuesto')?.peekValues()).toEqual([
    ['Rubro', 'Valor'],
    ['Papelería', 1200],
  ]);
  expect(lastMessage(b)).toMatch(/quedó lista/);
  expect(b.ss.sheet(SHEET.matriz).peekValues()[1][0]).toBe('A1');
});
