/** The reminder rules in the core: splitting a responsables cell, addresses, stages, keys, quota. */
import { isEmail, personKey, splitEmails, splitResponsables } from '../../src/core/reminders/people';
import { digestKey, mondayOf, planReminders, stageFor, type ReminderInput } from '../../src/core/reminders/plan';
import { serialFromParts, isoFromSerial } from '../../src/core/calendar';
import { ESTADO, SEMAFORO } from '../../src/core/tracker/names';

test('a cell naming several people splits at commas, «y» and spaced hyphens, never inside "Gel-t"', () => {
  expect(splitResponsables('Comité Gel-t- Alcalde Municipal - Secretarios')).toEqual(['Comité Gel-t', 'Alcalde Municipal', 'Secretarios']);
  expect(splitResponsables('Alcalde Municipal, Secretarios')).toEqual(['Alcalde Municipal', 'Secretarios']);
  expect(splitResponsables('Tesorería y Secretaría de Gobierno; Planeación / Sistemas')).toEqual([
    'Tesorería',
    'Secretaría de Gobierno',
    'Planeación',
    'Sistemas',
  ]);
  expect(splitResponsables('GEL-T')).toEqual(['GEL-T']);
  expect(splitResponsables('  Secretarios ,  secretarios  ')).toEqual(['Secretarios']);
  expect(splitResponsables('')).toEqual([]);
  expect(personKey(' Comité  GEL-T ')).toBe(personKey('comité gel-t'));
  expect(personKey('Comite GEL-T')).not.toBe(personKey('Comité GEL-T'));
});

test('addresses: a list splits at commas, semicolons and spaces; only plausible e-mails pass', () => {
  expect(splitEmails('a@x.gov.co, b@x.gov.co;c@x.co  d@x.co')).toEqual(['a@x.gov.co', 'b@x.gov.co', 'c@x.co', 'd@x.co']);
  for (const ok of ['comite@valledesanjuan.gov.co', 'ana.perez+gelt@gmail.com']) expect(isEmail(ok)).toBe(true);
  for (const bad of ['comite', 'comite@', '@x.co', 'a@b', 'a@@b.co', 'a b@c.co', 'a@b..co', 'a@b.co.']) expect(isEmail(bad)).toBe(false);
});

test('stages by days left: warning window, the day before or on the day, a week overdue, nothing else', () => {
  const got = [20, 16, 15, 2, 1, 0, -1, -7, -8].map((d) => stageFor(d, 15));
  expect(got).toEqual([null, null, 'aviso', 'aviso', 'unDia', 'unDia', 'vencida', 'vencida', null]);
  expect(stageFor(1, 0)).toBe('unDia');
});

test('the digest week starts on Monday', () => {
  const wed = serialFromParts(2025, 3, 19);
  expect(isoFromSerial(mondayOf(wed))).toBe('2025-03-17');
  expect(isoFromSerial(mondayOf(serialFromParts(2025, 3, 17)))).toBe('2025-03-17');
  expect(isoFromSerial(mondayOf(serialFromParts(2025, 3, 16)))).toBe('2025-03-10');
  expect(digestKey(wed)).toBe('resumen|2025-03-17');
});

function input(over: Partial<ReminderInput> = {}): ReminderInput {
  const today = serialFromParts(2025, 3, 19);
  const row = (n: number, id: string, days: number, who: string) => ({
    row: n,
    id,
    indicador: `Indicador ${id}`,
    responsables: who,
    proximoVencimiento: today + days,
    estado: days < 0 ? ESTADO.vencida : ESTADO.porVencer,
    semaforo: SEMAFORO.sinMedir,
  });
  return {
    rows: [row(2, 'A1', 15, 'Ana - Beto'), row(3, 'A2', 1, 'Ana'), row(4, 'A3', -1, 'Beto, Caro'), { ...row(5, 'A4', 0, 'Ana'), proximoVencimiento: null }],
    today,
    diasAviso: 15,
    directory: new Map([
      ['ana', { name: 'Ana', emails: ['ana@x.co'], row: 2 }],
      ['beto', { name: 'Beto', emails: ['beto@x.co', 'beto2@x.co'], row: 3 }],
      ['caro', { name: 'Caro', emails: [], row: 4 }],
    ]),
    comite: ['comite@x.co'],
    sent: new Set(),
    quota: 100,
    links: { url: 'https://docs.google.com/spreadsheets/d/ID/edit', matrizGid: 0, tableroGid: 9 },
    entidad: 'Alcaldía',
    ...over,
  };
}

test('one e-mail per person with all their indicators; no address → unreachable; no date → nothing; digest last', () => {
  const plan = planReminders(input());
  expect(plan.send.map((e) => [e.para, e.to, e.ids])).toEqual([
    ['Ana', ['ana@x.co'], ['A1', 'A2']],
    ['Beto', ['beto@x.co', 'beto2@x.co'], ['A1', 'A3']],
    ['Comité GEL-T', ['comite@x.co'], ['A1', 'A2', 'A3']],
  ]);
  expect(plan.unreachable).toEqual([{ para: 'Caro', ids: ['A3'] }]);
  expect(plan.send[0].body).toContain('A2: Indicador A2. Vence el 20/03/2025 (vence mañana).');
  expect(plan.send[0].body).toContain('A1: Indicador A1. Vence el 03/04/2025 (faltan 15 días).');
  expect(plan.send[1].body).toContain('A3: Indicador A3. Vence el 18/03/2025 (venció ayer).');
});

test('keys already sent are not sent again; the quota counts recipients and defers the rest in order', () => {
  const first = planReminders(input());
  const sent = new Set(first.send.flatMap((e) => e.keys));
  expect(planReminders(input({ sent })).send).toEqual([]);
  const tight = planReminders(input({ quota: 2 }));
  expect(tight.send.map((e) => e.para)).toEqual(['Ana']);
  expect(tight.deferred.map((e) => e.para)).toEqual(['Beto', 'Comité GEL-T']);
});
