/**
 * What the daily reminder run sends: the one rule both the real run and the preview use
 * (docs/ARCHITECTURE.md, "Reminders"). Pure: the host reads the sheets, evaluates the rows at today,
 * asks MailApp for the remaining quota, and sends exactly `send`.
 *
 * Stages of an indicator with a due date, by days left d (today in the spreadsheet's zone):
 *   aviso    1 < d ≤ diasAviso   (it is «Por vencer»: the warning days)
 *   unDia    0 ≤ d ≤ 1           (again, 1 day before — or on the day, if the run was deferred)
 *   vencida  −7 ≤ d ≤ −1         (newly «Vencida»; a week's grace so a deferred or missed run still tells)
 * Each stage goes once per indicator, due date and person: the key `stage|ID|due|person` is recorded
 * when it is sent, and a key already recorded is never sent again. Rows without a due date send nothing.
 * Each person gets at most ONE reminder e-mail a day, listing all their indicators of the day.
 * The Comité's digest goes once a week (from Monday; key `resumen|Monday`), to Configuración's addresses.
 * Quota: MailApp counts recipients. E-mails are taken in order while their recipients fit the quota;
 * the first that does not fit and everything after it wait (their keys stay unrecorded, so they go
 * on the next run).
 */
import { isoFromSerial, type DaySerial } from '../calendar';
import type { DirectoryEntry } from '../grid/responsables';
import { reminderText, type DigestGroup, type ReminderLine } from '../messages/reminders';
import type { IndicatorStatus } from '../status';
import { ESTADO, SEMAFORO, type Semaforo } from '../tracker/names';
import { personKey, splitResponsables } from './people';

export type Stage = 'aviso' | 'unDia' | 'vencida';

/** Days after the due date during which the «Vencida» reminder may still go (deferred or missed runs). */
export const OVERDUE_GRACE_DAYS = 7;

/** Where links point: the spreadsheet's URL and the sheets' IDs (gid). */
export interface Links {
  readonly url: string;
  readonly matrizGid: number;
  readonly tableroGid: number;
}

/** What the plan needs of one Matriz row, evaluated at today. */
export interface ReminderRow extends Pick<IndicatorStatus, 'proximoVencimiento' | 'estado' | 'semaforo'> {
  readonly row: number;
  readonly id: string;
  readonly indicador: string;
  readonly responsables: string;
}

export interface ReminderInput {
  readonly rows: readonly ReminderRow[];
  readonly today: DaySerial;
  readonly diasAviso: number;
  readonly directory: ReadonlyMap<string, DirectoryEntry>;
  readonly comite: readonly string[];
  /** Keys already sent (the hidden sheet). */
  readonly sent: ReadonlySet<string>;
  /** Recipients MailApp still allows today. */
  readonly quota: number;
  readonly links: Links;
  readonly entidad: string;
}

export interface OutgoingEmail {
  readonly kind: 'recordatorio' | 'resumen';
  /** The person (or «Comité GEL-T») it is for. */
  readonly para: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly htmlBody: string;
  readonly body: string;
  /** What sending it records. */
  readonly keys: readonly string[];
  /** IDs of the indicators it lists. */
  readonly ids: readonly string[];
}

export interface ReminderPlan {
  readonly send: readonly OutgoingEmail[];
  /** Due today but over the quota: they go on the next run. */
  readonly deferred: readonly OutgoingEmail[];
  /** People with something due and no address (nothing can be sent to them). */
  readonly unreachable: readonly { readonly para: string; readonly ids: readonly string[] }[];
}

export function stageFor(daysLeft: number, diasAviso: number): Stage | null {
  if (daysLeft < -OVERDUE_GRACE_DAYS) return null;
  if (daysLeft < 0) return 'vencida';
  if (daysLeft <= 1) return 'unDia';
  if (daysLeft <= diasAviso) return 'aviso';
  return null;
}

export function reminderKey(stage: Stage, id: string, due: DaySerial, person: string): string {
  return `${stage}|${id}|${isoFromSerial(due)}|${personKey(person)}`;
}

/** The Monday of the week of `day` (serial 2 = 1 Jan 1900, a Monday). */
export function mondayOf(day: DaySerial): DaySerial {
  return day - ((((day - 2) % 7) + 7) % 7);
}

