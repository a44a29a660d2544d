/** The report's table cells and small blocks: how a status, a number, a date or a link is shown (host-neutral). */
import type { DaySerial } from '../calendar';
import { FASE_FILL as FASES_FILL } from '../tracker/fases';
import { ESTADO_FILL as MATRIZ_ESTADO_FILL, SEMAFORO_FILL as MATRIZ_SEMAFORO_FILL } from '../tracker/matriz';
import type { Estado, EstadoFase, Semaforo } from '../tracker/names';
import type { HighlightFill } from '../tracker/types';
import { dateText, NO_VALUE, percentText } from './format';
import type { Block, ParagraphBlock, TableCell } from './model';

/** Status colours come from the tracker description, so a report cell looks like the sheet's highlight. */
export const ESTADO_FILL: Partial<Record<Estado, HighlightFill>> = MATRIZ_ESTADO_FILL;
export const SEMAFORO_FILL: Partial<Record<Semaforo, HighlightFill>> = MATRIZ_SEMAFORO_FILL;
export const FASE_FILL: Partial<Record<EstadoFase, HighlightFill>> = FASES_FILL;

export const text = (t: string): TableCell => ({ text: t || NO_VALUE });
export const pct = (v: number | null, fill?: HighlightFill): TableCell =>
  v === null ? { text: NO_VALUE, align: 'right' } : { text: percentText(v), value: v, format: 'percent', align: 'right', ...(fill ? { fill } : {}) };
export const int = (n: number): TableCell => ({ text: String(n), value: n, format: 'integer', align: 'right' });
export const date = (d: DaySerial | null): TableCell => (d === null ? { text: NO_VALUE } : { text: dateText(d), value: d, format: 'date' });
export const word = (t: string, fill: HighlightFill | undefined): TableCell => ({ text: t, bold: true, ...(fill ? { fill } : {}) });
export const link = (t: string): TableCell => (/^https?:\/\//i.test(t.trim()) ? { text: t.trim(), link: t.trim() } : text(t));
export const para = (t: string, style?: ParagraphBlock['style']): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text: t }], ...(style ? { style } : {}) });
export const heading = (t: string): Block => ({ kind: 'heading', level: 2, text: t });
export const labelled = (label: string, value: string): ParagraphBlock => ({
  kind: 'paragraph',
  style: 'subtitle',
  align: 'center',
  runs: [{ text: `${label}: `, bold: true }, { text: value }],
});
