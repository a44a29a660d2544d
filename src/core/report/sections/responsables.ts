/** Section 7: Avance por responsable (the summary's groups, as in the Tablero). */
import type { EvaluatedRow } from '../../evaluate';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { groupByResponsables } from '../../summary';
import { text, pct, int, para, heading } from '../cells';
import type { ReportHost, ReportSection } from '../model';

export function responsables(evaluated: readonly EvaluatedRow[], host: ReportHost): ReportSection {
  const rows = groupByResponsables(evaluated).map((g) => [
    text(g.name || rmsg.sinResponsables),
    int(g.rows.length),
    int(g.vencidas),
    int(g.porVencer),
    pct(g.cumplimientoPromedio),
  ]);
  return {
    id: 'responsables',
    title: SECTION_TITLE.responsables,
    blocks: [
      heading(SECTION_TITLE.responsables),
      para(rmsg.responsablesIntro),
      { kind: 'table', id: 'responsables', header: HEADERS.responsables, rows, widths: [12, 4, 4, 4, 6], emptyText: rmsg.noRows(host === 'sheets') },
    ],
  };
}
