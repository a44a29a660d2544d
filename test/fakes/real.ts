/**
 * The fakes implement a Pick<> of each real interface, so their methods keep the real signatures;
 * where a real signature returns another service object (Range.getSheet(): Sheet), the fake returns
 * its own fake through `real()`, the single place that widens a fake to the real type.
 */
import type { FakeRuntime } from './runtime';

export function real<T>(fake: object): T {
  return fake as unknown as T;
}

/** Narrows an object a script passed back to us (a Range, a rule…) to our fake, or fails clearly. */
export function own<T>(rt: FakeRuntime, value: unknown, ctor: abstract new (...args: never[]) => T, what: string): T {
  if (value instanceof ctor) return value;
  return rt.fail(`Invalid argument: ${what}`);
}
