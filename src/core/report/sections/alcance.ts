/** Section 2: Alcance (what the follow-up covers, at which corte). */
import { rmsg, SECTION_TITLE } from '../../messages/report';
import { para, heading } from '../cells';
import { dateText } from '../format';
import type { Block, ReportMeta, ReportSection, ReportSummary } from '../model';

export function alcance(meta: ReportMeta, s: ReportSummary, seguimientoText: string): ReportSection {
  const from = dateText(meta.periodStart);
  const to = dateText(meta.periodEnd);
  const blocks: Block[] = [
    heading(SECTION_TITLE.alcance),
    para(rmsg.alcance(s.acciones, s.indicadores, meta.semesterLabel, from, to, dateText(meta.fechaCorte))),
  ];
  if (meta.fechaCorte < meta.periodStart || meta.fechaCorte > meta.periodEnd) {
    blocks.push(para(rmsg.corteOutside(dateText(meta.fechaCorte), meta.semesterLabel), 'note'));
  }
  if (seguimientoText.trim()) blocks.push({ kind: 'paragraph', runs: [{ text: seguimientoText.trim(), italic: true }] });
  return { id: 'alcance', title: SECTION_TITLE.alcance, blocks };
}
