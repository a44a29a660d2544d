/**
 * Person-typed text in the Tablero's per-responsable COUNTIF/COUNTIFS/AVERAGEIF and in the Matriz's
 * frecuencia VLOOKUP is matched literally — no wildcard (* ? ~), no operator (< > =) — in
 * HyperFormula and LibreOffice, and both agree with the core (tableroValue, lookupFrequency).
 */
import { serialFromParts, serialFromUtcDate } from '../../src/core/calendar';
import { calculationDate, evaluateRows } from '../../src/core/evaluate';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseMatriz } from '../../src/core/grid/matriz';
import { builtinTemplate } from '../../src/core/template/builtin';
import { templateFrequencies } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { distinctResponsables } from '../../src/core/summary';
import { tableroLayout, TABLERO_RESPONSABLES_HEADER_ROW, tableroValue } from '../../src/core/tracker/tablero';
import { defaultLayout } from '../../src/core/tracker/layout';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { createEngine } from '../support/formula-engine';
import { evaluateInLibreOffice, requireLibreOffice } from '../support/libreoffice';
import { matrizCol, trackerSheets, type MatrizInput } from '../support/tracker-workbook';
import type { EngineValue } from '../support/formula-engine';

const t = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const d = serialFromParts;
const FECHA = d(2025, 6, 30);

/** Texts a person may type that a criterion would read as an operator or a wildcard. */
const TRICKY = ['<por definir>', '>= Planeación', '~Tesorería', '*', '?', '<>', 'Sec?', 'a.b'] as const;
/** What they would wrongly match (or fail to): the plain texts beside them. */
const PLAIN = ['Planeación', 'Tesorería', 'TESORERÍA', 'Secretaría', 'Sec1', 'ab', 'por definir'] as const;

function rows(): MatrizInput[] {
  const base = { indicador: 'Indicador', meta: 1, frecuencia: 'TRIMESTRALMENTE' } satisfies MatrizInput;
  const out: MatrizInput[] = [];
  [...TRICKY, ...PLAIN, '<por definir>'].forEach((who, i) => {
    // Alternate Vencida (follow-up long ago) and Al día, with a different compliance each.
    out.push({
      ...base,
      id: `R${i + 1}`,
      accion: `Acción ${i + 1}`,
      responsables: who,
      fechaInicio: d(2025, i % 2 === 0 ? 1 : 5, 10),
      numerador: i + 1,
      denominador: 20,
    });
  });
  // A frecuencia that is a wildcard pattern must not find «MENSUALMENTE» (or any row).
  out.push({
    ...base,
    id: 'F1',
    accion: 'Frecuencia',
    responsables: 'Planeación',
    frecuencia: 'MENSUAL*',
    fechaInicio: d(2025, 1, 10),
    numerador: 1,
    denominador: 2,
  });
  out.push({ ...base, id: 'F2', accion: 'Frecuencia', responsables: 'Planeación', frecuencia: '?', fechaInicio: d(2025, 1, 10), numerador: 1, denominador: 2 });
  return out;
}

interface Expectation {
  readonly where: string;
  readonly row: number;
  readonly col: number;
  readonly core: number | string | null;
}

function expectations(): { sheets: ReturnType<typeof trackerSheets>; list: Expectation[]; names: string[] } {
  const sheets = trackerSheets(t, rows(), { fechaReferencia: FECHA });
  const config = parseConfiguracion(sheets.sheets[SHEET.configuracion], t.configuracion, templateFrequencies(t), opts);
  const evaluated = evaluateRows(
    parseMatriz(sheets.sheets[SHEET.matriz], config.settings.frecuencias, opts).rows,
    config.settings,
    calculationDate(config.settings, 0),
  );
  const names = distinctResponsables(rows().map((r) => String(r.responsables)));
  const layout = tableroLayout(defaultLayout(MATRIZ_COLUMNS), names);
  const list: Expectation[] = [];
  for (const c of layout.cells) {
    if (c.row <= TABLERO_RESPONSABLES_HEADER_ROW || !c.measure) continue;
    list.push({
      where: `Tablero ${names[c.row - TABLERO_RESPONSABLES_HEADER_ROW - 1]} col ${c.col}`,
      row: c.row,
      col: c.col,
      core: tableroValue(c.measure, evaluated, FECHA) as number | string,
    });
  }
  evaluated.forEach((e, i) =>
    list.push({ where: `Matriz ${e.source.id} proximoVencimiento`, row: i + 2, col: -matrizCol('proximoVencimiento'), core: e.proximoVencimiento }),
  );
  return { sheets, list, names };
}

function compare(
  list: readonly Expectation[],
  value: (sheet: string, row: number, col: number) => EngineValue,
  skip: (e: Expectation) => boolean = () => false,
): string[] {
  const bad: string[] = [];
  for (const e of list) {
    if (skip(e)) continue;
    const shown = e.col < 0 ? value(SHEET.matriz, e.row, -e.col) : value(SHEET.tablero, e.row, e.col);
    const a = shown === '' ? null : shown;
    const b = e.core === '' ? null : e.core;
    const ok = typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b;
    if (!ok) bad.push(`${e.where}: motor=${JSON.stringify(a)} núcleo=${JSON.stringify(b)}`);
  }
  return bad;
}

test('the core counts each responsable text literally, ignoring case only', () => {
  const { list, names } = expectations();
  expect(names).not.toContain('TESORERÍA'); // one line for «Tesorería» and «TESORERÍA»
  const at = (who: string, col: number): number | string | null => list.find((e) => e.where === `Tablero ${who} col ${col}`)?.core ?? null;
  expect(at('<por definir>', 2)).toBe(2);
  expect(at('>= Planeación', 2)).toBe(1);
  expect(at('~Tesorería', 2)).toBe(1);
  expect(at('Tesorería', 2)).toBe(2);
  expect(at('*', 2)).toBe(1);
  expect(at('?', 2)).toBe(1);
  expect(at('Planeación', 2)).toBe(3);
  // The wildcard frecuencias find no months: no próximo vencimiento.
  expect(list.filter((e) => /Matriz F\d/.test(e.where)).map((e) => e.core)).toEqual([null, null]);
});

test('HyperFormula shows what the core computes for every tricky text it can parse', () => {
  const { sheets, list } = expectations();
  const engine = createEngine(sheets.sheets, sheets.names);
  // HyperFormula 3.x answers #VALUE! for a criterion "=" followed by < or > (it reads a second
  // operator); Excel's grammar (ECMA-376 §18.17.7) takes one operator then the value, and
  // LibreOffice (below) agrees with the core on those texts.
  const hfCannot = (e: Expectation): boolean => /^Tablero [<>]/.test(e.where);
  expect(compare(list, (s, r, c) => engine.value(s, r, c), hfCannot)).toEqual([]);
  engine.destroy();
});

(requireLibreOffice() ? describe : describe.skip)('in LibreOffice', () => {
  jest.setTimeout(300_000);
  test('every tricky text counts literally, as the core says', async () => {
    const { sheets, list } = expectations();
    const lo = await evaluateInLibreOffice(sheets.sheets, sheets.names);
    expect(compare(list, (s, r, c) => lo.value(s, r, c))).toEqual([]);
  });
});
