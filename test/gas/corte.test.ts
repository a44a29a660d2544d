import { serialFromParts } from '../../src/core/calendar';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import { createEngine } from '../support/formula-engine';
import { bogota, CORTE, editedTracker, preparedTracker, typedInputs } from './fixtures';
import { changedCells, click, lastMessage, personCells, type Booted } from './support';

const col = (k: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === k) + 1;
const segCol = (k: string): number => SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === k) + 1;

function fillInputs(b: Booted): number {
  const matriz = b.ss.sheet(SHEET.matriz);
  const rows = matriz.lastRow() - 1;
  for (let i = 0; i < rows; i++) {
    for (const [k, v] of Object.entries(typedInputs(i))) matriz.getRange(i + 2, col(k as MatrizKey)).setValue(v as never);
  }
  return rows;
}

function setReferenceDate(b: Booted, d: Date): void {
  const row = CONFIG_ROWS.findIndex((r) => r.key === 'fechaReferencia') + 2;
  b.ss.sheet(SHEET.configuracion).getRange(row, 2).setValue(d);
}

describe('Registrar corte de seguimiento', () => {
  test('appends one row per indicator whose values are what the Matriz formulas show at that date', () => {
    const b = preparedTracker();
    const rows = fillInputs(b);
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/Se registró el corte del 30\/06\/2024 \(semestre 2024-I\)/);
    const seg = b.ss.sheet(SHEET.seguimiento);
    const values = seg.peekValues();
    expect(values).toHaveLength(1 + rows);
    expect(
      seg
        .peekFormulas()
        .flat()
        .every((f) => f === ''),
    ).toBe(true);

    // The formulas, evaluated by an independent engine with the reference date set to the corte.
    setReferenceDate(b, bogota(2024, 6, 30));
    const input = b.ss.engineInput();
    const engine = createEngine(input.sheets, input.names);
    try {
      for (let r = 2; r <= rows + 1; r++) {
        const line = values[r - 1];
        expect(line[segCol('corte') - 1]).toBe(serialFromParts(2024, 6, 30));
        expect(line[segCol('estado') - 1]).toBe(engine.value(SHEET.matriz, r, col('estado')));
        expect(line[segCol('semaforo') - 1]).toBe(engine.value(SHEET.matriz, r, col('semaforo')));
        const cumpl = engine.value(SHEET.matriz, r, col('cumplimiento'));
        expect(line[segCol('cumplimiento') - 1]).toBe(cumpl === null ? '' : cumpl);
        expect(line[segCol('registradoPor') - 1]).toBe('control.interno@valledesanjuan.gov.co');
      }
    } finally {
      engine.destroy();
    }
    // Text that looks like a formula was copied as text.
    const obs = values.map((l) => l[segCol('evidencia') - 1]);
    expect(obs).toContain('- acta 12 (ver carpeta)');
  });

  test('the same date again asks; No keeps everything, Yes replaces that corte in place and touches no other row', () => {
    const b = preparedTracker();
    fillInputs(b);
    b.env.ui.answerPrompt('31/12/2023');
    click(b, CORTE);
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const seg = b.ss.sheet(SHEET.seguimiento);
    const before = JSON.stringify(seg.peekValues());
    b.env.ui.answerPrompt('31/12/2023');
    b.env.ui.answerAlert('NO');
    click(b, CORTE);
    expect(JSON.stringify(seg.peekValues())).toBe(before);
    // The person said no: the question was the last thing shown, with no second alert.
    expect(lastMessage(b)).toMatch(/¿Desea reemplazarlo/);

    b.ss.sheet(SHEET.matriz).getRange(2, col('numerador')).setValue(19);
    b.env.ui.answerPrompt('31/12/2023');
    b.env.ui.answerAlert('YES');
    click(b, CORTE);
    const after = seg.peekValues();
    const old = JSON.parse(before) as unknown[][];
    expect(after).toHaveLength(old.length);
    expect(after[1][segCol('numerador') - 1]).toBe(19);
    // The 2024-I corte rows are exactly as they were.
    const half = (old.length - 1) / 2;
    expect(after.slice(1 + half)).toEqual(old.slice(1 + half));
    expect(lastMessage(b)).toMatch(/Se reemplazó el corte del 31\/12\/2023/);
  });

  test('a wrong date gives a clear message and writes nothing; an empty answer means today', () => {
    const b = preparedTracker();
    b.env.ui.answerPrompt('31/02/2024');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/«31\/02\/2024» no es una fecha válida.*dd\/mm\/aaaa.*No se registró nada/s);
    expect(b.ss.sheet(SHEET.seguimiento).lastRow()).toBe(1);
    b.env.ui.answerPrompt('', 'CANCEL');
    click(b, CORTE);
    expect(b.ss.sheet(SHEET.seguimiento).lastRow()).toBe(1);
    b.env.ui.answerPrompt('');
    click(b, CORTE);
    expect(b.ss.sheet(SHEET.seguimiento).lastRow()).toBe(8);
  });

  test('on an edited spreadsheet (columns found by header) the corte reads the right columns and changes no typed cell', () => {
    const b = editedTracker();
    const before = personCells(b.ss);
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const seg = b.ss.sheet(SHEET.seguimiento).peekValues();
    expect(seg[1][segCol('numerador') - 1]).toBe(typedInputs(0).numerador);
    expect(seg[1][segCol('denominador') - 1]).toBe(20);
    const after = personCells(b.ss);
    expect(changedCells(before, after)).toEqual([]);
  });
});
