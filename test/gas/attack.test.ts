/**
 * Attacks kept in the suite (issue 10): random bad grids × every menu action, and every action with
 * its N-th service call failing. Fixed seeds and bounded counts keep it reproducible and within
 * seconds. What must hold: nothing escapes to the person but Spanish, no typed cell changes, no
 * formula appears that a person did not write, and Preparar converges in one run.
 */
import { CORTE, editedTracker, emptyTracker, PREPARAR, preparedTracker } from './fixtures';
import { ACTIONS, perform, type ActionName } from './attack/actions';
import { broken, mark, rawErrors, shownSince, snapshot } from './attack/invariants';
import { mutate } from './attack/mutations';
import { seeded, type Random } from './attack/random';
import { click, stateOf, type Booted } from './support';

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

/** Preparar twice: the second run changes nothing. */
function converges(b: Booted): string[] {
  click(b, PREPARAR);
  const once = stateOf(b.ss);
  click(b, PREPARAR);
  return stateOf(b.ss) === once ? [] : ['a second Preparar changed something'];
}

describe('fuzz: random bad grids × every action', () => {
  const GRIDS = 24;
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

  /** Calls an action makes on a clean run (the fault points). */
  function callCount(make: () => Booted, action: (b: Booted) => void): number {
    const b = make();
    b.env.calls.arm({ at: Number.POSITIVE_INFINITY });
    action(b);
    const n = b.env.calls.callsSinceArmed();
    b.env.calls.disarm();
    return n;
  }

  /** Up to `max` fault points spread over 1..n, always including the first and the last. */
  function points(n: number, max: number): number[] {
    if (n <= max) return Array.from({ length: n }, (_, i) => i + 1);
    return [...new Set(Array.from({ length: max }, (_, i) => 1 + Math.round((i * (n - 1)) / (max - 1))))];
  }

  const CASES: readonly (readonly [string, () => Booted, (b: Booted, r: Random) => void])[] = [
    ['Preparar on a new spreadsheet', emptyTracker, (b, r) => perform(b, 'menuPreparar', r)],
    ['Preparar on an edited one', editedTracker, (b, r) => perform(b, 'menuPreparar', r)],
    ['a new corte', preparedTracker, (b) => { b.env.ui.answerPrompt('30/06/2024'); (b.g.menuRegistrarCorte as () => void)(); }],
    ['a corte replaced', () => { const b = preparedTracker(); b.env.ui.answerPrompt('30/06/2024'); click(b, CORTE); return b; },
      (b) => { b.env.ui.answerPrompt('30/06/2024'); b.env.ui.answerAlert('YES'); (b.g.menuRegistrarCorte as () => void)(); }],
    ['Validar', editedTracker, (b, r) => perform(b, 'menuValidar', r)],
  ];

  test.each(CASES)('%s: nothing raw, nothing lost, Preparar converges', (_name, make, action) => {
    const r = seeded(7);
    const n = callCount(make, (b) => action(b, r));
    const failures: string[] = [];
    for (const at of points(n, 40)) {
      const b = make();
      const before = snapshot(b.ss);
      const from = mark(b);
      b.env.calls.arm({ at });
      try {
        action(b, r);
      } catch (e) {
        failures.push(`call ${at}: threw ${e instanceof Error ? e.message : String(e)}`);
      }
      if (b.env.calls.fired !== null) counts.fired++;
      const fired = b.env.calls.fired ?? 'none';
      b.env.calls.disarm();
      b.env.ui.clearAnswers();
      counts.runs++;
      const found = [
        ...rawErrors(shownSince(b, from)).map((t) => `raw text: ${t.slice(0, 300)}`),
        ...broken(before, b.ss),
        ...converges(b),
      ];
      if (found.length > 0) failures.push(`call ${at} (${fired}):\n  ${found.join('\n  ')}`);
    }
    expect(failures).toEqual([]);
  });

  afterAll(() => {
    console.log(`fault injection: ${counts.runs} runs, ${counts.fired} faults fired`);
  });
});
