// Run in Bogotá's zone (UTC-5): a date written from local time would land on the previous day.
process.env.TZ = 'America/Bogota';

import ExcelJS from 'exceljs';

const { ValueType } = ExcelJS;
import { namedRanges, namedRangeReference, configRow } from '../../src/core/tracker/configuracion';
import { builtinTemplate } from '../../src/core/template/builtin';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { defaultLayout, rowFormulas } from '../../src/core/tracker/layout';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { NAMED, SHEET } from '../../src/core/tracker/names';
import { ROLE_HEADER_FILL, SEMAFORO_BAR_COLOR, THRESHOLD_LINE_COLOR } from '../../src/core/tracker/styles';
import { CHART_DATA } from '../../src/core/messages/summary';
import { ESTADO_FILL, SEMAFORO_FILL } from '../../src/core/tracker/matriz';
import { TABLERO_ESTADOS, TABLERO_RESPONSABLES_HEADER_ROW, TABLERO_SEMAFOROS } from '../../src/core/tracker/tablero';
import { WORKBOOK_TITLE } from '../../src/core/messages';
import { WORKBOOK_CREATOR } from '../../src/node/workbook';
import { day, CORTE, FORMULA_LOOKING_TEXT, NOW } from './support/plans';
import { readBack, seedAndFilled } from './support/export-file';
import { readPart, readRawCells, type RawSheets } from './support/xlsx-cells';

const layout = defaultLayout(MATRIZ_COLUMNS);
const col = (k: MatrizKey): number => layout.get(k) ?? 0;
const UTC = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);

let seed: ExcelJS.Workbook;
let filled: ExcelJS.Workbook;
let filledRaw: RawSheets;
let seedWorkbookXml: string;
let files: { seed: string; filled: string };

beforeAll(async () => {
  files = await seedAndFilled();
  seed = await readBack(files.seed);
  filled = await readBack(files.filled);
  filledRaw = await readRawCells(files.filled);
  seedWorkbookXml = await readPart(files.seed, 'xl/workbook.xml');
});

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** exceljs keeps a sheet's conditional formats here, though its typings leave the field out. */
function formats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
}

/** The Matriz row whose ID is `id`. */
function rowOf(ws: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) if (ws.getCell(r, col('id')).value === id) return ws.getRow(r);
  throw new Error(`no row ${id}`);
}

