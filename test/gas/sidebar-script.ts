/**
 * Runs the <script> of a sidebar or dialog the way the browser would, against a minimal page: the
 * links it wires up, a status element, and google.script.run as Apps Script's client gives it
 * (withSuccessHandler / withFailureHandler, then the server function). Each server call is recorded;
 * the test decides whether it succeeds (with a value) or fails (with an Error).
 */
import vm from 'node:vm';

export interface ServerCall {
  readonly name: string;
  readonly args: unknown[];
  readonly hasFailureHandler: boolean;
  succeed(value: unknown): void;
  fail(error: Error): void;
}

export interface RunningPage {
  readonly calls: ServerCall[];
  /** Clicks the i-th element matching the selector the script listened on. */
  click(i: number): void;
  /** The text of the element with this id (what the script wrote into it). */
  text(id: string): string;
}

interface FakeElement {
  textContent: string;
  dataset: Record<string, string>;
  listeners: Map<string, (e: { preventDefault(): void }) => void>;
  addEventListener(type: string, fn: (e: { preventDefault(): void }) => void): void;
}

function element(dataset: Record<string, string> = {}): FakeElement {
  const listeners = new Map<string, (e: { preventDefault(): void }) => void>();
  return {
    textContent: '',
    dataset,
    listeners,
    addEventListener: (t, fn) => {
      listeners.set(t, fn);
    },
  };
}

/** Every `data-*` pair of each `<a class="celda">` in the HTML, in order. */
function links(html: string): Record<string, string>[] {
  return [...html.matchAll(/<a [^>]*class="celda"[^>]*>/g)].map((m) => {
    const data: Record<string, string> = {};
    for (const [, k, v] of m[0].matchAll(/data-([a-z]+)="([^"]*)"/g))
      data[k] = v
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    return data;
  });
}

export function runPage(html: string): RunningPage {
  const anchors = links(html).map((d) => element(d));
  const byId = new Map<string, FakeElement>();
  for (const [, id] of html.matchAll(/id="([^"]+)"/g)) byId.set(id, element());
  const calls: ServerCall[] = [];
  const runner = (): Record<string, unknown> => {
    let onSuccess: ((v: unknown) => void) | null = null;
    let onFailure: ((e: Error) => void) | null = null;
    const proxy: Record<string, unknown> = new Proxy(
      {},
      {
        get(_t, prop: string) {
          if (prop === 'withSuccessHandler')
            return (fn: (v: unknown) => void) => {
              onSuccess = fn;
              return proxy;
            };
          if (prop === 'withFailureHandler')
            return (fn: (e: Error) => void) => {
              onFailure = fn;
              return proxy;
            };
          return (...args: unknown[]) => {
            const success = onSuccess;
            const failure = onFailure;
            calls.push({
              name: prop,
              args,
              hasFailureHandler: failure !== null,
              succeed: (v) => success?.(v),
              // Without a failure handler the browser shows nothing the person can read.
              fail: (e) => {
                if (failure) failure(e);
                else throw e;
              },
            });
          };
        },
      },
    );
    return proxy;
  };
  const document = {
    querySelectorAll: (selector: string) => (selector === 'a.celda' ? anchors : []),
    getElementById: (id: string) => byId.get(id) ?? null,
  };
  const google = {
    script: {
      get run() {
        return runner();
      },
    },
  };
  const context = vm.createContext({ document, google });
  for (const [, body] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) vm.runInContext(body, context);
  return {
    calls,
    click(i) {
      const fn = anchors[i]?.listeners.get('click');
      if (!fn) throw new Error(`Link ${i} has no click handler`);
      fn({ preventDefault: () => undefined });
    },
    text: (id) => byId.get(id)?.textContent ?? '',
  };
}
