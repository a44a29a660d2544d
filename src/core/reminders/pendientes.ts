/**
 * The workbook's «Pendientes» list: per responsable (each person a Matriz cell names, split as for
 * reminders), what is overdue and what is due within the warning days, at the calculation date.
 * The offline twin of the daily reminders, for an office that prints it instead.
 */
import type { DaySerial } from '../calendar';
import type { EvaluatedRow } from '../evaluate';
import { ESTADO, type Estado } from '../tracker/names';
import { personKey, splitResponsables } from './people';

export interface PendienteLine {
  readonly responsable: string;
  readonly id: string;
  readonly indicador: string;
  readonly vence: DaySerial;
  readonly diasRestantes: number;
  readonly estado: Estado;
}

export function pendientes(rows: readonly EvaluatedRow[]): PendienteLine[] {
  const out: PendienteLine[] = [];
  const nameOf = new Map<string, string>();
  for (const r of rows) {
    if (r.proximoVencimiento === null || r.diasRestantes === null) continue;
    if (r.estado !== ESTADO.vencida && r.estado !== ESTADO.porVencer) continue;
    for (const name of splitResponsables(r.source.responsables)) {
      const key = personKey(name);
      if (!nameOf.has(key)) nameOf.set(key, name);
      out.push({
        responsable: nameOf.get(key) ?? name,
        id: r.source.id,
        indicador: r.source.indicador,
        vence: r.proximoVencimiento,
        diasRestantes: r.diasRestantes,
        estado: r.estado,
      });
    }
  }
  return out.sort((a, b) => a.responsable.localeCompare(b.responsable, 'es') || a.vence - b.vence || a.id.localeCompare(b.id));
}
