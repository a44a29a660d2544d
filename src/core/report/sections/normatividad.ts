/** Section 3: Normatividad. */
import { rmsg, SECTION_TITLE } from '../../messages/report';
import { para, heading } from '../cells';
import type { Block, ReportSection } from '../model';

export function normatividad(items: readonly string[]): ReportSection {
  const list = items.map((i) => i.trim()).filter(Boolean);
  const blocks: Block[] = [heading(SECTION_TITLE.normatividad)];
  if (list.length === 0) blocks.push(para(rmsg.noNormatividad(), 'note'));
  else blocks.push(para(rmsg.normatividadIntro), { kind: 'list', ordered: false, items: list });
  return { id: 'normatividad', title: SECTION_TITLE.normatividad, blocks };
}
