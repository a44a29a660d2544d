/**
 * What a person reads after each action, as the bundle says it (issue 17, «Wording»): changes said
 * as they were done, numbers as Colombia writes them, places in words, what was typed quoted, and
 * no second alert after a cancelled question.
 */
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { SHEET } from '../../src/core/tracker/names';
import { col } from './broken';
import { CORTE, PREPARAR, VALIDAR, preparedTracker } from './fixtures';
import { trackerWithRows } from './scale';
import { click, lastMessage, type Booted } from './support';

function sidebarText(b: Booted): string {
  click(b, VALIDAR);
  return lastMessage(b);
}

describe('Preparar says what it did', () => {
  test('headers emptied in place are written back in their column, and said so; a header whose cell is taken goes at the end', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(1, col('id')).setValue('');
    m.getRange(1, col('evidencia')).setValue('');
    m.getRange(1, col('observaciones')).setValue('Notas de la secretaría');
    click(b, PREPARAR);
    const said = lastMessage(b);
    expect(said).toContain('en «Matriz» se volvieron a escribir en su columna los encabezados «ID», «Evidencia»');
    expect(said).toContain('en «Matriz» se agregó al final la columna «Observaciones de Control Interno»');
    expect(said).not.toContain('se agregaron al final las columnas «ID»');
    expect(m.getRange(1, col('id')).getValue()).toBe('ID');
  });

  test('2.400 formulas written into empty computed cells: the number with its separator, and no claim about what a person typed', () => {
    const b = trackerWithRows(400);
    click(b, PREPARAR);
    const said = lastMessage(b);
    expect(said).toContain('en «Matriz» se pusieron 2.400 fórmulas en celdas calculadas vacías');
    expect(said).not.toMatch(/\b2400\b/);
    expect(said).not.toContain('escritas a mano');
    expect(said).not.toContain('sin cambiar ningún dato escrito por una persona');
  });

  test('computed cells a person typed over are said apart: replaced by their formula', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(2, col('estado')).setValue('Al día');
    m.getRange(3, col('semaforo')).setValue('Verde');
    click(b, PREPARAR);
    const said = lastMessage(b);
    expect(said).toContain('en «Matriz» 2 celdas calculadas tenían un valor escrito a mano: se reemplazaron por su fórmula');
    expect(said).toContain('Las columnas que llenan las personas (fechas, numerador, denominador, meta, evidencia, observaciones) no se tocaron');
  });
});

describe('Registrar corte', () => {
  test('without a Matriz: one plain sentence, not «la hoja «Matriz» tiene un problema: Falta la hoja «Matriz»»', () => {
    const b = preparedTracker();
    b.ss.deleteSheet(b.ss.sheet(SHEET.matriz) as never);
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    expect(lastMessage(b)).toBe('No se puede registrar el corte. Falta la hoja «Matriz». Use «Preparar o reparar la hoja» para crearla.');
  });

  test('a missing header is placed in words («fila 1»), never «(1:1)»; the sidebar links it the same way', () => {
    const b = preparedTracker();
    b.ss.sheet(SHEET.matriz).getRange(1, col('id')).setValue('');
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const said = lastMessage(b);
    expect(said).toContain('No se puede registrar el corte. Hoja «Matriz», fila 1: Falta la columna «ID» en la fila de encabezados.');
    expect(said).not.toContain('1:1');
    const html = sidebarText(b);
    expect(html).toContain('data-celda="1:1">fila 1</a>');
    expect(html).not.toContain('>1:1<');
  });

  test('cancelling the date prompt, or answering no to «¿reemplazar?», shows no second alert', () => {
    const b = preparedTracker();
    b.env.ui.answerPrompt('', 'CANCEL');
    const before = b.env.ui.dialogs.length;
    click(b, CORTE);
    expect(b.env.ui.dialogs.slice(before).map((d) => d.kind)).toEqual(['prompt']);

    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    b.env.ui.answerPrompt('30/06/2024');
    b.env.ui.answerAlert('NO');
    const asked = b.env.ui.dialogs.length;
    click(b, CORTE);
    const shown = b.env.ui.dialogs.slice(asked);
    expect(shown.map((d) => d.kind)).toEqual(['prompt', 'alert']);
    expect('message' in shown[1] ? shown[1].message : '').toContain('¿Desea reemplazarlo');
  });
});

describe('Validar', () => {
  test('a repeated ID points to «la celda A2»', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(3, col('id')).setValue(m.getRange(2, col('id')).getValue());
    const html = sidebarText(b);
    expect(html).toMatch(/El ID «[^»]+» ya está en la celda A2\. Cada fila necesita un ID distinto\./);
  });

  test('«Días de aviso» quotes what was typed', () => {
    const b = preparedTracker();
    const c = b.ss.sheet(SHEET.configuracion);
    const label = CONFIG_ROWS.find((r) => r.key === 'diasAviso')!.label;
    const row = c.peekValues().findIndex((line) => line[0] === label) + 1;
    expect(row).toBeGreaterThan(0);
    c.getRange(row, 2).setValue('diez');
    const html = sidebarText(b);
    expect(html).toContain('El parámetro «Días de aviso» dice «diez», que no es válido: se espera un número de días mayor o igual a 0.');
  });
});
