/** The report's table cells and small blocks: how a status, a number, a date or a link is shown (host-neutral). */
import type { DaySerial } from '../calendar';
import { FILL } from '../tracker/matriz';
import { ESTADO, ESTADO_FASE, SEMAFORO, type Estado, type EstadoFase, type Semaforo } from '../tracker/names';
import type { HighlightFill } from '../tracker/types';
import { dateText, NO_VALUE, percentText } from './format';
import type { Block, ParagraphBlock, TableCell } from './model';

export const ESTADO_FILL: Partial<Record<Estado, HighlightFill>> = {
  [ESTADO.vencida]: FILL.red, [ESTADO.porVencer]: FILL.amber, [ESTADO.alDia]: FILL.green,
};
export const SEMAFORO_FILL: Partial<Record<Semaforo, HighlightFill>> = {
  [SEMAFORO.rojo]: FILL.red, [SEMAFORO.amarillo]: FILL.amber, [SEMAFORO.verde]: FILL.green,
};
export const FASE_FILL: Partial<Record<EstadoFase, HighlightFill>> = {
  [ESTADO_FASE.vencida]: FILL.red, [ESTADO_FASE.cumplidaTarde]: FILL.amber, [ESTADO_FASE.cumplida]: FILL.green,
};
export const text = (t: string): TableCell => ({ text: t || NO_VALUE });
export const pct = (v: number | null, fill?: HighlightFill): TableCell =>
  (v === null ? { text: NO_VALUE, align: 'right' } : { text: percentText(v), value: v, format: 'percent', align: 'right', ...(fill ? { fill } : {}) });
export const int = (n: number): TableCell => ({ text: String(n), value: n, format: 'integer', align: 'right' });
export const date = (d: DaySerial | null): TableCell => (d === null ? { text: NO_VALUE } : { text: dateText(d), value: d, format: 'date' });
export const word = (t: string, fill: HighlightFill | undefined): TableCell => ({ text: t, bold: true, ...(fill ? { fill } : {}) });
export const link = (t: string): TableCell => (/^https?:\/\//i.test(t.trim()) ? { text: t.trim(), link: t.trim() } : text(t));
export const para = (t: string, style?: ParagraphBlock['style']): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text: t }], ...(style ? { style } : {}) });
export const heading = (t: string): Block => ({ kind: 'heading', level: 2, text: t });
export const labelled = (label: string, value: string): ParagraphBlock =>
  ({ kind: 'paragraph', style: 'subtitle', align: 'center', runs: [{ text: `${label}: `, bold: true }, { text: value }] });
