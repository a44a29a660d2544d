/**
 * «Generar informe semestral…» through the built bundle in a vm with the fakes: the seed's plan,
 * prepared by the menu and filled in as in fixture.ts, at 20/11/2025 with Configuración's
 * reference date 15/11/2025. The figures checked are EXPECTED's, reasoned out by hand.
 */
import { createEnvironment, type FakeDocument } from '../fakes';
import { renderSection } from '../fakes/document/document';
import { FakeInlineImage, FakeParagraph, FakeTable } from '../fakes/document/elements';
import { SEMAFORO_BAR_COLOR, THRESHOLD_LINE_COLOR } from '../../src/core/tracker/styles';
import { MIME, type FileRecord } from '../fakes/drive-store';
import { autoTextOf } from '../fakes/docx-import';
import { loadGas, type GasHarness } from '../support/gas-harness';
import { SHEET } from '../../src/core/tracker/names';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { FILL } from '../../src/core/tracker/matriz';
import { EXPECTED } from './fixture';
import { snapshot, typeFixture } from './gas-fixture';

const PREPARAR = 'Preparar o reparar la hoja';
const INFORME = 'Generar informe semestral…';
const NAME = 'Informe seguimiento GEL-T 2025-II — Alcaldía Municipal de Valle de San Juan';
/** 20/11/2025 10:00 in Bogotá. */
const NOW = new Date(Date.UTC(2025, 10, 20, 15, 0));

async function trackerWithPlan(): Promise<GasHarness> {
  const env = createEnvironment({ userEmail: 'control.interno@valledesanjuan.gov.co' });
  const h = await loadGas({ env, now: NOW });
  h.call('onOpen', { authMode: 'LIMITED' });
  h.runMenuItem(PREPARAR);
  h.choosePlan();
  typeFixture(h.spreadsheet);
  env.calls.reset();
  return h;
}

function setConfig(h: GasHarness, key: string, value: string): void {
  const label = CONFIG_ROWS.find((r) => r.key === key)!.label;
  const sheet = h.spreadsheet.sheet(SHEET.configuracion);
  const row = sheet.peekValues().findIndex((l) => l[0] === label) + 1;
  sheet.getRange(row, 2).setValue(value);
  h.env.calls.reset();
}

const docs = (h: GasHarness): FileRecord[] => [...h.env.drive.files.values()].filter((f) => f.mimeType === MIME.document);
const pdfs = (h: GasHarness): FileRecord[] => [...h.env.drive.files.values()].filter((f) => f.mimeType === MIME.pdf);
const docNamed = (h: GasHarness, name: string): FakeDocument => {
  const f = docs(h).find((d) => d.name === name);
  if (!f?.doc)
    throw new Error(
      `No document ${name}; there are: ${docs(h)
        .map((d) => d.name)
        .join(', ')}`,
    );
  return f.doc;
};
const tableWithHeader = (doc: FakeDocument, first: string, second: string): FakeTable => {
  const t = doc.body.all(FakeTable).find((x) => x.rows[0]?.cells[0]?.text() === first && x.rows[0]?.cells[1]?.text() === second);
  if (!t) throw new Error(`No table ${first} | ${second}`);
  return t;
};
const cells = (t: FakeTable): string[][] => t.rows.map((r) => r.cells.map((c) => c.text()));
const lastDialog = (h: GasHarness): string => {
  const d = h.env.ui.lastDialog();
  if (!d) return '';
  return 'message' in d ? d.message : d.html.content;
};

function generate(h: GasHarness, semester: string): void {
  h.env.ui.answerPrompt(semester);
  h.runMenuItem(INFORME);
}

