/** Section 6: Alertas (overdue and due soon). */
import type { EvaluatedRow } from '../../evaluate';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { ESTADO } from '../../tracker/names';
import { ESTADO_FILL, text, date, word, para, heading } from '../cells';
import type { ReportSection, TableCell } from '../model';

function daysCell(dias: number | null): TableCell {
  if (dias === null) return text('');
  return { text: dias < 0 ? rmsg.daysOverdue(-dias) : rmsg.daysLeft(dias), value: dias, format: 'integer' };
}

export function alertas(evaluated: readonly EvaluatedRow[], diasAviso: number): ReportSection {
  const due = evaluated
    .filter((r) => r.estado === ESTADO.vencida || r.estado === ESTADO.porVencer)
    .slice()
    .sort((a, b) => (a.diasRestantes ?? 0) - (b.diasRestantes ?? 0));
  const rows = due.map((r) => [
    { ...text(r.source.id), bold: true },
    text(r.source.indicador),
    word(r.estado, ESTADO_FILL[r.estado]),
    date(r.proximoVencimiento),
    daysCell(r.diasRestantes),
    text(r.source.responsables),
  ]);
  return {
    id: 'alertas',
    title: SECTION_TITLE.alertas,
    blocks: [
      heading(SECTION_TITLE.alertas),
      para(rmsg.alertasIntro(diasAviso)),
      { kind: 'table', id: 'alertas', header: HEADERS.alertas, rows, widths: [3, 16, 6, 6, 7, 12], emptyText: rmsg.alertasNone },
    ],
  };
}
