/**
 * buildReport: the semester report as a document model, from what the hosts parsed. Pure.
 * Statuses come from evaluateRows/evaluateFases, the functions that mirror the sheet's formulas,
 * so every figure equals what the Matriz and the Tablero show at the same fecha de cálculo.
 */
import { semesterEnd, semesterLabel, semesterStart, type DaySerial } from '../calendar';
import { evaluateFases, evaluateRows, type EvaluatedFase, type EvaluatedRow } from '../evaluate';
import type { Settings } from '../grid/configuracion';
import type { SeguimientoRow } from '../grid/seguimiento';
import type { ReportInput } from './input';
import { ESTADO, ESTADO_FASE, SEMAFORO, type Estado, type EstadoFase, type Semaforo } from '../tracker/names';
import { FILL } from '../tracker/matriz';
import type { HighlightFill } from '../tracker/types';
import { dateText, NO_VALUE, percentText, safeFileName } from './format';
import { buildMarkers } from './markers';
import { ESTADO_ORDER, groupByResponsables, SEMAFORO_ORDER, summarize } from '../summary';
import { CHART_TITLE, DEFAULT_DECRETO, FILE_PREFIX, HEADERS, LABEL, REPORT_TITLE, rmsg, SECTION_TITLE, SIGNER_ROLE } from '../messages/report';
import type { Block, ParagraphBlock, ReportMeta, ReportModel, ReportSection, ReportSummary, TableCell } from './model';

export type { ReportInput } from './input';

const ESTADO_FILL: Partial<Record<Estado, HighlightFill>> = {
  [ESTADO.vencida]: FILL.red, [ESTADO.porVencer]: FILL.amber, [ESTADO.alDia]: FILL.green,
};
const SEMAFORO_FILL: Partial<Record<Semaforo, HighlightFill>> = {
  [SEMAFORO.rojo]: FILL.red, [SEMAFORO.amarillo]: FILL.amber, [SEMAFORO.verde]: FILL.green,
};
const FASE_FILL: Partial<Record<EstadoFase, HighlightFill>> = {
  [ESTADO_FASE.vencida]: FILL.red, [ESTADO_FASE.cumplidaTarde]: FILL.amber, [ESTADO_FASE.cumplida]: FILL.green,
};

const text = (t: string): TableCell => ({ text: t || NO_VALUE });
const pct = (v: number | null, fill?: HighlightFill): TableCell =>
  (v === null ? { text: NO_VALUE, align: 'right' } : { text: percentText(v), value: v, format: 'percent', align: 'right', ...(fill ? { fill } : {}) });
