/**
 * The reminder e-mails, the Comité's digest, and what the reminders' menu items and Configuración
 * rows say, in Spanish (Colombia). Dates dd/mm/aaaa (calendar days in America/Bogota, the host's zone).
 */
import { displayDate, type DaySerial } from '../calendar';
import type { Semaforo } from '../tracker/names';
import { count as n, quote as q } from './common';

/** One indicator in a reminder or digest. */
export interface ReminderLine {
  readonly id: string;
  readonly indicador: string;
  readonly due: DaySerial;
  readonly daysLeft: number;
  readonly link: string;
}

export interface DigestGroup {
  readonly name: string;
  readonly vencidas: ReminderLine[];
  readonly porVencer: ReminderLine[];
}

export interface EmailText {
  readonly subject: string;
  readonly htmlBody: string;
  readonly body: string;
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function daysLeftText(d: number): string {
  if (d === 0) return 'vence hoy';
  if (d === 1) return 'vence mañana';
  if (d > 1) return `faltan ${d} días`;
  if (d === -1) return 'venció ayer';
  return `venció hace ${-d} días`;
}

const HEAD = ['ID', 'Indicador', 'Vence', 'Días', 'Fila'];

function table(lines: readonly ReminderLine[]): string {
  const th = HEAD.map((h) => `<th style="text-align:left;border-bottom:1px solid #999;padding:4px">${h}</th>`).join('');
  const rows = lines
    .map(
      (l) =>
        `<tr><td style="padding:4px">${html(l.id)}</td><td style="padding:4px">${html(l.indicador)}</td>` +
        `<td style="padding:4px">${displayDate(l.due)}</td><td style="padding:4px">${daysLeftText(l.daysLeft)}</td>` +
        `<td style="padding:4px"><a href="${html(l.link)}">Abrir la fila</a></td></tr>`,
    )
    .join('');
  return `<table style="border-collapse:collapse">${th ? `<tr>${th}</tr>` : ''}${rows}</table>`;
}

function plainLines(lines: readonly ReminderLine[]): string {
  return lines.map((l) => `- ${l.id}: ${l.indicador}. Vence el ${displayDate(l.due)} (${daysLeftText(l.daysLeft)}). ${l.link}`).join('\n');
}

const FOOTER =
  'Este correo lo envía el complemento Seguimiento GEL-T de la hoja de seguimiento del Plan de Acción. Para dejar de recibirlo, pida al Comité GEL-T que cambie su correo en la hoja «Responsables».';

export const reminderText = {
  comite: (): string => 'Comité GEL-T',
  sender: (): string => 'Seguimiento GEL-T',

  personal: (name: string, lines: readonly ReminderLine[], entidad: string): EmailText => {
    const overdue = lines.filter((l) => l.daysLeft < 0).length;
    const subject =
      overdue > 0
        ? `Seguimiento GEL-T: ${lines.length} ${lines.length === 1 ? 'indicador' : 'indicadores'} por reportar (${overdue} ${overdue === 1 ? 'vencido' : 'vencidos'})`
        : `Seguimiento GEL-T: ${lines.length} ${lines.length === 1 ? 'indicador vence pronto' : 'indicadores vencen pronto'}`;
    const intro = `Hola, ${name}: ${lines.length === 1 ? 'este indicador del Plan de Acción de Gobierno en Línea necesita' : 'estos indicadores del Plan de Acción de Gobierno en Línea necesitan'} su seguimiento en la Matriz de ${entidad}.`;
    return {
      subject,
      htmlBody: `<p>${html(intro)}</p>${table(lines)}<p>${html('Registre la fecha del seguimiento, el numerador, el denominador y la evidencia en su fila.')}</p><p style="color:#666">${html(FOOTER)}</p>`,
      body: `${intro}\n\n${plainLines(lines)}\n\nRegistre la fecha del seguimiento, el numerador, el denominador y la evidencia en su fila.\n\n${FOOTER}`,
    };
  },

  digest: (groups: readonly DigestGroup[], counts: Readonly<Record<Semaforo, number>>, tablero: string, entidad: string, today: DaySerial): EmailText => {
    const vencidas = new Set(groups.flatMap((g) => g.vencidas.map((l) => l.id))).size;
    const porVencer = new Set(groups.flatMap((g) => g.porVencer.map((l) => l.id))).size;
    const subject = `Seguimiento GEL-T: resumen semanal al ${displayDate(today)} (${vencidas} ${vencidas === 1 ? 'vencido' : 'vencidos'}, ${porVencer} por vencer)`;
    const semaforo = Object.entries(counts)
      .map(([k, n]) => `${k}: ${n}`)
      .join(' · ');
    const intro = `Resumen semanal del Plan de Acción de Gobierno en Línea de ${entidad}, al ${displayDate(today)}.`;
    const section = (g: DigestGroup): string =>
      `<h3>${html(g.name)}</h3>` +
      (g.vencidas.length > 0 ? `<p><b>Vencidos</b></p>${table(g.vencidas)}` : '') +
      (g.porVencer.length > 0 ? `<p><b>Por vencer</b></p>${table(g.porVencer)}` : '');
    const plain = (g: DigestGroup): string =>
      [
        `${g.name}:`,
        ...(g.vencidas.length > 0 ? ['Vencidos:', plainLines(g.vencidas)] : []),
        ...(g.porVencer.length > 0 ? ['Por vencer:', plainLines(g.porVencer)] : []),
      ].join('\n');
    const none = 'Ningún indicador está vencido ni por vencer.';
    return {
      subject,
      htmlBody:
        `<p>${html(intro)}</p><p>${html(`Semáforo: ${semaforo}`)}</p>${groups.length === 0 ? `<p>${none}</p>` : groups.map(section).join('')}` +
        `<p><a href="${html(tablero)}">Abrir el Tablero</a></p>`,
      body: `${intro}\nSemáforo: ${semaforo}\n\n${groups.length === 0 ? none : groups.map(plain).join('\n\n')}\n\nTablero: ${tablero}`,
    };
  },

  // Menu items, dialogs and Configuración rows.
  toggleTitle: (): string => 'Recordatorios por correo',
  previewTitle: (): string => 'Vista previa de los recordatorios de hoy',
  confirmOn: (hour: number): string =>
    `Se enviará cada día, hacia las ${hour}:00 (hora de Bogotá), un correo a cada responsable con indicadores por vencer o vencidos, y cada lunes un resumen al Comité GEL-T. Los correos salen desde su cuenta. ¿Activar los recordatorios?`,
  turnedOn: (who: string, since: DaySerial): string => `Activados por ${who} desde el ${displayDate(since)}.`,
  turnedOnAlert: (): string => 'Recordatorios activados. Use «Vista previa de los recordatorios» para ver qué saldría hoy.',
  off: (): string => 'Desactivados.',
  turnedOffAlert: (): string => 'Recordatorios desactivados: no se enviará ningún correo más.',
  offByOther: (owner: string): string =>
    `Recordatorios desactivados. Estaban activados por ${owner}: su tarea diaria se borrará sola en su próxima ejecución, sin enviar nada.`,
  confirmOff: (who: string, since: DaySerial): string => `Los recordatorios están activados por ${who} desde el ${displayDate(since)}. ¿Desactivarlos?`,
  runSummary: (when: string, sent: number, recipients: number, deferred: number, unreachable: readonly string[]): string =>
    `${when}: ${n(sent)} ${sent === 1 ? 'correo enviado' : 'correos enviados'} (${n(recipients)} ${recipients === 1 ? 'destinatario' : 'destinatarios'}).` +
    (deferred > 0
      ? ` ${n(deferred)} ${deferred === 1 ? 'correo queda' : 'correos quedan'} para mañana: se agotó el cupo diario de correos de la cuenta.`
      : '') +
    (unreachable.length > 0 ? ` Sin correo en «Responsables»: ${unreachable.map((u) => q(u)).join(', ')}.` : ''),
  runFailed: (when: string, detail: string): string =>
    `${when}: el envío falló y no se registró ningún correo como enviado; se reintentará mañana. Detalle: ${detail}`,
  previewNone: (): string => 'Hoy no saldría ningún correo: nada está por vencer ni vencido sin aviso, o ya se avisó.',
  previewIntro: (count: number, quota: number): string =>
    `Hoy saldrían ${n(count)} ${count === 1 ? 'correo' : 'correos'} (cupo diario restante de la cuenta: ${n(quota)} destinatarios). No se envía nada.`,
  previewDeferred: (count: number): string => `${n(count)} ${count === 1 ? 'correo quedaría' : 'correos quedarían'} para mañana por el cupo diario.`,
  previewUnreachable: (names: readonly string[]): string => `Sin correo en «Responsables» (no recibirían nada): ${names.map((u) => q(u)).join(', ')}.`,
  previewTo: (): string => 'Para',
  previewSubject: (): string => 'Asunto',
  enviosHeaders: (): string[] => ['Clave', 'Enviado el', 'Para'],

  // The workbook's Pendientes sheet.
  pendientesTitle: (fecha: DaySerial, diasAviso: number): string =>
    `Pendientes al ${displayDate(fecha)}: vencidos y por vencer en los próximos ${n(diasAviso)} días, por responsable`,
  pendientesHeaders: (): string[] => ['Responsable', 'ID', 'Indicador', 'Vence', 'Días', 'Estado'],
  pendientesNone: (): string => 'Nada vencido ni por vencer a esta fecha.',
};
