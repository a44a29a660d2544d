/**
 * What a report is built from, made the same way by both hosts: the tracker as parsed, the
 * semester, and today. Statuses are computed at the calculation date (Configuración's reference
 * date, or today), and the semester a report proposes is the one of that same date.
 */
import type { DaySerial, Semester } from '../calendar';
import { calculationDate } from '../evaluate';
import type { Settings } from '../grid/configuracion';
import type { FaseRow } from '../grid/fases';
import type { MatrizRow } from '../grid/matriz';
import type { SeguimientoRow } from '../grid/seguimiento';
import type { Problem } from '../grid/types';
import type { PlanTemplate, TrackerTemplate } from '../template/types';
import type { ReportHost } from './model';
import { defaultSemester } from './semester';

export interface ReportInput {
  /** The plan's texts (objetivo, normatividad, seguimiento); the Matriz rows are the actions. */
  readonly plan: Pick<PlanTemplate, 'objetivoGeneral' | 'seguimiento' | 'normatividad'>;
  readonly rows: readonly MatrizRow[];
  readonly settings: Settings;
  readonly fases: readonly FaseRow[];
  readonly seguimiento: readonly SeguimientoRow[];
  readonly semester: Semester;
  /** The date statuses are computed at: calculationDate(settings, today), as the sheet does. */
  readonly fechaCorte: DaySerial;
  readonly fechaEmision: DaySerial;
  /** "Decreto 1151 de 2008" (the phases template's decreto). */
  readonly decreto?: string;
  /** Problems the parsers found; only their number is mentioned. */
  readonly problems?: readonly Problem[];
  /** The host the report is made in (default 'offline': no menu of Google Sheets is named). */
  readonly host?: ReportHost;
}

/** The parsed tracker as far as a report needs it (a ParsedTracker is one). */
export interface ReportSource {
  readonly template: Pick<TrackerTemplate, 'plan' | 'fases'>;
  readonly settings: Settings;
  readonly matriz: { readonly rows: readonly MatrizRow[] };
  readonly fases: { readonly rows: readonly FaseRow[] };
  readonly seguimiento: { readonly rows: readonly SeguimientoRow[] };
  /** Left out by a host that does not mention them in the report. */
  readonly problems?: readonly Problem[];
}

export function reportInput(parsed: ReportSource, semester: Semester, today: DaySerial, host: ReportHost = 'offline'): ReportInput {
  return {
    host,
    plan: parsed.template.plan,
    rows: parsed.matriz.rows,
    settings: parsed.settings,
    fases: parsed.fases.rows,
    seguimiento: parsed.seguimiento.rows,
    semester,
    fechaCorte: calculationDate(parsed.settings, today),
    fechaEmision: today,
    decreto: parsed.template.fases.decreto,
    ...(parsed.problems ? { problems: parsed.problems } : {}),
  };
}

/** The semester a report is about unless a person says otherwise: the one of the calculation date (see defaultSemester). */
export function reportSemester(settings: Settings, today: DaySerial): Semester {
  return defaultSemester(calculationDate(settings, today));
}
