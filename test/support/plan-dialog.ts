/**
 * The plan dialog as a person answers it: the last modal dialog must be the plan choice; the option
 * is one of its radio buttons (the one checked when none is named), and «Cargar el plan elegido» calls
 * the global its script names with that value, as google.script.run would. Used by both gas harnesses.
 */
import type { FakeUi } from '../fakes/ui';

export interface PlanChoice {
  /** The global function the page's script calls. */
  readonly entry: string;
  /** The value of the chosen option. */
  readonly value: string;
}

export function planChoice(ui: FakeUi, nombre?: string): PlanChoice {
  const d = ui.lastDialog();
  if (!d || d.kind !== 'modal') throw new Error('Preparar did not show the plan dialog');
  const html = d.html.content;
  const entry = /google\.script\.run[\s\S]*?\.(\w+)\(elegido\.value\)/.exec(html)?.[1];
  if (!entry) throw new Error('The plan dialog calls no server function');
  const options = [...html.matchAll(/<input type="radio" name="plan" id="[^"]+" value="([^"]+)"( checked)?>/g)];
  const option = nombre === undefined ? options.find((o) => o[2]) : options.find((o) => o[1] === nombre);
  if (!option) throw new Error(`The plan dialog has no option ${nombre ?? '(checked)'}: ${options.map((o) => o[1]).join(', ')}`);
  return { entry, value: option[1] };
}
