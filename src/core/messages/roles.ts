/**
 * Roles, Control Interno's review of a corte and the Historial: what the Sheets menu, Validar,
 * the protections' descriptions and the Historial sheet say.
 */
import { count as n, quote as q } from './common';

type RoleName = 'administradores' | 'controlInterno' | 'responsables';

export const ROLE_LABEL: Record<RoleName, string> = {
  administradores: 'administradores',
  controlInterno: 'Control Interno',
  responsables: 'responsables de la fila',
};

/** The setting a role's e-mails are written in (Configuración). */
export const ROLE_SETTING: Record<Exclude<RoleName, 'responsables'>, string> = {
  administradores: 'Correos de administradores',
  controlInterno: 'Correos de Control Interno',
};

/** «A», «B» y 3 más: a list that stays short in a dialog. */
const listed = (names: readonly string[]): string => {
  const shown = names.slice(0, 5).map(q);
  const rest = names.length - shown.length;
  if (rest > 0) return `${shown.join(', ')} y ${rest} más`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} y ${shown[shown.length - 1]}` : (shown[0] ?? '');
};

const who = (roles: readonly RoleName[], responsable?: string): string => {
  if (roles.length === 0) return 'solo el registro automático';
  return roles.map((r) => (r === 'responsables' && responsable ? `responsables (${responsable})` : ROLE_LABEL[r])).join(' y ');
};

/** Descriptions of the protections (Datos › Proteger hojas y rangos); Preparar recognises its own by the prefix. */
export const protectionText = {
  prefix: 'GEL-T: ',
  area: (sheet: string, range: string, roles: readonly RoleName[], responsable?: string): string =>
    `GEL-T: ${sheet}!${range} — edita ${who(roles, responsable)}`,
  sheet: (sheet: string, roles: readonly RoleName[]): string => `GEL-T: hoja ${sheet} — edita ${who(roles)}`,
  /** The responsable named in the one protection of a Matriz with too many changes of responsable. */
  allResponsables: (): string => 'todos los de la Matriz',
} as const;

export const rolesText = {
  // Validar.
  noEmails: (setting: string, what: string): string =>
    `${q(setting)} está vacío: ${what} quedan protegidas solo con un aviso (cualquiera con acceso de edición puede cambiarlas). Escriba los correos separados por comas y use «Preparar o reparar la hoja».`,
  whatAdmins: (): string => 'el plan, las columnas calculadas, los encabezados, Fases, Tablero y Configuración',
  whatControlInterno: (): string => 'las «Observaciones de Control Interno» y la revisión de los cortes',
  badEmail: (setting: string, piece: string): string =>
    `En ${q(setting)}, ${q(piece)} no es un correo electrónico. Escriba correos como nombre@entidad.gov.co, separados por comas.`,

  tooManyRuns: (runs: number, max: number): string =>
    `La Matriz cambia de responsable ${runs} veces de una fila a la siguiente: con más de ${max} cambios, cada responsable puede escribir en las columnas de datos de todas las filas, no solo en las suyas (una protección por cada cambio haría a «Preparar o reparar la hoja» pasar el tiempo que Google permite). Ordene la Matriz por «Responsables» y use «Preparar o reparar la hoja».`,

  // Preparar.
  changeProtections: (count: number): string =>
    `se aplicaron o corrigieron ${n(count)} ${count === 1 ? 'protección' : 'protecciones'} según los roles (sin cambiar ningún valor)`,
  protectionsNeedAdmin: (): string =>
    `las protecciones no se revisaron: solo las aplica una cuenta de ${q(ROLE_SETTING.administradores)} (quien aplica una protección queda como su editora para siempre)`,
  protectionsBlocked: (count: number): string =>
    `${count === 1 ? 'una protección no se pudo corregir' : `${n(count)} protecciones no se pudieron corregir`} porque su cuenta no es editora de ${count === 1 ? 'ella' : 'ellas'} (Google solo deja cambiar una protección a quien puede editarla): use «Preparar o reparar la hoja» desde la cuenta de un administrador`,
  responsablesWarningOnly: (people: readonly string[]): string =>
    `Sin correo en la hoja «Responsables» para ${listed(people)}: las filas de la Matriz que ${people.length === 1 ? 'lo nombran' : 'los nombran'} quedaron protegidas solo con un aviso. Escriba los correos y vuelva a usar «Preparar o reparar la hoja».`,
  warningOnlyNote: (roles: readonly string[]): string =>
    `Sin correos de ${roles.join(' ni de ')} en Configuración: sus partes quedaron protegidas solo con un aviso. Escriba los correos y vuelva a usar «Preparar o reparar la hoja».`,

  // Refusals of a role's menu item.
  noEmailFromGoogle: (action: string): string =>
    `Google no entregó su correo electrónico a la hoja (pasa con cuentas personales de Gmail o de otra organización), así que no se puede comprobar que usted puede usar «${action}». No se cambió nada. Pida a un administrador que revise los correos de Configuración o use una cuenta de la entidad.`,
  notInRole: (action: string, email: string, onlyControlInterno: boolean): string =>
    `«${action}» es solo para ${onlyControlInterno ? 'la Oficina de Control Interno' : 'quienes registran cortes (Control Interno y administradores)'}, y ${email} no está en ${onlyControlInterno ? q(ROLE_SETTING.controlInterno) : `${q(ROLE_SETTING.controlInterno)} ni en ${q(ROLE_SETTING.administradores)}`} de Configuración. No se cambió nada.`,
  roleEmpty: (action: string, setting: string): string =>
    `Para usar «${action}» primero escriba los correos en ${q(setting)} de Configuración (y use «Preparar o reparar la hoja»). No se cambió nada.`,
} as const;

export const reviewText = {
  title: (): string => 'Revisar corte (Control Interno)',
  notInSeguimiento: (): string =>
    'Seleccione en la hoja «Seguimiento» las filas del corte que quiere revisar (una o varias filas seguidas) y vuelva a usar «Revisar corte (Control Interno)…». No se cambió nada.',
  noRecords: (): string => 'Las filas seleccionadas de «Seguimiento» no tienen cortes registrados (fecha de corte e ID). No se cambió nada.',
  askState: (count: number, ids: string): string =>
    `Revisión de ${n(count)} ${count === 1 ? 'indicador' : 'indicadores'} (${ids}).\n\nEscriba el resultado: Aprobado (A), Devuelto (D) o Pendiente (P).`,
  badState: (text: string): string => `${q(text)} no es un resultado de revisión. Escriba Aprobado, Devuelto o Pendiente (o A, D, P). No se cambió nada.`,
  askObservation: (state: string): string =>
    `Observación de Control Interno para las filas ${state === 'Devuelto' ? 'devueltas (obligatoria: diga qué se debe corregir)' : 'revisadas (opcional)'}:`,
  observationRequired: (): string => 'Un indicador devuelto necesita una observación que diga qué corregir. No se cambió nada.',
  cancelled: (): string => 'No se cambió ninguna revisión.',
  changedMeanwhile: (): string =>
    'Las filas seleccionadas de «Seguimiento» cambiaron mientras respondía (otra persona registró o movió un corte). No se cambió nada: selecciónelas de nuevo y vuelva a intentarlo.',
  noReviewColumns: (): string =>
    'La hoja «Seguimiento» no tiene las columnas de revisión. Pida a un administrador que use «Preparar o reparar la hoja» y vuelva a intentarlo. No se cambió nada.',
  done: (state: string, count: number, ids: string): string =>
    `Quedaron como ${q(state)} ${n(count)} ${count === 1 ? 'indicador' : 'indicadores'}: ${ids}.${state === 'Aprobado' ? ' Un corte aprobado ya no se puede reemplazar al registrarlo de nuevo.' : ''}`,
  frozen: (date: string, ids: string): string =>
    `El corte del ${date} tiene indicadores aprobados por Control Interno (${ids}): un corte aprobado no se reemplaza. No se registró nada. Si hay que corregirlo, Control Interno debe cambiar primero su revisión a Pendiente o Devuelto.`,
  moveNeedsControlInterno: (): string =>
    'Este corte tiene ahora más indicadores y hay cortes registrados después de él: para reemplazarlo hay que borrar sus filas anteriores, y sus columnas de revisión solo las puede cambiar Control Interno. No se registró nada. Pida a Control Interno (o al administrador que aplicó las protecciones con «Preparar o reparar la hoja») que registre este corte.',
  replaceKeepsReview: (): string => ' La revisión de Control Interno de cada fila se conserva: revíselas de nuevo.',
} as const;

export const historyText = {
  headers: (): readonly string[] => ['Fecha y hora', 'Usuario', 'Hoja', 'Celda', 'ID del indicador', 'Valor anterior', 'Valor nuevo'],
  unknownUser: (): string => '(Google no dio el correo)',
  unknownOld: (): string => '(no disponible: se cambiaron varias celdas a la vez)',
  installTitle: (): string => 'Activar el historial de cambios',
  installed: (): string =>
    'El historial quedó activo: cada cambio que una persona haga en las columnas de datos de la Matriz se anota en la hoja oculta «Historial» (fecha, usuario, celda, valor anterior y nuevo). Para verla: Ver › Hojas ocultas › Historial.',
  alreadyInstalled: (): string => 'El historial ya estaba activo en esta hoja: no se cambió nada.',
  changeInstalled: (): string => 'se activó el historial de cambios (hoja oculta «Historial»)',
  changeCreated: (): string => 'se creó la hoja oculta «Historial» para el historial de cambios',
  recreated: (): string =>
    'La hoja «Historial» había sido borrada y se creó de nuevo, vacía: el historial anterior se perdió (Google no lo conserva en otra parte; el historial de versiones del archivo puede mostrar cambios viejos).',
} as const;

/** The report's part about Control Interno's review (section Evolución, after its table). */
export const reviewReportText = {
  title: 'Revisión de Control Interno',
  summary: (date: string, aprobados: number, devueltos: number, pendientes: number): string =>
    `Revisión de Control Interno del corte del ${date}: ${aprobados} ${aprobados === 1 ? 'indicador aprobado' : 'indicadores aprobados'}, ${devueltos} ${devueltos === 1 ? 'devuelto' : 'devueltos'} y ${pendientes} ${pendientes === 1 ? 'pendiente' : 'pendientes'} de revisión.`,
  headers: ['ID', 'Indicador', 'Revisión', 'Observación de la revisión', 'Revisado por'] as readonly string[],
  caption: 'Revisión de Control Interno del último corte del semestre, por indicador',
} as const;
