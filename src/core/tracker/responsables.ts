/**
 * The Responsables sheet: one row per person or office the Matriz names (after splitting a cell
 * that names several, src/core/reminders/people.ts) and the addresses reminders go to.
 */
import type { ColumnSpec } from './types';

export type ResponsablesKey = 'responsable' | 'correos';

export const RESPONSABLES_COLUMNS: readonly ColumnSpec<ResponsablesKey>[] = [
  {
    key: 'responsable',
    header: 'Responsable',
    aliases: ['responsables', 'nombre'],
    role: 'input',
    format: 'text',
    width: 280,
    required: true,
    note: 'Como aparece en la columna «Responsables» de la Matriz. Una celda de la Matriz que nombra a varios (separados por coma, punto y coma, «y» o un guion con espacio) da una fila por cada uno.',
  },
  {
    key: 'correos',
    header: 'Correos',
    aliases: ['correo', 'correos electronicos', 'email'],
    role: 'input',
    format: 'text',
    width: 360,
    required: true,
    note: 'Uno o varios correos, separados por coma. Los recordatorios diarios de este responsable van a todos ellos.',
  },
];
