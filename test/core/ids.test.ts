import { assignMissingIds, idRuns, idsAssignedText } from '../../src/core/grid/ids';
import { looksLikeMatriz } from '../../src/core/grid/matriz';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { foldForMatch } from '../../src/core/text';
import { PASTED_HEADERS } from '../support/pasted-matrix';

const rows = (...ids: string[]) => ids.map((id, i) => ({ row: i + 2, id }));

describe('IDs for rows without one', () => {
  test('continue the plan numbering after the highest action, sub-indicators included', () => {
    expect(assignMissingIds(rows('A1', 'A2.1', 'A2.2', 'A3', '', 'A6', ''))).toEqual([
      { row: 6, id: 'A7' },
      { row: 8, id: 'A8' },
    ]);
  });
  test('a numbered column continues as numbers; none at all starts at A1', () => {
    expect(assignMissingIds(rows('1', '2', '', '2', '')).map((a) => a.id)).toEqual(['3', '4']);
    expect(assignMissingIds(rows('', '', '')).map((a) => a.id)).toEqual(['A1', 'A2', 'A3']);
  });
  test('the prefix most IDs use, case ignored; free-form IDs are kept and not counted', () => {
    expect(assignMissingIds(rows('B1', 'b2', 'A9', 'PLAN-X', '')).map((a) => a.id)).toEqual(['B3']);
  });
  test('nothing to assign when every row has an ID (a repeated one is not changed)', () => {
    expect(assignMissingIds(rows('A1', 'A1'))).toEqual([]);
  });
  test('runs of adjacent rows make one range each, and the sentence names IDs and cells', () => {
    const a = assignMissingIds([
      { row: 4, id: '' },
      { row: 5, id: '' },
      { row: 9, id: '' },
    ]);
    expect(idRuns(a).map((r) => r.map((x) => x.row))).toEqual([[4, 5], [9]]);
    expect(idsAssignedText('Matriz', a, 1, 'celdas')).toBe(
      'Se asignaron 3 ID de la hoja «Matriz», a filas que tenían datos y no tenían ID: A1 a A2 en A4:A5 y A3 en A9.',
    );
    expect(idsAssignedText('Matriz', a.slice(0, 1), 2, 'celdas')).toBe(
      'Se asignó el ID A1 en la celda B4 de la hoja «Matriz»: la fila tenía datos y no tenía ID.',
    );
  });
});

describe('header aliases', () => {
  test('no header or alias names two columns (each folds to one column only)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of MATRIZ_COLUMNS)
      for (const name of [c.header, ...c.aliases]) {
        const f = foldForMatch(name);
        const other = seen.get(f);
        if (other !== undefined && other !== c.key) clashes.push(`${name}: ${other} and ${c.key}`);
        seen.set(f, c.key);
      }
    expect(clashes).toEqual([]);
  });
  test('a matrix with its own headers is recognised; another table is not', () => {
    expect(looksLikeMatriz(PASTED_HEADERS.map(([h]) => h))).toBe(true);
    expect(looksLikeMatriz(['Actividad', 'Responsable(s)', 'Periodicidad'])).toBe(true);
    expect(looksLikeMatriz(['Rubro', 'Valor', 'Responsable'])).toBe(false);
    expect(looksLikeMatriz([])).toBe(false);
  });
});