const int = (n: number): TableCell => ({ text: String(n), value: n, format: 'integer', align: 'right' });
const date = (d: DaySerial | null): TableCell => (d === null ? { text: NO_VALUE } : { text: dateText(d), value: d, format: 'date' });
const word = (t: string, fill: HighlightFill | undefined): TableCell => ({ text: t, bold: true, ...(fill ? { fill } : {}) });
const link = (t: string): TableCell => (/^https?:\/\//i.test(t.trim()) ? { text: t.trim(), link: t.trim() } : text(t));
const para = (t: string, style?: ParagraphBlock['style']): ParagraphBlock => ({ kind: 'paragraph', runs: [{ text: t }], ...(style ? { style } : {}) });
const heading = (t: string): Block => ({ kind: 'heading', level: 2, text: t });
const labelled = (label: string, value: string): ParagraphBlock =>
  ({ kind: 'paragraph', style: 'subtitle', align: 'center', runs: [{ text: `${label}: `, bold: true }, { text: value }] });

export function buildReport(input: ReportInput): ReportModel {
  const { settings, semester } = input;
  const evaluated = evaluateRows(input.rows, settings, input.fechaCorte);
  const fases = evaluateFases(input.fases, settings, input.fechaCorte);
  const summary = summarize(evaluated);
  const label = semesterLabel(semester);
  const decreto = input.decreto?.trim() || DEFAULT_DECRETO;
  const meta: ReportMeta = {
    title: REPORT_TITLE,
    entidad: settings.entidad.trim(),
    municipio: settings.municipio.trim(),
    departamento: settings.departamento.trim(),
    semester,
    semesterLabel: label,
    periodStart: semesterStart(semester),
    periodEnd: semesterEnd(semester),
    fechaCorte: input.fechaCorte,
    fechaEmision: input.fechaEmision,
    fileNameBase: safeFileName([`${FILE_PREFIX} ${label}`, settings.entidad.trim()].filter(Boolean).join(' — ')),
  };
  const cortes = cortesOf(input.seguimiento, meta);
  const missing = missingInfo(input, evaluated, summary, cortes.length);

  const sections: ReportSection[] = [
    encabezado(meta),
    objetivo(input.plan.objetivoGeneral),
    alcance(meta, summary, input.plan.seguimiento),
    normatividad(input.plan.normatividad),
    resumen(summary, evaluated, missing),
    seguimiento(evaluated),
    alertas(evaluated, settings.diasAviso),
    responsables(evaluated),
    fasesSection(fases, decreto, settings.orden),
    evolucion(input.seguimiento, evaluated, cortes, meta),
    observaciones(evaluated, fases),
    firmas(settings),
  ];
  const { markers, actionRows } = buildMarkers(meta, summary, evaluated, settings);
  return { meta, summary, sections, missing, markers, actionRows };
}

function encabezado(meta: ReportMeta): ReportSection {
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

function objetivo(objetivoGeneral: string): ReportSection {
  const blocks: Block[] = [heading(SECTION_TITLE.objetivo), para(rmsg.objetivo())];
  const o = objetivoGeneral.trim();
  blocks.push(o ? { kind: 'paragraph', runs: [{ text: rmsg.objetivoPlan, bold: true }, { text: o }] } : para(rmsg.noObjetivo(), 'note'));
  return { id: 'objetivo', title: SECTION_TITLE.objetivo, blocks };
}

function alcance(meta: ReportMeta, s: ReportSummary, seguimientoText: string): ReportSection {
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

function normatividad(items: readonly string[]): ReportSection {
  const list = items.map((i) => i.trim()).filter(Boolean);
  const blocks: Block[] = [heading(SECTION_TITLE.normatividad)];
  if (list.length === 0) blocks.push(para(rmsg.noNormatividad(), 'note'));
  else blocks.push(para(rmsg.normatividadIntro), { kind: 'list', ordered: false, items: list });
  return { id: 'normatividad', title: SECTION_TITLE.normatividad, blocks };
}

function resumen(s: ReportSummary, evaluated: readonly EvaluatedRow[], missing: readonly string[]): ReportSection {
  const blocks: Block[] = [
    heading(SECTION_TITLE.resumen),
    para(rmsg.resumen(s.acciones, s.indicadores)),
    s.cumplimientoPromedio === null
      ? para(rmsg.promedioNone())
      : para(rmsg.promedio(percentText(s.cumplimientoPromedio), s.medidos, s.indicadores)),
    {
      kind: 'table', id: 'resumen-estado', header: HEADERS.resumenEstado, widths: [3, 1],
      rows: [
        ...ESTADO_ORDER.map((e) => [word(e, ESTADO_FILL[e]), int(s.porEstado[e])]),
        [{ text: LABEL.total, bold: true }, { ...int(s.indicadores), bold: true }],
      ],
    },
    {
      kind: 'table', id: 'resumen-semaforo', header: HEADERS.resumenSemaforo, widths: [3, 1],
      rows: [
        ...SEMAFORO_ORDER.map((x) => [word(x, SEMAFORO_FILL[x]), int(s.porSemaforo[x])]),
        [{ text: LABEL.total, bold: true }, { ...int(s.indicadores), bold: true }],
      ],
    },
  ];
  if (evaluated.length > 0) {
    blocks.push({
      kind: 'chart', title: CHART_TITLE, seriesName: LABEL.cumplimientoSeries,
      categories: evaluated.map((r) => r.source.id || NO_VALUE),
      values: evaluated.map((r) => r.cumplimiento),
    });
  }
  if (missing.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: rmsg.missingTitle }, { kind: 'list', ordered: false, items: missing });
  }
  return { id: 'resumen', title: SECTION_TITLE.resumen, blocks };
}

function metaCell(meta: number | null): TableCell {
  return meta === null ? { text: NO_VALUE, align: 'right' } : pct(meta);
}

function seguimiento(evaluated: readonly EvaluatedRow[]): ReportSection {
  const rows = evaluated.map((r) => [
    { ...text(r.source.id), bold: true },
    text(r.source.accion),
    text(r.source.indicador),
    metaCell(r.source.meta),
    pct(r.valor),
    pct(r.cumplimiento),
    word(r.estado, ESTADO_FILL[r.estado]),
    word(r.semaforo, SEMAFORO_FILL[r.semaforo]),
    text(r.source.responsables),
    link(r.source.evidencia),
  ]);
  return {
    id: 'seguimiento', title: SECTION_TITLE.seguimiento,
    blocks: [
      heading(SECTION_TITLE.seguimiento),
      { kind: 'table', id: 'seguimiento', header: HEADERS.seguimiento, rows, widths: [4, 16, 12, 5, 5, 6, 6, 6, 10, 10], emptyText: rmsg.noRows() },
    ],
  };
}

function daysCell(dias: number | null): TableCell {
  if (dias === null) return text('');
  return { text: dias < 0 ? rmsg.daysOverdue(-dias) : rmsg.daysLeft(dias), value: dias, format: 'integer' };
}

function alertas(evaluated: readonly EvaluatedRow[], diasAviso: number): ReportSection {
  const due = evaluated
    .filter((r) => r.estado === ESTADO.vencida || r.estado === ESTADO.porVencer)
    .slice()
    .sort((a, b) => (a.diasRestantes ?? 0) - (b.diasRestantes ?? 0));
  const rows = due.map((r) => [
    { ...text(r.source.id), bold: true },
    text(r.source.indicador),
    word(r.estado, ESTADO_FILL[r.estado]),
    date(r.proximoVencimiento),
    daysCell(r.diasRestantes),
    text(r.source.responsables),
  ]);
  return {
    id: 'alertas', title: SECTION_TITLE.alertas,
    blocks: [
      heading(SECTION_TITLE.alertas),
      para(rmsg.alertasIntro(diasAviso)),
      { kind: 'table', id: 'alertas', header: HEADERS.alertas, rows, widths: [4, 16, 6, 6, 7, 12], emptyText: rmsg.alertasNone },
    ],
  };
}

function responsables(evaluated: readonly EvaluatedRow[]): ReportSection {
  const rows = groupByResponsables(evaluated).map((g) => [
    text(g.name || rmsg.sinResponsables),
    int(g.rows.length),
    int(g.vencidas),
    int(g.porVencer),
    pct(g.cumplimientoPromedio),
  ]);
  return {
    id: 'responsables', title: SECTION_TITLE.responsables,
    blocks: [
      heading(SECTION_TITLE.responsables),
      para(rmsg.responsablesIntro),
      { kind: 'table', id: 'responsables', header: HEADERS.responsables, rows, widths: [12, 4, 4, 4, 6], emptyText: rmsg.noRows() },
    ],
  };
}

function fasesSection(fases: readonly EvaluatedFase[], decreto: string, orden: string): ReportSection {
  const title = SECTION_TITLE.fases(decreto);
  const rows = fases.map((f) => [
    text(f.source.fase || f.source.id),
    date(f.plazo),
    date(f.source.fechaCumplimiento),
    word(f.estado, FASE_FILL[f.estado]),
    link(f.source.evidencia),
  ]);
  return {
    id: 'fases', title,
    blocks: [
      heading(title),
      para(rmsg.fasesIntro(decreto, orden)),
      { kind: 'table', id: 'fases', header: HEADERS.fases(orden), rows, widths: [8, 5, 5, 5, 10], emptyText: rmsg.noFases() },
    ],
  };
}

/** Distinct cortes of the semester, in date order (by the corte date, or the Semestre column when it has none). */
function cortesOf(rows: readonly SeguimientoRow[], meta: ReportMeta): DaySerial[] {
  const set = new Set<DaySerial>();
  for (const r of rows) if (inSemester(r, meta) && r.corte !== null) set.add(r.corte);
  return [...set].sort((a, b) => a - b);
}

function inSemester(r: SeguimientoRow, meta: ReportMeta): boolean {
  if (r.corte !== null) return r.corte >= meta.periodStart && r.corte <= meta.periodEnd;
  return false;
}

function evolucion(rows: readonly SeguimientoRow[], evaluated: readonly EvaluatedRow[], cortes: readonly DaySerial[], meta: ReportMeta): ReportSection {
  const blocks: Block[] = [heading(SECTION_TITLE.evolucion)];
  if (cortes.length === 0) {
    blocks.push(para(rmsg.evolucionNone(meta.semesterLabel)));
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
    kind: 'table', id: 'evolucion', header: [...HEADERS.evolucionFixed, ...cortes.map(dateText)], rows: table,
    widths: [4, 14, ...cortes.map(() => 4)],
  });
  return { id: 'evolucion', title: SECTION_TITLE.evolucion, blocks };
}

