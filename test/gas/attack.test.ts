/**
 * Attacks kept in the suite (issue 10): random bad grids × every menu action, and every action with
 * its N-th service call failing. Fixed seeds and bounded counts keep it reproducible and within
 * seconds. What must hold: nothing escapes to the person but Spanish, no typed cell changes, no
 * formula appears that a person did not write, and Preparar converges in one run.
 */
import { SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import { CORTE, editedTracker, emptyTracker, PREPARAR, preparedTracker } from './fixtures';
import { ACTIONS, perform, type ActionName } from './attack/actions';
import { broken, mark, rawErrors, shape, shownSince, snapshot, writeCalls } from './attack/invariants';
import { mutate } from './attack/mutations';
import { seeded, type Random } from './attack/random';
import { choosePlan, click, type Booted } from './support';

const STARTS = { empty: emptyTracker, prepared: preparedTracker, edited: editedTracker } as const;
type Start = keyof typeof STARTS;

/** Runs one action and returns every broken invariant. */
function attack(b: Booted, action: ActionName, r: Random): string[] {
  const before = snapshot(b.ss);
  const from = mark(b);
  const problems: string[] = [];
  try {
    perform(b, action, r);
  } catch (e) {
    problems.push(`${action} threw at the person: ${e instanceof Error ? e.message : String(e)}`);
  }
  problems.push(...rawErrors(shownSince(b, from)).map((t) => `${action} showed raw text: ${t.slice(0, 300)}`));
  problems.push(...broken(before, b.ss).map((p) => `${action}: ${p}`));
  return problems;
}

/**
 * Preparar as a person runs it, as its own execution (its own clock for the 6-minute limit): the
 * click, and when it shows the plan dialog (no Matriz yet) the default plan loaded from it — the
 * dialog's call is an execution of its own.
 */
function prepareRun(b: Booted): void {
  b.env.rt.beginRun('execution');
  prepareAsPerson(b, () => b.env.rt.beginRun('execution'));
}

/** The click, then the plan loaded if the dialog was shown; `between` runs before the dialog's call. */
function prepareAsPerson(b: Booted, between: () => void = () => undefined): void {
  const shown = b.env.ui.dialogs.length;
  click(b, PREPARAR);
  if (b.env.ui.dialogs.slice(shown).some((d) => d.kind === 'modal' && d.html.content.includes('prepararConPlantilla'))) {
    between();
    choosePlan(b);
  }
}

/** Preparar twice: the second run writes nothing (and so changes nothing). */
function converges(b: Booted): string[] {
  prepareRun(b);
  const once = shape(b.ss);
  b.env.calls.reset();
  prepareRun(b);
  const writes = writeCalls(b.env.calls.byMethod('SpreadsheetApp'));
  const out = writes.length > 0 ? [`a second Preparar wrote: ${writes.join(', ')}`] : [];
  if (shape(b.ss) !== once) out.push('a second Preparar changed what the person sees');
  return out;
}

describe('fuzz: random bad grids × every action', () => {
  const GRIDS = 16;
  const counts = { grids: 0, actions: 0 };

  test(`${GRIDS} grids (seed 20261201)`, () => {
    const r = seeded(20261201);
    const failures: string[] = [];
    for (let g = 0; g < GRIDS; g++) {
      const start = r.pick(Object.keys(STARTS) as Start[]);
      const b = STARTS[start]();
      const done = mutate(b, r, 1 + r.int(4));
      const order = [...ACTIONS].sort(() => r.next() - 0.5);
      const found: string[] = [];
      for (const action of order) {
        found.push(...attack(b, action, r));
        counts.actions++;
      }
      found.push(...converges(b));
      counts.grids++;
      if (found.length > 0) failures.push(`grid ${g} (${start}; ${done.join('; ')}):\n  ${found.join('\n  ')}`);
    }
    expect(failures).toEqual([]);
  });

  afterAll(() => {
    console.log(`fuzz: ${counts.grids} grids, ${counts.actions} actions`);
  });
});

describe('fault injection: the N-th service call fails', () => {
  const counts = { runs: 0, fired: 0 };
  const POINTS = 16;

  /** Calls an action makes on a clean run (the fault points). */
  function callCount(make: () => Booted, action: (b: Booted) => void): number {
    const b = make();
    b.env.rt.beginRun('execution');
    action(b);
    return b.env.rt.callsThisRun;
  }

  /** Up to `max` fault points spread over 1..n, always including the first and the last. */
  function points(n: number, max: number): number[] {
    if (n <= max) return Array.from({ length: n }, (_, i) => i + 1);
    return [...new Set(Array.from({ length: max }, (_, i) => 1 + Math.round((i * (n - 1)) / (max - 1))))];
  }

  const who = ['registradoPor', 'registradoEl'].map((k) => SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === k) + 1);
  /**
   * Seguimiento as text, without who and when (the time differs between runs; a failed Session call
   * records «(desconocido)», which is not half-written).
   */
  const seguimiento = (b: Booted): string => shape(b.ss, (sheet, col) => sheet !== SHEET.seguimiento || who.includes(col));
  const asked =
    (text: string, replace: boolean) =>
    (b: Booted): void => {
      b.env.ui.answerPrompt(text);
      if (replace) b.env.ui.answerAlert('YES');
      (b.g.menuRegistrarCorte as () => void)();
    };
  const withCorte = (): Booted => {
    const b = preparedTracker();
    b.env.ui.answerPrompt('30/06/2024');
    click(b, CORTE);
    return b;
  };

  type Check = 'repairs' | 'allOrNothing';
  const CASES: readonly (readonly [string, () => Booted, (b: Booted) => void, Check])[] = [
    // The click and the dialog's call counted as one run: the N-th call of the two fails, once.
    ['Preparar on a new spreadsheet', emptyTracker, (b) => prepareAsPerson(b), 'repairs'],
    ['Preparar on an edited one', editedTracker, (b) => click(b, PREPARAR), 'repairs'],
    ['a new corte', preparedTracker, asked('30/06/2024', false), 'allOrNothing'],
    ['a corte replaced', withCorte, asked('30/06/2024', true), 'allOrNothing'],
    ['Validar', editedTracker, (b) => (b.g.menuValidar as () => void)(), 'repairs'],
  ];

  test.each(CASES)('%s: nothing raw, nothing lost, then one Preparar repairs it all', (_name, make, action, check) => {
    const n = callCount(make, action);
    // What a clean run gives: the action, then Preparar.
    const clean = make();
    const start = seguimiento(clean);
    clean.env.rt.beginRun('execution');
    action(clean);
    const cleanSeguimiento = seguimiento(clean);
    prepareRun(clean);
    const repaired = shape(clean.ss);
    const failures: string[] = [];
    for (const at of points(n, POINTS)) {
      const b = make();
      const before = snapshot(b.ss);
      const from = mark(b);
      b.env.rt.beginRun('execution');
      b.env.rt.injectedAt = null;
      b.env.rt.failAtCall = at;
      try {
        action(b);
      } catch (e) {
        failures.push(`call ${at}: threw ${e instanceof Error ? e.message : String(e)}`);
      }
      if (b.env.rt.injectedAt !== null) counts.fired++;
      const fired = b.env.rt.injectedAt ?? 'none';
      b.env.rt.failAtCall = null;
      b.env.ui.clearAnswers();
      counts.runs++;
      const found = [...rawErrors(shownSince(b, from)).map((t) => `raw text: ${t.slice(0, 300)}`), ...broken(before, b.ss)];
      if (check === 'allOrNothing' && ![start, cleanSeguimiento].includes(seguimiento(b))) found.push('Seguimiento half-written');
      prepareRun(b);
      if (check === 'repairs' && shape(b.ss) !== repaired) found.push('one Preparar after the failure did not give what a clean run gives');
      found.push(...converges(b).filter((p) => !p.startsWith('a second Preparar changed what')));
      if (found.length > 0) failures.push(`call ${at} (${fired}):\n  ${found.join('\n  ')}`);
    }
    expect(failures).toEqual([]);
  });

  afterAll(() => {
    console.log(`fault injection: ${counts.runs} runs, ${counts.fired} faults fired`);
  });
});
