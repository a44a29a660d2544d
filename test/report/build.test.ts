import { serialFromUtcDate } from '../../src/core/calendar';
import { calculationDate } from '../../src/core/evaluate';
import { parseConfiguracion } from '../../src/core/grid/configuracion';
import { parseFases } from '../../src/core/grid/fases';
import { parseMatriz } from '../../src/core/grid/matriz';
import { parseSeguimiento } from '../../src/core/grid/seguimiento';
import { buildReport, type ReportInput } from '../../src/core/report/build';
import { findSection, findTable, reportBlocks, type ReportModel, type TableBlock } from '../../src/core/report/model';
import { builtinTemplate } from '../../src/core/template/builtin';
import { FILL } from '../../src/core/tracker/matriz';
import { templateFrequencies } from '../../src/core/tracker/initial';
import { SHEET } from '../../src/core/tracker/names';
import { columnLetter } from '../../src/core/tracker/a1';
import { TABLERO_RESPONSABLES_HEADER_ROW } from '../../src/core/tracker/tablero';
import { createEngine } from '../support/formula-engine';
import { matrizCol, trackerSheets } from '../support/tracker-workbook';
import { CORTE, d, EXPECTED, fasesInputs, matrizInputs, seguimientoGrid, SETTINGS } from './fixture';

const template = builtinTemplate();
const opts = { dateToSerial: serialFromUtcDate };
const EMISION = d(2025, 11, 20);

function inputFrom(sheets: ReturnType<typeof trackerSheets>['sheets'], seg = seguimientoGrid()): ReportInput {
  const config = parseConfiguracion(sheets[SHEET.configuracion], template.configuracion, templateFrequencies(template), opts);
  const matriz = parseMatriz(sheets[SHEET.matriz], config.settings.frecuencias, opts);
  return {
    plan: template.plan,
    rows: matriz.rows,
    settings: config.settings,
    fases: parseFases(sheets[SHEET.fases], opts).rows,
    seguimiento: parseSeguimiento(seg, opts).rows,
    semester: { year: 2025, half: 2 },
    fechaCorte: calculationDate(config.settings, EMISION),
    fechaEmision: EMISION,
    decreto: template.fases.decreto,
  };
}

const texts = (t: TableBlock | undefined): string[][] => (t ? t.rows.map((r) => r.map((c) => c.text)) : []);
const allText = (m: ReportModel): string =>
  reportBlocks(m)
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return b.text;
        case 'paragraph':
          return b.runs.map((r) => r.text).join('');
        case 'list':
          return b.items.join('\n');
        case 'table':
          return [b.header.join(' | '), ...b.rows.map((r) => r.map((c) => c.text).join(' | '))].join('\n');
        case 'signatures':
          return b.signers.map((s) => `${s.role}: ${s.name}`).join('\n');
        default:
          return '';
      }
    })
    .join('\n');

