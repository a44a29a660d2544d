/**
 * Section 8: the phases of the decree. A phase whose deadline fell before the semester is history:
 * it reads as met, met late or not met (no date of compliance recorded), with its deadline and how
 * long ago — not as an alert. Phases still due in or after the semester keep their status.
 */
import { daysBetween } from '../../calendar';
import type { EvaluatedFase } from '../../evaluate';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { ESTADO_FASE } from '../../tracker/names';
import { FASE_FILL, text, date, word, link, para, heading } from '../cells';
import { agoText, spanText } from '../elapsed';
import { dateText } from '../format';
import type { Block, ReportMeta, ReportSection, TableCell } from '../model';

/** A phase whose deadline is before the semester's first day. */
export function isHistorical(f: EvaluatedFase, meta: Pick<ReportMeta, 'periodStart'>): boolean {
  return f.plazo !== null && f.plazo < meta.periodStart;
}

function estadoCell(f: EvaluatedFase, historical: boolean): TableCell {
  // «Vencida» is an alert about something still to do; for a deadline years ago it is a fact: not met.
  if (historical && f.estado === ESTADO_FASE.vencida) return word(rmsg.faseNoCumplida, FASE_FILL[f.estado]);
  return word(f.estado, FASE_FILL[f.estado]);
}

function resultado(f: EvaluatedFase, meta: ReportMeta): string {
  const r = rmsg.faseResultado;
  if (f.plazo === null) return r.sinPlazo;
  const plazo = dateText(f.plazo);
  const ago = agoText(f.plazo, meta.fechaCorte);
  const done = f.source.fechaCumplimiento;
  switch (f.estado) {
    case ESTADO_FASE.cumplida:
      return r.cumplida(plazo, ago);
    case ESTADO_FASE.cumplidaTarde:
      return r.cumplidaTarde(plazo, ago, done === null ? '' : spanText(f.plazo, done));
    case ESTADO_FASE.vencida:
      return isHistorical(f, meta) ? r.noCumplida(plazo, ago) : r.vencida(plazo, ago);
    case ESTADO_FASE.pendiente:
      return r.pendiente(plazo, rmsg.inDays(daysBetween(meta.fechaCorte, f.plazo)));
    default:
      return r.sinPlazo;
  }
}

export function fasesSection(fases: readonly EvaluatedFase[], decreto: string, orden: string, meta: ReportMeta): ReportSection {
  const title = SECTION_TITLE.fases(decreto);
  const rows = fases.map((f) => [
    text(f.source.fase || f.source.id),
    date(f.plazo),
    date(f.source.fechaCumplimiento),
    estadoCell(f, isHistorical(f, meta)),
    text(resultado(f, meta)),
    link(f.source.evidencia),
  ]);
  const blocks: Block[] = [heading(title), para(rmsg.fasesIntro(decreto, orden))];
  const historical = fases.filter((f) => isHistorical(f, meta)).length;
  if (historical > 0) blocks.push(para(rmsg.fasesHistoricas(historical, fases.length, decreto)));
  blocks.push({ kind: 'table', id: 'fases', header: HEADERS.fases(orden), rows, widths: [7, 4, 5, 4, 9, 6], emptyText: rmsg.noFases() });
  return { id: 'fases', title, blocks };
}
