/**
 * Section 10: Conclusiones, derived from the figures only: the share of indicators by timeliness, what
 * the average compliance means against Configuración's thresholds, the weakest indicators and
 * responsables, and what became of the decree's phases. No judgement that the figures do not carry.
 */
import type { EvaluatedFase, EvaluatedRow } from '../../evaluate';
import type { Settings } from '../../grid/configuracion';
import { rmsg, SECTION_TITLE } from '../../messages/report';
import { groupByResponsables } from '../../summary';
import { ESTADO, ESTADO_FASE } from '../../tracker/names';
import { heading, para } from '../cells';
import { percentText } from '../format';
import type { Block, ReportMeta, ReportSection, ReportSummary } from '../model';
import { isHistorical } from './fases';

/** How many of the weakest indicators and responsables a conclusion names. */
const NAMED_AT_MOST = 3;

function share(n: number, total: number): string {
  return rmsg.countShare(n, percentText(total === 0 ? 0 : n / total));
}

export function conclusiones(
  s: ReportSummary,
  evaluated: readonly EvaluatedRow[],
  fases: readonly EvaluatedFase[],
  settings: Pick<Settings, 'umbralRojo' | 'umbralAmarillo'>,
  decreto: string,
  meta: ReportMeta,
): ReportSection {
  const items: string[] = [];
  const total = s.indicadores;
  if (total > 0) {
    const e = s.porEstado;
    const sinProgramar = e[ESTADO.sinProgramar] > 0 ? share(e[ESTADO.sinProgramar], total) : '';
    items.push(rmsg.concOportunidad(total, share(e[ESTADO.alDia], total), share(e[ESTADO.porVencer], total), share(e[ESTADO.vencida], total), sinProgramar));
    const rojo = percentText(settings.umbralRojo);
    const amarillo = percentText(settings.umbralAmarillo);
    if (s.cumplimientoPromedio === null) items.push(rmsg.concPromedioNone);
    else {
      const p = s.cumplimientoPromedio;
      const band = p < settings.umbralRojo ? 'rojo' : p < settings.umbralAmarillo ? 'amarillo' : 'verde';
      items.push(rmsg.concPromedio(percentText(p), band, rojo, amarillo, s.medidos, total));
    }
    const weakest = evaluated
      .filter((r): r is EvaluatedRow & { cumplimiento: number } => r.cumplimiento !== null && r.cumplimiento < settings.umbralAmarillo)
      .slice()
      .sort((a, b) => a.cumplimiento - b.cumplimiento)
      .slice(0, NAMED_AT_MOST)
      .map((r) => rmsg.idPct(r.source.id || rmsg.rowName(r.source.row), percentText(r.cumplimiento)));
    if (weakest.length > 0) items.push(rmsg.concMasDebiles(weakest));
    const groups = groupByResponsables(evaluated).filter((g) => g.name);
    const byOverdue = groups
      .filter((g) => g.vencidas > 0)
      .slice()
      .sort((a, b) => b.vencidas - a.vencidas)
      .slice(0, NAMED_AT_MOST);
    if (byOverdue.length > 0) items.push(rmsg.concResponsablesVencidas(byOverdue.map((g) => rmsg.nameCount(g.name, g.vencidas))));
    const low = groups
      .filter((g): g is typeof g & { cumplimientoPromedio: number } => g.cumplimientoPromedio !== null && g.cumplimientoPromedio < settings.umbralAmarillo)
      .slice()
      .sort((a, b) => a.cumplimientoPromedio - b.cumplimientoPromedio)
      .slice(0, NAMED_AT_MOST);
    if (low.length > 0)
      items.push(
        rmsg.concResponsablesBajos(
          low.map((g) => rmsg.idPct(g.name, percentText(g.cumplimientoPromedio))),
          amarillo,
        ),
      );
    if (weakest.length === 0 && byOverdue.length === 0 && low.length === 0 && s.cumplimientoPromedio !== null) items.push(rmsg.concSinNovedad);
  }
  const past = fases.filter((f) => isHistorical(f, meta));
  if (past.length > 0) {
    const count = (e: string): number => past.filter((f) => f.estado === e).length;
    items.push(rmsg.concFases(decreto, past.length, count(ESTADO_FASE.cumplida), count(ESTADO_FASE.cumplidaTarde), count(ESTADO_FASE.vencida)));
  }
  const blocks: Block[] = [heading(SECTION_TITLE.conclusiones)];
  if (items.length === 0) blocks.push(para(rmsg.noRows(meta.host === 'sheets')));
  else blocks.push(para(rmsg.conclusionesIntro), { kind: 'list', ordered: false, items });
  return { id: 'conclusiones', title: SECTION_TITLE.conclusiones, blocks };
}
