/**
 * «Preparar consolidado departamental» through the built bundle and the enforcing fakes: the
 * Consolidado sheet, the IMPORTRANGE rows written from the core, and what they would show. The
 * formula engine does not know IMPORTRANGE: each source's TABLERO_RESUMEN is put beside the
 * Consolidado as a local sheet (its values computed by the engine from a real prepared tracker),
 * and the IMPORTRANGE text is replaced by a reference to it; everything else evaluates as written.
 */
import { consolidadoSheetMsg } from '../../src/core/messages/consolidate';
import { SHEET } from '../../src/core/tracker/names';
import { createEngine, type EngineCell, type EngineValue } from '../support/formula-engine';
import { bogota, editedTracker, openMenu, PREPARAR, preparedTracker } from './fixtures';
import { boot, click, lastMessage, stateOf, type Booted } from './support';

const CONSOLIDAR = 'Preparar consolidado departamental';
const url = (n: number): string => `https://docs.google.com/spreadsheets/d/1Fuente${String(n).padStart(3, '0')}abcdefghijklmnopqrstuvwxyz012/edit#gid=0`;

/** A tracker's TABLERO_RESUMEN as the engine computes it there: the cells IMPORTRANGE would bring. */
function resumenOf(b: Booted): EngineValue[] {
  const ref = b.ss.namedReferences().TABLERO_RESUMEN;
  expect(ref).toBe("'Tablero'!$B$2:$B$17");
  const input = b.ss.engineInput();
  const engine = createEngine(input.sheets, input.names);
  try {
    return Array.from({ length: 16 }, (_, i) => engine.value(SHEET.tablero, 2 + i, 2));
  } finally {
    engine.destroy();
  }
}

function consolidating(): Booted {
  const b = boot();
  openMenu(b);
  return b;
}

function list(b: Booted, rows: (string | number)[][]): void {
  b.ss
    .sheet(SHEET.consolidado)
    .getRange(9, 1, rows.length, 2)
    .setValues(rows as string[][]);
}

/** The Consolidado evaluated with sources[row] standing for IMPORTRANGE(B<row>, …); null: not yet allowed. */
function evaluate(b: Booted, sources: Record<number, EngineValue[] | null>): (row: number, col: number) => EngineValue {
  const input = b.ss.engineInput();
  const sheets: Record<string, EngineCell[][]> = { ...input.sheets };
  sheets[SHEET.consolidado] = input.sheets[SHEET.consolidado].map((line) =>
    line.map((c) =>
      typeof c === 'string'
        ? c.replace(/IMPORTRANGE\(B(\d+),"TABLERO_RESUMEN"\)/g, (_, row: string) => (sources[Number(row)] ? `'F${row}'!$B$2:$B$17` : '1/0'))
        : c,
    ),
  );
  for (const [row, values] of Object.entries(sources))
    if (values) sheets[`F${row}`] = [[null, null], ...values.map((v): EngineCell[] => [null, v !== null && typeof v === 'object' ? null : v])];
  const engine = createEngine(sheets, input.names);
  const cache = new Map<string, EngineValue>();
  return (row, col) => {
    const k = `${row},${col}`;
    if (!cache.has(k)) cache.set(k, engine.value(SHEET.consolidado, row, col));
    return cache.get(k) ?? null;
  };
}

