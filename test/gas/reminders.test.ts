/**
 * Reminders through the bundle, over a simulated month (1–31 March 2025) of the built-in plan with
 * realistic dates: the daily trigger fires at 07:05 in Bogotá, the expected e-mails of each day are
 * computed here from the dates (not from the add-on's output), with a quota day and a follow-up typed
 * half-way; the preview is compared with what the run then sends; turning off removes the trigger.
 */
import { createEnvironment } from '../fakes';
import { loadGasSync, type GasHarness } from '../support/gas-harness';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { NAMED, SHEET } from '../../src/core/tracker/names';
import type { SentEmail } from '../fakes/mail';

/** The daily reminder triggers (Preparar also installs the Historial's onEdit trigger, issue 13). */
const reminderTriggers = (h: GasHarness) => h.env.ScriptApp.triggers.all.filter((t) => t.handler === 'recordatoriosDiarios');

const DAY = 86_400_000;
const WARNING_DAYS = 15; // the seed's Configuración «Días de aviso»
const col = (key: string): number => MATRIZ_COLUMNS.findIndex((c) => c.key === key) + 1;

/** Bogotá is UTC−5 all year: 07:05 there is 12:05 UTC. */
const at0705 = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 12, 5));
const utcDay = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
function addMonthsUtc(ms: number, months: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()); // days ≤ 28 here: no clamping
}

const PEOPLE: Record<string, string[]> = {
  'Comité Gel-t': ['comite@valledesanjuan.gov.co'],
  'Alcalde Municipal': ['alcalde@valledesanjuan.gov.co', 'despacho@valledesanjuan.gov.co'],
  Secretarios: ['secretarios@valledesanjuan.gov.co'],
  'Oficina de Control Interno': ['control.interno@valledesanjuan.gov.co'],
  'Los designados por el Comité Gel-t': [], // no address: never e-mailed, reported
};
const COMITE = ['comite@valledesanjuan.gov.co', 'alcalde@valledesanjuan.gov.co'];

/** Who each seed row names (the Matriz «RESPONSABLES» cells, split at «-» with a space and «,»). */
const NAMED_IN: Record<string, string[]> = {
  A1: ['Comité Gel-t', 'Alcalde Municipal', 'Secretarios'],
  'A2.1': ['Comité Gel-t', 'Oficina de Control Interno'],
  'A2.2': ['Comité Gel-t', 'Oficina de Control Interno'],
  A3: ['Los designados por el Comité Gel-t'],
  A4: ['Alcalde Municipal', 'Secretarios'],
  A5: ['Alcalde Municipal', 'Secretarios'],
  A6: ['Comité Gel-t'],
};
/** Fecha de inicio and months of each row's frequency (A2.2 has no date: it must never be reminded). */
const START: Record<string, { start: number; months: number } | null> = {
  A1: { start: utcDay(2025, 2, 24), months: 1 }, // MENSUALMENTE → due 24/03/2025
  'A2.1': { start: utcDay(2024, 9, 20), months: 6 }, // SEMESTRALMENTE → 20/03/2025
  'A2.2': null,
  A3: { start: utcDay(2025, 2, 26), months: 1 }, // DE ACUERDO AL MANUAL (1 month) → 26/03/2025
  A4: { start: utcDay(2024, 3, 18), months: 12 }, // ANUAL → 18/03/2025
  A5: { start: utcDay(2024, 12, 28), months: 3 }, // TRIMESTRALMENTE → 28/03/2025
  A6: { start: utcDay(2024, 4, 10), months: 12 }, // ANUAL → 10/04/2025
};
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

interface Owed {
  person: string;
  id: string;
  stage: string;
}