describe('the report of the seed plan with filled values, 2025-II at 15/11/2025', () => {
  const { sheets, names } = trackerSheets(template, matrizInputs(template), SETTINGS, fasesInputs(template));
  const model = buildReport(inputFrom(sheets));

  test("the corte is Configuración's reference date, and the header says entity, place, semester and dates", () => {
    expect(model.meta.fechaCorte).toBe(CORTE);
    expect(model.meta.semesterLabel).toBe('2025-II');
    expect(model.meta.fileNameBase).toBe('Informe seguimiento GEL-T 2025-II — Alcaldía Municipal de Valle de San Juan');
    const head = allText({ ...model, sections: [findSection(model, 'encabezado')!] });
    expect(head).toContain('Alcaldía Municipal de Valle de San Juan');
    expect(head).toContain('Municipio de Valle de San Juan — Departamento de Tolima');
    expect(head).toContain('Informe de seguimiento semestral — Plan de Acción de Gobierno en Línea');
    expect(head).toContain('2025-II (del 01/07/2025 al 31/12/2025)');
    expect(head).toContain('Fecha de corte: 15/11/2025');
    expect(head).toContain('Evaluación independiente | EI-F-03 | 2 | 20/11/2025');
  });

  test('a controlled document: proceso, código, versión and fecha under the title and on every page', () => {
    expect(texts(findTable(model, 'control'))).toEqual([['Evaluación independiente', 'EI-F-03', '2', '20/11/2025']]);
    expect(findTable(model, 'control')!.header).toEqual(['Proceso', 'Código', 'Versión', 'Fecha de emisión']);
    expect(model.pageHeader).toEqual({
      entidad: 'Alcaldía Municipal de Valle de San Juan',
      title: 'Informe de seguimiento semestral — Plan de Acción de Gobierno en Línea',
      proceso: 'Proceso: Evaluación independiente',
      codigo: 'Código: EI-F-03',
      version: 'Versión: 2',
      fecha: 'Fecha: 20/11/2025',
    });
    expect(model.missing.join(' ')).not.toContain('código del documento');
  });

  test('conclusiones are derived from the figures: shares by estado, the average against the thresholds, the weakest', () => {
    const c = findSection(model, 'conclusiones')!;
    const items = c.blocks.flatMap((b) => (b.kind === 'list' ? b.items : []));
    // 7 indicators: 2 al día, 1 por vencer, 2 vencidos, 2 sin programar (the summary's counts).
    const { porEstado: e } = model.summary;
    expect([e['Al día'], e['Por vencer'], e.Vencida, e['Sin programar']]).toEqual([2, 1, 2, 2]);
    expect(items[0]).toBe('Oportunidad: de 7 indicadores, 2 (28,6 %) están al día, 1 (14,3 %) por vencer y 2 (28,6 %) vencidos; 2 (28,6 %) sin programar.');
    const avg = model.summary.cumplimientoPromedio!;
    expect(avg).toBeGreaterThanOrEqual(0.6);
    expect(avg).toBeLessThan(0.8);
    expect(items[1]).toMatch(
      /^Cumplimiento: el promedio de la meta es \d+(,\d)? % \(de 5 indicadores medidos de 7\), entre el umbral rojo \(60 %\) y el amarillo \(80 %\): en conjunto el plan está en Amarillo/,
    );
    expect(items).toContain('Indicadores con menor cumplimiento: A3 (25 %), A2.1 (60 %) y A2.2 (75 %).');
    expect(items.some((i) => i.startsWith('Responsables con más indicadores vencidos: '))).toBe(true);
    expect(items).toContain('Fases del Decreto 1151 de 2008: de 5, 1 se cumplió a tiempo, 1 tarde y 3 sin registro de cumplimiento.');
  });

  test('every section the issue lists is there, in order', () => {
    expect(model.sections.map((s) => s.id)).toEqual([
      'encabezado',
      'objetivo',
      'alcance',
      'normatividad',
      'resumen',
      'seguimiento',
      'alertas',
      'responsables',
      'fases',
      'evolucion',
      'conclusiones',
      'observaciones',
      'firmas',
    ]);
    expect(findSection(model, 'fases')?.title).toBe('8. Fases del Decreto 1151 de 2008');
  });

  test('objetivo, alcance and normatividad come from the plan', () => {
    const text = allText(model);
    expect(text).toContain(template.plan.objetivoGeneral);
    expect(text).toContain(
      'El seguimiento cubre 6 acciones del Plan de Acción, medidas con 7 indicadores, en el semestre 2025-II, del 01/07/2025 al 31/12/2025',
    );
    expect(text).toContain('fecha de corte 15/11/2025');
    const list = findSection(model, 'normatividad')?.blocks.find((b) => b.kind === 'list');
    expect(list && list.kind === 'list' ? list.items : []).toHaveLength(5);
    expect(text).toContain('CONPES 3072 de 2000');
  });

  test('the resumen counts actions, indicators, estados and semáforos, and averages measured compliance', () => {
    expect(model.summary.acciones).toBe(EXPECTED.acciones);
    expect(model.summary.indicadores).toBe(EXPECTED.indicadores);
    expect(model.summary.porEstado).toEqual(EXPECTED.estado);
    expect(model.summary.porSemaforo).toEqual(EXPECTED.semaforo);
    expect(model.summary.medidos).toBe(EXPECTED.medidos);
    expect(model.summary.cumplimientoPromedio).toBeCloseTo(EXPECTED.promedio, 12);
    expect(texts(findTable(model, 'resumen-estado'))).toEqual([
      ['Al día', '2'],
      ['Por vencer', '1'],
      ['Vencida', '2'],
      ['Sin programar', '2'],
      ['Total', '7'],
    ]);
    expect(texts(findTable(model, 'resumen-semaforo'))).toEqual([
      ['Verde', '2'],
      ['Amarillo', '2'],
      ['Rojo', '1'],
      ['Sin medir', '2'],
      ['Total', '7'],
    ]);
    expect(allText(model)).toContain('Cumplimiento promedio de la meta: 70 % (promedio de 5 indicadores medidos de 7).');
    const chart = findSection(model, 'resumen')?.blocks.find((b) => b.kind === 'chart');
    expect(chart && chart.kind === 'chart' ? chart.categories : []).toEqual(['A1', 'A2.1', 'A2.2', 'A3', 'A4', 'A5', 'A6']);
  });

  test('seguimiento por acción: one row per indicator with valor, cumplimiento, estado and semáforo in their colours', () => {
    const t = findTable(model, 'seguimiento')!;
    expect(t.header).toEqual(['ID', 'Acción', 'Indicador', 'Meta', 'Valor', 'Cumplimiento', 'Estado', 'Semáforo', 'Responsables', 'Evidencia']);
    for (const [id, e] of Object.entries(EXPECTED.rows)) {
      const row = t.rows.find((r) => r[0].text === id)!;
      expect([row[4].text, row[5].text, row[6].text, row[7].text]).toEqual([e.valor, e.cumplimiento, e.estado, e.semaforo]);
    }
    const a3 = t.rows.find((r) => r[0].text === 'A3')!;
    expect(a3[6].fill).toEqual(FILL.red);
    expect(a3[7].fill).toEqual(FILL.red);
    const a1 = t.rows.find((r) => r[0].text === 'A1')!;
    expect(a1[6].fill).toEqual(FILL.amber);
    expect(a1[7].fill).toEqual(FILL.green);
    expect(a1[9].link).toBe('https://example.org/conectividad');
    expect(t.rows.find((r) => r[0].text === 'A4')![3].text).toBe('—'); // the plan sets no meta for A4
    expect(t.rows.find((r) => r[0].text === 'A6')![6].fill).toBeUndefined(); // Sin programar: no colour, as in the sheet
  });

  test('alertas list overdue then due-soon rows with their days and responsables', () => {
    const t = findTable(model, 'alertas')!;
    expect(t.rows.map((r) => [r[0].text, r[2].text, r[3].text, r[4].text])).toEqual(EXPECTED.alertas.map((a) => [a.id, a.estado, a.vence, a.dias]));
    expect(t.rows[0][5].text).toBe('Los designados por el Comité Gel-t');
  });

  test('avance por responsable groups by the responsables text', () => {
    expect(texts(findTable(model, 'responsables'))).toEqual(EXPECTED.responsables);
  });

  test('fases del Decreto 1151 use the territorial deadline', () => {
    expect(texts(findTable(model, 'fases')).map((r) => r.slice(0, 4))).toEqual(EXPECTED.fases);
    expect(findTable(model, 'fases')!.header[1]).toBe('Plazo (orden territorial)');
  });

  test('phases of 2008–2012 read as what they are: met, met late, not met — with the deadline and how long ago', () => {
    const result = texts(findTable(model, 'fases')).map((r) => r[4]);
    expect(result).toEqual([
      'Cumplida a tiempo (plazo 01/11/2008, hace 17 años).',
      'Cumplida 1 mes después del plazo (01/12/2009, hace 15 años).',
      'Sin fecha de cumplimiento registrada; el plazo venció el 01/12/2010, hace 14 años.',
      'Sin fecha de cumplimiento registrada; el plazo venció el 01/12/2011, hace 13 años.',
      'Sin fecha de cumplimiento registrada; el plazo venció el 01/12/2012, hace 12 años.',
    ]);
    const text = allText(model);
    expect(text).not.toContain('Cumplir y documentar las fases vencidas');
    expect(text).toContain(
      'Registrar en la hoja Fases la fecha de cumplimiento y la evidencia de las fases del Decreto 1151 de 2008 que no las tienen (Fase de Transacción, Fase de Transformación y Fase de democracia)',
    );
    expect(text).toContain('Los plazos de las 5 fases vencieron antes de este semestre');
  });

  test('a phase due within the semester is still an alert', () => {
    const due = buildReport({ ...inputFrom(sheets), fases: [{ ...inputFrom(sheets).fases[4], plazoTerritorial: d(2025, 10, 1) }] });
    const row = findTable(due, 'fases')!.rows[0].map((c) => c.text);
    expect(row[3]).toBe('Vencida');
    expect(row[4]).toBe('Vencida: el plazo fue el 01/10/2025, hace 1 mes.');
    expect(allText(due)).toContain('Cumplir y documentar las fases vencidas: Fase de democracia.');
  });

  test('evolución shows the two cortes of 2025-II, not the one of 2025-I', () => {
    const t = findTable(model, 'evolucion')!;
    expect(t.header).toEqual(['ID', 'Indicador', ...EXPECTED.cortes]);
    const a1 = t.rows.find((r) => r[0].text === 'A1')!;
    expect(a1.slice(2).map((c) => c.text)).toEqual(['70 %', '80 %']);
    expect(a1[3].fill).toEqual(FILL.green);
    expect(allText(model)).toContain('Valor de cada indicador en los 2 cortes registrados en la hoja Seguimiento durante el semestre 2025-II');
    const a21 = t.rows.find((r) => r[0].text === 'A2.1')!;
    expect(a21.slice(2).map((c) => c.text)).toEqual(['—', '55 %']);
  });

  test('observaciones carry the Control Interno column, recommendations name the rows, and room is left', () => {
    expect(texts(findTable(model, 'observaciones'))).toEqual([
      ['A3', 'Frecuencia de acuerdo al Manual de Implementación', 'Falta publicar el cronograma del portal.'],
    ]);
    const text = allText(model);
    expect(text).toContain('Hacer el seguimiento de los indicadores vencidos (A2.2 y A3)');
    expect(text).toContain('Definir acciones de mejora para los indicadores en rojo (A3).');
    expect(text).toContain('Observaciones adicionales de la Oficina de Control Interno:');
  });

  test('firmas: names from Configuración, a blank line where one is missing, and the gap is reported', () => {
    const sig = findSection(model, 'firmas')?.blocks.find((b) => b.kind === 'signatures');
    // Control Interno elaborates and signs; the Alcalde signs no evaluation of his own administration.
    expect(sig && sig.kind === 'signatures' ? sig.signers : []).toEqual([
      { role: 'Elaboró', name: 'María Pérez', cargo: 'Jefe de la Oficina de Control Interno' },
      { role: 'Revisó', name: 'Ana Ruiz', cargo: 'Profesional de Control Interno' },
    ]);
    expect(allText(model)).not.toMatch(/Alcalde Municipal: /);
    expect(model.missing.join(' ')).not.toContain('firmas');
  });

  test('template markers carry the same figures', () => {
    expect(model.markers).toMatchObject({
      entidad: 'Alcaldía Municipal de Valle de San Juan',
      semestre: '2025-II',
      fecha_corte: '15/11/2025',
      fecha_emision: '20/11/2025',
      total_indicadores: '7',
      total_acciones: '6',
      al_dia: '2',
      por_vencer: '1',
      vencidas: '2',
      sin_programar: '2',
      verdes: '2',
      amarillos: '2',
      rojos: '1',
      sin_medir: '2',
      cumplimiento_promedio: '70 %',
    });
    expect(model.actionRows.map((r) => r.id)).toEqual(['A1', 'A2.1', 'A2.2', 'A3', 'A4', 'A5', 'A6']);
    expect(model.actionRows[3]).toMatchObject({ estado: 'Vencida', semaforo: 'Rojo', cumplimiento: '25 %', dias_restantes: '-45' });
  });

  test("the figures equal what the sheet's formulas show for the same data (formula engine)", () => {
    // HyperFormula has no AVERAGEIFS (the Tablero's per-responsable average): a scratch sheet asks
    // the same question with AVERAGEIF, its one-criterion equivalent.
    const col = (k: Parameters<typeof matrizCol>[0]) => `Matriz!$${columnLetter(matrizCol(k))}:$${columnLetter(matrizCol(k))}`;
    const check = Array.from({ length: 10 }, (_, i) => [
      `=IFERROR(AVERAGEIF(${col('responsables')},Tablero!A${TABLERO_RESPONSABLES_HEADER_ROW + 1 + i},${col('cumplimiento')}),"")`,
    ]);
    const engine = createEngine({ ...sheets, Check: check }, names);
    try {
      const t = findTable(model, 'seguimiento')!;
      // Matriz rows in order: the report's row i is sheet row i + 2.
      t.rows.forEach((r, i) => {
        expect(engine.value(SHEET.matriz, i + 2, matrizCol('estado'))).toBe(r[6].text);
        expect(engine.value(SHEET.matriz, i + 2, matrizCol('semaforo'))).toBe(r[7].text);
        const c = engine.value(SHEET.matriz, i + 2, matrizCol('cumplimiento'));
        expect(c === '' ? undefined : c).toBe(r[5].value);
      });
      // Tablero: estados B5:B8, semáforos B11:B14, total B16, average B17.
      ['Al día', 'Por vencer', 'Vencida', 'Sin programar'].forEach((e, i) => {
        expect(engine.value(SHEET.tablero, 5 + i, 1)).toBe(e);
        expect(engine.value(SHEET.tablero, 5 + i, 2)).toBe(model.summary.porEstado[e as keyof typeof model.summary.porEstado]);
      });
      ['Verde', 'Amarillo', 'Rojo', 'Sin medir'].forEach((s, i) => {
        expect(engine.value(SHEET.tablero, 11 + i, 1)).toBe(s);
        expect(engine.value(SHEET.tablero, 11 + i, 2)).toBe(model.summary.porSemaforo[s as keyof typeof model.summary.porSemaforo]);
      });
      expect(engine.value(SHEET.tablero, 16, 2)).toBe(model.summary.indicadores);
      expect(engine.value(SHEET.tablero, 17, 2)).toBeCloseTo(model.summary.cumplimientoPromedio ?? NaN, 12);
      // Per responsable: the Tablero's rows (first-seen order) against the report's table.
      const resp = findTable(model, 'responsables')!;
      resp.rows.forEach((r, i) => {
        const row = TABLERO_RESPONSABLES_HEADER_ROW + 1 + i;
        expect(engine.value(SHEET.tablero, row, 1)).toBe(r[0].text);
        expect([2, 3, 4].map((c) => engine.value(SHEET.tablero, row, c))).toEqual([r[1].value, r[2].value, r[3].value]);
        const avg = engine.value('Check', i + 1, 1);
        if (r[4].value === undefined) expect(avg).toBe('');
        else expect(avg).toBeCloseTo(r[4].value, 12);
      });
      // Fases: the sheet's estado, which the report words as «No cumplida» for a deadline before the semester.
      const fases = findTable(model, 'fases')!;
      fases.rows.forEach((r, i) => expect(engine.value(SHEET.fases, i + 2, 8)).toBe(r[3].text === 'No cumplida' ? 'Vencida' : r[3].text));
    } finally {
      engine.destroy();
    }
  });
});