describe('Generar informe semestral on the seed plan with filled values', () => {
  let h: GasHarness;
  let before: string;
  beforeAll(async () => {
    h = await trackerWithPlan();
    before = snapshot(h.spreadsheet);
    generate(h, '2025-II');
  });

  test('the menu names the handler, and the prompt proposes the current semester', () => {
    expect(h.menuFunction(INFORME)).toBe('menuGenerarInforme');
    const prompt = h.env.ui.dialogs.filter((d) => d.kind === 'prompt').pop();
    expect(prompt && 'message' in prompt ? prompt.message : '').toContain('Deje vacío para el semestre 2025-II');
  });

  test('a new Doc named after entity and semester holds every section in order', () => {
    const text = renderSection(docNamed(h, NAME).body);
    const order = [
      'Alcaldía Municipal de Valle de San Juan',
      'Informe de seguimiento semestral — Plan de Acción de Gobierno en Línea',
      '| Evaluación independiente | EI-F-03 | 2 | 20/11/2025 |',
      'Semestre: 2025-II (del 01/07/2025 al 31/12/2025)',
      'Fecha de corte: 15/11/2025',
      '1. Objetivo',
      '2. Alcance',
      '3. Normatividad',
      '4. Resumen',
      '5. Seguimiento por acción',
      '6. Alertas',
      '7. Avance por responsable',
      '8. Fases del Decreto 1151 de 2008',
      '9. Evolución en el semestre',
      '10. Conclusiones',
      '11. Observaciones y recomendaciones',
      '12. Firmas',
    ];
    let at = -1;
    for (const s of order) {
      const i = text.indexOf(s, at + 1);
      expect({ s, found: i > at }).toEqual({ s, found: true });
      at = i;
    }
    expect(text).toContain('El seguimiento cubre 6 acciones del Plan de Acción, medidas con 7 indicadores');
    expect(text).toContain(`Cumplimiento promedio de la meta: ${EXPECTED.promedioText} (promedio de 5 indicadores medidos de 7).`);
    expect(text).toContain('• CONPES 3248 de 2003, que define el programa de renovación de la administración pública.');
    expect(text).toContain('María Pérez');
    expect(text).toContain('Ana Ruiz');
  });

  test('a controlled document: the header repeats entity, title, proceso, código, versión and fecha on every page', () => {
    const doc = docNamed(h, NAME);
    expect(doc.header).not.toBeNull();
    expect(renderSection(doc.header!)).toBe(
      [
        'Alcaldía Municipal de Valle de San Juan — Informe de seguimiento semestral — Plan de Acción de Gobierno en Línea',
        'Proceso: Evaluación independiente · Código: EI-F-03 · Versión: 2 · Fecha: 20/11/2025',
      ].join('\n'),
    );
    expect(cells(tableWithHeader(doc, 'Proceso', 'Código'))).toEqual([
      ['Proceso', 'Código', 'Versión', 'Fecha de emisión'],
      ['Evaluación independiente', 'EI-F-03', '2', '20/11/2025'],
    ]);
  });

  test('the footer says «Página x de y» through page-number and page-count fields, so the dialog does not ask to number pages', () => {
    const doc = docNamed(h, NAME);
    expect(doc.footer).not.toBeNull();
    const numbered = doc.footer!.all(FakeParagraph).filter((p) => autoTextOf.has(p));
    expect(numbered.map((p) => [p.text(), autoTextOf.get(p)])).toEqual([['Página {PAGE_NUMBER} de {PAGE_COUNT}', ['PAGE_NUMBER', 'PAGE_COUNT']]]);
    // The converted shell's empty first paragraph was reused: the body starts with the entity's name.
    expect(doc.body.children[0].text()).toBe('Alcaldía Municipal de Valle de San Juan');
    expect(h.env.calls.total('DriveApp')).toBe(0);
    expect(lastDialog(h)).not.toContain('Números de página');
    expect(lastDialog(h)).toContain('ya lleva «Página x de y»');
  });

  test('every table repeats its header row on each page, and every heading stays with what follows (Docs API)', () => {
    const doc = docNamed(h, NAME);
    const tables = doc.body.all(FakeTable);
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) expect({ header: t.rows[0].cells[0].text(), pinned: t.pinnedHeaderRows }).toEqual({ header: t.rows[0].cells[0].text(), pinned: 1 });
    const headings = doc.body.children.filter((p): p is FakeParagraph => p instanceof FakeParagraph && p.heading !== 'NORMAL');
    expect(headings.map((p) => p.text())).toContain('5. Seguimiento por acción');
    for (const p of headings) expect({ heading: p.text(), keepWithNext: p.keepWithNext }).toEqual({ heading: p.text(), keepWithNext: true });
    // Two Docs API calls whatever the report's size: one read of the indexes, one batch of requests.
    expect([h.env.calls.count('Docs', 'Documents.get'), h.env.calls.count('Docs', 'Documents.batchUpdate')]).toEqual([1, 1]);
  });

  test("the signatures are Control Interno's, by role with cargo; the Alcalde does not sign", () => {
    const text = renderSection(docNamed(h, NAME).body);
    const firmas = text.slice(text.indexOf('12. Firmas'));
    expect(firmas).toContain('Elaboró\n\n______________________________\nMaría Pérez\nJefe de la Oficina de Control Interno');
    expect(firmas).toContain('Revisó\n\n______________________________\nAna Ruiz\nProfesional de Control Interno');
    expect(firmas).not.toContain('Aprobó');
    expect(firmas).not.toContain('Alcalde');
  });

  test('the resumen tables carry the counts by estado and semáforo', () => {
    const doc = docNamed(h, NAME);
    expect(cells(tableWithHeader(doc, 'Estado (oportunidad)', 'Indicadores')).slice(1)).toEqual([
      ...Object.entries(EXPECTED.estado).map(([k, v]) => [k, String(v)]),
      ['Total', '7'],
    ]);
    expect(cells(tableWithHeader(doc, 'Semáforo (logro)', 'Indicadores')).slice(1)).toEqual([
      ...Object.entries(EXPECTED.semaforo).map(([k, v]) => [k, String(v)]),
      ['Total', '7'],
    ]);
  });

  test('seguimiento por acción: one row per indicator, estado and semáforo cells coloured', () => {
    const t = tableWithHeader(docNamed(h, NAME), 'ID', 'Acción');
    const rows = cells(t).slice(1);
    expect(rows.map((r) => r[0])).toEqual(Object.keys(EXPECTED.rows));
    for (const r of rows) {
      const e = EXPECTED.rows[r[0] as keyof typeof EXPECTED.rows];
      expect([r[4], r[5], r[6], r[7]]).toEqual([e.valor, e.cumplimiento, e.estado, e.semaforo]);
    }
    const a3 = t.rows.find((r) => r.cells[0].text() === 'A3')!;
    expect(a3.cells[6].background?.toUpperCase()).toBe(FILL.red.background);
    expect(a3.cells[7].background?.toUpperCase()).toBe(FILL.red.background);
    const a1 = t.rows.find((r) => r.cells[0].text() === 'A1')!;
    expect(a1.cells[6].background?.toUpperCase()).toBe(FILL.amber.background);
    expect(a1.cells[7].background?.toUpperCase()).toBe(FILL.green.background);
  });

  test('alertas, responsables, fases and evolución have the hand-computed rows', () => {
    const doc = docNamed(h, NAME);
    expect(
      cells(tableWithHeader(doc, 'ID', 'Indicador'))
        .slice(1)
        .map((r) => [r[0], r[2], r[3], r[4]]),
    ).toEqual(EXPECTED.alertas.map((a) => [a.id, a.estado, a.vence, a.dias]));
    expect(cells(tableWithHeader(doc, 'Responsables', 'Indicadores')).slice(1)).toEqual(EXPECTED.responsables);
    expect(
      cells(tableWithHeader(doc, 'Fase', 'Plazo (orden territorial)'))
        .slice(1)
        .map((r) => r.slice(0, 4)),
    ).toEqual(EXPECTED.fases);
    const evo = doc.body.all(FakeTable).find((t) => t.rows[0]?.cells.length === 4 && t.rows[0].cells[2].text() === EXPECTED.cortes[0])!;
    expect(cells(evo)[0]).toEqual(['ID', 'Indicador', ...EXPECTED.cortes]);
    expect(
      cells(evo)
        .find((r) => r[0] === 'A1')!
        .slice(2),
    ).toEqual(['70 %', '80 %']);
    expect(cells(tableWithHeader(doc, 'ID', 'Indicador')).length).toBeGreaterThan(1);
    expect(renderSection(doc.body)).toContain('Falta publicar el cronograma del portal.');
  });

  test('the Tablero chart is in the Doc as an image: the combo chart coloured by semáforo, with its thresholds', () => {
    const doc = docNamed(h, NAME);
    expect(renderSection(doc.body)).toContain('[imagen]');
    const image = doc.body.all(FakeInlineImage)[0];
    // The fake's chart image is the chart's description: what Google would draw.
    const drawn = JSON.parse(image.data) as { type: string; ranges: string[]; options: { series: Record<string, { type: string; color: string }> } };
    expect(drawn.type).toBe('COMBO');
    expect(drawn.ranges[0]).toMatch(new RegExp(`^${SHEET.tablero}!A\\d+:F\\d+$`));
    expect(Object.values(drawn.options.series).map((s) => [s.type, s.color])).toEqual([
      ['bars', SEMAFORO_BAR_COLOR.Rojo],
      ['bars', SEMAFORO_BAR_COLOR.Amarillo],
      ['bars', SEMAFORO_BAR_COLOR.Verde],
      ['line', THRESHOLD_LINE_COLOR.rojo],
      ['line', THRESHOLD_LINE_COLOR.amarillo],
    ]);
  });

  test('a PDF copy sits beside the Doc, and the dialog links both', () => {
    const docFile = docs(h).find((d) => d.name === NAME)!;
    const pdf = pdfs(h).find((p) => p.name === `${NAME}.pdf`);
    expect(pdf).toBeDefined();
    expect([...pdf!.parents]).toEqual([...docFile.parents]);
    // Under drive.file the spreadsheet's folder is out of reach: both sit in My Drive, and the dialog says so.
    expect([...docFile.parents]).toEqual([h.env.drive.rootId]);
    expect(lastDialog(h)).toContain('El complemento no puede abrir la carpeta donde está la hoja');
    expect(pdf!.data).toContain('5. Seguimiento por acción');
    const html = lastDialog(h);
    expect(html).toContain('El borrador del informe del semestre 2025-II');
    expect(html).toContain(docFile.id);
    expect(html).toContain(pdf!.id);
  });

  test('the web page of the report sits beside the PDF, built from the same model, and the dialog links it', () => {
    const pdf = pdfs(h).find((p) => p.name === `${NAME}.pdf`)!;
    const page = [...h.env.drive.files.values()].find((f) => f.name === `${NAME}.html`);
    expect(page).toBeDefined();
    expect(page!.mimeType).toBe('text/html');
    expect([...page!.parents]).toEqual([...pdf.parents]);
    expect(page!.data).toMatch(/^<!DOCTYPE html>/);
    expect(page!.data).toContain('lang="es-CO"');
    for (const a of EXPECTED.alertas) expect(page!.data).toContain(a.id);
    expect(lastDialog(h)).toContain(page!.id);
  });

  test('the spreadsheet is unchanged', () => {
    expect(snapshot(h.spreadsheet)).toBe(before);
  });

  test('generating the same semester again makes version 2 and says so; version 1 is untouched', () => {
    const v1 = renderSection(docNamed(h, NAME).body);
    generate(h, '2025-II');
    const v2 = docNamed(h, `${NAME} — versión 2`);
    expect(renderSection(v2.body)).toContain(
      'Versión 2 del informe de este semestre; la anterior se generó el 20/11/2025 10:00 por control.interno@valledesanjuan.gov.co.',
    );
    expect(lastDialog(h)).toContain('este documento es la versión 2');
    expect(renderSection(docNamed(h, NAME).body)).toBe(v1);
    expect(snapshot(h.spreadsheet)).toBe(before);
  });
});

