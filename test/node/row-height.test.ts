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
