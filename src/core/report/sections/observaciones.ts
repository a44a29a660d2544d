/** Section 10: Observaciones y recomendaciones. */
import type { EvaluatedFase, EvaluatedRow } from '../../evaluate';
import { HEADERS, rmsg, SECTION_TITLE } from '../../messages/report';
import { ESTADO, ESTADO_FASE, SEMAFORO } from '../../tracker/names';
import { text, para, heading } from '../cells';
import type { Block, ReportMeta, ReportSection } from '../model';
import { isHistorical } from './fases';

function idsWhere(evaluated: readonly EvaluatedRow[], keep: (r: EvaluatedRow) => boolean): string[] {
  return evaluated.filter(keep).map((r) => r.source.id || rmsg.rowName(r.source.row));
}

export function observaciones(evaluated: readonly EvaluatedRow[], fases: readonly EvaluatedFase[], decreto: string, meta: ReportMeta): ReportSection {
  const blocks: Block[] = [heading(SECTION_TITLE.observaciones)];
  const withObs = evaluated.filter((r) => r.source.observaciones.trim());
  if (withObs.length === 0) blocks.push(para(rmsg.observacionesNone));
  else {
    blocks.push({
      kind: 'table',
      id: 'observaciones',
      header: HEADERS.observaciones,
      widths: [3, 12, 20],
      rows: withObs.map((r) => [{ ...text(r.source.id), bold: true }, text(r.source.indicador), text(r.source.observaciones.trim())]),
    });
  }
  const recs: string[] = [];
  const add = (ids: string[], sentence: (ids: readonly string[]) => string): void => {
    if (ids.length > 0) recs.push(sentence(ids));
  };
  add(
    idsWhere(evaluated, (r) => r.estado === ESTADO.vencida),
    rmsg.recVencidas,
  );
  add(
    idsWhere(evaluated, (r) => r.estado === ESTADO.porVencer),
    rmsg.recPorVencer,
  );
  add(
    idsWhere(evaluated, (r) => r.semaforo === SEMAFORO.rojo),
    rmsg.recRojos,
  );
  add(
    idsWhere(evaluated, (r) => r.semaforo === SEMAFORO.sinMedir),
    rmsg.recSinMedir,
  );
  add(
    idsWhere(evaluated, (r) => r.estado === ESTADO.sinProgramar),
    rmsg.recSinProgramar,
  );
  // A phase due before the semester is not «to be completed»: what is missing is the record of what happened.
  const overdue = fases.filter((f) => f.estado === ESTADO_FASE.vencida);
  const phaseName = (f: EvaluatedFase): string => f.source.fase || f.source.id;
  add(overdue.filter((f) => !isHistorical(f, meta)).map(phaseName), rmsg.recFases);
  add(overdue.filter((f) => isHistorical(f, meta)).map(phaseName), (names) => rmsg.recFasesHistoricas(names, decreto));
  if (recs.length === 0 && evaluated.length > 0) recs.push(rmsg.recNone);
  blocks.push({ kind: 'heading', level: 3, text: rmsg.recomendacionesTitle });
  if (recs.length > 0) blocks.push({ kind: 'list', ordered: true, items: recs });
  blocks.push({ kind: 'paragraph', runs: [{ text: rmsg.controlInternoRoom, bold: true }] }, para(rmsg.blankLine), para(rmsg.blankLine), para(rmsg.blankLine));
  return { id: 'observaciones', title: SECTION_TITLE.observaciones, blocks };
}