describe('bad input', () => {
  test('a semester that is not one: a clear message, nothing made', async () => {
    const h = await trackerWithPlan();
    const before = snapshot(h.spreadsheet);
    generate(h, 'tercer semestre');
    expect(lastDialog(h)).toBe('«tercer semestre» no es un semestre. Escriba el año y el semestre, por ejemplo 2025-I o 2025-II. No se generó ningún informe.');
    expect(docs(h)).toHaveLength(0);
    expect(snapshot(h.spreadsheet)).toBe(before);
  });

  test('an empty answer takes the proposed semester; Cancel does nothing', async () => {
    const h = await trackerWithPlan();
    h.env.ui.answerPrompt('', 'CANCEL');
    h.runMenuItem(INFORME);
    expect(docs(h)).toHaveLength(0);
    generate(h, '');
    expect(docs(h).map((d) => d.name)).toEqual([NAME]);
  });

  test('the Docs API failing on the page layout loses nothing: the report is complete, recorded, and the dialog says what to check', async () => {
    const h = await trackerWithPlan();
    jest.spyOn(h.env.Docs.Documents, 'batchUpdate').mockImplementation(() => {
      throw new Error('API call to docs.documents.batchUpdate failed with error: Internal error encountered.');
    });
    generate(h, '2025-II');
    const doc = docNamed(h, NAME);
    expect(renderSection(doc.body)).toContain('12. Firmas');
    expect(pdfs(h).map((f) => f.name)).toEqual([`${NAME}.pdf`]);
    expect(doc.body.all(FakeTable).every((t) => t.pinnedHeaderRows === 0)).toBe(true);
    expect(lastDialog(h)).toContain('No se pudo pedir a Google Docs que repita el encabezado de cada tabla');
  });

  test('a spreadsheet never prepared: the report says what is missing instead of failing', async () => {
    const h = await loadGas({ env: createEnvironment(), now: NOW });
    h.call('onOpen', { authMode: 'LIMITED' });
    const before = snapshot(h.spreadsheet);
    generate(h, '2025-II');
    const text = renderSection(docNamed(h, NAME).body);
    expect(text).toContain('La Matriz no tiene indicadores');
    expect(text).toContain('No hay cortes registrados en el semestre 2025-II');
    expect(text).toContain('12. Firmas');
    expect(lastDialog(h)).toContain('El borrador del informe del semestre 2025-II');
    expect(snapshot(h.spreadsheet)).toBe(before);
  });

  test('a semester with no cortes says so in the evolución section', async () => {
    const h = await trackerWithPlan();
    const before = snapshot(h.spreadsheet);
    generate(h, 'I 2024');
    const text = renderSection(docNamed(h, 'Informe seguimiento GEL-T 2024-I — Alcaldía Municipal de Valle de San Juan').body);
    expect(text).toContain('No hay cortes registrados en el semestre 2024-I en la hoja Seguimiento.');
    expect(text).toContain('La fecha de corte (15/11/2025) no está dentro del semestre 2024-I');
    expect(snapshot(h.spreadsheet)).toBe(before);
  });

  test('missing configuration (no Configuración sheet): defaults, and the report says what is missing', async () => {
    const h = await trackerWithPlan();
    const ss = h.spreadsheet;
    ss.deleteSheet(ss.getSheetByName(SHEET.configuracion)!);
    h.env.calls.reset();
    const before = snapshot(ss);
    generate(h, '2025-II');
    const text = renderSection(docNamed(h, NAME).body);
    expect(text).toContain('Faltan en Configuración los nombres para las firmas de: Elaboró.');
    expect(text).toContain('La revisión de la hoja encontró');
    expect(snapshot(ss)).toBe(before);
  });

  test("a folder that does not exist: a clear message, the Doc and PDF go to My Drive (the spreadsheet's folder is out of drive.file's reach)", async () => {
    const h = await trackerWithPlan();
    setConfig(h, 'carpetaInforme', 'https://drive.google.com/drive/folders/1NoExisteEstaCarpeta000000');
    const before = snapshot(h.spreadsheet);
    generate(h, '2025-II');
    expect(lastDialog(h)).toContain('No se encontró la carpeta «https://drive.google.com/drive/folders/1NoExisteEstaCarpeta000000»');
    expect([...docs(h).find((d) => d.name === NAME)!.parents]).toEqual([h.env.drive.rootId]);
    expect([...pdfs(h)[0].parents]).toEqual([h.env.drive.rootId]);
    expect(snapshot(h.spreadsheet)).toBe(before);
  });

  // Under drive.file a folder the person made is out of reach (this test used to assert the opposite,
  // which Google does not allow); a folder the add-on created, given by its link, is used.
  test('a configured folder the add-on created gets both files; one the person made is refused with a clear message', async () => {
    const h = await trackerWithPlan();
    const mine = h.env.drive.createFolder('Informes de Control Interno');
    h.env.drive.grantToApp(mine.id);
    setConfig(h, 'carpetaInforme', mine.id);
    generate(h, '2025-II');
    expect([...docs(h).find((d) => d.name === NAME)!.parents]).toEqual([mine.id]);
    expect([...pdfs(h)[0].parents]).toEqual([mine.id]);
    expect(lastDialog(h)).toContain('Se guardó en la carpeta «Informes de Control Interno».');

    const theirs = h.env.drive.createFolder('Carpeta de la persona');
    setConfig(h, 'carpetaInforme', `https://drive.google.com/drive/folders/${theirs.id}`);
    generate(h, '2025-II');
    expect(lastDialog(h)).toContain('o el complemento no tiene acceso a ella (solo alcanza las carpetas que él mismo creó)');
    expect(docs(h).filter((d) => d.parents.has(theirs.id))).toHaveLength(0);
  });

  test('a folder given by name is created once in My Drive (drive.file allows it) and reused', async () => {
    const h = await trackerWithPlan();
    setConfig(h, 'carpetaInforme', 'Informes GEL-T');
    generate(h, '2025-II');
    const folders = [...h.env.drive.folders.values()].filter((f) => f.name === 'Informes GEL-T');
    expect(folders).toHaveLength(1);
    expect(lastDialog(h)).toContain('Se creó la carpeta «Informes GEL-T» en «Mi unidad»');
    generate(h, '2025-II');
    expect([...h.env.drive.folders.values()].filter((f) => f.name === 'Informes GEL-T')).toHaveLength(1);
    expect(docs(h).map((d) => [...d.parents])).toEqual([[folders[0].id], [folders[0].id]]);
    expect(pdfs(h).map((d) => [...d.parents])).toEqual([[folders[0].id], [folders[0].id]]);
    expect(lastDialog(h)).not.toContain('Se creó la carpeta');
  });

  test('a template without markers: the report is appended after its content and the user is told', async () => {
    const h = await trackerWithPlan();
    const tpl = h.env.drive.createDocument('Plantilla institucional');
    h.env.DocumentApp.openById(tpl.file.id).getBody().appendParagraph('ALCALDÍA — Código CI-F-07 — Versión 3');
    setConfig(h, 'plantillaInforme', `https://docs.google.com/document/d/${tpl.file.id}/edit`);
    generate(h, '2025-II');
    expect(lastDialog(h)).toContain('La plantilla no tiene {{marcadores}}: el informe se agregó al final de su contenido.');
    const text = renderSection(docNamed(h, NAME).body);
    expect(text.indexOf('ALCALDÍA — Código CI-F-07')).toBeLessThan(text.indexOf('4. Resumen'));
    expect(renderSection(tpl.body)).not.toContain('4. Resumen'); // the template itself is not touched
  });

  test('a template with markers is filled, and its action table gets one row per indicator', async () => {
    const h = await trackerWithPlan();
    const tpl = h.env.drive.createDocument('Plantilla con marcadores');
    const body = h.env.DocumentApp.openById(tpl.file.id).getBody();
    body.appendParagraph('Informe {{semestre}} — {{entidad}} — corte {{fecha_corte}}');
    body.appendParagraph('Vencidas: {{vencidas}}; promedio {{cumplimiento_promedio}}; {{desconocido}}');
    body.appendTable([
      ['Código', 'Indicador', 'Estado'],
      ['{{id}}', '{{indicador}}', '{{estado}}'],
    ]);
    setConfig(h, 'plantillaInforme', tpl.file.id);
    generate(h, '2025-II');
    const doc = docNamed(h, NAME);
    const text = renderSection(doc.body);
    expect(text).toContain('Informe 2025-II — Alcaldía Municipal de Valle de San Juan — corte 15/11/2025');
    expect(text).toContain(`Vencidas: 2; promedio ${EXPECTED.promedioText}; {{desconocido}}`);
    const t = tableWithHeader(doc, 'Código', 'Indicador');
    expect(
      cells(t)
        .slice(1)
        .map((r) => [r[0], r[2]]),
    ).toEqual(Object.entries(EXPECTED.rows).map(([id, e]) => [id, e.estado]));
    expect(t.rows.find((r) => r.cells[0].text() === 'A3')!.cells[2].background?.toUpperCase()).toBe(FILL.red.background);
    expect(lastDialog(h)).toContain('{{desconocido}}');
    expect(text).not.toContain('4. Resumen');
  });

  test('a template Drive cannot reach (drive.file) but Docs can open is copied element by element, header included', async () => {
    const h = await trackerWithPlan();
    const tpl = h.env.drive.createDocument('Plantilla de otra persona');
    const src = h.env.DocumentApp.openById(tpl.file.id);
    src.addHeader().appendParagraph('Código CI-F-07 — Versión 3');
    src.getBody().appendParagraph('Informe {{semestre}}: {{total_indicadores}} indicadores, {{rojos}} en rojo');
    setConfig(h, 'plantillaInforme', tpl.file.id);
    generate(h, '2025-II');
    const doc = docNamed(h, NAME);
    expect(renderSection(doc.body)).toContain('Informe 2025-II: 7 indicadores, 1 en rojo');
    expect(doc.header ? renderSection(doc.header) : '').toContain('Código CI-F-07 — Versión 3');
    expect(lastDialog(h)).toContain('Se usó la plantilla');
    expect(renderSection(tpl.body)).toContain('{{semestre}}'); // the template itself is untouched
  });

  test('a template that cannot be opened: the standard report and a clear message', async () => {
    const h = await trackerWithPlan();
    setConfig(h, 'plantillaInforme', 'mi plantilla bonita');
    generate(h, '2025-II');
    expect(lastDialog(h)).toContain('No se encontró la plantilla «mi plantilla bonita»');
    expect(renderSection(docNamed(h, NAME).body)).toContain('4. Resumen');
  });
});