function idsWhere(evaluated: readonly EvaluatedRow[], keep: (r: EvaluatedRow) => boolean): string[] {
  return evaluated.filter(keep).map((r) => r.source.id || rmsg.rowName(r.source.row));
}

function observaciones(evaluated: readonly EvaluatedRow[], fases: readonly EvaluatedFase[]): ReportSection {
  const blocks: Block[] = [heading(SECTION_TITLE.observaciones)];
  const withObs = evaluated.filter((r) => r.source.observaciones.trim());
  if (withObs.length === 0) blocks.push(para(rmsg.observacionesNone));
  else {
    blocks.push({
      kind: 'table', id: 'observaciones', header: HEADERS.observaciones, widths: [4, 12, 20],
      rows: withObs.map((r) => [{ ...text(r.source.id), bold: true }, text(r.source.indicador), text(r.source.observaciones.trim())]),
    });
  }
  const recs: string[] = [];
  const add = (ids: string[], sentence: (ids: readonly string[]) => string): void => {
    if (ids.length > 0) recs.push(sentence(ids));
  };
  add(idsWhere(evaluated, (r) => r.estado === ESTADO.vencida), rmsg.recVencidas);
  add(idsWhere(evaluated, (r) => r.estado === ESTADO.porVencer), rmsg.recPorVencer);
  add(idsWhere(evaluated, (r) => r.semaforo === SEMAFORO.rojo), rmsg.recRojos);
  add(idsWhere(evaluated, (r) => r.semaforo === SEMAFORO.sinMedir), rmsg.recSinMedir);
  add(idsWhere(evaluated, (r) => r.estado === ESTADO.sinProgramar), rmsg.recSinProgramar);
  add(fases.filter((f) => f.estado === ESTADO_FASE.vencida).map((f) => f.source.fase || f.source.id), rmsg.recFases);
  if (recs.length === 0 && evaluated.length > 0) recs.push(rmsg.recNone);
  blocks.push({ kind: 'heading', level: 3, text: rmsg.recomendacionesTitle });
  if (recs.length > 0) blocks.push({ kind: 'list', ordered: true, items: recs });
  blocks.push({ kind: 'paragraph', runs: [{ text: rmsg.controlInternoRoom, bold: true }] }, para(rmsg.blankLine), para(rmsg.blankLine), para(rmsg.blankLine));
  return { id: 'observaciones', title: SECTION_TITLE.observaciones, blocks };
}

