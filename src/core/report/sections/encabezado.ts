/** The report's header: entity, place, title, semester and dates, and the controlled-document block. */
import type { Settings } from '../../grid/configuracion';
import { HEADERS, LABEL, PAGE_TEXT, REPORT_TITLE, rmsg } from '../../messages/report';
import { labelled, text } from '../cells';
import { dateText } from '../format';
import type { Block, PageHeader, ReportMeta, ReportSection } from '../model';

export function encabezado(meta: ReportMeta, settings: Settings): ReportSection {
  const blocks: Block[] = [];
  if (meta.entidad) blocks.push({ kind: 'paragraph', style: 'subtitle', align: 'center', runs: [{ text: meta.entidad, bold: true }] });
  const place = rmsg.entidadLine(meta.municipio, meta.departamento);
  if (place) blocks.push({ kind: 'paragraph', style: 'subtitle', align: 'center', runs: [{ text: place }] });
  blocks.push({ kind: 'heading', level: 1, text: meta.title });
  blocks.push({
    kind: 'table',
    id: 'control',
    header: HEADERS.control,
    widths: [6, 3, 2, 3],
    rows: [
      [
        text(settings.proceso.trim()),
        text(settings.codigoDocumento.trim() || PAGE_TEXT.noCode),
        text(settings.versionDocumento.trim()),
        text(dateText(meta.fechaEmision)),
      ],
    ],
  });
  blocks.push(labelled(LABEL.semestre, rmsg.semesterLine(meta.semesterLabel, dateText(meta.periodStart), dateText(meta.periodEnd))));
  blocks.push(labelled(LABEL.fechaCorte, dateText(meta.fechaCorte)));
  // The fecha de emisión is the control block's last column (said once).
  return { id: 'encabezado', title: meta.title, blocks };
}

/** What every printed page repeats at its top. */
export function pageHeader(meta: ReportMeta, settings: Settings): PageHeader {
  return {
    entidad: meta.entidad,
    title: REPORT_TITLE,
    proceso: PAGE_TEXT.proceso(settings.proceso.trim()),
    codigo: PAGE_TEXT.codigo(settings.codigoDocumento.trim()),
    version: PAGE_TEXT.version(settings.versionDocumento.trim()),
    fecha: PAGE_TEXT.fecha(dateText(meta.fechaEmision)),
  };
}
