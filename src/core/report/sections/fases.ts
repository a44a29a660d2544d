/** Section 8: the phases of the decree. */
import type { EvaluatedFase } from '../../evaluate';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { FASE_FILL, text, date, word, link, para, heading } from '../cells';
import type { ReportSection } from '../model';

export function fasesSection(fases: readonly EvaluatedFase[], decreto: string, orden: string): ReportSection {
  const title = SECTION_TITLE.fases(decreto);
  const rows = fases.map((f) => [
    text(f.source.fase || f.source.id),
    date(f.plazo),
    date(f.source.fechaCumplimiento),
    word(f.estado, FASE_FILL[f.estado]),
    link(f.source.evidencia),
  ]);
  return {
    id: 'fases',
    title,
    blocks: [
      heading(title),
      para(rmsg.fasesIntro(decreto, orden)),
      { kind: 'table', id: 'fases', header: HEADERS.fases(orden), rows, widths: [8, 5, 5, 5, 10], emptyText: rmsg.noFases() },
    ],
  };
}
