/** The report's header: entity, place, title, semester and dates. */
import { LABEL, rmsg } from '../../messages/report';
import { labelled } from '../cells';
import { dateText } from '../format';
import type { Block, ReportMeta, ReportSection } from '../model';

export function encabezado(meta: ReportMeta): ReportSection {
  const blocks: Block[] = [];
  if (meta.entidad) blocks.push({ kind: 'paragraph', style: 'subtitle', align: 'center', runs: [{ text: meta.entidad, bold: true }] });
  const place = rmsg.entidadLine(meta.municipio, meta.departamento);
  if (place) blocks.push({ kind: 'paragraph', style: 'subtitle', align: 'center', runs: [{ text: place }] });
  blocks.push({ kind: 'heading', level: 1, text: meta.title });
  blocks.push(labelled(LABEL.semestre, rmsg.semesterLine(meta.semesterLabel, dateText(meta.periodStart), dateText(meta.periodEnd))));
  blocks.push(labelled(LABEL.fechaCorte, dateText(meta.fechaCorte)));
  blocks.push(labelled(LABEL.fechaEmision, dateText(meta.fechaEmision)));
  return { id: 'encabezado', title: meta.title, blocks };
}