describe('partial and empty plans give a report that says what is missing', () => {
  test('no indicators, no plan texts, no fases, no names, no cortes', () => {
    const { sheets } = trackerSheets(template, [], { fechaReferencia: CORTE, entidad: '' }, []);
    const input = inputFrom(sheets, seguimientoGrid([]));
    const model = buildReport({ ...input, plan: { objetivoGeneral: '', seguimiento: '', normatividad: [] } });
    expect(model.sections).toHaveLength(13);
    expect(model.summary.indicadores).toBe(0);
    expect(model.summary.cumplimientoPromedio).toBeNull();
    expect(model.markers.cumplimiento_promedio).toBe('—');
    expect(model.meta.fileNameBase).toBe('Informe seguimiento GEL-T 2025-II');
    const text = allText(model);
    expect(text).toContain('La Matriz no tiene indicadores');
    expect(text).toContain('Falta el nombre de la entidad en Configuración');
    expect(text).toContain('El plan no tiene objetivo general.');
    expect(text).toContain('El plan no tiene normatividad registrada.');
    expect(text).toContain('La hoja Fases no tiene fases');
    expect(text).toContain('No hay cortes registrados en el semestre 2025-II en la hoja Seguimiento.');
    expect(text).toContain('Cumplimiento promedio de la meta: sin datos');
    expect(findTable(model, 'alertas')?.emptyText).toBe('No hay acciones vencidas ni por vencer a la fecha de corte.');
    expect(model.missing.join(' ')).toContain('Faltan en Configuración los nombres para las firmas de: Elaboró.');
    expect(model.missing.join(' ')).toContain('Falta el código del documento');
    // Offline wording: no menu of Google Sheets is named.
    expect(text).not.toContain('Use «');
    const inSheets = buildReport({ ...input, plan: { objetivoGeneral: '', seguimiento: '', normatividad: [] }, host: 'sheets' });
    expect(allText(inSheets)).toContain('Use «Registrar corte de seguimiento…» para registrar uno.');
    expect(allText(inSheets)).toContain('Use «Preparar o reparar la hoja» para cargar el plan.');
  });

  test("a corte outside the semester is said, and that semester's cortes are used", () => {
    const { sheets } = trackerSheets(template, matrizInputs(template), SETTINGS, fasesInputs(template));
    const model = buildReport({ ...inputFrom(sheets), semester: { year: 2025, half: 1 } });
    expect(allText(model)).toContain('La fecha de corte (15/11/2025) no está dentro del semestre 2025-I');
    expect(findTable(model, 'evolucion')!.header).toEqual(['ID', 'Indicador', '30/06/2025']);
  });
});

