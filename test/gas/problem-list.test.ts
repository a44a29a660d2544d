/**
 * The one problem list on a 400-row tracker a person has broken in the common ways: Validar,
 * Registrar corte, Preparar and the report count the same problems; structural problems come first
 * and once; identical messages are grouped with every cell reachable; optional headers count.
 */
import { problemCounts, uiText } from '../../src/core/messages/sheets';
import { msg } from '../../src/core/messages';
import { rmsg } from '../../src/core/messages/report';
import { SHEET } from '../../src/core/tracker/names';
import { CORTE, INFORME, PREPARAR, VALIDAR, preparedTracker } from './fixtures';
import { brokenTracker, col, fourteenProblems, header } from './broken';
import { click, lastMessage, type Booted } from './support';

function sidebarHtml(b: Booted): string {
  click(b, VALIDAR);
  const d = b.env.ui.lastDialog();
  if (!d || d.kind !== 'sidebar') throw new Error(`Validar showed no sidebar: ${lastMessage(b)}`);
  return d.html.getContent();
}

/** The «N errores y M avisos» the sidebar states. */
function sidebarCounts(html: string): string {
  const m = /Se encontraron ([\d.]+ errore?s? y [\d.]+ avisos?)/.exec(html);
  if (!m) throw new Error('No summary in the sidebar');
  return m[1];
}

describe('one problem list on a 400-row tracker', () => {
  let b: Booted;
  let qCells: string[];
  beforeAll(() => {
    // With an emptied «ID» header and a deleted Fases sheet: the structural problems.
    ({ b, quincenalCells: qCells } = brokenTracker(true));
  });

  test('structural problems come first and once; the emptied «ID» header adds no «no tiene ID» rows', () => {
    const html = sidebarHtml(b);
    console.log(`400-row case: ${sidebarCounts(html)}`);
    const firstGroup = html.indexOf('class="caja error"');
    expect(html.slice(firstGroup, firstGroup + 400)).toContain(msg.missingSheet(SHEET.fases));
    expect(html.split(msg.missingSheet(SHEET.fases)).length - 1).toBe(1);
    expect(html).toContain(msg.missingHeader(header('id')));
    expect(html).not.toContain(msg.missingId());
    // The structural lines precede every per-cell group.
    expect(html.indexOf(msg.missingHeader(header('id')))).toBeLessThan(html.indexOf('QUINCENAL'));
  });

  test('identical messages are one group with its count, and every one of its cells is a link', () => {
    const html = sidebarHtml(b);
    const message = msg.unknownFrequency('QUINCENAL');
    expect(html.split(message).length - 1).toBe(1);
    expect(html).toContain(uiText.validateCells(133));
    expect(qCells).toHaveLength(133);
    for (const cell of qCells) expect(html).toContain(`data-hoja="Matriz" data-celda="${cell}"`);
  });

  test('deleted optional headers are reported (Preparar puts them back)', () => {
    const html = sidebarHtml(b);
    expect(html).toContain(msg.missingOptionalHeader(header('evidencia')));
    expect(html).toContain(msg.missingOptionalHeader(header('observaciones')));
  });
});

/** The first «N errores y M avisos» a person reads in a message or dialog, as numbers (2.400 → 2400). */
function countsIn(text: string): { errors: number; avisos: number } {
  const m = /([\d.]+) errore?s? y ([\d.]+) avisos?/.exec(text);
  if (!m) throw new Error(`No counts in: ${text.slice(0, 300)}`);
  return { errors: Number(m[1].replace(/\./g, '')), avisos: Number(m[2].replace(/\./g, '')) };
}

/** What each action says on the same sheet: Validar, Registrar corte, the report dialog, Preparar, then Validar again. */
function countsEverywhere(b: Booted): Record<'validar' | 'corte' | 'informe' | 'preparar' | 'validarDespues', { errors: number; avisos: number }> {
  const validar = countsIn(sidebarHtml(b));
  b.env.ui.answerPrompt('30/06/2024');
  click(b, CORTE);
  const corte = countsIn(lastMessage(b));
  b.env.ui.answerPrompt('2024-I');
  click(b, INFORME);
  const report = lastMessage(b);
  expect(report).toContain(rmsg.doneValidate);
  const informe = countsIn(report);
  click(b, PREPARAR);
  const preparar = countsIn(lastMessage(b));
  return { validar, corte, informe, preparar, validarDespues: countsIn(sidebarHtml(b)) };
}

describe('the same counts in Validar, Registrar corte, the report and Preparar', () => {
  test('the 14-problem case (every sheet Validar reads, Responsables included): one count everywhere', () => {
    const c = countsEverywhere(fourteenProblems());
    console.log(`14-problem case: ${JSON.stringify(c)}`);
    expect(c.validar).toEqual({ errors: 7, avisos: 7 });
    for (const said of [c.corte, c.informe, c.preparar, c.validarDespues]) expect(said).toEqual(c.validar);
  });

  test('400 rows with 133 unknown frequencies and two optional headers deleted: Preparar counts what Validar then shows', () => {
    const { b } = brokenTracker(false);
    const c = countsEverywhere(b);
    console.log(`400-row case: ${JSON.stringify(c)}`);
    expect(c.validar.errors).toBeGreaterThanOrEqual(133);
    expect(c.corte).toEqual(c.validar);
    expect(c.informe).toEqual(c.validar);
    // Preparar writes the two optional headers back, so its count is the one Validar shows next:
    // the same errors, two avisos fewer.
    expect(c.preparar).toEqual(c.validarDespues);
    expect(c.validarDespues).toEqual({ errors: c.validar.errors, avisos: c.validar.avisos - 2 });
  });

  test('«no hay problemas» only when there are none: an optional header alone keeps Validar from saying so', () => {
    const b = preparedTracker();
    click(b, VALIDAR);
    const clean = lastMessage(b);
    b.ss.sheet(SHEET.matriz).getRange(1, col('evidencia')).setValue('');
    click(b, VALIDAR);
    const html = lastMessage(b);
    expect(html).not.toBe(uiText.validateNone());
    expect(html).toContain(msg.missingOptionalHeader(header('evidencia')));
    expect(html).toContain(problemCounts(0, 1 + (clean === uiText.validateNone() ? 0 : sidebarCountsOrZero(clean))));
  });
});

function sidebarCountsOrZero(html: string): number {
  const m = /Se encontraron [\d.]+ errore?s? y ([\d.]+) avisos?/.exec(html);
  return m ? Number(m[1]) : 0;
}
