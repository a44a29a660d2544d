/**
 * The web page renderer alone (no browser): structure, escaping of every text from the sheet,
 * links limited to http(s), the chart's labels, and the size for the built-in plan. The browser
 * checks (axe, widths, JavaScript off) are in test/node/web-page.test.ts.
 */
import { serialFromUtcDate } from '../../src/core/calendar';
import { calculationDate } from '../../src/core/evaluate';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseFases } from '../../src/core/grid/fases';
import { parseMatriz } from '../../src/core/grid/matriz';
import { parseSeguimiento } from '../../src/core/grid/seguimiento';
import { buildReport } from '../../src/core/report/build';
import { safeHref } from '../../src/core/report/html/escape';
import { renderReportHtml } from '../../src/core/report/html/render';
import type { ReportModel, ReportSection, TableBlock } from '../../src/core/report/model';
import { builtinTemplate } from '../../src/core/template/builtin';
import { initialMatrizRows, templateFrequencies } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { trackerSheets, type MatrizInput } from '../support/tracker-workbook';
import { d, EXPECTED, fasesInputs, matrizInputs, seguimientoGrid, SETTINGS } from './fixture';

const template = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const EMISION = d(2025, 11, 20);

function modelOf(matriz: MatrizInput[], settings = SETTINGS): ReportModel {
  const { sheets } = trackerSheets(template, matriz, settings, fasesInputs(template));
  const config = parseConfiguracion(sheets[SHEET.configuracion], template.configuracion, templateFrequencies(template), opts);
  return buildReport({
    plan: template.plan,
    rows: parseMatriz(sheets[SHEET.matriz], config.settings.frecuencias, opts).rows,
    settings: config.settings,
    fases: parseFases(sheets[SHEET.fases], opts).rows,
    seguimiento: parseSeguimiento(seguimientoGrid(), opts).rows,
    semester: { year: 2025, half: 2 },
    fechaCorte: calculationDate(config.settings, EMISION),
    fechaEmision: EMISION,
    decreto: template.fases.decreto,
  });
}

/** The seed's rows as they are, no value typed (the built-in plan). */
function seedInputs(): MatrizInput[] {
  return initialMatrizRows(template).map((m) => {
    const row: MatrizInput = {};
    for (const [k, v] of m) row[k] = v !== null && typeof v === 'object' ? v.date : v;
    return row;
  });
}

const filled = modelOf(matrizInputs(template));
const filledHtml = renderReportHtml(filled);

/** The card of one indicator (li.ficha … </li>). */
function card(html: string, id: string): string {
  const start = html.indexOf(`<li class="ficha" data-id="${id}">`);
  if (start < 0) return '';
  return html.slice(start, html.indexOf('</li>', start) + 5);
}
const ddAfter = (fragment: string, term: string): string => new RegExp(`<dt>${term}</dt><dd>(.*?)</dd>`).exec(fragment)?.[1].replace(/<[^>]+>/g, '') ?? '';

