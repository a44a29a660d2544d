/**
 * The Informe sheet as it prints: a controlled document's header and footer on every page, manual
 * page breaks that never leave a heading at a page foot, and a table that crosses a page repeating its
 * header row; signatures by role; no words about Google Sheets' menu in the offline copy.
 */
import ExcelJS from 'exceljs';
import { HEADERS, SECTION_TITLE } from '../../src/core/messages/report';
import { SHEET } from '../../src/core/tracker/names';
import { tableOf, type TrackerData } from '../../src/node/tracker-data';
import { exportToTemp, readBack, seedAndFilled } from './support/export-file';
import { filledPlan } from './support/plans';
import { readPart, readRawCells } from './support/xlsx-cells';

const { ValueType } = ExcelJS;

let files: { seed: string; filled: string };
let filled: ExcelJS.Worksheet;
let seed: ExcelJS.Worksheet;
let breaks: number[];
/** A plan of 42 indicators: its seguimiento table takes more than a page. */
let long: ExcelJS.Worksheet;
let longBreaks: number[];

async function breaksOf(file: string): Promise<number[]> {
  const index = Object.keys(await readRawCells(file)).indexOf(SHEET.informe) + 1;
  const xml = await readPart(file, `xl/worksheets/sheet${index}.xml`);
  return [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]));
}

function longPlan(): TrackerData {
  const base = filledPlan();
  const rows = Array.from({ length: 6 }, (_, k) => base.matriz.rows.map((r) => new Map(r).set('id', `${String(r.get('id'))}-${k + 1}`))).flat();
  return { ...base, matriz: tableOf(rows) };
}

/** The row's texts, merged cells once, empty cells left out. */
function rowTexts(ws: ExcelJS.Worksheet, r: number): string[] {
  const out: string[] = [];
  ws.getRow(r).eachCell((cell) => {
    if (cell.type !== ValueType.Merge && cell.text) out.push(cell.text);
  });
  return out;
}

beforeAll(async () => {
  files = await seedAndFilled();
  filled = (await readBack(files.filled)).getWorksheet(SHEET.informe)!;
  seed = (await readBack(files.seed)).getWorksheet(SHEET.informe)!;
  breaks = await breaksOf(files.filled);
  const longFile = await exportToTemp(longPlan(), 'long.xlsx');
  long = (await readBack(longFile)).getWorksheet(SHEET.informe)!;
  longBreaks = await breaksOf(longFile);
}, 60000);

describe('the Informe sheet, printed', () => {
  test('every page carries entity and title at the top; proceso, código, versión, fecha and «Página n de m» at the foot', () => {
    expect(filled.headerFooter.oddHeader).toBe(
      '&LAlcaldía Municipal de Valle de San Juan&CInforme de seguimiento semestral — Plan de Acción de Gobierno en Línea&RInforme',
    );
    expect(filled.headerFooter.oddFooter).toMatch(
      /^&LProceso: Evaluación independiente · Código: Sin código · Versión: 1&CFecha: \d\d\/\d\d\/\d{4}&RPágina &P de &N$/,
    );
  });

  test('the report spans several pages, broken by the writer', () => {
    expect(breaks.length).toBeGreaterThanOrEqual(2);
  });

  test.each([
    ['filled', () => [filled, breaks] as const],
    ['long', () => [long, longBreaks] as const],
  ])('no page of the %s plan ends with a heading or a heading and its intro whose content goes on overleaf', (_, get) => {
    const [ws, at] = get();
    const titles = new Set(Object.values(SECTION_TITLE).map((t) => (typeof t === 'function' ? t('Decreto 1151 de 2008') : t)));
    for (const b of at) {
      // The last two rows with text before the break, and the first after it.
      const tail: string[] = [];
      for (let r = b; r > 1 && tail.length < 2; r--) if (rowTexts(ws, r).length > 0) tail.push(rowTexts(ws, r).join(' '));
      let next = b + 1;
      while (next < ws.rowCount && rowTexts(ws, next).length === 0) next++;
      const continues = !titles.has(rowTexts(ws, next).join(' '));
      expect({ before: b, tail, orphan: continues && tail.some((t) => titles.has(t)) }).toEqual({ before: b, tail, orphan: false });
    }
  });

  test('a short table is never split: the Resumen counts and the phases sit whole on one page', () => {
    for (const first of [HEADERS.resumenEstado.join('|'), HEADERS.fases('territorial').join('|')]) {
      let r = 1;
      while (r <= filled.rowCount && rowTexts(filled, r).join('|') !== first) r++;
      const end = r + 6;
      expect({ first, splitAt: breaks.find((b) => b >= r && b < end) }).toEqual({ first, splitAt: undefined });
    }
  });

  test('a table longer than a page repeats its header row at the top of each next page', () => {
    const header = HEADERS.seguimiento.join('|');
    const rows: number[] = [];
    for (let r = 1; r <= long.rowCount; r++) if (rowTexts(long, r).join('|') === header) rows.push(r);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    // The first is under its heading; every repeat opens a page (right after a break).
    for (const r of rows.slice(1)) expect(longBreaks).toContain(r - 1);
    // And a header never ends a page.
    for (const r of rows) expect(longBreaks).not.toContain(r);
    // Every page the table crosses starts with the header: no break inside the table without one.
    const last = rows[rows.length - 1];
    for (const b of longBreaks.filter((x) => x > rows[0] && x < last)) expect(rows).toContain(b + 1);
  });

  test('the ID column is narrower than the action', () => {
    const header = HEADERS.seguimiento.join('|');
    let r = 1;
    while (r <= filled.rowCount && rowTexts(filled, r).join('|') !== header) r++;
    const width = (col: number): number => {
      let c = col;
      while (c < 12 && filled.getCell(r, c + 1).type === ValueType.Merge) c++;
      return c - col + 1;
    };
    const idSpan = width(1);
    const accionSpan = width(1 + idSpan);
    expect(idSpan).toBeLessThan(accionSpan);
  });

  test('signatures by role: «Elaboró» with the cargo of Control Interno; the Alcalde signs nothing', () => {
    const all: string[] = [];
    for (let r = 1; r <= seed.rowCount; r++) all.push(rowTexts(seed, r).join(' | '));
    const at = all.findIndex((t) => t === SECTION_TITLE.firmas);
    const firmas = all.slice(at).filter(Boolean);
    expect(firmas.slice(2)).toEqual(['Elaboró', 'Jefe de la Oficina de Control Interno']);
  });

  test('the offline copy does not tell its reader to use menu items that exist only in Google Sheets', () => {
    const all: string[] = [];
    for (let r = 1; r <= seed.rowCount; r++) all.push(...rowTexts(seed, r));
    const text = all.join('\n');
    expect(text).toContain('No hay cortes registrados en el semestre');
    expect(text).not.toContain('Registrar corte');
    expect(text).not.toContain('Validar la matriz');
    expect(text).not.toContain('Preparar o reparar');
  });
});