function firmas(settings: Settings): ReportSection {
  return {
    id: 'firmas', title: SECTION_TITLE.firmas,
    blocks: [
      heading(SECTION_TITLE.firmas),
      para(rmsg.firmasIntro),
      {
        kind: 'signatures',
        signers: [
          { role: SIGNER_ROLE.jefeControlInterno, name: settings.jefeControlInterno.trim() },
          { role: SIGNER_ROLE.alcalde, name: settings.alcalde.trim() },
          { role: SIGNER_ROLE.comite, name: settings.representanteComite.trim() },
        ],
      },
    ],
  };
}

function missingInfo(input: ReportInput, evaluated: readonly EvaluatedRow[], s: ReportSummary, cortes: number): string[] {
  const out: string[] = [];
  const { settings } = input;
  if (evaluated.length === 0) out.push(rmsg.noRows());
  if (!settings.entidad.trim()) out.push(rmsg.noEntidad());
  if (!input.plan.objetivoGeneral.trim()) out.push(rmsg.noObjetivo());
  if (input.plan.normatividad.every((n) => !n.trim())) out.push(rmsg.noNormatividad());
  if (input.fases.length === 0) out.push(rmsg.noFases());
  if (s.porEstado[ESTADO.sinProgramar] > 0) out.push(rmsg.sinProgramar(s.porEstado[ESTADO.sinProgramar]));
  if (s.porSemaforo[SEMAFORO.sinMedir] > 0) out.push(rmsg.sinMedir(s.porSemaforo[SEMAFORO.sinMedir]));
  if (cortes === 0) out.push(rmsg.evolucionNone(semesterLabel(input.semester)));
  const unsigned = [
    settings.jefeControlInterno.trim() ? '' : SIGNER_ROLE.jefeControlInterno,
    settings.alcalde.trim() ? '' : SIGNER_ROLE.alcalde,
    settings.representanteComite.trim() ? '' : SIGNER_ROLE.comite,
  ].filter(Boolean);
  if (unsigned.length > 0) out.push(rmsg.noSigners(unsigned));
  const errors = (input.problems ?? []).filter((p) => p.level === 'error').length;
  if (errors > 0) out.push(rmsg.sheetProblems(errors));
  return out;
}
