import { MIN_PRINT_SCALE, PRINTABLE_WIDTH_PX, columnPages } from '../../src/node/sheets/print-columns';
import { matrizPrint } from '../../src/node/sheets/matriz';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';

describe('pages of columns', () => {
  test('a sheet that fits prints on one page at 100 %, with no breaks', () => {
    expect(columnPages([60, 280, 200], ['t', 't', 'a'], 2)).toEqual({ breaks: [], scalePercent: 100 });
  });

  test('a group that would not fit whole in what is left starts the next page; the scale never goes under the floor', () => {
    const widths = [60, 280, 400, 300, 300, 200];
    const p = columnPages(widths, ['t', 't', 'a', 'b', 'b', 'c'], 2);
    expect(p.breaks).toEqual([3, 5]); // a | b b | c: «b» does not fit after «a», «c» not after «b b»
    expect(p.scalePercent).toBeGreaterThanOrEqual(MIN_PRINT_SCALE * 100);
    expect(p.scalePercent).toBeLessThanOrEqual(100);
  });

  test('a group wider than a page is cut between its columns, never a column across pages', () => {
    const p = columnPages([60, 280, ...Array.from({ length: 10 }, () => 200)], ['t', 't', ...Array.from({ length: 10 }, () => 'x')], 2);
    expect(p.breaks.length).toBeGreaterThan(1);
    expect(p.scalePercent).toBeGreaterThanOrEqual(MIN_PRINT_SCALE * 100);
  });

  test('the Matriz: five pages of whole groups, each with ID and Acción, none wider than the paper at its scale', () => {
    const p = matrizPrint(0);
    expect(p.titleColumns).toBe('A:B');
    expect(p.breaks).toHaveLength(4);
    const edges = [2, ...p.breaks, MATRIZ_COLUMNS.length];
    const titles = MATRIZ_COLUMNS[0].width + MATRIZ_COLUMNS[1].width;
    for (let i = 0; i + 1 < edges.length; i++) {
      const page = MATRIZ_COLUMNS.slice(edges[i], edges[i + 1]).reduce((a, c) => a + c.width, titles);
      expect((page * p.scalePercent) / 100).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
    }
    // The figures a person compares stay side by side: Numerador, Denominador and Meta on one page.
    const pageOf = (key: string): number => {
      const index = MATRIZ_COLUMNS.findIndex((c) => c.key === key);
      return edges.filter((e) => e <= index).length;
    };
    expect(pageOf('numerador')).toBe(pageOf('denominador'));
    expect(pageOf('denominador')).toBe(pageOf('meta'));
  });
});
