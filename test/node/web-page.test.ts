/**
 * The report's web page (npm run export -- --web) in a real browser: Debian's Chromium, headless.
 * For the seed plan and for a filled plan with hostile cells, at a phone's 360 px and a desktop's
 * 1280 px: axe-core finds no serious or critical WCAG 2.1 A/AA violation, nothing is requested
 * from the network, nothing overflows sideways, every indicator shows its estado and semáforo, a
 * cell holding <script> shows as text, and the page reads the same with JavaScript off.
 * Screenshots go to salida/capturas/ (git-ignored) for a person to look at.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { DaySerial } from '../../src/core/calendar';
import type { MatrizKey } from '../../src/core/tracker/matriz';
import { builtinTemplate } from '../../src/core/template/builtin';
import { evaluateData } from '../../src/node/evaluate-data';
import { exportTracker, webPageFile } from '../../src/node/export';
import { tableOf, trackerFromTemplate, type OutValue, type TrackerData } from '../../src/node/tracker-data';
import { CHROMIUM, launchChromium, missingChromium } from './support/browser';
import { tempDir } from './support/export-file';
import { filledPlan, NOW, TODAY } from './support/plans';
import { toolAvailable } from './support/tools';

const SHOTS = path.resolve(__dirname, '../../salida/capturas');
const AXE = require.resolve('axe-core/axe.min.js');
const WIDTHS = [360, 1280] as const;

const SCRIPT_CELL = '<script>document.title="inyectado"</script>Revisar el numerador.';
const JS_LINK = 'javascript:alert(1)';

/** The filled plan, with a script in a cell, a javascript: link as evidence and markup in an indicator. */
function hostilePlan(): TrackerData {
  const base = filledPlan();
  const hostile: Readonly<Record<string, Partial<Record<MatrizKey, OutValue>>>> = {
    A6: { observaciones: SCRIPT_CELL },
    A4: { evidencia: JS_LINK },
    'A2.2': { indicador: 'Trámites <b>en línea</b> & "servicios"' },
  };
  const rows = base.matriz.rows.map((row) => {
    const m = new Map(row);
    for (const [k, v] of Object.entries(hostile[String(row.get('id'))] ?? {})) m.set(k as MatrizKey, v as OutValue);
    return m;
  });
  return { ...base, matriz: tableOf(rows) };
}

/** Worked out from the inputs in support/plans.ts (see the comment on each row there), at its corte. */
const FILLED_STATUS: Readonly<Record<string, readonly [string, string]>> = {
  A1: ['Por vencer', 'Verde'],
  'A2.1': ['Vencida', 'Amarillo'],
  'A2.2': ['Al día', 'Rojo'],
  A3: ['Sin programar', 'Sin medir'],
  A4: ['Por vencer', 'Sin medir'],
  A5: ['Vencida', 'Verde'],
  A6: ['Por vencer', 'Sin medir'],
};

interface Plan {
  readonly name: string;
  readonly data: TrackerData;
  readonly today: DaySerial;
  /** id → [estado, semáforo] the page must show. */
  readonly expected: () => Readonly<Record<string, readonly [string, string]>>;
}

const seed = trackerFromTemplate(builtinTemplate());
const PLANS: readonly Plan[] = [
  {
    name: 'plantilla',
    data: seed,
    today: TODAY,
    // The seed has no values: what the core computes for it (the filled plan is checked by hand below).
    expected: () => Object.fromEntries(evaluateData(seed, TODAY).matrizAll.map((r) => [r.source.id, [r.estado, r.semaforo] as const])),
  },
  { name: 'diligenciado', data: hostilePlan(), today: TODAY, expected: () => FILLED_STATUS },
];

/** Height of one screenshot: a full page (13 000 px on a phone) is unreadable in an image viewer, so it is cut. */
const SHOT_HEIGHT = 1600;

