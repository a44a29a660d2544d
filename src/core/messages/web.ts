/** The sentences of the semester report's web page (src/core/report/html), in Spanish (Colombia). */
import type { TableId } from '../report/model';

/** One caption per table: says what the rows are, for screen readers and for whoever reads the page. */
export const TABLE_CAPTION: Readonly<Record<TableId, string>> = {
  control: 'Datos del documento controlado',
  'resumen-estado': 'Indicadores por estado (oportunidad del seguimiento)',
  'resumen-semaforo': 'Indicadores por semáforo (logro de la meta)',
  seguimiento: 'Seguimiento por acción e indicador',
  alertas: 'Acciones vencidas o por vencer',
  responsables: 'Avance por responsable',
  fases: 'Fases y plazos',
  evolucion: 'Valor de cada indicador en los cortes del semestre',
  revision: 'Revisión de Control Interno del último corte del semestre, por indicador',
  observaciones: 'Observaciones de la Oficina de Control Interno',
};

export const webMsg = {
  lang: 'es-CO',
  pageTitle: (title: string, entidad: string, semestre: string): string => [`${title} ${semestre}`, entidad].filter(Boolean).join(' — '),
  chartSummary: (n: number): string => `Datos del gráfico (${n === 1 ? '1 indicador' : `${n} indicadores`})`,
  chartDescription:
    'Una barra por indicador; la longitud es el cumplimiento de la meta (100 % = meta cumplida). Cada barra dice el indicador, el porcentaje y el semáforo.',
  /** "A1: 90 % — Verde"; without a value only the semáforo ("A3: Sin medir"). */
  chartBarLabel: (category: string, value: string | null, semaforo: string): string =>
    value === null ? `${category}: ${semaforo}` : `${category}: ${value} — ${semaforo}`,
  chartHeaders: ['Indicador', 'Cumplimiento', 'Semáforo'] as const,
  /** Said under the chart and to screen readers: what the dashed lines are. */
  chartThresholds: (rojo: string, amarillo: string): string =>
    `Las líneas punteadas marcan los umbrales de Configuración: por debajo de ${rojo}, Rojo; por debajo de ${amarillo}, Amarillo; desde ${amarillo}, Verde.`,
  noSemaforo: '—',
  cardsIntro: (n: number): string =>
    n === 1 ? 'Un indicador; cada ficha muestra su estado y su semáforo.' : `${n} indicadores; cada ficha muestra su estado y su semáforo.`,
  signature: 'Firma',
  generated: (date: string): string => `Página generada el ${date} con Seguimiento GEL-T, a partir de la hoja de seguimiento del Plan de Acción.`,
  /** The Node host's line after writing the page. */
  written: (file: string): string => `Página web del informe: ${file}`,
} as const;
