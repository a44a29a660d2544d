import { wrappedLines, wrappedRowHeight, LINE_HEIGHT_PT } from '../../src/node/sheets/row-height';
import { matrizColumn } from '../../src/core/tracker/matriz';

const accion = matrizColumn('accion'); // long text, 280 px
const id = matrizColumn('id');

test('a long action is given as many lines as it needs at its column width, so no text is hidden', () => {
  const text =
    'Garantizar a través de los distintos recursos de la Administración Municipal, la Conectividad necesaria y suficiente para la sostenibilidad de la Estrategia.';
  const h = wrappedRowHeight(['A1', text], [id, accion]);
  // 280 px hold about 41 characters: 155 characters need 4 lines.
  expect(h).toBe(4 * LINE_HEIGHT_PT);
});

test('short text and unwrapped columns keep the default height; line breaks count', () => {
  expect(wrappedRowHeight(['A1', 'Conectividad'], [id, accion])).toBeUndefined();
  expect(wrappedRowHeight(['x'.repeat(500), ''], [id, accion])).toBeUndefined(); // ID does not wrap
  expect(wrappedRowHeight(['A1', 'uno\ndos\ntres'], [id, accion])).toBe(3 * LINE_HEIGHT_PT);
  expect(wrappedRowHeight(['A1', 'x'.repeat(100_000)], [id, accion])).toBe(409);
});

test('wrapping goes word by word, as a cell wraps', () => {
  expect(wrappedLines('Comité Gel-t- Alcalde Municipal - Secretarios', 20)).toBe(3); // "Comité Gel-t-" | "Alcalde Municipal -" | "Secretarios"
  expect(wrappedLines('uno dos', 7)).toBe(1);
  expect(wrappedLines('uno dos', 6)).toBe(2);
  expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
  expect(wrappedLines('', 10)).toBe(1);
});

/** Wrapping as the words split by JavaScript's \s would wrap: the plain reading of the rule, to check the one-pass count against. */
function linesBySplitting(text: string, width: number): number {
  let total = 0;
  for (const paragraph of text.split('\n')) {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= width) used = need;
      else {
        if (used > 0) lines++;
        lines += Math.floor((word.length - 1) / width);
        used = word.length % width || width;
      }
    }
    total += lines;
  }
  return total;
}

test('the one-pass count agrees with splitting into words, for any text and width', () => {
  // Letters, every kind of space JavaScript's \s knows (tabs, no-break and ideographic spaces), and line breaks.
  const alphabet = ['a', 'b', 'é', 'ñ', '-', ' ', ' ', '\t', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\n'];
  let seed = 7;
  const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let k = 0; k < 3000; k++) {
    const text = Array.from({ length: next(90) }, () => alphabet[next(alphabet.length)]).join('');
    const width = 1 + next(30);
    expect([text, width, wrappedLines(text, width)]).toEqual([text, width, linesBySplitting(text, width)]);
  }
});