export function digestKey(today: DaySerial): string {
  return `resumen|${isoFromSerial(mondayOf(today))}`;
}

export function rowLink(links: Links, row: number): string {
  return `${links.url}#gid=${links.matrizGid}&range=A${row}`;
}

export function planReminders(input: ReminderInput): ReminderPlan {
  const byPerson = new Map<string, { name: string; lines: ReminderLine[]; keys: string[] }>();
  for (const r of input.rows) {
    const due = r.proximoVencimiento;
    if (due === null || !r.id) continue;
    const daysLeft = due - input.today;
    const stage = stageFor(daysLeft, input.diasAviso);
    if (stage === null) continue;
    for (const name of splitResponsables(r.responsables)) {
      const key = reminderKey(stage, r.id, due, name);
      if (input.sent.has(key)) continue;
      const pk = personKey(name);
      let entry = byPerson.get(pk);
      if (!entry) {
        entry = { name: input.directory.get(pk)?.name ?? name, lines: [], keys: [] };
        byPerson.set(pk, entry);
      }
      entry.lines.push({ id: r.id, indicador: r.indicador, due, daysLeft, link: rowLink(input.links, r.row) });
      entry.keys.push(key);
    }
  }

  const emails: OutgoingEmail[] = [];
  const unreachable: { para: string; ids: string[] }[] = [];
  const people = [...byPerson.entries()].sort((a, b) => a[1].name.localeCompare(b[1].name, 'es'));
  for (const [pk, p] of people) {
    const to = input.directory.get(pk)?.emails ?? [];
    const ids = p.lines.map((l) => l.id);
    if (to.length === 0) {
      unreachable.push({ para: p.name, ids });
      continue;
    }
    const lines = [...p.lines].sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
    const text = reminderText.personal(p.name, lines, input.entidad);
    emails.push({ kind: 'recordatorio', para: p.name, to, ...text, keys: p.keys, ids });
  }

  const digest = digestFor(input);
  if (digest) {
    if (input.comite.length === 0) unreachable.push({ para: reminderText.comite(), ids: digest.ids });
    else emails.push({ kind: 'resumen', para: reminderText.comite(), to: input.comite, ...digest.text, keys: [digestKey(input.today)], ids: digest.ids });
  }

  const send: OutgoingEmail[] = [];
  const deferred: OutgoingEmail[] = [];
  let left = input.quota;
  for (const e of emails) {
    if (deferred.length === 0 && e.to.length <= left) {
      send.push(e);
      left -= e.to.length;
    } else {
      deferred.push(e);
    }
  }
  return { send, deferred, unreachable };
}

/** The week's digest, when it has not gone yet this week: overdue and due soon by person, semáforo counts. */
function digestFor(input: ReminderInput): { text: { subject: string; htmlBody: string; body: string }; ids: string[] } | null {
  if (input.sent.has(digestKey(input.today))) return null;
  const groups = new Map<string, DigestGroup>();
  const ids: string[] = [];
  const counts: Record<Semaforo, number> = { [SEMAFORO.rojo]: 0, [SEMAFORO.amarillo]: 0, [SEMAFORO.verde]: 0, [SEMAFORO.sinMedir]: 0 };
  for (const r of input.rows) {
    if (!r.id) continue;
    counts[r.semaforo] += 1;
    const due = r.proximoVencimiento;
    if (due === null || (r.estado !== ESTADO.vencida && r.estado !== ESTADO.porVencer)) continue;
    ids.push(r.id);
    for (const name of splitResponsables(r.responsables)) {
      const pk = personKey(name);
      let g = groups.get(pk);
      if (!g) {
        g = { name: input.directory.get(pk)?.name ?? name, vencidas: [], porVencer: [] };
        groups.set(pk, g);
      }
      const line: ReminderLine = { id: r.id, indicador: r.indicador, due, daysLeft: due - input.today, link: rowLink(input.links, r.row) };
      (r.estado === ESTADO.vencida ? g.vencidas : g.porVencer).push(line);
    }
  }
  const sorted = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'es'));
  const tablero = `${input.links.url}#gid=${input.links.tableroGid}`;
  return { text: reminderText.digest(sorted, counts, tablero, input.entidad, input.today), ids };
}
