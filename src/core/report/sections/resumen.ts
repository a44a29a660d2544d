/** Section 4: Resumen (counts by estado and semáforo, the average, the chart, what is missing). */
import type { EvaluatedRow } from '../../evaluate';
import { CHART_TITLE, HEADERS, LABEL, rmsg, SECTION_TITLE } from '../../messages/report';
import { ESTADO_ORDER, SEMAFORO_ORDER } from '../../summary';
import { ESTADO_FILL, SEMAFORO_FILL, int, word, para, heading } from '../cells';
import { NO_VALUE, percentText } from '../format';
import type { Block, ReportSection, ReportSummary } from '../model';

export function resumen(
  s: ReportSummary,
  evaluated: readonly EvaluatedRow[],
  missing: readonly string[],
  thresholds?: { readonly rojo: number; readonly amarillo: number },
): ReportSection {
  const blocks: Block[] = [
    heading(SECTION_TITLE.resumen),
    para(rmsg.resumen(s.acciones, s.indicadores)),
    s.cumplimientoPromedio === null ? para(rmsg.promedioNone()) : para(rmsg.promedio(percentText(s.cumplimientoPromedio), s.medidos, s.indicadores)),
    {
      kind: 'table',
      id: 'resumen-estado',
      header: HEADERS.resumenEstado,
      widths: [3, 1],
      rows: [
        ...ESTADO_ORDER.map((e) => [word(e, ESTADO_FILL[e]), int(s.porEstado[e])]),
        [
          { text: LABEL.total, bold: true },
          { ...int(s.indicadores), bold: true },
        ],
      ],
    },
    {
      kind: 'table',
      id: 'resumen-semaforo',
      header: HEADERS.resumenSemaforo,
      widths: [3, 1],
      rows: [
        ...SEMAFORO_ORDER.map((x) => [word(x, SEMAFORO_FILL[x]), int(s.porSemaforo[x])]),
        [
          { text: LABEL.total, bold: true },
          { ...int(s.indicadores), bold: true },
        ],
      ],
    },
  ];
  if (evaluated.length > 0) {
    blocks.push({
      kind: 'chart',
      title: CHART_TITLE,
      seriesName: LABEL.cumplimientoSeries,
      categories: evaluated.map((r) => r.source.id || NO_VALUE),
      values: evaluated.map((r) => r.cumplimiento),
      semaforos: evaluated.map((r) => r.semaforo),
      ...(thresholds ? { thresholds } : {}),
    });
  }
  if (missing.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: rmsg.missingTitle }, { kind: 'list', ordered: false, items: missing });
  }
  return { id: 'resumen', title: SECTION_TITLE.resumen, blocks };
}
