import type { ColumnRole } from './types';

/** Header colours say who fills a column: the plan (blue), a person (yellow), or a formula (grey). */
export const ROLE_HEADER_FILL: Readonly<Record<ColumnRole, string>> = {
  plan: '#CFE2F3',
  input: '#FFF2CC',
  computed: '#D9D9D9',
  record: '#D9D9D9',
};

/** Section headers of Configuración and the Tablero. */
export const SECTION_HEADER_FILL = '#D9D9D9';

/**
 * The one typeface of every sheet, headers and body alike: Google Sheets' default (Arial 10), which
 * Excel has and LibreOffice replaces by its metric twin (Liberation Sans) with the same widths.
 */
export const TRACKER_FONT = { family: 'Arial', size: 10 } as const;

/**
 * Bar colours of every chart by semáforo (the Tablero's, the departmental ranking), strong enough for a
 * bar on white, and the
 * threshold lines drawn at Configuración's umbrales. The cell fills stay FILL's lighter ones.
 */
export const SEMAFORO_BAR_COLOR = { Rojo: '#CC0000', Amarillo: '#E69138', Verde: '#38761D', 'Sin medir': '#999999' } as const;
export const THRESHOLD_LINE_COLOR = { rojo: '#990000', amarillo: '#B45F06' } as const;