function setUp(deployment: 'bound' | 'addon' = 'bound'): { h: GasHarness; rowOf: Map<string, number> } {
  const env = createEnvironment({ userEmail: 'control.interno@valledesanjuan.gov.co' });
  const h = loadGasSync({ env, spreadsheet: {}, now: at0705(2025, 2, 28), deployment });
  h.call('onOpen', { authMode: 'LIMITED' });
  h.runMenuItem('Preparar o reparar la hoja');
  h.choosePlan();
  const m = h.spreadsheet.sheet(SHEET.matriz);
  const rowOf = new Map<string, number>();
  m.peekValues().forEach((line, i) => {
    if (i > 0 && line[0] !== '') rowOf.set(String(line[0]), i + 1);
  });
  for (const [id, s] of Object.entries(START)) {
    if (s) m.getRange(rowOf.get(id) ?? 0, col('fechaInicio')).setValue(iso(s.start));
  }
  const r = h.spreadsheet.sheet(SHEET.responsables);
  r.peekValues().forEach((line, i) => {
    if (i > 0) r.getRange(i + 1, 2).setValue((PEOPLE[String(line[0])] ?? ['?']).join(', '));
  });
  h.spreadsheet.getRangeByName(NAMED.correosComite)?.setValue(COMITE.join(', '));
  h.env.calls.reset();
  return { h, rowOf };
}

/** IDs an e-mail lists (its plain-text lines "- ID: indicator…"). */
function idsIn(e: SentEmail): string[] {
  return [...e.body.matchAll(/^- ([A-Z0-9.]+): /gm)].map((m) => m[1]).sort();
}

