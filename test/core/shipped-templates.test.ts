import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_TEMPLATE, templateByName, templateCatalog } from '../../src/core/template/catalog';
import { loadTemplatePackage, TemplateError } from '../../src/core/template/load';
import { SHEET } from '../../src/core/tracker/names';
import { runExport } from '../../src/node/export-command';
import { readInput } from '../../src/node/read-input';
import { emptyTracker, PREPARAR } from '../gas/fixtures';
import { choosePlan, click, lastMessage, stateOf } from '../gas/support';
import gdPlan from '../../sheets-template/gobierno-digital/plan.json';
import gdFases from '../../sheets-template/gobierno-digital/fases.json';
import gdFrecuencias from '../../sheets-template/gobierno-digital/frecuencias.json';
import gdConfiguracion from '../../sheets-template/gobierno-digital/configuracion.json';
import gdFuentes from '../../sheets-template/gobierno-digital/fuentes.json';

const NOW = new Date('2026-03-15T15:00:00Z');
const catalog = templateCatalog();
const indicatorIds = (nombre: string): string[] => templateByName(nombre).template.plan.acciones.flatMap((a) => a.indicadores.map((i) => i.id));

test("three plans ship, the seed's is the default, each with a one-line Spanish description", () => {
  expect(catalog.map((e) => e.nombre)).toEqual(['gel-valle-de-san-juan', 'gobierno-digital', 'plan-de-accion-institucional']);
  expect(DEFAULT_TEMPLATE).toBe('gel-valle-de-san-juan');
  for (const e of catalog) expect(e.descripcion).toMatch(/^[A-ZÁÉÍÓÚ].{20,200}\.$/);
});

