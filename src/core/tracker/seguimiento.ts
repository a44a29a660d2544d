import type { ColumnSpec } from './types';

export type SeguimientoKey =
  | 'corte'
  | 'semestre'
  | 'id'
  | 'indicador'
  | 'responsables'
  | 'numerador'
  | 'denominador'
  | 'valor'
  | 'meta'
  | 'cumplimiento'
  | 'estado'
  | 'semaforo'
  | 'proximoVencimiento'
  | 'diasRestantes'
  | 'evidencia'
  | 'registradoPor'
  | 'registradoEl'
  | 'revision'
  | 'observacionRevision'
  | 'revisadoPor'
  | 'revisadoEl';

const rec = (key: SeguimientoKey, header: string, format: ColumnSpec['format'], width: number, note: string, required = false): ColumnSpec<SeguimientoKey> => ({
  key,
  header,
  aliases: [],
  role: 'record',
  format,
  width,
  required,
  note,
});

/** Seguimiento: one row per indicator per corte, values only, append-only. */
export const SEGUIMIENTO_COLUMNS: readonly ColumnSpec<SeguimientoKey>[] = [
  rec('corte', 'Fecha de corte', 'date', 100, 'Fecha del corte de seguimiento.', true),
  rec('semestre', 'Semestre', 'text', 80, 'Semestre del corte: I (enero–junio) o II (julio–diciembre).', true),
  rec('id', 'ID', 'text', 60, 'ID de la fila de la Matriz.', true),
  rec('indicador', 'Indicador', 'longText', 200, 'Indicador medido.'),
  rec('responsables', 'Responsables', 'longText', 160, 'Responsables en la fecha del corte.'),
  rec('numerador', 'Numerador', 'number', 90, 'Numerador en la fecha del corte.'),
  rec('denominador', 'Denominador', 'number', 90, 'Denominador en la fecha del corte.'),
  rec('valor', 'Valor del indicador', 'percent', 90, 'Valor en la fecha del corte.'),
  rec('meta', 'Meta (%)', 'percent', 80, 'Meta en la fecha del corte.'),
  rec('cumplimiento', 'Cumplimiento de la meta', 'percent', 100, 'Cumplimiento en la fecha del corte.'),
  rec('estado', 'Estado', 'text', 100, 'Estado en la fecha del corte.'),
  rec('semaforo', 'Semáforo', 'text', 90, 'Semáforo en la fecha del corte.'),
  rec('proximoVencimiento', 'Próximo vencimiento', 'date', 110, 'Próximo vencimiento en la fecha del corte.'),
  rec('diasRestantes', 'Días restantes', 'integer', 80, 'Días restantes en la fecha del corte.'),
  rec('evidencia', 'Evidencia', 'longText', 180, 'Evidencia en la fecha del corte.'),
  rec('registradoPor', 'Registrado por', 'longText', 160, 'Quién registró el corte.'),
  rec('registradoEl', 'Registrado el', 'dateTime', 140, 'Cuándo se registró el corte.'),
  rec(
    'revision',
    'Revisión de Control Interno',
    'text',
    110,
    'Pendiente, Aprobado o Devuelto. La pone Control Interno con «Revisar corte (Control Interno)…»; vacía = Pendiente. Un corte aprobado no se reemplaza.',
  ),
  rec(
    'observacionRevision',
    'Observación de la revisión',
    'longText',
    220,
    'Observación de Control Interno al revisar este indicador en este corte; pasa al informe.',
  ),
  rec('revisadoPor', 'Revisado por', 'longText', 160, 'Quién de Control Interno revisó.'),
  rec('revisadoEl', 'Revisado el', 'dateTime', 140, 'Cuándo se revisó.'),
];

/** The review columns: written only by Control Interno's review, never by «Registrar corte». */
export const REVIEW_KEYS: readonly SeguimientoKey[] = ['revision', 'observacionRevision', 'revisadoPor', 'revisadoEl'];
