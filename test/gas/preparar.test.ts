import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { NAMED, SHEET } from '../../src/core/tracker/names';
import { builtinTemplate } from '../../src/core/template/builtin';
import { editedTracker, emptyTracker, PREPARAR, prepareNew, preparedTracker } from './fixtures';
import { changedCells, click, lastMessage, personCells, stateOf } from './support';

const indicators = builtinTemplate().plan.acciones.reduce((n, a) => n + a.indicadores.length, 0);

describe('Preparar o reparar la hoja', () => {
  test('a spreadsheet prepared with the old green colour scale on compliance loses it; a person’s own scale stays', () => {
    const b = preparedTracker();
    const app = b.env.SpreadsheetApp;
    const sheet = b.ss.sheet(SHEET.matriz);
    const real = b.env.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SHEET.matriz);
    if (!real) throw new Error('no Matriz');
    const col = MATRIZ_COLUMNS.findIndex((c) => c.key === 'cumplimiento') + 1;
    const number = app.InterpolationType.NUMBER;
    const scale = (max: string): GoogleAppsScript.Spreadsheet.ConditionalFormatRule =>
      app
        .newConditionalFormatRule()
        .setGradientMinpointWithValue('#ffffff', number, '0')
        .setGradientMaxpointWithValue(max, number, '1')
        .setRanges([real.getRange(2, col, 10, 1)])
        .build();
    real.setConditionalFormatRules([...real.getConditionalFormatRules(), scale('#6AA84F'), scale('#0000ff')]);
    click(b, PREPARAR);
    expect(sheet.conditionalRules.filter((r) => r.state.gradient !== null).map((r) => r.state.gradient?.max?.color.toLowerCase())).toEqual(['#0000ff']);
  });

  test('on an empty spreadsheet builds every sheet, named range, rule and protection', () => {
    const b = emptyTracker();
    prepareNew(b);
    expect(lastMessage(b)).toMatch(/quedó lista/);
    const names = b.ss.sheets.map((s) => s.name);
    expect(names.filter((n) => n !== SHEET.listas)).toEqual([
      SHEET.matriz,
      SHEET.seguimiento,
      SHEET.fases,
      SHEET.tablero,
      SHEET.configuracion,
      SHEET.responsables,
      SHEET.historial,
    ]);
    expect(b.ss.sheet(SHEET.listas).hidden).toBe(true);
    expect(Object.keys(b.ss.namedReferences()).sort()).toEqual(Object.values(NAMED).sort());
    const matriz = b.ss.sheet(SHEET.matriz);
    expect(matriz.peekValues()[0]).toEqual(MATRIZ_COLUMNS.map((c) => c.header));
    expect(matriz.lastRow()).toBe(1 + indicators);
    expect(matriz.frozenRows).toBe(1);
    // Every indicator row has all six computed formulas; nothing below the last row.
    const formulas = matriz.peekFormulas();
    const computed = MATRIZ_COLUMNS.map((c, i) => [c, i] as const).filter(([c]) => c.role === 'computed');
    for (let r = 1; r <= indicators; r++) for (const [, i] of computed) expect(formulas[r][i]).toMatch(/^=/);
    // Estado and semáforo highlights; the semáforo's also colour the compliance cell (Sheets has no data bars).
    expect(matriz.conditionalRules.length).toBe(6);
    const cumplimiento = MATRIZ_COLUMNS.findIndex((c) => c.key === 'cumplimiento') + 1;
    const semaforoRules = matriz.conditionalRules.filter((r) => /="(Rojo|Amarillo|Verde)"$/.test(String(r.state.values[0] ?? '')));
    expect(semaforoRules).toHaveLength(3);
    expect(semaforoRules.every((r) => r.state.ranges.some((x) => x.getColumn() === cumplimiento))).toBe(true);
    expect(matriz.conditionalRules.some((r) => r.state.gradient !== null)).toBe(false);
    expect(b.ss.protectionsOf('RANGE' as never).every((p) => p.warningOnly)).toBe(true);
    expect(b.ss.sheet(SHEET.tablero).charts).toHaveLength(1);
    // Header notes explain each column; date inputs show dd/mm/yyyy.
    expect(matriz.cell(1, 1)?.note).toBe(MATRIZ_COLUMNS[0].note);
    const fi = MATRIZ_COLUMNS.findIndex((c) => c.key === 'fechaInicio') + 1;
    expect(matriz.cell(2, fi)?.numberFormat).toBe('dd/mm/yyyy');
    expect(matriz.cell(2, fi)?.validation).not.toBeNull();
    // The computed date of Configuración is a formula.
    const conf = b.ss.sheet(SHEET.configuracion);
    const row = CONFIG_ROWS.findIndex((r) => r.key === 'fechaCalculo') + 2;
    expect(conf.cell(row, 2)?.formula).toMatch(/^=IF\(ISNUMBER\(CFG_FECHA_REFERENCIA\)/);
  });

  test('a second run changes nothing at all and says so', () => {
    const b = preparedTracker();
    const before = stateOf(b.ss);
    click(b, PREPARAR);
    expect(stateOf(b.ss)).toBe(before);
    expect(lastMessage(b)).toMatch(/no fue necesario cambiar nada/);
  });

  test('on a spreadsheet a person edited: nothing typed changes, the typed-over formula comes back, a second run changes nothing', () => {
    const b = editedTracker();
    const before = personCells(b.ss);
    click(b, PREPARAR);
    expect(changedCells(before, personCells(b.ss))).toEqual([]);
    const matriz = b.ss.sheet(SHEET.matriz);
    expect(matriz.cell(b.overwritten.row, b.overwritten.col)?.formula).toMatch(/^=IF\(NOT\(ISNUMBER/);
    // No column was added: every one was found by its header, the extra one kept.
    expect(matriz.peekValues()[0]).toHaveLength(MATRIZ_COLUMNS.length + 1);
    expect(matriz.peekValues()[1][b.extraCol - 1]).toBe('Nota 1');
    // The rules test the estado column where it is now.
    const estado = b.layout.get('estado') ?? 0;
    const formulas = matriz.conditionalRules.map((r) => String(r.state.values[0] ?? ''));
    expect(formulas).toContain(`=$${String.fromCharCode(64 + estado)}2="Vencida"`);
    const after = stateOf(b.ss);
    click(b, PREPARAR);
    expect(stateOf(b.ss)).toBe(after);
  });

  test('a deleted header comes back where it was, a deleted sheet is recreated, an emptied sheet is rebuilt; no data lost', () => {
    const b = preparedTracker();
    const matriz = b.ss.sheet(SHEET.matriz);
    const num = MATRIZ_COLUMNS.findIndex((c) => c.key === 'numerador') + 1;
    matriz.getRange(2, num).setValue(7);
    matriz.getRange(1, num).setValue('');
    b.ss.deleteSheet(b.ss.sheet(SHEET.fases) as never);
    b.ss.sheet(SHEET.seguimiento).getDataRange().clearContent();
    const before = personCells(b.ss);
    click(b, PREPARAR);
    expect(changedCells(before, personCells(b.ss))).toEqual([]);
    expect(matriz.peekValues()[0][num - 1]).toBe('Numerador');
    expect(matriz.peekValues()[1][num - 1]).toBe(7);
    expect(b.ss.findSheet(SHEET.fases)?.lastRow()).toBe(6);
    expect(b.ss.sheet(SHEET.seguimiento).lastRow()).toBe(1);
    expect(lastMessage(b)).toMatch(/se creó la hoja «Fases»/);
  });

  test('a Configuración made before the report was a controlled document gets its new rows, with defaults, and nothing typed changes', () => {
    const b = preparedTracker();
    const cfg = b.ss.sheet(SHEET.configuracion);
    const added = [
      'proceso',
      'codigoDocumento',
      'versionDocumento',
      'elaboroNombre',
      'elaboroCargo',
      'revisoNombre',
      'revisoCargo',
      'aproboNombre',
      'aproboCargo',
    ];
    const labels = CONFIG_ROWS.filter((r) => added.includes(r.key)).map((r) => r.label);
    // As an older tracker: without those rows, and with values a person typed.
    const rowOf = (label: string): number => cfg.peekValues().findIndex((l) => l[0] === label) + 1;
    const first = rowOf(labels[0]);
    cfg.deleteRows(first, labels.length);
    cfg.getRange(rowOf('Entidad'), 2).setValue('Alcaldía de Prueba');
    cfg.getRange(rowOf('Jefe de Control Interno'), 2).setValue('María Pérez');
    // Rows move down (the new ones go above the frequency table): compare by content, not by address.
    const frequencies = (): unknown[][] => {
      const v = cfg.peekValues();
      return v.slice(v.findIndex((l) => l[0] === 'Frecuencia'));
    };
    const settingsBefore = cfg.peekValues().filter((l) => l[0] && !labels.includes(String(l[0])));
    const freqBefore = frequencies();
    click(b, PREPARAR);
    expect(frequencies()).toEqual(freqBefore);
    for (const line of settingsBefore.slice(
      0,
      settingsBefore.findIndex((l) => l[0] === 'Frecuencia'),
    ))
      expect(cfg.peekValues().find((l) => l[0] === line[0])).toEqual(line);
    const values = cfg.peekValues();
    const valueOf = (label: string): unknown => values.find((l) => l[0] === label)?.[1];
    expect(valueOf('Entidad')).toBe('Alcaldía de Prueba');
    expect(valueOf('Jefe de Control Interno')).toBe('María Pérez');
    expect(labels.map(valueOf)).toEqual(['Evaluación independiente', '', '1', '', 'Jefe de la Oficina de Control Interno', '', '', '', '']);
    // Each new row is named, so a formula or the report finds it where Preparar put it.
    const named = new Map(b.ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getRow()]));
    expect(named.get(NAMED.codigoDocumento)).toBe(rowOf('Código del documento'));
    expect(lastMessage(b)).toContain('Código del documento');
    const after = stateOf(b.ss);
    click(b, PREPARAR);
    expect(stateOf(b.ss)).toBe(after);
  });

  test('a Matriz whose header row holds nothing known is left untouched, with a clear message', () => {
    const b = preparedTracker();
    const matriz = b.ss.sheet(SHEET.matriz);
    matriz.getRange(1, 1, 1, MATRIZ_COLUMNS.length).setValues([MATRIZ_COLUMNS.map((_, i) => `col ${i}`)]);
    const before = JSON.stringify([matriz.peekValues(), matriz.peekFormulas()]);
    click(b, PREPARAR);
    expect(JSON.stringify([matriz.peekValues(), matriz.peekFormulas()])).toBe(before);
    expect(lastMessage(b)).toMatch(/ninguno de sus encabezados/);
  });
});
