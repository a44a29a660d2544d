/**
 * The workbook as it prints (npm run vista-previa): the seed plan and the filled plan exported, printed
 * to PDF by LibreOffice and read back page by page with poppler, as a Control Interno officer would
 * read the paper: how many pages each sheet takes, no text under 8 points, no empty page, no page of
 * column titles only, no text printed over other text, the Matriz's ID and Acción on every page.
 * The PDF and PNG pages stay in salida/vista-previa/prueba-plantilla and prueba-llena (git-ignored) for a person to look at.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { builtinTemplate } from '../../src/core/template/builtin';
import { SHEET } from '../../src/core/tracker/names';
import { exportTracker } from '../../src/node/export';
import { LEGIBLE_PT, pageProblems, previewWorkbook, runPreview, type PreviewResult } from '../../src/node/preview/command';
import { MIN_PRINT_SCALE } from '../../src/node/sheets/print-columns';
import { parsePdfXml } from '../../src/node/preview/pdf-pages';
import { readPdfPages, onPath } from '../../src/node/preview/render';
import { todayInBogota } from '../../src/node/today';
import { trackerFromTemplate, type TrackerData } from '../../src/node/tracker-data';
import { filledPlan, NOW, TODAY } from './support/plans';
import { missingSoffice, toolAvailable } from './support/tools';
import { readBack } from './support/export-file';
import { TRACKER_FONT } from '../../src/core/tracker/styles';

const OUT = path.resolve(__dirname, '../../salida/vista-previa');

const missingPoppler = (): string | null =>
  onPath('pdftohtml') && onPath('pdftoppm') ? null : 'Faltan pdftohtml y pdftoppm: apt-get install -y poppler-utils';

const run =
  toolAvailable('LibreOffice (soffice)', missingSoffice()) && toolAvailable('poppler (pdftohtml, pdftoppm)', missingPoppler()) ? describe : describe.skip;

async function printed(name: string, data: TrackerData, today: number): Promise<{ file: string; result: PreviewResult }> {
  const dir = path.join(OUT, `prueba-${name}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name}.xlsx`);
  // The export's defaults (chart and all), as npm run export writes it.
  await exportTracker(data, file, { today, now: NOW });
  const soffice = onPath('soffice');
  if (!soffice) throw new Error('soffice');
  return { file, result: await previewWorkbook(soffice, file, dir) };
}

const pagesOf = (r: PreviewResult, sheet: string): number => (r.pages ?? []).filter((p) => p.sheet === sheet).length;

run('what the workbook prints', () => {
  const plans: Record<string, { file: string; result: PreviewResult }> = {};
  beforeAll(async () => {
    plans.seed = await printed('plantilla', trackerFromTemplate(builtinTemplate()), todayInBogota());
    plans.filled = await printed('llena', filledPlan(), TODAY);
  }, 600_000);

  test.each(['seed', 'filled'])('%s plan: every page legible, none empty, titles only or with text printed over text', (which) => {
    const r = plans[which].result;
    expect(r.pages).not.toBeNull();
    expect(r.pngs.length).toBe(r.pages?.length);
    expect(pageProblems(r.pages ?? [])).toEqual([]);
    for (const p of r.pages ?? []) {
      expect(p.sheet).not.toBeNull(); // every page says which sheet it is
      expect(p.smallestPt).toBeGreaterThanOrEqual(LEGIBLE_PT);
    }
  });

  test.each(['seed', 'filled'])('%s plan: pages per sheet stay within what a person would print', (which) => {
    const r = plans[which].result;
    // The Matriz's 25 columns: five groups of columns, seven indicators fit each group on one page.
    expect(pagesOf(r, SHEET.matriz)).toBe(5);
    expect(pagesOf(r, SHEET.fases)).toBe(1);
    expect(pagesOf(r, SHEET.tablero)).toBe(2); // its tables, then the chart under them
    // Settings (33 rows since the controlled-document and signature rows of issue 11: two pages), then the frequency table on its own page.
    expect(pagesOf(r, SHEET.configuracion)).toBe(3);
    expect(pagesOf(r, SHEET.responsables)).toBe(1);
    expect(pagesOf(r, SHEET.pendientes)).toBe(1);
    expect(pagesOf(r, SHEET.informe)).toBeGreaterThanOrEqual(3);
    expect(pagesOf(r, SHEET.informe)).toBeLessThanOrEqual(8);
    // Seguimiento: hidden (not printed) without cortes; its 22 columns in three groups, its four cortes on one page each.
    expect(pagesOf(r, SHEET.seguimiento)).toBe(which === 'seed' ? 0 : 3);
    // Sheets people do not read are not printed.
    expect(pagesOf(r, SHEET.listas) + pagesOf(r, SHEET.historial)).toBe(0);
  });

  test('the Matriz prints ID and Acción on every page, at the scale the workbook asks, text above the floor', async () => {
    const { file, result } = plans.filled;
    const wb = await readBack(file);
    const setup = wb.getWorksheet(SHEET.matriz)?.pageSetup;
    expect(setup?.fitToPage).toBeFalsy();
    expect(setup?.scale).toBeGreaterThanOrEqual(MIN_PRINT_SCALE * 100);
    expect(setup?.printTitlesColumn).toBe('A:B');
    const pdftohtml = onPath('pdftohtml') ?? '';
    const pages = await readPdfPages(pdftohtml, result.pdf);
    const matrizPages = (result.pages ?? []).filter((p) => p.sheet === SHEET.matriz).map((p) => pages[p.number - 1]);
    expect(matrizPages).toHaveLength(5);
    for (const page of matrizPages) {
      const texts = page.texts.map((t) => t.text);
      expect(texts).toEqual(expect.arrayContaining(['ID', 'ACCIÓN', 'A1', 'A2.1', 'A2.2', 'A3', 'A4', 'A5', 'A6']));
      // The cells' 10-point text printed at the workbook's scale (pdftohtml gives thirds of a point).
      const idSize = page.texts.find((t) => t.text === 'A1')?.size ?? 0;
      expect(Math.abs(idSize - (TRACKER_FONT.size * (setup?.scale ?? 0)) / 100)).toBeLessThanOrEqual(0.34);
    }
  });

  test('one typeface throughout: bold headers and plain cells print in the same family', async () => {
    // The fonts LibreOffice embedded (subset prefix and weight stripped): once a serif headed the columns.
    const { stdout } = await promisify(execFile)(onPath('pdffonts') ?? 'pdffonts', [plans.filled.result.pdf]);
    const families = new Set(
      stdout
        .split('\n')
        .slice(2)
        .map((l) => l.split(/\s+/)[0])
        .filter(Boolean)
        .map((n) => n.replace(/^[A-Z]{6}\+/, '').replace(/[-,](Bold|Italic|Oblique|BoldItalic|BoldOblique|Regular)$/i, '')),
    );
    expect([...families]).toHaveLength(1);
    if (onPath('fc-match')) {
      const { stdout: arial } = await promisify(execFile)('fc-match', [TRACKER_FONT.family]);
      if (/Liberation Sans|Arial/.test(arial)) expect([...families][0]).toMatch(/LiberationSans|Arial/);
    }
  });

  test('percentages print with their decimals: 25 % compliance as 25,0 %, no rounded 0 %', async () => {
    const pdftohtml = onPath('pdftohtml') ?? '';
    const pages = await readPdfPages(pdftohtml, plans.filled.result.pdf);
    const all = pages.flatMap((p) => p.texts.map((t) => t.text));
    // A2.2: 5/20 = 25 % of a meta of 100 %; LibreOffice prints in its own locale (en-US here: 25.0%).
    expect(all.some((t) => /^25[.,]0 ?%$/.test(t))).toBe(true);
    expect(all.some((t) => /^0 ?%$/.test(t))).toBe(false);
  });
});

describe('reading pdftohtml pages', () => {
  const xml = `<pdf2xml><page number="1" position="absolute" top="0" left="0" height="1836" width="2376">
<fontspec id="0" size="27" family="X" color="#000000"/>
<text top="63" left="86" width="476" height="35" font="0">Alcald&#237;a</text>
<text top="63" left="2217" width="73" height="35" font="0">Matriz</text>
<text top="165" left="100" width="27" height="35" font="0"><b>ID</b></text>
<text top="168" left="100" width="60" height="35" font="0">A1 &amp; A2</text>
<text top="1740" left="1098" width="179" height="35" font="0">P&#225;gina 1 de 1</text>
</page></pdf2xml>`;

  test('sizes and places in points, entities decoded, tags dropped', () => {
    const [page] = parsePdfXml(xml);
    expect(page.height).toBe(612);
    expect(page.texts.map((t) => t.text)).toEqual(['Alcaldía', 'Matriz', 'ID', 'A1 & A2', 'Página 1 de 1']);
    expect(page.texts[0].size).toBe(9);
    expect(page.texts[2].top).toBe(55);
  });
});

describe('npm run vista-previa', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd: process.cwd(), now: () => NOW } };
  };

  test('--help says what it does, in Spanish, without printing anything', async () => {
    const c = io();
    expect(await runPreview(['--help'], c.io)).toBe(0);
    expect(c.out.join('\n')).toContain('npm run vista-previa');
    expect(c.out.join('\n')).toContain('--libro');
  });

  test('a misspelt option or both --libro and --entrada: exit 2 with the reason', async () => {
    const a = io();
    expect(await runPreview(['--libor', 'x.xlsx'], a.io)).toBe(2);
    expect(a.err.join('\n')).toContain('«--libor» no existe');
    const b = io();
    expect(await runPreview(['--libro', 'a.xlsx', '--entrada', 'b.xlsx'], b.io)).toBe(2);
    expect(b.err.join('\n')).toContain('no las dos');
  });
});
