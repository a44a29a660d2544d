/**
 * The words of the summary that the Tablero and the report both show: their headers and the
 * chart's title are one text, so the sheet and the document name the same figures alike.
 */
export const SUMMARY_HEADERS = {
  estado: ['Estado (oportunidad)', 'Indicadores'],
  semaforo: ['Semáforo (logro)', 'Indicadores'],
  responsables: ['Responsables', 'Indicadores', 'Vencidas', 'Por vencer', 'Cumplimiento promedio'],
} as const;

/** The bar chart of compliance per indicator (Tablero chart, report chart and its table). */
export const CHART_TITLE = 'Cumplimiento de la meta por indicador';

/**
 * The table under the Tablero that the chart draws: one row per Matriz row, its compliance in the
 * column of its semáforo (so each bar takes that colour) and Configuración's thresholds (the lines).
 */
export const CHART_DATA = {
  title: 'Datos del gráfico (cumplimiento por semáforo y umbrales de Configuración)',
  headers: ['Indicador', 'Rojo', 'Amarillo', 'Verde', 'Umbral rojo', 'Umbral amarillo'],
} as const;
