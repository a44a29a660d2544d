/**
 * The objects the add-on owns are found by what it stored, never by a display option or by
 * position; a broken named range is repaired; the corte is asked before the lock is taken.
 */
import { NAMED, SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { uiText } from '../../src/core/messages/sheets';
import { FakeInlineImage } from '../fakes/document/elements';
import { writeInput } from '../fakes/spreadsheet/cell';
import { CORTE, PREPARAR, preparedTracker } from './fixtures';
import { click, lastMessage, type Booted } from './support';

function personChart(b: Booted, title: string): void {
  const t = b.ss.sheet(SHEET.tablero);
  t.insertChart(t.newChart().addRange(t.getRange('A1:B3')).setOption('title', title).setPosition(30, 8, 0, 0).build());
}

describe('the Tablero chart', () => {
  test('a person chart with the same title, placed first, is never taken, changed or duplicated by Preparar', () => {
    const b = preparedTracker();
    const t = b.ss.sheet(SHEET.tablero);
    const ours = t.charts[0];
    const title = ours.state.options.get('title') as string;
    // The person's chart goes first in the list, with the same title.
    personChart(b, title);
    t.charts.unshift(t.charts.pop()!);
    const theirs = JSON.stringify(t.charts[0].describe());
    // Columns moved in the Matriz: our chart must follow, theirs must stay.
    const m = b.ss.sheet(SHEET.matriz);
    m.insertColumnsBefore(1, 1);
    click(b, PREPARAR);
    click(b, PREPARAR);
    expect(t.charts).toHaveLength(2);
    expect(JSON.stringify(t.charts[0].describe())).toBe(theirs);
    expect(t.charts[1].chartId).toBe(ours.chartId);
  });

  test('the report takes the add-on chart, not the first chart on the Tablero', () => {
    const b = preparedTracker();
    const t = b.ss.sheet(SHEET.tablero);
    personChart(b, 'Mi gráfico');
    t.charts.unshift(t.charts.pop()!);
    const ours = t.charts[1].describe();
    b.env.ui.answerPrompt('2024-I');
    (b.g.menuGenerarInforme as () => void)();
    const images = [...b.env.drive.files.values()].flatMap((f) => (f.doc ? f.doc.body.all(FakeInlineImage).map((i) => i.data) : []));
    expect(images.length).toBeGreaterThan(0);
    expect(images).toContain(ours);
    expect(images).not.toContain(t.charts[0].describe());
  });

  test('a spreadsheet prepared before chart IDs were stored: the chart is recognised by its ranges', () => {
    const b = preparedTracker();
    b.env.PropertiesService.document.store.clear();
    click(b, PREPARAR);
    expect(b.ss.sheet(SHEET.tablero).charts).toHaveLength(1);
    expect(b.env.PropertiesService.document.store.size).toBeGreaterThan(0);
  });
});

describe('named ranges', () => {
  test('Configuración deleted: the names left pointing to #REF! are re-pointed by Preparar', () => {
    const b = preparedTracker();
    b.ss.deleteSheet(b.ss.sheet(SHEET.configuracion) as never);
    expect(b.ss.namedReferences()[NAMED.diasAviso]).toBeUndefined();
    click(b, PREPARAR);
    expect(lastMessage(b)).not.toMatch(/No se pudo/);
    expect(b.ss.namedReferences()[NAMED.diasAviso]).toMatch(/^'?Configuración'?!\$B\$\d+$/);
  });
});

describe('Preparar and a header cell a person gave a formula', () => {
  test('the formula stays; the missing column is added at the end instead', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    const col = MATRIZ_COLUMNS.findIndex((c) => c.key === 'observaciones') + 1;
    writeInput(m.ensure(1, col), '=""', b.ss.timeZone);
    click(b, PREPARAR);
    expect(m.cell(1, col)?.formula).toBe('=""');
    expect(m.peekValues()[0]).toContain(MATRIZ_COLUMNS[col - 1].header);
  });
});

