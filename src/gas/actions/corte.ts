/**
 * «Registrar corte de seguimiento…»: one values-only row per Matriz indicator in Seguimiento,
 * computed by the core at the corte date (the same rules as the Matriz formulas). The same date
 * again asks before replacing that corte in place; no other row is touched.
 */
import { displayDate, semesterLabel, semesterOf, serialFromDisplay, serialFromIso, type DaySerial } from '../../core/calendar';
import { evaluateRows, type EvaluatedRow } from '../../core/evaluate';
import type { CellValue } from '../../core/grid/types';
import { isStructural } from '../../core/grid/types';
import { msg } from '../../core/messages';
import { SHEET } from '../../core/tracker/names';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../core/tracker/seguimiento';
import { uiText } from '../../core/messages/sheets';
import { UserError, type ActionContext } from '../action';
import { keepValue, safeText, type HostValue } from '../cells';
import type { TzDates } from '../dates';
import { ensureSize } from '../prepare/context';
import { ensureTable } from '../prepare/table';
import { readTracker } from '../read-tracker';

export function registrarCorte(ctx: ActionContext): string {
  const tracker = readTracker(ctx.ss);
  if (!tracker.sheets.matriz) throw new UserError(uiText.corteBlocked(SHEET.matriz, msg.missingSheet(SHEET.matriz)));
  const structural = tracker.matriz.problems.find(isStructural);
  if (structural) throw new UserError(uiText.corteBlocked(SHEET.matriz, `${structural.message} (${structural.cell})`));
  const rows = tracker.matriz.rows.filter((r) => r.id);
  if (rows.length === 0) throw new UserError(uiText.corteNoRows());

  const corte = askDate(ctx, tracker.today);
  if (corte === null) return uiText.corteCancelled();

  const prepared = ensureTable({ ss: ctx.ss, dates: tracker.dates, changes: [], progress: ctx.progress },
    { name: SHEET.seguimiento, index: 1, columns: SEGUIMIENTO_COLUMNS, rules: [], initialRows: [] });
  if (!prepared.usable) throw new UserError(uiText.badHeaderRow(SHEET.seguimiento));
  const sheet = prepared.sheet;
  const layout = prepared.layout;
  const data = sheet.getDataRange();
  const values = data.getValues() as CellValue[][];
  const formulas = data.getFormulas();
  const width = Math.max(values[0]?.length ?? 0, ...layout.values());
  const corteCol = (layout.get('corte') ?? 1) - 1;
  const existing: number[] = [];
  values.forEach((line, i) => {
    const v = line[corteCol];
    if (i > 0 && v instanceof Date && tracker.dates.toSerial(v) === corte) existing.push(i + 1);
  });
  const shown = displayDate(corte);
  if (existing.length > 0) {
    const answer = ctx.ui.alert(uiText.corteTitle(), uiText.corteReplaceAsk(shown, existing.length), ctx.ui.ButtonSet.YES_NO);
    if (answer !== ctx.ui.Button.YES) return uiText.corteCancelled();
  }

  ctx.progress(uiText.working(uiText.corteTitle()));
  const evaluated = evaluateRows(rows, tracker.settings, corte);
  const who = activeUser();
  const now = new Date();
  const fresh = evaluated.map((e) => recordRow(e, corte, who, now, tracker.dates));
  const toLine = (rec: Map<SeguimientoKey, HostValue | string>, formats: readonly string[]): HostValue[] => {
    const line: HostValue[] = Array.from({ length: width }, () => '');
    for (const [k, v] of rec) {
      const col = layout.get(k);
      if (col === undefined) continue;
      line[col - 1] = typeof v === 'string' && formats[col - 1] !== '@' ? safeText(v) : v;
    }
    return line;
  };

  // Replace in place: the old corte's rows get the new values in order; rows in between are
  // written back unchanged; old rows left over are emptied; new rows left over are appended.
  let next = 0;
  if (existing.length > 0) {
    const first = existing[0];
    const last = existing[existing.length - 1];
    const block = sheet.getRange(first, 1, last - first + 1, width);
    const formats = block.getNumberFormats();
    const mine = new Set(existing);
    const out: HostValue[][] = [];
    for (let r = first; r <= last; r++) {
      const f = formats[r - first];
      if (mine.has(r)) {
        out.push(next < fresh.length ? toLine(fresh[next++], f) : Array.from({ length: width }, () => ''));
      } else {
        out.push(Array.from({ length: width }, (_, c) => {
          const formula = formulas[r - 1]?.[c];
          if (formula) return formula;
          const v = values[r - 1]?.[c];
          return typeof v === 'string' && f[c] === '@' ? v : keepValue(v);
        }));
      }
    }
    block.setValues(out);
  }
  const rest = fresh.slice(next);
  if (rest.length > 0) {
    const start = values.length + 1;
    ensureSize(sheet, start + rest.length - 1, width);
    const block = sheet.getRange(start, 1, rest.length, width);
    const formats = block.getNumberFormats();
    block.setValues(rest.map((rec, i) => toLine(rec, formats[i])));
  }
  const matrizErrors = tracker.matriz.problems.filter((p) => p.level === 'error').length;
  return uiText.corteDone(shown, semesterLabel(semesterOf(corte)), fresh.length, existing.length > 0)
    + (matrizErrors > 0 ? uiText.corteWithProblems(matrizErrors) : '');
}

/** The corte date, or null when the person cancels. A wrong date is a UserError: nothing is written. */
function askDate(ctx: ActionContext, today: DaySerial): DaySerial | null {
  const answer = ctx.ui.prompt(uiText.corteTitle(), uiText.cortePrompt(displayDate(today)), ctx.ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ctx.ui.Button.OK) return null;
  const text = answer.getResponseText().trim();
  if (!text) return today;
  const serial = serialFromDisplay(text) ?? serialFromIso(text);
  if (serial === null) throw new UserError(uiText.corteBadDate(text));
  return serial;
}

function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail() || uiText.unknownUser();
  } catch {
    return uiText.unknownUser();
  }
}

function recordRow(e: EvaluatedRow, corte: DaySerial, who: string, now: Date, dates: TzDates): Map<SeguimientoKey, HostValue> {
  const s = e.source;
  const num = (n: number | null): HostValue => (n === null ? '' : n);
  const date = (d: DaySerial | null): HostValue => (d === null ? '' : dates.toDate(d));
  return new Map<SeguimientoKey, HostValue>([
    ['corte', dates.toDate(corte)],
    ['semestre', semesterLabel(semesterOf(corte))],
    ['id', s.id],
    ['indicador', s.indicador],
    ['responsables', s.responsables],
    ['numerador', num(s.numerador)],
    ['denominador', num(s.denominador)],
    ['valor', num(e.valor)],
    ['meta', num(s.meta)],
    ['cumplimiento', num(e.cumplimiento)],
    ['estado', e.estado],
    ['semaforo', e.semaforo],
    ['proximoVencimiento', date(e.proximoVencimiento)],
    ['diasRestantes', num(e.diasRestantes)],
    ['evidencia', s.evidencia],
    ['registradoPor', who],
    ['registradoEl', now],
  ]);
}

