import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { NAMED, SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import { CORTE, PREPARAR, preparedTracker, VALIDAR } from './fixtures';
import { changedCells, click, lastMessage, personCells, stateOf } from './support';

const col = (k: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === k) + 1;

describe('bad input gets a clear message naming the cell, and nothing is lost', () => {
  test('a corte with a deleted Matriz header names the column and writes nothing', () => {
    const b = preparedTracker();
    b.ss.sheet(SHEET.matriz).getRange(1, col('id')).setValue('');
    const before = stateOf(b.ss);
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/No se puede registrar el corte\. Hoja «Matriz», fila 1: Falta la columna «ID»/);
    expect(stateOf(b.ss)).toBe(before);
  });

  test('a corte without a Matriz sheet says which sheet is missing and writes nothing', () => {
    const b = preparedTracker();
    b.ss.deleteSheet(b.ss.sheet(SHEET.matriz) as never);
    const before = stateOf(b.ss);
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/Falta la hoja «Matriz»/);
    expect(stateOf(b.ss)).toBe(before);
  });

  test('an emptied Matriz is reported by Validar and rebuilt from the template by Preparar', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getDataRange().clearContent();
    click(b, VALIDAR);
    expect(lastMessage(b)).toContain('La hoja «Matriz» está vacía');
    click(b, PREPARAR);
    expect(m.lastRow()).toBe(8);
  });

  test('a deleted setting comes back above the frequency table with its default; its named range follows it', () => {
    const b = preparedTracker();
    const conf = b.ss.sheet(SHEET.configuracion);
    const row = CONFIG_ROWS.findIndex((r) => r.key === 'diasAviso') + 2;
    conf.getRange(row, 1, 1, 3).clearContent();
    conf.getRange(2, 2).setValue('Alcaldía de Prueba');
    const rowsOf = (): string[] =>
      conf
        .peekValues()
        .map((r) => JSON.stringify(r))
        .filter((r) => r !== '["","",""]');
    const before = personCells(b.ss);
    const confBefore = rowsOf();
    click(b, PREPARAR);
    const outside = (m: Map<string, unknown>) => new Map([...m].filter(([k]) => !k.startsWith(SHEET.configuracion)));
    expect(changedCells(outside(before), outside(personCells(b.ss)))).toEqual([]);
    // Configuración got a row inserted: every row a person had is still there, in the same order.
    const confAfter = rowsOf();
    let i = 0;
    for (const r of confAfter) if (r === confBefore[i]) i++;
    expect(i).toBe(confBefore.length);
    expect(confAfter).toHaveLength(confBefore.length + 1);
    expect(lastMessage(b)).toContain('«Días de aviso»');
    const ref = b.ss.namedReferences()[NAMED.diasAviso];
    const m = /\$B\$(\d+)$/.exec(ref);
    const at = Number(m?.[1]);
    expect(conf.cell(at, 1)?.value).toBe('Días de aviso');
    expect(conf.cell(at, 2)?.value).toBe(15);
    // Every named range still points at its label's row, and the frequency table moved whole.
    const freq = b.ss.namedReferences()[NAMED.frecuencias];
    const first = Number(/\$A\$(\d+):/.exec(freq)?.[1]);
    expect(conf.cell(first - 1, 1)?.value).toBe('Frecuencia');
    expect(conf.cell(first, 1)?.value).toBe('MENSUALMENTE');
    const again = stateOf(b.ss);
    click(b, PREPARAR);
    expect(stateOf(b.ss)).toBe(again);
  });

  test('text that looks like a formula is copied as text, whatever the target column format', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(2, col('indicador')).setValue('=1+1 indicador');
    m.getRange(2, col('evidencia')).setValue('+57 300 000');
    // A person set the Seguimiento's Evidencia column to automatic: the apostrophe guard applies.
    const seg = b.ss.sheet(SHEET.seguimiento);
    const ev = SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === 'evidencia') + 1;
    seg.getRange(2, ev, 50, 1).setNumberFormat('0.###############');
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const ind = SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === 'indicador') + 1;
    expect(seg.cell(2, ind)?.formula).toBe('');
    expect(seg.cell(2, ind)?.value).toBe('=1+1 indicador');
    expect(seg.cell(2, ev)?.formula).toBe('');
    expect(seg.cell(2, ev)?.value).toBe('+57 300 000');
  });
});
