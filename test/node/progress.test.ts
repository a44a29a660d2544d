import { progressReporter } from '../../src/node/progress';

test('progress lines appear only once the export has taken more than a second', () => {
  let clock = 0;
  const lines: string[] = [];
  const progress = progressReporter((l) => lines.push(l), () => clock);
  clock = 400;
  progress('Matriz');
  expect(lines).toEqual([]);
  clock = 1500;
  progress('Seguimiento: 5.000 filas');
  expect(lines).toEqual(['Exportando… Seguimiento: 5.000 filas (1.5 s)']);
});