describe('when Drive does not convert the numbered shell', () => {
  test('the report is made with DocumentApp as before: header, no page fields, and the dialog asks to number the pages', async () => {
    const h = await trackerWithPlan();
    const files = h.env.Drive.Files;
    const create = files.create.bind(files);
    // A Drive fault on the conversion only (the PDF and web page uploads still work).
    files.create = (resource, media, args) => {
      if (resource.mimeType === MIME.document) h.env.rt.fail('API call to drive.files.create failed with error: Internal Error');
      return create(resource, media, args);
    };
    generate(h, '2025-II');
    expect(docs(h).map((d) => d.name)).toEqual([NAME]);
    const doc = docNamed(h, NAME);
    expect(renderSection(doc.header!)).toContain('Proceso: Evaluación independiente');
    expect(doc.footer).toBeNull();
    expect(renderSection(doc.body)).toContain('Cumplimiento promedio de la meta');
    expect(pdfs(h).map((f) => f.name)).toEqual([`${NAME}.pdf`]);
    expect(lastDialog(h)).toContain('Insertar › Números de página');
    expect(h.env.calls.count('DocumentApp', 'create')).toBe(1);
  });

  test('a blob that is not a .docx is refused by the Drive fake, as Drive refuses what it cannot import', () => {
    const env = createEnvironment();
    const blob = env.Utilities.newBlob('<p/>', 'application/zip', 'x.zip');
    expect(() => env.Drive.Files.create({ name: 'x', mimeType: MIME.document }, blob)).toThrow('is not supported');
  });
});