describe('Registrar corte', () => {
  test('the date and the replace question are asked before the lock is taken', () => {
    const b = preparedTracker();
    const held: boolean[] = [];
    const { prompt, alert } = b.env.ui;
    b.env.ui.prompt = (...a: Parameters<typeof prompt>) => {
      held.push(b.env.LockService.document.held);
      return prompt.apply(b.env.ui, a);
    };
    b.env.ui.alert = (...a: Parameters<typeof alert>) => {
      held.push(b.env.LockService.document.held);
      return alert.apply(b.env.ui, a);
    };
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    b.env.ui.answerPrompt('30/06/2024');
    b.env.ui.answerAlert('YES');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/Se reemplazó el corte/);
    // prompt, final alert, prompt, replace question, final alert: never under the lock.
    expect(held).toEqual([false, false, false, false, false]);
  });

  test('replacing a corte with more rows than it had, with another corte after it, is all or nothing', () => {
    const b = preparedTracker();
    b.env.ui.answerPrompt('31/12/2023');
    click(b, CORTE);
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    const seg = b.ss.sheet(SHEET.seguimiento);
    const idCol = SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === 'id') + 1;
    const rowsOf = (date: number): string[] =>
      seg
        .peekValues()
        .filter((l) => l[0] === date)
        .map((l) => String(l[idCol - 1]));
    const first = seg.peekValues()[1][0] as number;
    const second = seg.peekValues().at(-1)![0] as number;
    // One more indicator in the Matriz.
    const m = b.ss.sheet(SHEET.matriz);
    const row = m.lastRow() + 1;
    writeInput(m.ensure(row, MATRIZ_COLUMNS.findIndex((c) => c.key === 'id') + 1), 'A9', b.ss.timeZone);
    writeInput(m.ensure(row, MATRIZ_COLUMNS.findIndex((c) => c.key === 'indicador') + 1), 'Nuevo', b.ss.timeZone);
    const secondRows = rowsOf(second);
    b.env.ui.answerPrompt('31/12/2023');
    b.env.ui.answerAlert('YES');
    click(b, CORTE);
    expect(lastMessage(b)).toMatch(/Se reemplazó el corte del 31\/12\/2023/);
    expect(rowsOf(first)).toHaveLength(secondRows.length + 1);
    expect(rowsOf(first)).toContain('A9');
    expect(rowsOf(second)).toEqual(secondRows);
  });

  test('another person registering the same date between the question and the lock: nothing is replaced unasked', () => {
    const b = preparedTracker();
    const locks = b.env.LockService;
    const getLock = locks.getDocumentLock.bind(locks);
    let raced = false;
    locks.getDocumentLock = () => {
      if (!raced) {
        // The first person answered; before their run takes the lock, someone else registers that corte.
        raced = true;
        b.env.ui.answerPrompt('30/06/2024');
        click(b, CORTE);
      }
      return getLock();
    };
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    expect(lastMessage(b)).toBe(uiText.corteChangedMeanwhile('30/06/2024'));
    expect(b.ss.sheet(SHEET.seguimiento).lastRow()).toBe(8);
  });
});

describe('failures before the lock are Spanish too', () => {
  test.each([
    [
      'getting the Ui',
      (b: Booted) => {
        b.env.SpreadsheetApp.getUi = () => {
          throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        };
      },
    ],
    [
      'the lock',
      (b: Booted) => {
        b.env.LockService.getDocumentLock = () => {
          throw new Error('Service error: LockService');
        };
      },
    ],
    [
      'the prompt',
      (b: Booted) => {
        b.env.ui.prompt = () => {
          throw new Error('Exception: Service Spreadsheets failed while accessing document');
        };
      },
    ],
  ] as const)('%s', (_what, breakIt) => {
    const b = preparedTracker();
    breakIt(b);
    for (const name of ['menuRegistrarCorte', 'menuPreparar', 'menuGenerarInforme', 'menuAyuda']) {
      const shown = b.env.ui.dialogs.length + b.ss.toasts.length;
      expect(() => (b.g[name] as () => void)()).not.toThrow();
      const texts = [...b.env.ui.dialogs.map((d) => ('message' in d ? d.message : '')), ...b.ss.toasts.map((t) => t.message)];
      expect(texts.length).toBeGreaterThanOrEqual(shown);
      for (const t of texts) expect(t).not.toMatch(/Cannot call|Service error|Exception/);
    }
    expect(b.env.logs.join('\n')).toMatch(/Cannot call|Service error|Exception/);
  });
});
