/**
 * Every dialog and the Validar sidebar as the bundle builds them (the fake HtmlService records the
 * HTML and the size the code sets), rendered in Debian's Chromium, headless: the sidebar at Sheets'
 * 300 px, each dialog at its setWidth × setHeight. No horizontal overflow, no serious or critical
 * axe violation, and the 400-row case shows its problems grouped with counts in a few screens.
 * Screenshots go to salida/capturas/pantalla-*.png (git-ignored) for a person to look at.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { MENU_ITEMS, uiText } from '../../src/core/messages/sheets';
import { rmsg } from '../../src/core/messages/report';
import { DEFAULT_TEMPLATE, templateCatalog } from '../../src/core/template/catalog';
import { brokenTracker, fourteenProblems } from '../gas/broken';
import { AYUDA, EXCEL, INFORME, PREPARAR, VALIDAR, emptyTracker, preparedTracker } from '../gas/fixtures';
import { click, type Booted } from '../gas/support';
import { typeFixture } from '../report/gas-fixture';
import { CHROMIUM, launchChromium, missingChromium } from './support/browser';
import { toolAvailable } from './support/tools';

const SHOTS = path.resolve(__dirname, '../../salida/capturas');
const AXE = require.resolve('axe-core/axe.min.js');
/** Sheets' sidebar is 300 px wide; its height is the window's: a laptop's ≈ 650 px of content. */
const SIDEBAR = { width: 300, height: 650 };

interface Screen {
  readonly name: string;
  readonly html: string;
  readonly width: number;
  readonly height: number;
  readonly kind: 'sidebar' | 'modal' | 'modeless';
}

/** The last HTML dialog or sidebar the bundle showed, with the size it set. */
function shown(b: Booted, name: string): Screen {
  const d = b.env.ui.lastDialog();
  if (!d || !('html' in d)) throw new Error(`${name}: no HTML dialog was shown`);
  const size = d.kind === 'sidebar' ? SIDEBAR : { width: d.html.getWidth(), height: d.html.getHeight() };
  return { name, html: d.html.getContent(), kind: d.kind, ...size };
}

function screens(): Screen[] {
  const out: Screen[] = [];
  const few = preparedTracker();
  click(few, VALIDAR);
  out.push(shown(few, 'validar-pocos'));
  click(few, AYUDA);
  out.push(shown(few, 'ayuda'));
  click(few, EXCEL);
  out.push(shown(few, 'excel'));
  // The report of a freshly prepared sheet (a past semester, nothing measured): incomplete.
  few.env.ui.answerPrompt('2024-I');
  click(few, INFORME);
  out.push(shown(few, 'informe-incompleto'));

  const filled = preparedTracker();
  typeFixture(filled.ss);
  filled.env.ui.answerPrompt('2025-II');
  click(filled, INFORME);
  out.push(shown(filled, 'informe-diligenciado'));

  // The 14-problem case: errors and avisos in the Matriz and Responsables.
  const fourteen = fourteenProblems();
  click(fourteen, VALIDAR);
  out.push(shown(fourteen, 'validar-14'));

  // Preparar on a new spreadsheet: the plan question.
  const fresh = emptyTracker();
  click(fresh, PREPARAR);
  out.push(shown(fresh, 'plan'));
  planSheet = fresh;

  const { b } = brokenTracker(true);
  click(b, VALIDAR);
  out.push(shown(b, 'validar-400'));
  broken400 = b;
  return out;
}

let broken400: Booted | null = null;
let planSheet: Booted | null = null;

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