describe("Control Interno's review in the report", () => {
  const { sheets } = trackerSheets(template, matrizInputs(template), SETTINGS, fasesInputs(template));

  test("the last corte of the semester: each indicator's review state, observation and reviewer; an empty review is Pendiente (empty cells show the report's dash)", () => {
    const seg = seguimientoGrid([
      { corte: d(2025, 7, 31), semestre: '2025-II', id: 'A1', valor: 0.7, revision: 'Devuelto', observacionRevision: 'Sin acta' },
      {
        corte: d(2025, 9, 30),
        semestre: '2025-II',
        id: 'A1',
        valor: 0.8,
        revision: 'Aprobado',
        observacionRevision: 'Soportes completos',
        revisadoPor: 'ci@valle.gov.co',
      },
      { corte: d(2025, 9, 30), semestre: '2025-II', id: 'A2.1', valor: 0.55, revision: 'devuelto', observacionRevision: 'Falta la lista de asistencia' },
      { corte: d(2025, 9, 30), semestre: '2025-II', id: 'A3', valor: 0.5 },
    ]);
    const model = buildReport(inputFrom(sheets, seg));
    expect(texts(findTable(model, 'revision'))).toEqual([
      ['A1', '% de Computadores con Conectividad', 'Aprobado', 'Soportes completos', 'ci@valle.gov.co'],
      ['A2.1', '% de Funcionarios Capacitados', 'Devuelto', 'Falta la lista de asistencia', '—'],
      ['A3', 'Frecuencia de acuerdo al Manual de Implementación', 'Pendiente', '—', '—'],
    ]);
    expect(allText(model)).toContain('Revisión de Control Interno del corte del 30/09/2025: 1 indicador aprobado, 1 devuelto y 1 pendiente de revisión.');
  });
});