describe('the page of the filled plan', () => {
  test('is one HTML5 document in Spanish (Colombia) that loads nothing and runs nothing', () => {
    expect(filledHtml.startsWith('<!DOCTYPE html>\n<html lang="es-CO">')).toBe(true);
    expect(filledHtml).toContain('<meta charset="utf-8">');
    expect(filledHtml).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(filledHtml).not.toMatch(/<script|<link|<img|<iframe|@import|@font-face|url\((?!#)/i);
    expect(filledHtml).not.toMatch(/\ssrc=/i);
    expect(filledHtml).toContain("default-src 'none'");
  });

  test('the header says entity, semester and fecha de corte in dd/mm/aaaa; the footer the generation date', () => {
    const header = filledHtml.slice(filledHtml.indexOf('<header'), filledHtml.indexOf('</header>'));
    expect(header).toContain('Alcaldía Municipal de Valle de San Juan');
    expect(header).toContain('2025-II (del 01/07/2025 al 31/12/2025)');
    expect(header).toContain('15/11/2025');
    expect(header).toMatch(/<h1>Informe de seguimiento semestral/);
    expect(filledHtml.slice(filledHtml.indexOf('<footer'))).toContain('20/11/2025');
  });

  test('one card per indicator, each with its estado and semáforo (worked out by hand in the fixture)', () => {
    const ids = [...filledHtml.matchAll(/<li class="ficha" data-id="([^"]*)">/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(Object.keys(EXPECTED.rows).sort());
    for (const [id, want] of Object.entries(EXPECTED.rows)) {
      const c = card(filledHtml, id);
      expect({ id, estado: ddAfter(c, 'Estado'), semaforo: ddAfter(c, 'Semáforo'), cumplimiento: ddAfter(c, 'Cumplimiento') }).toEqual({
        id,
        estado: want.estado,
        semaforo: want.semaforo,
        cumplimiento: want.cumplimiento,
      });
    }
  });

  test('the evidence link is a link; the summary counts come from the model', () => {
    expect(card(filledHtml, 'A1')).toContain('<a href="https://example.org/conectividad">https://example.org/conectividad</a>');
    const estado = filledHtml.slice(filledHtml.indexOf('id="tabla-resumen-estado"'));
    for (const [name, n] of Object.entries(EXPECTED.estado)) expect(estado).toMatch(new RegExp(`${name}(</span>|</strong>)?</th><td class="num">${n}</td>`));
  });

  test("the chart is inline SVG with a text alternative; each bar says its value and semáforo, in its semáforo's pattern", () => {
    const svg = filledHtml.slice(filledHtml.indexOf('<svg'), filledHtml.indexOf('</svg>'));
    expect(svg).toMatch(/role="img" aria-labelledby="grafico-svg-titulo grafico-svg-desc"/);
    expect(svg).toContain('<text x="0" y="15">A1: 90 % — Verde</text>');
    expect(svg).toContain('A6: Sin medir');
    // A3 is 25 % → Rojo: a bar a quarter of the track, with the red pattern.
    expect(svg).toMatch(/<text[^>]*>A3: 25 % — Rojo<\/text><rect[^>]*\/><rect x="0" y="\d+" width="25%" height="16" fill="url\(#barra-rojo\)"\/>/);
    const desc = /<desc[^>]*>(.*?)<\/desc>/.exec(svg)?.[1] ?? '';
    for (const id of Object.keys(EXPECTED.rows)) expect(desc).toContain(`${id}:`);
    // Dashed lines at Configuración's thresholds, said in words too.
    expect(svg).toMatch(/<line class="umbral" x1="60%"[^>]*stroke-dasharray/);
    expect(svg).toMatch(/<line class="umbral" x1="80%"/);
    expect(filledHtml).toContain('Las líneas punteadas marcan los umbrales de Configuración');
    // Other thresholds in Configuración move the lines.
    const moved = renderReportHtml(modelOf(matrizInputs(template), { ...SETTINGS, umbralRojo: 0.5, umbralAmarillo: 0.75 }));
    expect(moved).toMatch(/<line class="umbral" x1="50%"/);
    expect(moved).toMatch(/<line class="umbral" x1="75%"/);
    // And the data as a table.
    expect(filledHtml).toMatch(/<details><summary>Datos del gráfico \(7 indicadores\)<\/summary><table class="apilada">/);
  });

  test('tables have a caption, column headers and row headers; headings go in order from one h1', () => {
    const tables = filledHtml.match(/<table[\s\S]*?<\/table>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) {
      expect(t).toMatch(/^<table[^>]*><caption>[^<]+<\/caption><thead><tr>(<th scope="col">[^<]*<\/th>)+<\/tr><\/thead>/);
      expect(t).toMatch(/<th scope="row"/);
    }
    const levels = [...filledHtml.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    expect(levels[0]).toBe(1);
    levels.forEach((l, i) => expect(l - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
  });
});

describe('the page as a controlled document', () => {
  test('under the title: proceso, código, versión and fecha de emisión, in a captioned table', () => {
    const t = /<table id="tabla-control"[\s\S]*?<\/table>/.exec(filledHtml)?.[0] ?? '';
    expect(t).toContain('<caption>Datos del documento controlado</caption>');
    expect(t.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toBe(
      '|Datos del documento controlado|Proceso|Código|Versión|Fecha de emisión|Evaluación independiente|EI-F-03|2|20/11/2025|',
    );
    expect(filledHtml.indexOf('tabla-control')).toBeGreaterThan(filledHtml.indexOf('<h1>'));
  });

  test('printed, every page carries the block in its margins and «Página n de m»', () => {
    const css = /<style>([\s\S]*?)<\/style>/.exec(filledHtml)?.[1] ?? '';
    const page = css.slice(css.lastIndexOf('@media print{@page{'));
    expect(page).toContain('@top-left{content:"Alcaldía Municipal de Valle de San Juan"');
    expect(page).toContain('@top-right{content:"Código: EI-F-03 · Versión: 2"');
    expect(page).toContain('@bottom-left{content:"Proceso: Evaluación independiente · Fecha: 20/11/2025"');
    expect(page).toContain('@bottom-right{content:"Página " counter(page) " de " counter(pages) ""');
  });

  test('an entity name cannot break out of the stylesheet', () => {
    const html = renderReportHtml(modelOf(matrizInputs(template), { ...SETTINGS, entidad: 'Alcaldía "X" </style><script>alert(1)</script>' }));
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(css).not.toContain('</style');
    expect(css).toContain('@top-left{content:"Alcaldía \\22 X\\22  \\3c /style\\3e \\3c script\\3e alert(1)\\3c /script\\3e "');
  });

  test('signatures by role with cargo: Control Interno elaborates; the Alcalde does not sign', () => {
    const firmas = /<div class="firmas">[\s\S]*?<\/div><\/div>/.exec(filledHtml)?.[0] ?? '';
    expect(firmas.replace(/<[^>]+>/g, '|').replace(/\|+/g, '|')).toBe(
      '|Elaboró|María Pérez|Jefe de la Oficina de Control Interno|Revisó|Ana Ruiz|Profesional de Control Interno|',
    );
    expect(firmas).not.toContain('Alcalde');
  });

  test('conclusions and historical phases read as on paper', () => {
    const text = filledHtml.replace(/<[^>]+>/g, ' ');
    expect(text).toContain('10. Conclusiones');
    expect(text).toContain('Sin fecha de cumplimiento registrada; el plazo venció el 01/12/2012, hace 12 años.');
    expect(text).not.toContain('Cumplir y documentar las fases vencidas');
  });
});

describe('text from the sheet is shown, never run', () => {
  const SCRIPT = '<script>alert("x")</script>';
  const ATTR = '" onmouseover="alert(1)';
  const rows = matrizInputs(template).map((r) => {
    if (r.id === 'A1') return { ...r, observaciones: SCRIPT, evidencia: 'javascript:alert(1)' };
    if (r.id === 'A3') return { ...r, indicador: `Trámites <b>en línea</b> & 'más'${ATTR}`, evidencia: 'https://example.org/a?b=1&c="2"' };
    if (r.id === 'A5') return { ...r, evidencia: 'HTTPS://EXAMPLE.ORG/evidencia' };
    return r;
  });
  const html = renderReportHtml(modelOf(rows, { ...SETTINGS, entidad: 'Alcaldía <i>de</i> Prueba' }));

  test('markup in a cell is escaped wherever it appears (cards, tables, chart, title)', () => {
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toMatch(/<b>|<i>|onmouseover="/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Trámites &lt;b&gt;en línea&lt;/b&gt; &amp; &#39;más&#39;&quot; onmouseover=&quot;alert(1)');
    expect(html).toMatch(/<title>[^<]*Alcaldía &lt;i&gt;de&lt;\/i&gt; Prueba<\/title>/);
  });

  test('only http(s) evidence becomes a link; anything else stays as text', () => {
    expect(html).not.toMatch(/href="javascript:/i);
    expect(card(html, 'A1')).toContain('<dd>javascript:alert(1)</dd>');
    // A quote in the URL could close the attribute: shown as text, not linked.
    expect(card(html, 'A3')).not.toContain('<a ');
    expect(card(html, 'A5')).toContain('<a href="HTTPS://EXAMPLE.ORG/evidencia">');
  });

  test.each([
    ['https://www.valledesanjuan-tolima.gov.co/transparencia?id=1&v=2', true],
    ['http://example.org', true],
    ['  https://example.org/x  ', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox', false],
    ['//evil.example/x', false],
    ['ftp://example.org/file', false],
    ['https://', false],
    ['https://example.org/a b', false],
    ['https://example.org/"onclick="x', false],
    ['https://example.org/\u0000', false],
    ['carpeta/evidencia.pdf', false],
  ])('safeHref(%j) → link: %s', (url, ok) => {
    expect(safeHref(url) !== null).toBe(ok);
  });
});

test('a plan with no indicator still renders: no chart, the sentence saying the Matriz is empty', () => {
  const html = renderReportHtml(modelOf([]));
  expect(html).not.toContain('<svg');
  expect(html).not.toContain('<li class="ficha"');
  expect(html).toContain('La Matriz no tiene indicadores');
  expect(html.trimEnd().endsWith('</html>')).toBe(true);
});

describe('the built-in plan', () => {
  const html = renderReportHtml(modelOf(seedInputs(), { ...SETTINGS, jefeControlInterno: '', representanteComite: '' }));

  test('fits in under 100 KB', () => {
    const bytes = new TextEncoder().encode(html).length;
    expect(bytes).toBeLessThan(100 * 1024);
  });

  test('every indicator has its card; blank signature names leave a line to write the name', () => {
    const model = modelOf(seedInputs());
    const rows = (model.sections.find((s: ReportSection) => s.id === 'seguimiento')?.blocks.find((b) => b.kind === 'table') as TableBlock).rows;
    expect((html.match(/<li class="ficha"/g) ?? []).length).toBe(rows.length);
    expect(html).toContain('<strong>Nombre: ________________________</strong></p><p>Jefe de la Oficina de Control Interno</p>');
  });
});