/** The whole page as numbered screenshots, top to bottom: informe-web-<plan>-<width>-<n>.png. */
async function screenshots(page: Page, base: string): Promise<void> {
  const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
  const width = page.viewportSize()?.width ?? 0;
  for (let y = 0, n = 1; y < height; y += SHOT_HEIGHT, n++) {
    await page.screenshot({ path: path.join(SHOTS, `${base}-${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(SHOT_HEIGHT, height - y) } });
  }
}

interface Card {
  id: string;
  estado: string;
  semaforo: string;
  visible: boolean;
}

function readCards(page: Page): Promise<Card[]> {
  return page.$$eval('li.ficha', (items) =>
    items.map((li) => {
      const value = (term: string): string => {
        const dt = [...li.querySelectorAll('dt')].find((d) => d.textContent === term);
        return dt?.nextElementSibling?.textContent?.trim() ?? '';
      };
      const box = li.getBoundingClientRect();
      return { id: li.getAttribute('data-id') ?? '', estado: value('Estado'), semaforo: value('Semáforo'), visible: box.width > 0 && box.height > 0 };
    }),
  );
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}
interface AxeResult {
  violations: AxeViolation[];
  incomplete: AxeViolation[];
}

const AXE_OPTIONS = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };

async function axeResults(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: await readFile(AXE, 'utf8') });
  // A string, evaluated in the page: the test's TypeScript has no DOM library.
  const brief = 'v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })';
  const result = await page.evaluate(`axe.run(document, ${JSON.stringify(AXE_OPTIONS)}).then((r) => ({
    violations: r.violations.map(${brief}), incomplete: r.incomplete.map(${brief}) }))`);
  return result as AxeResult;
}

const graveOnly = (list: readonly AxeViolation[]): AxeViolation[] => list.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/** Chromium's own accessibility tree: roles that make a table a table, and the tables' names. */
async function tableSemantics(page: Page): Promise<{ roles: Record<string, number>; tables: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: unknown }; name?: { value: unknown } }[] };
  const roles: Record<string, number> = {};
  const tables: string[] = [];
  for (const n of nodes) {
    const role = String(n.role?.value ?? '');
    if (!['table', 'row', 'cell', 'columnheader', 'rowheader'].includes(role)) continue;
    roles[role] = (roles[role] ?? 0) + 1;
    if (role === 'table') tables.push(String(n.name?.value ?? ''));
  }
  return { roles, tables };
}

const run = toolAvailable(`Chromium (${CHROMIUM})`, missingChromium()) ? describe : describe.skip;

run('the report web page in Chromium', () => {
  let browser: Browser;
  const pages = new Map<string, { file: string; html: string }>();

  beforeAll(async () => {
    await rm(SHOTS, { recursive: true, force: true });
    await mkdir(SHOTS, { recursive: true });
    const dir = await tempDir();
    for (const plan of PLANS) {
      const workbook = path.join(dir, `${plan.name}.xlsx`);
      await exportTracker(plan.data, workbook, { today: plan.today, now: NOW, web: true });
      const file = webPageFile(workbook);
      pages.set(plan.name, { file, html: await readFile(file, 'utf8') });
    }
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(planName: string, options: BrowserContextOptions): Promise<{ page: Page; requests: string[]; close: () => Promise<void> }> {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(pages.get(planName)!.file).href, { waitUntil: 'load' });
    return { page, requests, close: () => context.close() };
  }

  describe.each(PLANS.map((p) => [p.name, p] as const))('%s', (name, plan) => {
    test.each(WIDTHS)(
      'at %i px: no serious or critical axe violation, nothing fetched, nothing overflows, every indicator with its estado and semáforo',
      async (width) => {
        // bypassCSP only lets the test inject axe; the page itself forbids every script.
        const { page, requests, close } = await open(name, { viewport: { width, height: 800 }, bypassCSP: true });
        try {
          await screenshots(page, `informe-web-${name}-${width}`);
          expect(requests).toEqual([]);
          const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
          expect(overflow).toBeLessThanOrEqual(0);

          const expected = plan.expected();
          const cards = await readCards(page);
          expect(cards.map((c) => c.id).sort()).toEqual(Object.keys(expected).sort());
          for (const c of cards) {
            expect({ id: c.id, estado: c.estado, semaforo: c.semaforo, visible: c.visible }).toEqual({
              id: c.id,
              estado: expected[c.id][0],
              semaforo: expected[c.id][1],
              visible: true,
            });
          }

          const axe = await axeResults(page);
          expect(graveOnly(axe.violations)).toEqual([]);
          // axe cannot tell the background of SVG text (it "contains an image node"); that text is #1b1b1b on the
          // page's white (css.ts). Anything else axe could not decide must be looked at, so it fails here.
          const undecided = graveOnly(axe.incomplete).flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}`));
          expect(undecided.filter((t) => !/^color-contrast text\[y="\d+"\]$/.test(t))).toEqual([]);
        } finally {
          await close();
        }
      },
    );

    test("on a phone the stacked tables are still tables for a screen reader (Chromium's accessibility tree)", async () => {
      const trees = [];
      for (const width of WIDTHS) {
        const { page, close } = await open(name, { viewport: { width, height: 800 } });
        try {
          trees.push(await tableSemantics(page));
        } finally {
          await close();
        }
      }
      const [phone, desktop] = trees;
      // resumen ×2, alertas, responsables, fases (+ evolución and observaciones when the plan has them).
      expect(phone.tables.length).toBeGreaterThanOrEqual(5);
      expect(phone.tables.every((t) => t.length > 0)).toBe(true);
      expect(phone).toEqual(desktop);
    });

    test("reflows at 320 px (WCAG 1.4.10: 1280 px at 400 % zoom), with the chart's data table open too", async () => {
      const { page, close } = await open(name, { viewport: { width: 320, height: 800 } });
      try {
        const sideways = async (): Promise<number> => Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
        expect(await sideways()).toBeLessThanOrEqual(0);
        await page.locator('details summary').click();
        await expect(page.locator('details table').isVisible()).resolves.toBe(true);
        expect(await sideways()).toBeLessThanOrEqual(0);
      } finally {
        await close();
      }
    });

    test('with JavaScript off it shows the same content', async () => {
      const { page, close } = await open(name, { viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
      try {
        await expect(page.locator('h1').isVisible()).resolves.toBe(true);
        expect(await readCards(page)).toHaveLength(Object.keys(plan.expected()).length);
        const chart = await page.locator('svg.grafico').boundingBox();
        expect(chart?.height).toBeGreaterThan(0);
        expect(chart?.width).toBeLessThanOrEqual(360);
        await expect(page.locator('footer').innerText()).resolves.toMatch(/\d{2}\/\d{2}\/\d{4}/);
      } finally {
        await close();
      }
    });
  });

  test('a cell holding <script> shows as text, and a javascript: link as text that is not a link', async () => {
    const { page, close } = await open('diligenciado', { viewport: { width: 1280, height: 800 } });
    try {
      expect(await page.locator('script').count()).toBe(0);
      expect(await page.title()).not.toContain('inyectado');
      await expect(page.locator('#tabla-observaciones').innerText()).resolves.toContain(SCRIPT_CELL);
      const a4 = page.locator('li.ficha[data-id="A4"]');
      await expect(a4.innerText()).resolves.toContain(JS_LINK);
      expect(await a4.locator('a').count()).toBe(0);
      await expect(page.locator('li.ficha[data-id="A2.2"] dd').first().innerText()).resolves.toBe('Trámites <b>en línea</b> & "servicios"');
      expect(await page.locator('b').count()).toBe(0);
      // The evidence of A1 is an https link.
      expect(await page.locator('li.ficha[data-id="A1"] a').getAttribute('href')).toBe('https://example.gov.co/evidencia/a1');
    } finally {
      await close();
    }
  });

  test('on paper: the print layout keeps every card, and a screenshot of it is saved', async () => {
    const { page, close } = await open('diligenciado', { viewport: { width: 800, height: 1100 } });
    try {
      await page.emulateMedia({ media: 'print' });
      await screenshots(page, 'informe-web-diligenciado-impresion');
      expect((await readCards(page)).every((c) => c.visible)).toBe(true);
    } finally {
      await close();
    }
  });
});