describe('the written workbook', () => {
  test('has the tracker sheets in order, Listas hidden, and recalculates on open', () => {
    expect(seed.worksheets.map((w) => w.name)).toEqual([
      SHEET.matriz,
      SHEET.seguimiento,
      SHEET.fases,
      SHEET.tablero,
      SHEET.informe,
      SHEET.configuracion,
      SHEET.responsables,
      SHEET.pendientes,
      SHEET.listas,
      SHEET.historial,
    ]);
    expect(sheet(seed, SHEET.listas).state).toBe('hidden');
    expect(sheet(seed, SHEET.historial).state).toBe('hidden');
    // Seguimiento without cortes would print a page of column titles only: hidden until it has one.
    expect(sheet(seed, SHEET.seguimiento).state).toBe('hidden');
    expect(seed.worksheets.filter((w) => w.state !== 'hidden')).toHaveLength(7);
    expect(seedWorkbookXml).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    expect(seed.title).toBe(WORKBOOK_TITLE);
    expect(seed.creator).toBe(WORKBOOK_CREATOR);
    expect(seed.created?.getTime()).toBe(NOW.getTime());
  });

  test('Matriz: headers, one row per indicator of the plan, formulas from the core without "="', () => {
    const ws = sheet(seed, SHEET.matriz);
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(MATRIZ_COLUMNS.map((c) => c.header));
    expect(ws.getCell(2, col('id')).value).toBe('A1');
    expect(ws.getCell(8, col('id')).value).toBe('A6');
    expect(ws.getCell(9, col('id')).value).toBeNull();
    for (let r = 2; r <= 8; r++) {
      for (const [key, formula] of rowFormulas(MATRIZ_COLUMNS, layout, r)) {
        const v = ws.getCell(r, col(key)).value as ExcelJS.CellFormulaValue;
        expect(v.formula).toBe(formula);
        expect(v.formula.startsWith('=')).toBe(false);
      }
    }
    expect(ws.getCell(1, 1).note).toBeTruthy();
    // Header colours by role, from the core: plan, typed by a person, computed.
    const fill = (k: MatrizKey): string | undefined => (ws.getCell(1, col(k)).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(fill('accion')).toBe(`FF${ROLE_HEADER_FILL.plan.slice(1)}`);
    expect(fill('numerador')).toBe(`FF${ROLE_HEADER_FILL.input.slice(1)}`);
    expect(fill('estado')).toBe(`FF${ROLE_HEADER_FILL.computed.slice(1)}`);
  });

  test('cached results are what the sheet computes: the seed plan is unscheduled and unmeasured', () => {
    const ws = sheet(seed, SHEET.matriz);
    for (let r = 2; r <= 8; r++) {
      expect(ws.getCell(r, col('estado')).result).toBe('Sin programar');
      expect(ws.getCell(r, col('semaforo')).result).toBe('Sin medir');
    }
  });

  test('cached results of the filled plan at the corte: each estado and semáforo worked out by hand', () => {
    const ws = sheet(filled, SHEET.matriz);
    const expectRow = (id: string, due: number | null, days: number | null, estado: string, cumplimiento: number | null, semaforo: string): void => {
      const row = rowOf(ws, id);
      const dueCell = row.getCell(col('proximoVencimiento')).result;
      if (due === null) expect(dueCell === undefined || dueCell === '').toBe(true);
      else expect((dueCell as Date).getTime()).toBe(due);
      const daysCell = row.getCell(col('diasRestantes')).result;
      if (days === null) expect(daysCell === undefined || daysCell === '').toBe(true);
      else expect(daysCell).toBe(days);
      expect(row.getCell(col('estado')).result).toBe(estado);
      const c = row.getCell(col('cumplimiento')).result;
      if (cumplimiento === null) expect(c === undefined || c === '').toBe(true);
      else expect(c).toBeCloseTo(cumplimiento, 9);
      expect(row.getCell(col('semaforo')).result).toBe(semaforo);
    };
    expectRow('A1', UTC(2026, 6, 30), 15, 'Por vencer', 0.9, 'Verde');
    expectRow('A2.1', UTC(2026, 1, 1), -165, 'Vencida', 0.7, 'Amarillo');
    expectRow('A2.2', UTC(2026, 9, 10), 87, 'Al día', 0.25, 'Rojo');
    expectRow('A3', null, null, 'Sin programar', null, 'Sin medir');
    expectRow('A4', UTC(2026, 6, 15), 0, 'Por vencer', null, 'Sin medir');
    expectRow('A5', UTC(2026, 5, 28), -18, 'Vencida', 1, 'Verde');
    expectRow('A6', UTC(2026, 6, 16), 1, 'Por vencer', null, 'Sin medir');
  });

  test('Tablero: counts and average as formulas with cached results', () => {
    const ws = sheet(filled, SHEET.tablero);
    const byLabel = new Map<string, ExcelJS.Cell>();
    for (let r = 1; r <= 20; r++) byLabel.set(String(ws.getCell(r, 1).value ?? ''), ws.getCell(r, 2));
    expect(byLabel.get('Al día')?.result).toBe(1);
    expect(byLabel.get('Por vencer')?.result).toBe(3);
    expect(byLabel.get('Vencida')?.result).toBe(2);
    expect(byLabel.get('Sin programar')?.result).toBe(1);
    expect(byLabel.get('Verde')?.result).toBe(2);
    expect(byLabel.get('Sin medir')?.result).toBe(3);
    expect(byLabel.get('Total de indicadores')?.result).toBe(7);
    expect(byLabel.get('Cumplimiento promedio')?.result).toBeCloseTo((0.9 + 0.7 + 0.25 + 1) / 4, 12);
    expect((byLabel.get('Cumplimiento promedio')?.value as ExcelJS.CellFormulaValue).formula).toContain('AVERAGE(');
  });

  test('dates are real dates at UTC midnight shown dd/mm/yyyy, with no shifted day', () => {
    const fases = sheet(seed, SHEET.fases);
    const plazo = fases.getCell(2, FASES_COLUMNS.findIndex((c) => c.key === 'plazoTerritorial') + 1);
    expect((plazo.value as Date).getTime()).toBe(UTC(2008, 11, 1)); // 1° de noviembre de 2008
    expect(plazo.numFmt).toBe('dd/mm/yyyy');
    const ws = sheet(filled, SHEET.matriz);
    const inicio = rowOf(ws, 'A2.1').getCell(col('fechaInicio'));
    expect((inicio.value as Date).getTime()).toBe(UTC(2025, 7, 1));
    expect(inicio.numFmt).toBe('dd/mm/yyyy');
    // The stored number is the calendar day's serial, whatever the machine's time zone.
    const raw = filledRaw[SHEET.matriz].get(`${inicio.address}`);
    expect(Number(raw?.value)).toBe(day('01/07/2025'));
    const config = sheet(filled, SHEET.configuracion);
    expect((config.getCell(configRow('fechaReferencia'), 2).value as Date).getTime()).toBe(UTC(2026, 6, 15));
    expect(Number(filledRaw[SHEET.configuracion].get(`B${configRow('fechaCalculo')}`)?.value)).toBe(day(CORTE));
  });

  test('text that looks like a formula is written as text', () => {
    const ws = sheet(filled, SHEET.matriz);
    const cell = rowOf(ws, 'A3').getCell(col('observaciones'));
    expect(cell.value).toBe(FORMULA_LOOKING_TEXT);
    expect(filledRaw[SHEET.matriz].get(cell.address)?.formula).toBeUndefined();
  });

  test('dropdowns name a range, never an inline list', () => {
    const m = sheet(seed, SHEET.matriz);
    const freq = m.getCell(2, col('frecuencia')).dataValidation;
    expect(freq).toMatchObject({ type: 'list', formulae: [NAMED.frecuenciasEtiquetas] });
    expect(m.getCell(150, col('frecuencia')).dataValidation?.type).toBe('list'); // rows a person adds too
    expect(m.getCell(2, col('numerador')).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(m.getCell(2, col('fechaInicio')).dataValidation?.type).toBe('date');
    const c = sheet(seed, SHEET.configuracion);
    expect(c.getCell(configRow('orden'), 2).dataValidation).toMatchObject({ type: 'list', formulae: [NAMED.listaOrden] });
    for (const ws of seed.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          for (const f of cell.dataValidation?.formulae ?? []) expect(String(f).length).toBeLessThan(255);
        }),
      );
    }
  });

  test('highlighting rules and the compliance data bar', () => {
    const m = sheet(seed, SHEET.matriz);
    const estado = String.fromCharCode(64 + col('estado'));
    const cf = formats(m);
    const expressions = cf.flatMap((c) => c.rules.filter((r) => r.type === 'expression').map((r) => (r as ExcelJS.ExpressionRuleType).formulae?.[0]));
    expect(expressions).toContain(`$${estado}2="Vencida"`);
    expect(expressions).toContain(`$${estado}2="Por vencer"`);
    const bar = cf.find((c) => c.rules.some((r) => r.type === 'dataBar'));
    const cumpl = String.fromCharCode(64 + col('cumplimiento'));
    expect(bar?.ref.startsWith(`${cumpl}2:${cumpl}`)).toBe(true);
    const fasesRules = formats(sheet(seed, SHEET.fases)).flatMap((c) => c.rules);
    expect(fasesRules.length).toBe(3);
  });

  test('named ranges point where the core says', () => {
    const names = new Map((seed.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges]));
    // The seed's frequency table: as many rows as the template's frecuencias.json has.
    for (const n of namedRanges(builtinTemplate().frecuencias.frecuencias.length)) {
      expect(names.get(n.name)).toEqual([namedRangeReference(n).replace(/^'([A-Za-z]+)'!/, '$1!')]);
    }
  });

  test('print setup: landscape, header row repeated, entity and page numbers; wide sheets in column groups at a legible scale', () => {
    for (const name of [SHEET.matriz, SHEET.seguimiento, SHEET.fases, SHEET.configuracion]) {
      const ws = sheet(seed, name);
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.headerFooter.oddHeader).toContain('Alcaldía Municipal de Valle de San Juan');
      expect(ws.headerFooter.oddFooter).toContain('Página &P de &N');
    }
    expect(sheet(seed, SHEET.fases).pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    // Configuración's two tables have their own headers (the frequencies start a page): no repeated row.
    expect(sheet(seed, SHEET.configuracion).pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(sheet(seed, SHEET.configuracion).pageSetup.printTitlesRow).toBeUndefined();
    // Matriz and Seguimiento: no fit (it printed 25 columns at 30 %), a fixed scale of 85 % or more, first columns repeated.
    expect(sheet(seed, SHEET.matriz).pageSetup).toMatchObject({ fitToPage: false, printTitlesRow: '1:1', printTitlesColumn: 'A:B' });
    expect(sheet(seed, SHEET.seguimiento).pageSetup).toMatchObject({ fitToPage: false, printTitlesRow: '1:1', printTitlesColumn: 'A:C' });
    for (const name of [SHEET.matriz, SHEET.seguimiento]) expect(sheet(seed, name).pageSetup.scale).toBeGreaterThanOrEqual(85);
    expect(sheet(seed, SHEET.informe).pageSetup.orientation).toBe('landscape');
  });

  test('frozen header, autofilter and widths from the description', () => {
    const m = sheet(seed, SHEET.matriz);
    expect(m.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(m.autoFilter).toBeTruthy();
    const accion = MATRIZ_COLUMNS.find((c) => c.key === 'accion');
    expect(m.getColumn(col('accion')).width).toBeCloseTo((accion?.width ?? 0) / 7, 0);
    expect(m.getCell(2, col('accion')).alignment?.wrapText).toBe(true);
  });

  test('formula and plan cells are locked, typed cells are not, and the protection has no password', () => {
    for (const name of [SHEET.matriz, SHEET.seguimiento, SHEET.fases, SHEET.tablero, SHEET.configuracion, SHEET.historial]) {
      const ws = sheet(filled, name);
      const p = (ws as unknown as { sheetProtection: Record<string, unknown> }).sheetProtection;
      expect(p.sheet).toBe(true);
      expect(p.hashValue).toBeUndefined();
      expect(p.password).toBeUndefined();
    }
    const m = sheet(filled, SHEET.matriz);
    expect(m.getCell(2, col('estado')).protection?.locked).not.toBe(false);
    expect(m.getCell(2, col('numerador')).protection?.locked).toBe(false);
    // The plan is the administrators' (issue 13): Excel cannot tell them apart, so it is locked for all.
    expect(m.getCell(2, col('accion')).protection?.locked).not.toBe(false);
    expect(m.getCell(2, col('observaciones')).protection?.locked).toBe(false);
    const c = sheet(filled, SHEET.configuracion);
    expect(c.getCell(configRow('fechaCalculo'), 2).protection?.locked).not.toBe(false);
    expect(c.getCell(configRow('diasAviso'), 2).protection?.locked).toBe(false);
  });

  test('Informe: the semester report, with the entity and the status tables', () => {
    const ws = sheet(filled, SHEET.informe);
    const texts: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ValueType.Merge) texts.push(cell.text);
      }),
    );
    const all = texts.join('\n');
    expect(all).toContain('Alcaldía Municipal de Valle de San Juan');
    expect(all).toMatch(/Informe de seguimiento/i);
    expect(all).toContain('Vencida');
    expect(ws.pageSetup.printArea).toMatch(/^A1:L\d+$/);
  });

  test('Tablero chart by default: one series per semáforo in its colour over the chart data, value labels, threshold lines', async () => {
    const chart = await readPart(files.filled, 'xl/charts/chart1.xml');
    const series = chart.split('<c:ser>').slice(1);
    expect(series.map((s) => /<c:tx><c:v>([^<]*)<\/c:v>/.exec(s)?.[1])).toEqual([...CHART_DATA.headers.slice(1)]);
    expect(series.map((s) => /<c:val><c:numRef><c:f>([^<]*)<\/c:f>/.exec(s)?.[1])).toEqual(['B', 'C', 'D', 'E', 'F'].map((c) => `Tablero!$${c}$29:$${c}$35`));
    expect(series.map((s) => /srgbClr val="([0-9A-F]{6})"/.exec(s)?.[1])).toEqual(
      [SEMAFORO_BAR_COLOR.Rojo, SEMAFORO_BAR_COLOR.Amarillo, SEMAFORO_BAR_COLOR.Verde, THRESHOLD_LINE_COLOR.rojo, THRESHOLD_LINE_COLOR.amarillo].map((c) =>
        c.slice(1),
      ),
    );
    // Bars carry their value; the thresholds are lines (a line chart on the same axes).
    expect(series.slice(0, 3).every((s) => s.includes('<c:showVal val="1"/>'))).toBe(true);
    expect(chart.indexOf('<c:lineChart>')).toBeGreaterThan(chart.indexOf('</c:barChart>'));
    // Each indicator is in exactly one bar series (A1 90 % Verde, A2.1 70 % Amarillo, A2.2 25 % Rojo, A5 100 % Verde).
    const points = (s: string): string[] =>
      [...s.slice(s.indexOf('<c:numCache>')).matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(series.slice(0, 3).map(points)).toEqual([['2=0.25'], ['1=0.7'], ['0=0.9', '5=1']]);
    expect(points(series[3])).toEqual(['0=0.6', '1=0.6', '2=0.6', '3=0.6', '4=0.6', '5=0.6', '6=0.6']);
    // Labels say what each bar is: ID and a short name.
    expect(series[0]).toContain('<c:pt idx="0"><c:v>A1 · % de Computadores con Conect…</c:v></c:pt>');
    const tablero = Object.keys(await readRawCells(files.filled)).indexOf(SHEET.tablero) + 1;
    expect(await readPart(files.filled, `xl/worksheets/_rels/sheet${tablero}.xml.rels`)).toContain('../drawings/drawing1.xml');
    // The Informe shows the same chart, over the same Tablero cells.
    const informe = await readPart(files.filled, 'xl/charts/chart2.xml');
    expect(informe.replace(/<c:chartSpace[\s\S]*?<c:plotArea>/, '')).toBe(chart.replace(/<c:chartSpace[\s\S]*?<c:plotArea>/, ''));
    expect(await readPart(files.filled, `xl/worksheets/_rels/sheet${tablero + 1}.xml.rels`)).toContain('../drawings/drawing2.xml');
  });

  test('Tablero: every figure centred under its header, counts in the colours of the state they count', () => {
    const ws = sheet(filled, SHEET.tablero);
    const vencida = ws.getCell(5 + TABLERO_ESTADOS.indexOf('Vencida'), 2);
    expect((vencida.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${ESTADO_FILL.Vencida.background.slice(1)}`);
    expect(vencida.font?.color?.argb).toBe(`FF${ESTADO_FILL.Vencida.font.slice(1)}`);
    const rojo = ws.getCell(11 + TABLERO_SEMAFOROS.indexOf('Rojo'), 2);
    expect((rojo.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${SEMAFORO_FILL.Rojo.background.slice(1)}`);
    const h = TABLERO_RESPONSABLES_HEADER_ROW;
    for (let c = 2; c <= 5; c++) {
      expect([c, ws.getCell(h, c).alignment?.horizontal]).toEqual([c, 'center']);
      expect([c, ws.getCell(h + 1, c).alignment?.horizontal]).toEqual([c, 'center']);
    }
    expect(ws.getCell(h + 1, 3).font?.color?.argb).toBe(`FF${ESTADO_FILL.Vencida.font.slice(1)}`);
    // "Cumplimiento promedio" fits its column on one line (bold ≈ 8 px a character).
    expect((ws.getColumn(5).width ?? 0) * 7).toBeGreaterThanOrEqual('Cumplimiento promedio'.length * 8);
  });

  test('Seguimiento keeps its history rows, with date-times', () => {
    const ws = sheet(filled, SHEET.seguimiento);
    expect(ws.rowCount).toBe(5);
    expect((ws.getCell(2, 1).value as Date).getTime()).toBe(UTC(2025, 12, 31));
    const registrado = ws.getCell(2, 17).value as Date;
    expect(registrado.toISOString()).toBe('2025-12-31T10:30:00.000Z');
  });
});