describe('a month of reminders over the built-in plan', () => {
  test('each day sends exactly the expected e-mails, none twice, within quota; a follow-up stops the overdue reminder', () => {
    const { h, rowOf } = setUp();
    expect(Object.keys(PEOPLE).sort()).toEqual(
      h.spreadsheet
        .sheet(SHEET.responsables)
        .peekValues()
        .slice(1)
        .map((r) => String(r[0]))
        .sort(),
    );

    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    const triggers = reminderTriggers(h);
    expect(triggers).toHaveLength(1);
    expect(triggers[0]).toMatchObject({ handler: 'recordatoriosDiarios', owner: 'control.interno@valledesanjuan.gov.co', eventType: 'CLOCK' });
    expect(triggers[0].schedule).toMatchObject({ everyDays: 1, atHour: 7 });
    expect(String(h.spreadsheet.getRangeByName(NAMED.recordatorios)?.getValue())).toBe(
      'Activados por control.interno@valledesanjuan.gov.co desde el 28/02/2025.',
    );

    const due = new Map<string, number>();
    for (const [id, s] of Object.entries(START)) if (s) due.set(id, addMonthsUtc(s.start, s.months));
    const owed: Owed[] = [];
    const digestWeeks = new Set<number>();
    const seen = new Set<string>();
    let reminders = 0;
    let digests = 0;

    for (let dayOfMonth = 1; dayOfMonth <= 31; dayOfMonth++) {
      const today = utcDay(2025, 3, dayOfMonth);
      // The model: each stage starts on its first day (15 days before, 1 day before, 1 day after).
      for (const [id, d] of due) {
        const left = Math.round((d - today) / DAY);
        const stage = left === WARNING_DAYS ? 'aviso' : left === 1 ? 'unDia' : left === -1 ? 'vencida' : null;
        if (stage) for (const person of NAMED_IN[id]) if (PEOPLE[person].length > 0) owed.push({ person, id, stage });
      }
      const people = [...new Set(owed.map((o) => o.person))].sort((a, b) => a.localeCompare(b, 'es'));
      const monday = today - ((new Date(today).getUTCDay() + 6) % 7) * DAY;
      const queue: Array<{ to: string[]; person: string | null }> = people.map((p) => ({ to: PEOPLE[p], person: p }));
      if (!digestWeeks.has(monday)) queue.push({ to: COMITE, person: null });
      const quota = dayOfMonth === 19 ? 2 : 100;
      const expected: Array<{ to: string[]; person: string | null }> = [];
      let left = quota;
      for (const q of queue) {
        if (q.to.length > left) break;
        expected.push(q);
        left -= q.to.length;
      }

      h.env.MailApp.newDay(100);
      h.env.MailApp.remaining = quota;
      const before = h.env.MailApp.sent.length;
      h.setNow(at0705(2025, 3, dayOfMonth));
      h.fireTrigger(triggers[0].id);
      const today_sent = h.env.MailApp.sent.slice(before);

      const what = (label: string): string => `${label} on ${dayOfMonth}/03`;
      expect({ day: what('e-mails'), to: today_sent.map((e) => e.to) }).toEqual({ day: what('e-mails'), to: expected.map((e) => e.to) });
      expected.forEach((e, i) => {
        const mail = today_sent[i];
        expect(mail.from).toBe('control.interno@valledesanjuan.gov.co');
        if (e.person === null) {
          digests += 1;
          digestWeeks.add(monday);
          // Overdue and due within the warning days, by responsable: computed from the dates.
          const listed = [...due]
            .filter(([, d]) => Math.round((d - today) / DAY) <= WARNING_DAYS)
            .map(([id]) => id)
            .sort();
          expect({ day: what('digest'), ids: [...new Set(idsIn(mail))].sort() }).toEqual({ day: what('digest'), ids: listed });
          expect(mail.subject).toContain('resumen semanal');
          expect(mail.htmlBody).toContain(`#gid=${h.spreadsheet.sheet(SHEET.tablero).getSheetId()}`);
          expect(mail.body).toMatch(/Semáforo: Rojo: \d+ · Amarillo: \d+ · Verde: \d+ · Sin medir: 7/);
        } else {
          reminders += 1;
          expect(mail.htmlBody).toContain('<table');
          const mine = owed.filter((o) => o.person === e.person);
          expect({ day: what(e.person), ids: idsIn(mail) }).toEqual({ day: what(e.person), ids: [...new Set(mine.map((o) => o.id))].sort() });
          expect(mail.body).toContain(`Hola, ${e.person}:`);
          for (const o of mine) {
            expect(mail.htmlBody).toContain(`range=A${rowOf.get(o.id)}`);
            const d = due.get(o.id) ?? 0;
            const dd = new Date(d);
            expect(mail.body).toContain(`${String(dd.getUTCDate()).padStart(2, '0')}/${String(dd.getUTCMonth() + 1).padStart(2, '0')}/${dd.getUTCFullYear()}`);
            const key = `${o.person}|${o.id}|${o.stage}|${iso(d)}`;
            expect(seen.has(key)).toBe(false); // never the same reminder twice
            seen.add(key);
          }
          for (let i = owed.length - 1; i >= 0; i--) if (owed[i].person === e.person) owed.splice(i, 1);
        }
      });
      const recipients = today_sent.reduce((n, e) => n + e.to.length, 0);
      expect(recipients).toBeLessThanOrEqual(quota);

      const log = String(h.spreadsheet.getRangeByName(NAMED.recordatoriosEnvio)?.getValue());
      expect(log).toContain(`${String(dayOfMonth).padStart(2, '0')}/03/2025 07:05: ${today_sent.length}`);
      if (queue.length > expected.length) expect(log).toContain(`${queue.length - expected.length} correo`);
      if (queue.length > expected.length) expect(log).toContain('para mañana');

      if (dayOfMonth === 20) {
        // Control Interno registers A2.1's follow-up: its next due date is six months on, so no «Vencida» tomorrow.
        h.spreadsheet
          .sheet(SHEET.matriz)
          .getRange(rowOf.get('A2.1') ?? 0, col('ultimoSeguimiento'))
          .setValue('2025-03-20');
        due.set('A2.1', addMonthsUtc(utcDay(2025, 3, 20), 6));
      }
    }
    // Nothing owed is left behind, and the month did send what a person would count on.
    expect(owed).toEqual([]);
    expect(digests).toBe(6); // the week of 24/02 (first run on Saturday 1/03), then Mondays 3, 10, 17, 24, 31
    expect(reminders).toBeGreaterThanOrEqual(15);
    // A2.2 has no date and A3's responsable has no address: never in any e-mail's list of a person.
    const personal = h.env.MailApp.sent.filter((e) => !e.subject.includes('resumen'));
    expect(personal.flatMap(idsIn)).not.toContain('A2.2');
    expect(personal.flatMap(idsIn)).not.toContain('A3');
    expect(String(h.spreadsheet.getRangeByName(NAMED.recordatoriosEnvio)?.getValue())).toContain('«Los designados por el Comité Gel-t»');
  });

  test('the preview shows exactly what the run then sends, and sends nothing itself', () => {
    const { h } = setUp();
    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    const id = reminderTriggers(h)[0].id;
    h.setNow(at0705(2025, 3, 1));
    h.fireTrigger(id);
    for (const day of [9, 19]) {
      h.setNow(at0705(2025, 3, day));
      const beforePreview = h.env.MailApp.sent.length;
      h.runMenuItem('Vista previa de los recordatorios');
      expect(h.env.MailApp.sent.length).toBe(beforePreview);
      const dialog = h.env.ui.lastDialog();
      const html = dialog && 'html' in dialog ? dialog.html.content : '';
      const shown = [...html.matchAll(/<span class="para">([^<]*)<\/span><br><b>Asunto:<\/b> <span class="asunto">([^<]*)<\/span>/g)].map((m) => [
        m[1],
        m[2].replace(/&amp;/g, '&'),
      ]);
      const before = h.env.MailApp.sent.length;
      h.env.MailApp.newDay(100);
      h.fireTrigger(id);
      const sent = h.env.MailApp.sent.slice(before).map((e) => [e.to.join(', '), e.subject]);
      expect(sent.length).toBeGreaterThan(0);
      expect(shown).toEqual(sent);
    }
  });

  test.each(['bound', 'addon'] as const)('turning reminders off removes the trigger; nothing is sent after (%s)', (deployment) => {
    const { h } = setUp(deployment);
    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    expect(reminderTriggers(h)).toHaveLength(1);
    const id = reminderTriggers(h)[0].id;
    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    expect(reminderTriggers(h)).toHaveLength(0);
    expect(String(h.spreadsheet.getRangeByName(NAMED.recordatorios)?.getValue())).toBe('Desactivados.');
    expect(() => h.fireTrigger(id)).toThrow('No installed trigger');
  });

  test("turned off by another editor: the owner's trigger deletes itself at its next run and sends nothing", () => {
    const { h } = setUp();
    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    const id = reminderTriggers(h)[0].id;
    h.env.Session.activeUserEmail = 'secretaria@valledesanjuan.gov.co';
    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    expect(reminderTriggers(h)).toHaveLength(1); // she cannot see or delete his trigger
    const alert = h.env.ui.lastDialog();
    expect(alert && 'message' in alert ? alert.message : '').toContain('se borrará sola');
    h.setNow(at0705(2025, 3, 1));
    h.fireTrigger(id);
    expect(reminderTriggers(h)).toHaveLength(0);
    expect(h.env.MailApp.sent).toHaveLength(0);
  });

  test('a run that fails is written in Configuración and thrown; what was sent before is not sent again', () => {
    const { h } = setUp();
    h.runMenuItem('Activar o desactivar recordatorios por correo…');
    const id = reminderTriggers(h)[0].id;
    h.setNow(at0705(2025, 3, 19));
    const send = h.env.MailApp.sendEmail.bind(h.env.MailApp);
    let calls = 0;
    h.env.MailApp.sendEmail = ((...args: Parameters<typeof send>) => {
      calls += 1;
      if (calls === 2) throw new Error("We're sorry, a server error occurred. Please wait a bit and try again.");
      return send(...args);
    }) as typeof send;
    expect(() => h.fireTrigger(id)).toThrow('server error');
    expect(String(h.spreadsheet.getRangeByName(NAMED.recordatoriosEnvio)?.getValue())).toContain('el envío falló');
    const first = h.env.MailApp.sent.map((e) => e.to.join(','));
    expect(first).toHaveLength(1);
    h.env.MailApp.sendEmail = send;
    h.fireTrigger(id);
    const again = h.env.MailApp.sent.slice(1).map((e) => e.to.join(','));
    expect(again).not.toContain(first[0]);
    expect(again.length).toBeGreaterThan(0);
  });

  test('Validar names a responsable without address and an address that is not an e-mail, by sheet and cell', () => {
    const { h } = setUp();
    const r = h.spreadsheet.sheet(SHEET.responsables);
    const row = r.peekValues().findIndex((line) => line[0] === 'Secretarios') + 1;
    r.getRange(row, 2).setValue('secretarios(at)valledesanjuan');
    h.runMenuItem('Validar la matriz');
    const d = h.env.ui.lastDialog();
    const html = d && 'html' in d ? d.html.content : '';
    expect(html).toContain(`data-hoja="Responsables" data-celda="B${row}"`);
    expect(html).toContain('no es un correo válido');
    expect(html).toContain('«Los designados por el Comité Gel-t» no tiene correo');
  });
});