async function graveViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: await readFile(AXE, 'utf8') });
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };
  const result = (await page.evaluate(
    `axe.run(document, ${JSON.stringify(options)}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  )) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const run = toolAvailable(`Chromium (${CHROMIUM})`, missingChromium()) ? describe : describe.skip;

run('dialogs and the sidebar in Chromium, at the sizes the code sets', () => {
  let browser: Browser;
  const all = screens();
  const byName = new Map(all.map((s) => [s.name, s]));

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(s: Screen): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: s.width, height: s.height }, bypassCSP: true, javaScriptEnabled: true });
    // Nothing may be fetched: the dialogs carry all they need.
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    // google.script.run is Apps Script's; the page's own script only wires handlers at load.
    // google.script.run as Apps Script's client gives it: each call records its name and handlers;
    // the test answers it with __answer(value) or __fail(), as the server would.
    const stub = `window.__calls = [];
      function runner() {
        var ok = null, ko = null;
        return new Proxy({}, { get: function (t, p) {
          if (p === 'withSuccessHandler') return function (f) { ok = f; return this; };
          if (p === 'withFailureHandler') return function (f) { ko = f; return this; };
          return function () { window.__calls.push({ name: p, args: [].slice.call(arguments), failure: !!ko }); window.__pending = { ok: ok, ko: ko }; };
        } });
      }
      window.google = { script: { get run() { return runner(); }, host: { close: function () {} } } };
      window.__answer = function (v) { window.__pending.ok(v); };
      window.__fail = function () { window.__pending.ko(new Error('ScriptError: network')); };`;
    // Put before the page's own script (an init script does not reach setContent's document).
    await page.setContent(s.html.replace('<head>', `<head><script>${stub}</script>`), { waitUntil: 'load' });
    return page;
  }

  test.each(all.map((s) => [s.name, s] as const))('%s: standards mode, Spanish, no sideways overflow, no serious axe violation', async (name, s) => {
    const page = await open(s);
    try {
      await page.screenshot({ path: path.join(SHOTS, `pantalla-${name}.png`), fullPage: true });
      expect(await page.evaluate('document.compatMode')).toBe('CSS1Compat');
      expect(await page.evaluate('document.documentElement.lang')).toBe('es-CO');
      const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      expect({ name, overflow }).toEqual({ name, overflow: expect.any(Number) });
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await graveViolations(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  test.each(['ayuda', 'excel', 'informe-incompleto', 'informe-diligenciado'])(
    '%s fits its dialog without scrolling, at the size the code sets',
    async (name) => {
      const s = byName.get(name)!;
      expect(s.kind).toBe('modal');
      const page = await open(s);
      try {
        // Google's dialog frame takes ≈ 40 px for its title bar from setHeight.
        const scroll = Math.ceil(Number(await page.evaluate('document.body.getBoundingClientRect().bottom'))) - (s.height - 40);
        console.log(`${name}: ${s.width} × ${s.height}, content ${Math.max(0, scroll) === 0 ? 'fits' : `${scroll} px too tall`}`);
        expect({ name, scroll: Math.max(0, scroll) }).toEqual({ name, scroll: 0 });
      } finally {
        await page.context().close();
      }
    },
  );

  test('Ayuda is a short guide: headings, the Fecha de referencia, the report checklist, every menu item', async () => {
    const page = await open(byName.get('ayuda')!);
    try {
      const headings = (await page.evaluate('[...document.querySelectorAll("h2")].map((h) => h.textContent)')) as string[];
      expect(headings).toEqual([...uiText.helpGuide().map((g) => g.heading), uiText.helpMenuHeading()]);
      expect(headings).toContain('Fecha de referencia');
      const text = String(await page.evaluate('document.body.textContent'));
      for (const item of uiText.helpGuide().flatMap((g) => g.checklist ?? [])) expect(text).toContain(item);
      for (const item of MENU_ITEMS.filter((m) => m.handler !== 'menuAyuda')) expect(text).toContain(item.label);
    } finally {
      await page.context().close();
    }
  });

  test('the report dialogs say whether the report is complete, and offer buttons', async () => {
    for (const name of ['informe-incompleto', 'informe-diligenciado']) {
      const s = byName.get(name)!;
      const page = await open(s);
      try {
        const buttons = (await page.evaluate('[...document.querySelectorAll("a.boton, button")].map((b) => b.textContent)')) as string[];
        expect(buttons).toEqual(expect.arrayContaining([rmsg.doneDocButton, rmsg.donePdfButton, rmsg.doneWebButton]));
      } finally {
        await page.context().close();
      }
    }
    expect(byName.get('informe-incompleto')!.html).toContain(rmsg.doneValidate);
    expect(byName.get('informe-incompleto')!.html).toContain('2024-I terminó el 30/06/2024');
  });

  test('«Volver a validar» refreshes the list in place with what the server returns, and says so; a failure is a Spanish note', async () => {
    const s = byName.get('validar-400')!;
    const b = broken400!;
    const page = await open(s);
    try {
      // The person fixes the structural problems meanwhile: the ID header and the Fases sheet.
      b.ss.sheet('Matriz').getRange(1, 1).setValue('ID');
      await page.click('#otraVez');
      const calls = (await page.evaluate('window.__calls')) as { name: string; failure: boolean }[];
      expect(calls).toEqual([{ name: 'validarDeNuevo', args: [], failure: true }]);
      // The server side through the bundle's global function, as google.script.run calls it.
      const answer = (b.g.validarDeNuevo as () => unknown)();
      await page.evaluate(`window.__answer(${JSON.stringify(answer)})`);
      const list = String(await page.evaluate('document.getElementById("lista").textContent'));
      expect(list).not.toContain('Falta la columna «ID»');
      expect(String(await page.evaluate('document.getElementById("nota").textContent'))).toMatch(/^Lista actualizada a las \d\d:\d\d\.$/);
      // The new links work: a click calls irACelda with its sheet and cell.
      await page.click('a.celda');
      const after = (await page.evaluate('window.__calls')) as { name: string; args: string[]; failure: boolean }[];
      expect(after[1]).toEqual(expect.objectContaining({ name: 'irACelda', failure: true }));
      await page.evaluate(`window.__answer(${JSON.stringify((b.g.irACelda as (...a: string[]) => unknown)(...after[1].args))})`);
      expect(String(await page.evaluate('document.getElementById("nota").textContent'))).toMatch(/^Se (seleccionó la celda|abrió la hoja)/);
      await page.screenshot({ path: path.join(SHOTS, 'pantalla-validar-400-actualizado.png'), fullPage: false });
      await page.click('#otraVez');
      await page.evaluate('window.__fail()');
      expect(String(await page.evaluate('document.getElementById("nota").textContent'))).toBe(uiText.validateFailed());
    } finally {
      await page.context().close();
    }
  });

  test('the plan dialog: every plan with its description, the default checked, fits; loading calls the entry point, Cancelar calls nothing', async () => {
    const s = byName.get('plan')!;
    const page = await open(s);
    try {
      const scroll = Math.ceil(Number(await page.evaluate('document.body.getBoundingClientRect().bottom'))) - (s.height - 40);
      expect(Math.max(0, scroll)).toBe(0);
      const labels = (await page.evaluate('[...document.querySelectorAll("input[name=plan]")].map((i) => i.labels[0].textContent)')) as string[];
      expect(labels).toHaveLength(templateCatalog().length);
      templateCatalog().forEach((p, i) => expect(labels[i]).toContain(p.descripcion));
      expect(await page.evaluate('document.querySelector("input[name=plan]:checked").value')).toBe(DEFAULT_TEMPLATE);

      // Cancelar closes the dialog and asks the server nothing.
      await page.evaluate('window.__closed = 0; google.script.host.close = function () { window.__closed++; }');
      await page.click('#cancelar');
      expect(await page.evaluate('window.__calls')).toEqual([]);
      expect(await page.evaluate('window.__closed')).toBe(1);

      // Another plan, by its label: the entry point gets its name; a failure is a Spanish note and the button works again.
      await page.click('label[for="plan-2"]');
      await page.click('#cargar');
      expect(await page.evaluate('window.__calls')).toEqual([{ name: 'prepararConPlantilla', args: ['gobierno-digital'], failure: true }]);
      expect(await page.evaluate('document.getElementById("cargar").disabled')).toBe(true);
      await page.evaluate('window.__fail()');
      expect(String(await page.evaluate('document.getElementById("nota").textContent'))).toBe(uiText.chooseTemplateFailed());
      expect(await page.evaluate('document.getElementById("cargar").disabled')).toBe(false);
      await page.click('#cargar');
      // The server side, through the bundle's global as google.script.run calls it: Preparar with that plan.
      const b = planSheet!;
      (b.g.prepararConPlantilla as (n: string) => void)('gobierno-digital');
      expect(b.env.PropertiesService.getDocumentProperties().getProperty('gelt.plantilla')).toBe('gobierno-digital');
      await page.evaluate('window.__answer(undefined)');
      expect(await page.evaluate('window.__closed')).toBe(2);
      await page.screenshot({ path: path.join(SHOTS, 'pantalla-plan-enviado.png'), fullPage: true });
    } finally {
      await page.context().close();
    }
  });

  test('the 400-row case: grouped by sheet and kind, with counts, in a few screens; every cell reachable', async () => {
    const s = byName.get('validar-400')!;
    const page = await open(s);
    try {
      const boxes = Number(await page.evaluate('document.querySelectorAll(".caja.error, .caja.aviso").length'));
      const links = Number(await page.evaluate('document.querySelectorAll("a.celda").length'));
      const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
      const headings = (await page.evaluate('[...document.querySelectorAll("h2")].map((h) => h.textContent)')) as string[];
      console.log(
        `validar-400: ${boxes} groups, ${links} cell links, ${height} px tall (${(height / SIDEBAR.height).toFixed(1)} screens at ${SIDEBAR.height} px); headings: ${headings.join(' | ')}`,
      );
      expect(headings[0]).toBe(uiText.validateStructural());
      expect(headings.some((h) => h.startsWith('Hoja «Matriz»: '))).toBe(true);
      expect(boxes).toBeLessThan(20);
      expect(links).toBeGreaterThanOrEqual(133);
      expect(height / SIDEBAR.height).toBeLessThan(4);
      // The folded cells open with one click, inside the 300 px.
      await page.click('details summary');
      const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, 'pantalla-validar-400-abierto.png'), fullPage: false });
    } finally {
      await page.context().close();
    }
  });
});