describe('Preparar consolidado departamental', () => {
  test('every tracker Preparar makes has TABLERO_RESUMEN on its first run', () => {
    const b = preparedTracker();
    expect(b.ss.namedReferences().TABLERO_RESUMEN).toBe("'Tablero'!$B$2:$B$17");
    // A second Preparar finds it in place.
    click(b, PREPARAR);
    expect(lastMessage(b)).not.toContain('TABLERO_RESUMEN');
  });

  test('creates the sheet with its instructions (Permitir acceso), and no formula until a person lists a source', () => {
    const b = consolidating();
    click(b, CONSOLIDAR);
    expect(lastMessage(b)).toBe(consolidadoSheetMsg.created());
    const s = b.ss.sheet(SHEET.consolidado);
    const v = s.peekValues();
    expect(v[0][0]).toBe(consolidadoSheetMsg.sheetTitle);
    expect(v[2][0]).toContain('«Permitir acceso»');
    expect(v[7].slice(0, 3)).toEqual(['Municipio', 'Enlace de la hoja de seguimiento', 'Fecha de cálculo (aquí: «Permitir acceso»)']);
    expect([v[4][1], v[5][1]]).toEqual([0.6, 0.8]);
    expect(s.peekFormulas().flat().filter(Boolean)).toEqual([]);
    click(b, CONSOLIDAR);
    expect(lastMessage(b)).toBe(consolidadoSheetMsg.none());
  });

  test('each listed tracker gets one IMPORTRANGE of its TABLERO_RESUMEN; the figures and the ranking are the sources’ own', () => {
    const a = editedTracker();
    const c = preparedTracker();
    // Source C: the seed plan with every indicator half done.
    const matriz = c.ss.sheet(SHEET.matriz);
    const header = matriz.peekValues()[0];
    const col = (h: string): number => header.indexOf(h) + 1;
    const n = matriz.peekValues().length - 1;
    matriz.getRange(2, col('Numerador'), n, 2).setValues(Array.from({ length: n }, () => [10, 20]));
    matriz.getRange(2, col('Meta (%)'), n, 1).setValues(Array.from({ length: n }, () => [1]));
    matriz.getRange(2, col('Fecha de inicio'), n, 1).setValues(Array.from({ length: n }, () => [bogota(2024, 1, 10)]));
    const empty = preparedTracker();
    const res = { a: resumenOf(a), c: resumenOf(c), empty: resumenOf(empty) };
    // Which row of the block holds what: the source Tablero's own labels (column A, rows 2..17).
    const labels = a.ss
      .sheet(SHEET.tablero)
      .peekValues()
      .slice(1, 17)
      .map((r) => String(r[0]));
    const fig = (r: EngineValue[], label: string): EngineValue => r[labels.indexOf(label)];
    expect(labels).toEqual(expect.arrayContaining(['Vencida', 'Por vencer', 'Total de indicadores', 'Cumplimiento promedio']));

    const b = consolidating();
    click(b, CONSOLIDAR);
    list(b, [
      ['Valle de San Juan', url(1)],
      ['Municipio C', url(3)],
      ['', ''],
      ['Sin datos', url(4)],
      ['Aún sin permiso', url(5)],
    ]);
    b.env.calls.reset();
    click(b, CONSOLIDAR);
    expect(lastMessage(b)).toBe(consolidadoSheetMsg.written(4));
    // Nothing but this spreadsheet was opened.
    expect(Object.keys(b.env.calls.byMethod()).filter((k) => /openBy|openById|openByUrl|\.open$/.test(k))).toEqual([]);

    const s = b.ss.sheet(SHEET.consolidado);
    const f = s.peekFormulas();
    for (const row of [9, 10, 12, 13]) {
      expect(f[row - 1][2]).toBe(`=TRANSPOSE(IMPORTRANGE(B${row},"TABLERO_RESUMEN"))`);
      // The cells the result spills into are left empty.
      expect(f[row - 1].slice(3, 18).every((x) => x === '')).toBe(true);
    }
    // The blank row has no source formulas (the ranking block beside shares rows, with its own).
    expect(f[10].slice(0, 20).filter(Boolean)).toEqual([]);

    const at = evaluate(b, { 9: res.a, 10: res.c, 12: res.empty, 13: null });
    const header8 = s.peekValues()[7];
    const colOf = (h: string): number => header8.indexOf(h) + 1;
    // The visible columns show the source's Tablero figures under the Tablero's labels.
    for (const [row, r] of [
      [9, res.a],
      [10, res.c],
    ] as const) {
      for (const h of ['Vencida', 'Por vencer', 'Al día', 'Verde', 'Rojo', 'Sin medir', 'Total de indicadores', 'Cumplimiento promedio'])
        expect([h, at(row, colOf(h))]).toEqual([h, fig(r, h)]);
      expect(at(row, 3)).toBe(fig(r, 'Fecha de cálculo'));
      expect(at(row, colOf('Conexión'))).toBe(consolidadoSheetMsg.connected);
    }
    // Columns that only repeat the Tablero's headings are hidden.
    for (const hidden of s.hiddenColumns) expect(header8[hidden - 1] ?? '').toBe('');
    expect(at(13, colOf('Conexión'))).toBe(consolidadoSheetMsg.notConnected);

    // The ranking: measured sources by average, best first; a source with nothing measured, or not yet allowed, has no puesto.
    const measured = [
      ['Valle de San Juan', res.a],
      ['Municipio C', res.c],
    ]
      .filter(([, r]) => typeof fig(r as EngineValue[], 'Cumplimiento promedio') === 'number')
      .sort((x, y) => (fig(y[1] as EngineValue[], 'Cumplimiento promedio') as number) - (fig(x[1] as EngineValue[], 'Cumplimiento promedio') as number));
    expect(measured).toHaveLength(2);
    const rk = colOf('Semáforo') - 3;
    measured.forEach(([name, r], k) => {
      const row = 9 + k;
      const avg = fig(r as EngineValue[], 'Cumplimiento promedio') as number;
      expect([at(row, rk), at(row, rk + 1), at(row, rk + 2)]).toEqual([k + 1, name, avg]);
      expect(at(row, rk + 3)).toBe(avg < 0.6 ? 'Rojo' : avg < 0.8 ? 'Amarillo' : 'Verde');
      expect([at(row, rk + 4), at(row, rk + 5)]).toEqual([fig(r as EngineValue[], 'Vencida'), fig(r as EngineValue[], 'Por vencer')]);
    });
    expect(at(11, rk + 1)).toBe('');
    expect(at(12, colOf('Puesto'))).toBe('');
  });

  test('a link that is not a Google Sheets spreadsheet, or a row without municipio, is named by cell and nothing is written', () => {
    const b = consolidating();
    click(b, CONSOLIDAR);
    list(b, [
      ['Ibagué', url(1)],
      ['Espinal', 'https://example.com/hoja'],
      ['', url(2)],
      ['Ibagué otra vez', url(1)],
    ]);
    const before = stateOf(b.ss);
    click(b, CONSOLIDAR);
    const msg = lastMessage(b);
    expect(msg).toContain('Consolidado, celda B10: «https://example.com/hoja» no es el enlace de una hoja de Google Sheets.');
    expect(msg).toContain('Consolidado, celda A11: falta el nombre del municipio');
    expect(msg).toContain('Consolidado, celda B12: es la misma hoja que la de la celda B9.');
    expect(stateOf(b.ss)).toBe(before);
  });

  test('a link removed clears its row; the service calls do not grow with the number of sources', () => {
    const calls = (n: number): number => {
      const b = consolidating();
      click(b, CONSOLIDAR);
      list(
        b,
        Array.from({ length: n }, (_, i) => [`Municipio ${i + 1}`, url(i + 1)]),
      );
      b.env.calls.reset();
      click(b, CONSOLIDAR);
      const total = Object.values(b.env.calls.byMethod()).reduce((x, y) => x + y, 0);
      if (n === 3) {
        list(b, [
          ['Municipio 1', url(1)],
          ['', ''],
          ['Municipio 3', url(3)],
        ]);
        click(b, CONSOLIDAR);
        expect(b.ss.sheet(SHEET.consolidado).peekFormulas()[9].slice(0, 20).filter(Boolean)).toEqual([]);
        expect(lastMessage(b)).toBe(consolidadoSheetMsg.written(2));
      }
      return total;
    };
    expect(calls(300)).toBe(calls(3));
  });
});
