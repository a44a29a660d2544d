/** Section 1: Objetivo. */
import { rmsg, SECTION_TITLE } from '../../messages/report';
import { para, heading } from '../cells';
import type { Block, ReportSection } from '../model';

export function objetivo(objetivoGeneral: string): ReportSection {
  const blocks: Block[] = [heading(SECTION_TITLE.objetivo), para(rmsg.objetivo())];
  const o = objetivoGeneral.trim();
  blocks.push(o ? { kind: 'paragraph', runs: [{ text: rmsg.objetivoPlan, bold: true }, { text: o }] } : para(rmsg.noObjetivo(), 'note'));
  return { id: 'objetivo', title: SECTION_TITLE.objetivo, blocks };
}
