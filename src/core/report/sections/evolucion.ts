/** Section 9: Evolución en el semestre (the Seguimiento sheet's cortes). */
import type { DaySerial } from '../../calendar';
import type { EvaluatedRow } from '../../evaluate';
import type { SeguimientoRow } from '../../grid/seguimiento';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { REVISION, type Semaforo } from '../../tracker/names';
import { reviewReportText } from '../../messages/roles';
import { SEMAFORO_FILL, text, pct, para, heading } from '../cells';
import { dateText } from '../format';
import type { Block, ReportMeta, ReportSection } from '../model';

/**
 * Distinct corte dates within the semester, in date order. A Seguimiento row without a corte date
 * has no column here and is left out (its Semestre text is not used to place it).
 */
export function cortesOf(rows: readonly SeguimientoRow[], meta: ReportMeta): DaySerial[] {
  const set = new Set<DaySerial>();
  for (const r of rows) if (inSemester(r, meta) && r.corte !== null) set.add(r.corte);
  return [...set].sort((a, b) => a - b);
}

function inSemester(r: SeguimientoRow, meta: ReportMeta): boolean {
  if (r.corte !== null) return r.corte >= meta.periodStart && r.corte <= meta.periodEnd;
  return false;
}

export function evolucion(rows: readonly SeguimientoRow[], evaluated: readonly EvaluatedRow[], cortes: readonly DaySerial[], meta: ReportMeta): ReportSection {
  const blocks: Block[] = [heading(SECTION_TITLE.evolucion)];
  if (cortes.length === 0) {
    blocks.push(para(rmsg.evolucionNone(meta.semesterLabel, meta.host === 'sheets')));
    return { id: 'evolucion', title: SECTION_TITLE.evolucion, blocks };
  }
  // Later rows of the same corte replace earlier ones (registering a corte again replaces it).
  const byId = new Map<string, { indicador: string; at: Map<DaySerial, SeguimientoRow> }>();
  for (const m of evaluated) {
    const id = m.source.id.trim();
    if (id && !byId.has(id)) byId.set(id, { indicador: m.source.indicador, at: new Map() });
  }
  for (const r of rows) {
    if (!inSemester(r, meta) || r.corte === null || !r.id.trim()) continue;
    const id = r.id.trim();
    const entry = byId.get(id) ?? { indicador: r.indicador, at: new Map<DaySerial, SeguimientoRow>() };
    entry.at.set(r.corte, r);
    byId.set(id, entry);
  }
  const table = [...byId.entries()].map(([id, e]) => [
    { ...text(id), bold: true },
    text(e.indicador),
    ...cortes.map((c) => {
      const r = e.at.get(c);
      return r === undefined ? text('') : pct(r.valor, SEMAFORO_FILL[r.semaforo as Semaforo]);
    }),
  ]);
  blocks.push(para(rmsg.evolucionIntro(meta.semesterLabel, cortes.length)), {
    kind: 'table',
    id: 'evolucion',
    header: [...HEADERS.evolucionFixed, ...cortes.map(dateText)],
    rows: table,
    widths: [3, 14, ...cortes.map(() => 4)],
  });
  blocks.push(...review(byId, cortes[cortes.length - 1]));
  return { id: 'evolucion', title: SECTION_TITLE.evolucion, blocks };
}

/**
 * Control Interno's review of the semester's last corte: a summary sentence, then one row per
 * indicator with its state, observation and reviewer (a missing or empty review is Pendiente).
 */
function review(byId: ReadonlyMap<string, { indicador: string; at: ReadonlyMap<DaySerial, SeguimientoRow> }>, corte: DaySerial): Block[] {
  const rows = [...byId.entries()].map(([id, e]) => ({ id, indicador: e.indicador, r: e.at.get(corte) })).filter((x) => x.r !== undefined);
  const count = (state: string): number => rows.filter((x) => x.r?.revision === state).length;
  return [
    { kind: 'heading', level: 3, text: reviewReportText.title },
    para(reviewReportText.summary(dateText(corte), count(REVISION.aprobado), count(REVISION.devuelto), count(REVISION.pendiente))),
    {
      kind: 'table',
      id: 'revision',
      header: reviewReportText.headers,
      widths: [3, 12, 5, 15, 8],
      rows: rows.map((x) => [
        { ...text(x.id), bold: true },
        text(x.indicador),
        text(x.r?.revision ?? REVISION.pendiente),
        text(x.r?.observacionRevision ?? ''),
        text(x.r?.revisadoPor ?? ''),
      ]),
    },
  ];
}
