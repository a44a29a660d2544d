/**
 * The JavaScript realm the script runs in. A script loaded in a `vm` context has its own Date, Array
 * and Error; values the fakes hand to it must come from that realm so that `x instanceof Date`
 * behaves as in Apps Script. Outside a vm (direct unit tests) the host realm is used.
 */
export interface Realm {
  date(ms: number): Date;
  list<T>(items: readonly T[]): T[];
  error(message: string): Error;
}

export const HOST_REALM: Realm = {
  date: (ms) => new Date(ms),
  list: (items) => [...items],
  error: (message) => new Error(message),
};

/** Builds a realm from a vm context's own constructors. */
export function realmOf(ctors: { Date: DateConstructor; Array: ArrayConstructor; Error: ErrorConstructor }): Realm {
  return {
    date: (ms) => new ctors.Date(ms),
    list: <T>(items: readonly T[]) => ctors.Array.from(items) as T[],
    error: (message) => new ctors.Error(message),
  };
}

/** True for a Date from any realm (instanceof fails across vm contexts). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
