import type { SeguimientoKey } from '../../src/core/tracker/seguimiento';
import { progressReporter } from '../../src/node/progress';
import type { OutValue } from '../../src/node/tracker-data';

test('progress lines appear only once the export has taken more than a second', () => {
  let clock = 0;
  const lines: string[] = [];
  const progress = progressReporter(
    (l) => lines.push(l),
    () => clock,
  );
  clock = 400;
  progress('Matriz');
  expect(lines).toEqual([]);
  clock = 1500;
  progress('Seguimiento: 5.000 filas');
  expect(lines).toEqual(['Exportando… Seguimiento: 5.000 filas (1.5 s)']);
});

describe('a long export reports each phase and how far it got', () => {
  test('sheets in order, Seguimiento rows counted against the total, zipping last; reading it back counts rows per sheet', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const { builtinTemplate } = await import('../../src/core/template/builtin');
    const { tableOf, trackerFromTemplate } = await import('../../src/node/tracker-data');
    const { writeWorkbook } = await import('../../src/node/workbook');
    const { NOW, TODAY } = await import('./support/plans');
    const rows = Array.from(
      { length: 10_500 },
      (_, i) =>
        new Map<SeguimientoKey, OutValue>([
          ['id', 'A1'],
          ['corte', { date: TODAY - (i % 300) }],
          ['valor', 0.5],
        ]),
    );
    const data = { ...trackerFromTemplate(builtinTemplate()), seguimiento: tableOf(rows) };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gel-progress-'));
    const steps: string[] = [];
    const reading: string[] = [];
    try {
      await writeWorkbook(data, path.join(dir, 'x.xlsx'), { today: TODAY, now: NOW, onProgress: (s) => steps.push(s) });
      // Reading that export back as an input tells each sheet it reads and how far it got.
      const { readInput } = await import('../../src/node/read-input');
      await readInput(path.join(dir, 'x.xlsx'), builtinTemplate(), (s) => reading.push(s));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    const seguimientoAt = steps.indexOf('escribiendo Seguimiento');
    expect(steps.indexOf('escribiendo Matriz')).toBe(0);
    expect(seguimientoAt).toBeGreaterThan(0);
    expect(steps.slice(seguimientoAt + 1, seguimientoAt + 3)).toEqual([
      'escribiendo Seguimiento: 5.000 de 10.500 filas',
      'escribiendo Seguimiento: 10.000 de 10.500 filas',
    ]);
    expect(steps.indexOf('escribiendo Fases')).toBeGreaterThan(seguimientoAt);
    expect(steps[steps.length - 1]).toBe('comprimiendo y guardando el archivo');
    // Header + 10,500 rows: reports at 5,000 and 10,000 rows read, after the sheet's start.
    const seguimientoRead = reading.indexOf('leyendo Seguimiento');
    expect(reading[0]).toBe('leyendo Matriz');
    expect(seguimientoRead).toBeGreaterThan(0);
    expect(reading.slice(seguimientoRead + 1, seguimientoRead + 3)).toEqual(['leyendo Seguimiento: 5.000 filas', 'leyendo Seguimiento: 10.000 filas']);
    expect(reading.filter((s) => s.startsWith('leyendo Seguimiento'))).toHaveLength(3);
  }, 60_000);
});
