import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinTemplate } from '../../src/core/template/builtin';
import { loadTemplate, TemplateError } from '../../src/core/template/load';
import plan from '../../sheets-template/gel-valle-de-san-juan/plan.json';
import fases from '../../sheets-template/gel-valle-de-san-juan/fases.json';
import frecuencias from '../../sheets-template/gel-valle-de-san-juan/frecuencias.json';
import configuracion from '../../sheets-template/gel-valle-de-san-juan/configuracion.json';
import { serialFromIso } from '../../src/core/calendar';

// The municipality's public plan text (the project's input), kept in the repository so a clone stands alone.
const SEED = path.resolve(__dirname, '../fixtures/plan-valle-de-san-juan.txt');

function seedText(): string {
  return readFileSync(SEED, 'utf8');
}

/** The operative matrix's data rows: the tab-separated lines with eight fields that are not the header. */
function seedMatrixRows(): string[][] {
  const text = seedText();
  const start = text.indexOf('MARCO OPERATIVO');
  return text
    .slice(start)
    .split('\n')
    .map((l) => l.split('\t').map((f) => f.trim()))
    .filter((f) => f.length === 8 && f[0] !== 'ACCIÓN' && !/^-+$/.test(f[0]));
}

const MESES: Record<string, number> = { junio: 6, noviembre: 11, diciembre: 12 };
function seedDate(text: string): string {
  const m = /^1° de (\w+) de (\d{4})$/.exec(text);
  if (!m) throw new Error(`Fecha de la semilla inesperada: ${text}`);
  return `${m[2]}-${String(MESES[m[1]]).padStart(2, '0')}-01`;
}

test("the template holds the seed's six actions with their eight columns verbatim", () => {
  const rows = seedMatrixRows();
  const t = builtinTemplate();
  expect(rows).toHaveLength(6);
  expect(t.plan.acciones).toHaveLength(6);
  t.plan.acciones.forEach((a, i) => {
    expect([a.accion, a.beneficios, a.indicadorGestion, a.metas, a.actividades, a.responsables, a.recursos, a.frecuencia]).toEqual(rows[i]);
  });
});

test('action 2 names two indicators and the tracker follows each one, each saying what it counts', () => {
  const t = builtinTemplate();
  const a2 = t.plan.acciones[1];
  expect(a2.indicadorGestion).toBe('% de Funcionarios Capacitados - Evaluaciones superadas por los Funcionarios');
  expect(a2.indicadores.map((i) => i.nombre)).toEqual(['% de Funcionarios Capacitados', 'Evaluaciones superadas por los Funcionarios']);
  const all = t.plan.acciones.flatMap((a) => a.indicadores);
  expect(all).toHaveLength(7);
  expect(new Set(all.map((i) => i.id)).size).toBe(7);
  for (const i of all) {
    expect(i.numerador.length).toBeGreaterThan(5);
    expect(i.denominador.length).toBeGreaterThan(5);
  }
});

test('the five phases of Decreto 1151 carry both deadlines exactly as the seed writes them', () => {
  const text = seedText();
  const t = builtinTemplate();
  expect(t.fases.fases).toHaveLength(5);
  for (const f of t.fases.fases) {
    const line = text.split('\n').find((l) => l.startsWith(`${f.fase}\t`));
    expect(line).toBeDefined();
    const [, nacional, territorial] = (line ?? '').split('\t').map((s) => s.trim());
    expect(f.textoNacional).toBe(nacional);
    expect(f.textoTerritorial).toBe(territorial);
    expect(f.plazoNacional).toBe(seedDate(nacional));
    expect(f.plazoTerritorial).toBe(seedDate(territorial));
    expect(serialFromIso(f.plazoTerritorial)).not.toBeNull();
  }
});

test("configuration defaults are the seed municipality with the design's thresholds", () => {
  const c = builtinTemplate().configuracion;
  expect(c).toMatchObject({
    municipio: 'Valle de San Juan',
    departamento: 'Tolima',
    orden: 'territorial',
    diasAviso: 15,
    umbralRojo: 0.6,
    umbralAmarillo: 0.8,
  });
  const f = builtinTemplate().frecuencias.frecuencias;
  expect(f.slice(0, 5).map((x) => [x.etiqueta, x.meses])).toEqual([
    ['MENSUALMENTE', 1],
    ['TRIMESTRALMENTE', 3],
    ['SEMESTRALMENTE', 6],
    ['ANUAL', 12],
    ['DE ACUERDO AL MANUAL DE IMPLEMENTACIÓN', 1],
  ]);
});

test("another municipality's plan loads without a code change", () => {
  const otro = {
    ...plan,
    titulo: 'PLAN DE ACCIÓN GEL MUNICIPIO DE EJEMPLO',
    acciones: [
      {
        id: 'B1',
        accion: 'Publicar el plan de compras',
        beneficios: 'Transparencia',
        indicadorGestion: '% de contratos publicados',
        metas: '100%',
        actividades: 'Publicar en el SECOP',
        responsables: 'Secretaría General',
        recursos: 'Equipos',
        frecuencia: 'BIMESTRAL',
        indicadores: [{ id: 'B1', nombre: '% de contratos publicados', numerador: 'Contratos publicados', denominador: 'Contratos firmados', meta: 1 }],
      },
    ],
  };
  const freq = { frecuencias: [...frecuencias.frecuencias, { etiqueta: 'BIMESTRAL', meses: 2 }] };
  const t = loadTemplate({ plan: otro, fases, frecuencias: freq, configuracion: { ...configuracion, municipio: 'Ejemplo', orden: 'nacional' } });
  expect(t.plan.acciones[0].frecuencia).toBe('BIMESTRAL');
  expect(t.configuracion.orden).toBe('nacional');
});

test('a broken template is refused with every problem named in Spanish', () => {
  const bad = { ...plan, acciones: [{ id: 'Z', indicadores: [] }] };
  let error: unknown;
  try {
    loadTemplate({
      plan: bad,
      fases: { fases: [{ id: 'F1', fase: 'x', plazoNacional: '2008-02-30' }] },
      frecuencias: { frecuencias: [{ etiqueta: 'X', meses: 0 }] },
      configuracion: { ...configuracion, orden: 'municipal' },
    });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(TemplateError);
  const problems = (error as TemplateError).problems.join('\n');
  expect(problems).toMatch(/indicadores/);
  expect(problems).toMatch(/plazoNacional.*fecha/);
  expect(problems).toMatch(/meses.*mayor que 0/);
  expect(problems).toMatch(/orden.*territorial/);
});
