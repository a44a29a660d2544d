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
