/**
 * Counts every call a script makes on the fake services, by service ("SpreadsheetApp") and
 * method ("Range.getValues"), so tests and benchmarks can see how many service calls an action costs.
 */
export class CallCounter {
  private readonly counts = new Map<string, number>();

  record(service: string, method: string): void {
    const key = `${service}.${method}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** Calls to one service (every object of it), or to all services. */
  total(service?: string): number {
    let sum = 0;
    for (const [key, n] of this.counts) if (service === undefined || key.startsWith(`${service}.`)) sum += n;
    return sum;
  }

  /** Calls of one method, e.g. count('SpreadsheetApp', 'Range.getValues'). */
  count(service: string, method: string): number {
    return this.counts.get(`${service}.${method}`) ?? 0;
  }

  /**
   * Counts per method, sorted by key. With a service, keys are "Range.getValues"; without,
   * "SpreadsheetApp.Range.getValues".
   */
  byMethod(service?: string): Record<string, number> {
    const out: Record<string, number> = {};
    const keys = [...this.counts.keys()].sort();
    for (const key of keys) {
      if (service === undefined) out[key] = this.counts.get(key) ?? 0;
      else if (key.startsWith(`${service}.`)) out[key.slice(service.length + 1)] = this.counts.get(key) ?? 0;
    }
    return out;
  }

  reset(): void {
    this.counts.clear();
  }
}
