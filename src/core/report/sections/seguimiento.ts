/** Section 5: Seguimiento por acción (one row per indicator). */
import type { EvaluatedRow } from '../../evaluate';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { ESTADO_FILL, SEMAFORO_FILL, text, pct, word, link, heading } from '../cells';
import { NO_VALUE } from '../format';
import type { ReportHost, ReportSection, TableCell } from '../model';

function metaCell(meta: number | null): TableCell {
  return meta === null ? { text: NO_VALUE, align: 'right' } : pct(meta);
}

export function seguimiento(evaluated: readonly EvaluatedRow[], host: ReportHost): ReportSection {
  const rows = evaluated.map((r) => [
    { ...text(r.source.id), bold: true },
    text(r.source.accion),
    text(r.source.indicador),
    metaCell(r.source.meta),
    pct(r.valor),
    pct(r.cumplimiento),
    word(r.estado, ESTADO_FILL[r.estado]),
    word(r.semaforo, SEMAFORO_FILL[r.semaforo]),
    text(r.source.responsables),
    link(r.source.evidencia),
  ]);
  return {
    id: 'seguimiento',
    title: SECTION_TITLE.seguimiento,
    blocks: [
      heading(SECTION_TITLE.seguimiento),
      {
        kind: 'table',
        id: 'seguimiento',
        header: HEADERS.seguimiento,
        rows,
        widths: [3, 16, 12, 5, 5, 6, 6, 6, 10, 10],
        emptyText: rmsg.noRows(host === 'sheets'),
      },
    ],
  };
}