describe.each(catalog.map((e) => e.nombre))('shipped plan %s', (nombre) => {
  const pkg = templateByName(nombre);

  test('every fact has a source: the files, every action, the norms and (when there are any) the phases', () => {
    const f = pkg.fuentes;
    const all = [f.plan, f.frecuencias, f.configuracion, ...Object.values(f.acciones)];
    if (pkg.template.fases.fases.length > 0) expect(f.fases).not.toBeNull();
    if (f.fases) all.push(f.fases);
    if (f.normatividad) all.push(f.normatividad);
    expect(Object.keys(f.acciones).sort()).toEqual(pkg.template.plan.acciones.map((a) => a.id).sort());
    for (const s of all) {
      expect(s.documento.trim().length).toBeGreaterThan(10);
      expect(s.fecha).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  test('Excel host: npm run export -- --plantilla writes it, and reading the file back gives its indicators and phases', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gel-plantilla-'));
    const file = path.join(dir, `${nombre}.xlsx`);
    const err: string[] = [];
    const code = await runExport(['--plantilla', nombre, '--salida', file], { out: () => undefined, err: (l) => err.push(l), cwd: dir, now: () => NOW });
    expect(code).toBe(0);
    const read = await readInput(file, pkg.template);
    expect(read.data.matriz.rows.map((r) => String(r.get('id')))).toEqual(indicatorIds(nombre));
    expect(read.data.fases.rows).toHaveLength(pkg.template.fases.fases.length);
  });

  test('Sheets host: Preparar on an empty spreadsheet lists the plans in a dialog, loads the one chosen and remembers it', () => {
    const b = emptyTracker();
    click(b, PREPARAR);
    // The click only asks: a dialog listing every plan with its description; nothing is built yet.
    const asked = b.env.ui.lastDialog();
    expect(asked?.kind).toBe('modal');
    const html = asked && 'html' in asked ? asked.html.content : '';
    for (const e of catalog) {
      expect(html).toContain(`value="${e.nombre}"`);
      expect(html).toContain(e.descripcion);
    }
    expect(b.ss.sheets.map((s) => s.name)).not.toContain(SHEET.matriz);
    choosePlan(b, nombre);
    expect(lastMessage(b)).toMatch(/quedó lista/);
    expect(b.env.PropertiesService.getDocumentProperties().getProperty('gelt.plantilla')).toBe(nombre);
    const ids = b.ss
      .sheet(SHEET.matriz)
      .peekValues()
      .slice(1)
      .map((r) => String(r[0]));
    expect(ids).toEqual(indicatorIds(nombre));
    expect(
      b.ss
        .sheet(SHEET.fases)
        .peekValues()
        .slice(1)
        .filter((r) => r.some((v) => v !== '')),
    ).toHaveLength(pkg.template.fases.fases.length);
    // A second Preparar asks nothing (the sheet is no longer empty) and keeps the plan: nothing to change.
    const modals = b.env.ui.dialogs.filter((d) => d.kind === 'modal').length;
    click(b, PREPARAR);
    expect(b.env.ui.dialogs.filter((d) => d.kind === 'modal')).toHaveLength(modals);
    expect(lastMessage(b)).toMatch(/no fue necesario cambiar nada/);
  });
});

test('an unknown --plantilla is a usage error (exit 2) listing the plans there are; nothing is written', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gel-plantilla-'));
  const err: string[] = [];
  const code = await runExport(['--plantilla', 'pdm-2024'], { out: () => undefined, err: (l) => err.push(l), cwd: dir, now: () => NOW });
  expect(code).toBe(2);
  expect(err.join('\n')).toContain('La plantilla «pdm-2024» no existe');
  for (const e of catalog) expect(err.join('\n')).toContain(`«${e.nombre}»`);
});

test("in Sheets, a name that is no shipped plan reaching the dialog's entry point changes nothing and says so", () => {
  const b = emptyTracker();
  click(b, PREPARAR);
  const before = stateOf(b.ss);
  (b.g.prepararConPlantilla as (n: unknown) => void)('pdm-2024');
  expect(lastMessage(b)).toBe('«pdm-2024» no es uno de los planes de esta versión. No se cambió nada.');
  expect(stateOf(b.ss)).toBe(before);
  expect(b.env.PropertiesService.getDocumentProperties().getProperty('gelt.plantilla')).toBeNull();
});

test('in Sheets, a plan chosen after another person prepared the sheet keeps the plan stored', () => {
  const b = emptyTracker();
  click(b, PREPARAR);
  const dialog = b.env.ui.lastDialog();
  // Meanwhile someone else loads the Gobierno Digital plan from their own dialog.
  choosePlan(b, 'gobierno-digital');
  b.env.ui.dialogs.push(dialog!);
  choosePlan(b, 'plan-de-accion-institucional');
  expect(b.env.PropertiesService.getDocumentProperties().getProperty('gelt.plantilla')).toBe('gobierno-digital');
  expect(lastMessage(b)).toMatch(/no fue necesario cambiar nada/);
});

test('a user-made template without the source of an action, or with an undated one, is refused naming what is missing', () => {
  const acciones: Record<string, unknown> = { ...gdFuentes.acciones };
  delete acciones.GD3;
  acciones.GD4 = { documento: 'Decreto 767 de 2022', fecha: 'mayo' };
  const files = { plan: gdPlan, fases: gdFases, frecuencias: gdFrecuencias, configuracion: gdConfiguracion, fuentes: { ...gdFuentes, acciones } };
  const e = (() => {
    try {
      loadTemplatePackage(files);
      return null;
    } catch (x) {
      return x;
    }
  })();
  expect(e).toBeInstanceOf(TemplateError);
  expect((e as TemplateError).problems).toEqual([
    'Plantilla fuentes.json: falta la fuente de la acción «GD3». Escriba el documento o la norma («documento») y su fecha («fecha»).',
    'Plantilla fuentes.json: falta la fuente de la acción «GD4». Escriba el documento o la norma («documento») y su fecha («fecha»).',
  ]);
  expect(() => loadTemplatePackage({ ...files, fuentes: gdFuentes })).not.toThrow();
});
