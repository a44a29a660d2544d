/**
 * Roles, Control Interno's review and the Historial, end to end through the bundle, as an
 * administrator, Control Interno and a responsable use them. The fakes enforce each protection's
 * editors against the account acting (test/fakes/spreadsheet/protection.ts).
 */
import { createEnvironment } from '../fakes';
import { PROTECTED_MESSAGE } from '../fakes/spreadsheet/spreadsheet';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS, type SeguimientoKey } from '../../src/core/tracker/seguimiento';
import { a1 } from '../../src/core/tracker/a1';
import { loadGasSync, type GasHarness } from '../support/gas-harness';
import { typeAs } from '../support/person';

const ADMIN = 'admin@valledesanjuan.gov.co';
const CI = 'control.interno@valledesanjuan.gov.co';
const RESP = 'secretaria.gobierno@valledesanjuan.gov.co';

const mcol = (k: MatrizKey): number => MATRIZ_COLUMNS.findIndex((c) => c.key === k) + 1;
const scol = (k: SeguimientoKey): number => SEGUIMIENTO_COLUMNS.findIndex((c) => c.key === k) + 1;
const cfgRow = (label: string): number => CONFIG_ROWS.findIndex((r) => r.label === label) + 2;

function lastAlert(h: GasHarness): string {
  const d = h.env.ui.lastDialog();
  return d && 'message' in d ? d.message : '';
}

/** An administrator prepares the tracker, writes both roles' e-mails and repairs, as the README says. */
function trackerWithRoles(): GasHarness {
  const env = createEnvironment({ userEmail: ADMIN });
  const h = loadGasSync({ env, now: new Date(Date.UTC(2024, 5, 30, 15)) });
  h.call('menuPreparar');
  h.choosePlan();
  expect(typeAs(h, ADMIN, SHEET.configuracion, a1(cfgRow('Correos de Control Interno'), 2), [[CI]])).toEqual({ refused: false, warned: true });
  typeAs(h, ADMIN, SHEET.configuracion, a1(cfgRow('Correos de administradores'), 2), [[ADMIN]]);
  env.actAs(ADMIN);
  h.call('menuPreparar');
  return h;
}

function registerCorte(h: GasHarness, who: string, date: string): string {
  h.env.actAs(who);
  h.env.ui.answerPrompt(date);
  h.call('menuRegistrarCorte');
  return lastAlert(h);
}

describe('roles: who may write what', () => {
  test("a responsable cannot change Control Interno's column nor the plan; Control Interno and the administrator can; nothing changes on a refusal", () => {
    const h = trackerWithRoles();
    const m = h.spreadsheet.sheet(SHEET.matriz);
    const obs = a1(2, mcol('observaciones'));
    expect(typeAs(h, RESP, SHEET.matriz, obs, [['Todo bien (lo escribe el responsable)']]).refused).toBe(true);
    expect(m.peekValues()[1][mcol('observaciones') - 1]).toBe('');
    expect(typeAs(h, RESP, SHEET.matriz, a1(2, mcol('accion')), [['Otra acción']]).refused).toBe(true);
    // Input columns: the Responsables sheet gives no e-mail yet, so they warn and let the responsable write.
    expect(typeAs(h, RESP, SHEET.matriz, a1(2, mcol('numerador')), [[7]])).toEqual({ refused: false, warned: true });
    expect(m.peekValues()[1][mcol('numerador') - 1]).toBe(7);
    expect(typeAs(h, CI, SHEET.matriz, obs, [['Falta la evidencia de marzo']])).toEqual({ refused: false, warned: false });
    expect(m.peekValues()[1][mcol('observaciones') - 1]).toBe('Falta la evidencia de marzo');
    expect(typeAs(h, ADMIN, SHEET.matriz, a1(2, mcol('recursos')), [['Propios']])).toEqual({ refused: false, warned: false });
    // Configuración holds the roles: a responsable cannot add themself to Control Interno.
    expect(typeAs(h, RESP, SHEET.configuracion, a1(cfgRow('Correos de Control Interno'), 2), [[RESP]]).refused).toBe(true);
  });

  test('a script run by a responsable is refused the same way (protections bind scripts too)', () => {
    const h = trackerWithRoles();
    h.env.actAs(RESP);
    const range = h.spreadsheet.sheet(SHEET.matriz).getRange(2, mcol('observaciones'));
    expect(() => range.setValue('x')).toThrow(PROTECTED_MESSAGE);
  });

  test('repair re-applies a removed protection without touching any value; a role without e-mail warns only and Validar says so', () => {
    const h = trackerWithRoles();
    const ss = h.spreadsheet;
    typeAs(h, CI, SHEET.matriz, a1(3, mcol('observaciones')), [['Revisar fechas']]);
    const obsProtection = ss.protectionsOver(ss.sheet(SHEET.matriz), 3, mcol('observaciones'), 1, 1)[0];
    h.env.actAs(ss.ownerEmail);
    obsProtection.remove();
    expect(typeAs(h, RESP, SHEET.matriz, a1(4, mcol('observaciones')), [['Lo escribo yo']]).refused).toBe(false);
    typeAs(h, ss.ownerEmail, SHEET.matriz, a1(4, mcol('observaciones')), [['']]);
    const before = JSON.stringify(ss.sheets.map((s) => s.peekValues()));
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(lastAlert(h)).toMatch(/se aplicaron o corrigieron 1 protección/);
    expect(JSON.stringify(ss.sheets.map((s) => s.peekValues()))).toBe(before);
    expect(typeAs(h, RESP, SHEET.matriz, a1(4, mcol('observaciones')), [['Otra vez']]).refused).toBe(true);

    // Control Interno's e-mail removed: its column falls back to a warning, and Validar says so.
    typeAs(h, ADMIN, SHEET.configuracion, a1(cfgRow('Correos de Control Interno'), 2), [['']]);
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(typeAs(h, RESP, SHEET.matriz, a1(4, mcol('observaciones')), [['Ahora con aviso']])).toEqual({ refused: false, warned: true });
    h.env.actAs(ADMIN);
    h.call('menuValidar');
    const d = h.env.ui.lastDialog();
    expect(d && 'html' in d ? d.html.content : '').toContain('«Correos de Control Interno» está vacío');
  });
});

const ALCALDE = 'alcalde@valledesanjuan.gov.co';
const COMITE = 'comite.gelt@valledesanjuan.gov.co';

/** The administrator writes the responsables' e-mails in «Responsables» (one left without) and repairs. */
function trackerWithResponsables(): GasHarness {
  const h = trackerWithRoles();
  const sheet = h.spreadsheet.sheet(SHEET.responsables);
  const rowOf = (name: string): number => sheet.peekValues().findIndex((line) => line[0] === name) + 1;
  const emails: Record<string, string> = { 'Comité Gel-t': COMITE, 'Alcalde Municipal': ALCALDE, Secretarios: RESP, 'Oficina de Control Interno': CI };
  for (const [name, email] of Object.entries(emails)) {
    expect(rowOf(name)).toBeGreaterThan(1);
    expect(typeAs(h, ADMIN, SHEET.responsables, a1(rowOf(name), 2), [[email]]).refused).toBe(false);
  }
  h.env.actAs(ADMIN);
  h.call('menuPreparar');
  return h;
}

describe('responsables: each edits the input cells of their own rows', () => {
  // The seed's rows: 2 «Comité Gel-t- Alcalde Municipal - Secretarios», 3–4 «Comité Gel-t- Oficina de
  // Control Interno», 5 «Los designados por el Comité Gel-t» (no e-mail), 6–7 «Alcalde Municipal,
  // Secretarios», 8 «Comité Gel-t».
  test("a responsable types in their rows, is refused on another responsable's row and on Control Interno's column; Control Interno and the administrator as their roles allow", () => {
    const h = trackerWithResponsables();
    const m = h.spreadsheet.sheet(SHEET.matriz);
    const num = mcol('numerador');
    expect(lastAlert(h)).toContain('Sin correo en la hoja «Responsables» para «Los designados por el Comité Gel-t»');

    // Secretarios: rows 2, 6 and 7 are theirs (named with others); 3, 4 and 8 are not.
    expect(typeAs(h, RESP, SHEET.matriz, a1(6, num), [[11]])).toEqual({ refused: false, warned: false });
    expect(typeAs(h, RESP, SHEET.matriz, a1(2, num), [[12]])).toEqual({ refused: false, warned: false });
    expect(typeAs(h, RESP, SHEET.matriz, a1(6, mcol('evidencia')), [['https://drive.example/acta']])).toEqual({ refused: false, warned: false });
    expect(typeAs(h, RESP, SHEET.matriz, a1(3, num), [[99]]).refused).toBe(true);
    expect(typeAs(h, RESP, SHEET.matriz, a1(8, num), [[99]]).refused).toBe(true);
    expect(typeAs(h, RESP, SHEET.matriz, a1(6, mcol('observaciones')), [['Yo mismo lo apruebo']]).refused).toBe(true);
    // A paste that reaches into another responsable's row is refused whole.
    expect(typeAs(h, RESP, SHEET.matriz, a1(7, num), [[1], [2]]).refused).toBe(true);
    expect(m.peekValues()[7][num - 1]).not.toBe(2);
    // A row naming someone without e-mail stays open with a warning (nobody it names is locked out).
    expect(typeAs(h, RESP, SHEET.matriz, a1(5, num), [[4]])).toEqual({ refused: false, warned: true });
    expect(m.peekValues()[5][num - 1]).toBe(11);
    expect(m.peekValues()[1][num - 1]).toBe(12);
    expect(m.peekValues()[2][num - 1]).not.toBe(99);

    // The Alcalde shares rows 2, 6 and 7, not 3.
    expect(typeAs(h, ALCALDE, SHEET.matriz, a1(7, num), [[5]]).refused).toBe(false);
    expect(typeAs(h, ALCALDE, SHEET.matriz, a1(3, num), [[5]]).refused).toBe(true);

    // Control Interno: responsable of rows 3–4, observations everywhere, not the others' inputs.
    expect(typeAs(h, CI, SHEET.matriz, a1(3, num), [[8]])).toEqual({ refused: false, warned: false });
    expect(typeAs(h, CI, SHEET.matriz, a1(6, num), [[8]]).refused).toBe(true);
    expect(typeAs(h, CI, SHEET.matriz, a1(6, mcol('observaciones')), [['Soporte incompleto']]).refused).toBe(false);

    // The administrator edits every input cell, without a warning.
    expect(typeAs(h, ADMIN, SHEET.matriz, a1(3, num), [[9], [9]])).toEqual({ refused: false, warned: false });
    expect(typeAs(h, ADMIN, SHEET.matriz, a1(8, mcol('meta')), [[1]])).toEqual({ refused: false, warned: false });

    // The Responsables sheet decides who edits which rows: only administrators change it.
    expect(typeAs(h, RESP, SHEET.responsables, 'B3', [[RESP]]).refused).toBe(true);

    // Validar names the person without e-mail and says what it means for the protection.
    h.env.actAs(ADMIN);
    h.call('menuValidar');
    const d = h.env.ui.lastDialog();
    expect(d && 'html' in d ? d.html.content : '').toMatch(
      /Los designados por el Comité Gel-t.{0,40} no tiene correo: no recibirá recordatorios y sus filas de la Matriz quedan protegidas solo con un aviso/,
    );
  });

  test('a row added below by a person is open with a warning until «Preparar o reparar» gives it to its responsable', () => {
    const h = trackerWithResponsables();
    const m = h.spreadsheet.sheet(SHEET.matriz);
    const row = m.lastRow() + 1;
    const num = mcol('numerador');
    typeAs(h, ADMIN, SHEET.matriz, a1(row, mcol('id')), [['B9']]);
    typeAs(h, ADMIN, SHEET.matriz, a1(row, mcol('responsables')), [['Secretarios']]);
    expect(typeAs(h, ALCALDE, SHEET.matriz, a1(row, num), [[1]])).toEqual({ refused: false, warned: true });
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(typeAs(h, RESP, SHEET.matriz, a1(row, num), [[2]])).toEqual({ refused: false, warned: false });
    expect(typeAs(h, ALCALDE, SHEET.matriz, a1(row, num), [[3]]).refused).toBe(true);
    expect(m.peekValues()[row - 1][num - 1]).toBe(2);
    // A second repair finds every protection in place.
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(lastAlert(h)).not.toMatch(/protecci/);
  });

  test('an e-mail removed from «Responsables» gives the rows back with a warning at the next repair', () => {
    const h = trackerWithResponsables();
    const sheet = h.spreadsheet.sheet(SHEET.responsables);
    const row = sheet.peekValues().findIndex((line) => line[0] === 'Secretarios') + 1;
    typeAs(h, ADMIN, SHEET.responsables, a1(row, 2), [['']]);
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(lastAlert(h)).toMatch(/Sin correo en la hoja «Responsables» para «Secretarios» y «Los designados por el Comité Gel-t»/);
    // Rows 6–7 name the Alcalde and Secretarios: with one of them unreachable, both may type, warned.
    expect(typeAs(h, ALCALDE, SHEET.matriz, a1(6, mcol('numerador')), [[1]])).toEqual({ refused: false, warned: true });
    expect(typeAs(h, RESP, SHEET.matriz, a1(6, mcol('numerador')), [[2]])).toEqual({ refused: false, warned: true });
  });
});

describe('who applies the protections', () => {
  const snapshot = (h: GasHarness): string =>
    JSON.stringify(
      [
        ...h.spreadsheet.protectionsOf(h.env.SpreadsheetApp.ProtectionType.RANGE),
        ...h.spreadsheet.protectionsOf(h.env.SpreadsheetApp.ProtectionType.SHEET),
      ].map((p) => [p.description, p.range.row, p.range.numRows, p.warningOnly, p.editors]),
    );

  test('a responsable who runs «Preparar o reparar» changes no protection (they would stay its editor) and is told why', () => {
    const h = trackerWithResponsables();
    const before = snapshot(h);
    h.env.actAs(RESP);
    h.call('menuPreparar');
    expect(lastAlert(h)).toMatch(/las protecciones no se revisaron: solo las aplica una cuenta de «Correos de administradores»/);
    expect(snapshot(h)).toBe(before);
  });

  test('a protection another administrator may not edit is left, said, and the next repair by its editor fixes it', () => {
    const h = trackerWithResponsables();
    const ADMIN2 = 'planeacion@valledesanjuan.gov.co';
    typeAs(h, ADMIN, SHEET.configuracion, a1(cfgRow('Correos de administradores'), 2), [[`${ADMIN}, ${ADMIN2}`]]);
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    // The owner lets a responsable into the Historial's protection (its editors: the owner and whoever made it).
    const historial = h.spreadsheet.protectionsOf(h.env.SpreadsheetApp.ProtectionType.SHEET).find((p) => p.description.includes('Historial'));
    expect(historial).toBeDefined();
    h.env.actAs(h.spreadsheet.ownerEmail);
    historial?.addEditor(RESP);
    h.env.actAs(ADMIN2);
    h.call('menuPreparar');
    expect(lastAlert(h)).toMatch(/una protección no se pudo corregir porque su cuenta no es editora de ella/);
    expect(historial?.editors).toContain(RESP);
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(historial?.editors).not.toContain(RESP);
  });
});

describe('review of a corte by Control Interno', () => {
  const selectRows = (h: GasHarness, first: number, last: number): void => {
    const seg = h.spreadsheet.sheet(SHEET.seguimiento);
    h.spreadsheet.active = seg;
    seg.activeRange = seg.rangeFromA1(`A${first}:A${last}`);
  };

  test('only Control Interno reviews; an approved corte cannot be replaced and the refusal names its indicators; the review survives other cortes', () => {
    const h = trackerWithRoles();
    expect(registerCorte(h, CI, '30/06/2024')).toMatch(/Se registró el corte del 30\/06\/2024/);
    const seg = h.spreadsheet.sheet(SHEET.seguimiento);
    const rows = seg.peekValues().length - 1;
    selectRows(h, 2, 3);

    // A responsable, and Control Interno on an account whose e-mail Google does not give: refused.
    h.env.actAs(RESP);
    h.call('menuRevisarCorte');
    expect(lastAlert(h)).toMatch(/solo para la Oficina de Control Interno/);
    h.env.actAs(CI, false);
    h.call('menuRevisarCorte');
    expect(lastAlert(h)).toMatch(/Google no entregó su correo/);
    expect(seg.peekValues()[1][scol('revision') - 1]).toBe('');

    // Devuelto needs an observation.
    h.env.actAs(CI);
    h.env.ui.answerPrompt('d');
    h.env.ui.answerPrompt('');
    h.call('menuRevisarCorte');
    expect(lastAlert(h)).toMatch(/necesita una observación/);

    h.env.ui.answerPrompt('Aprobado');
    h.env.ui.answerPrompt('Soportes completos');
    h.call('menuRevisarCorte');
    expect(lastAlert(h)).toMatch(/Quedaron como «Aprobado» 2 indicadores: A1 y A2\.1/);
    const line = seg.peekValues()[1];
    expect(line[scol('revision') - 1]).toBe('Aprobado');
    expect(line[scol('observacionRevision') - 1]).toBe('Soportes completos');
    expect(line[scol('revisadoPor') - 1]).toBe(CI);
    expect(seg.peekValues()[4][scol('revision') - 1]).toBe('');

    // The responsable cannot touch the review or the records by hand.
    expect(typeAs(h, RESP, SHEET.seguimiento, a1(2, scol('revision')), [['Pendiente']]).refused).toBe(true);
    expect(typeAs(h, RESP, SHEET.seguimiento, a1(2, scol('numerador')), [[99]]).refused).toBe(true);

    // Registering the approved corte again is refused (even by an administrator), nothing changes.
    const before = JSON.stringify(seg.peekValues());
    h.env.ui.answerPrompt('30/06/2024');
    h.env.actAs(ADMIN);
    h.call('menuRegistrarCorte');
    expect(lastAlert(h)).toMatch(/indicadores aprobados por Control Interno \(A1 y A2\.1\): un corte aprobado no se reemplaza/);
    expect(JSON.stringify(seg.peekValues())).toBe(before);

    // Another corte is registered as usual and leaves the approved one's review alone.
    expect(registerCorte(h, ADMIN, '31/12/2024')).toMatch(/Se registró el corte del 31\/12\/2024/);
    expect(seg.peekValues().length - 1).toBe(rows * 2);
    expect(seg.peekValues()[1][scol('revision') - 1]).toBe('Aprobado');

    // A returned (not approved) corte may be registered again: it keeps Control Interno's review.
    selectRows(h, 2 + rows, 2 + rows);
    h.env.actAs(CI);
    h.env.ui.answerPrompt('Devuelto');
    h.env.ui.answerPrompt('Falta el acta');
    h.call('menuRevisarCorte');
    h.env.ui.answerPrompt('31/12/2024');
    h.env.ui.answerAlert('YES');
    h.call('menuRegistrarCorte');
    expect(lastAlert(h)).toMatch(/Se reemplazó el corte del 31\/12\/2024.*La revisión de Control Interno de cada fila se conserva/s);
    expect(seg.peekValues()[1 + rows][scol('revision') - 1]).toBe('Devuelto');
  });

  test('a corte that grew, with other cortes after it, is replaced by Control Interno; another administrator is told why not, before anything changes', () => {
    // A second administrator, not the one who ran Preparar (Google keeps that one on every protection).
    const h = trackerWithRoles();
    const ADMIN2 = 'planeacion@valledesanjuan.gov.co';
    typeAs(h, ADMIN, SHEET.configuracion, a1(cfgRow('Correos de administradores'), 2), [[`${ADMIN}, ${ADMIN2}`]]);
    h.env.actAs(ADMIN);
    h.call('menuPreparar');
    expect(registerCorte(h, ADMIN2, '30/06/2024')).toMatch(/Se registró el corte del 30\/06\/2024/);
    expect(registerCorte(h, ADMIN2, '31/12/2024')).toMatch(/Se registró el corte del 31\/12\/2024/);
    const seg = h.spreadsheet.sheet(SHEET.seguimiento);
    const rows = seg.peekValues().length - 1;
    const m = h.spreadsheet.sheet(SHEET.matriz);
    const row = m.lastRow() + 1;
    typeAs(h, ADMIN, SHEET.matriz, a1(row, mcol('id')), [['B9']]);
    typeAs(h, ADMIN, SHEET.matriz, a1(row, mcol('responsables')), [['Secretarios']]);
    // Replacing it deletes its old rows, review cells included: only Control Interno may.
    const before = JSON.stringify(seg.peekValues());
    h.env.ui.answerAlert('YES');
    expect(registerCorte(h, ADMIN2, '30/06/2024')).toMatch(/sus columnas de revisión solo las puede cambiar Control Interno\. No se registró nada/);
    expect(JSON.stringify(seg.peekValues())).toBe(before);
    // Google refuses the deletion itself too (what the check spares the person).
    h.env.actAs(ADMIN2);
    expect(() => seg.deleteRows(2, 1)).toThrow(PROTECTED_MESSAGE);
    h.env.ui.answerAlert('YES');
    expect(registerCorte(h, CI, '30/06/2024')).toMatch(/Se reemplazó el corte del 30\/06\/2024/);
    expect(seg.peekValues().length - 1).toBe(rows + 1);
  });

  test('rows Registrar corte adds at the bottom of Seguimiento are protected like the others at once', () => {
    const h = trackerWithRoles();
    const ss = h.spreadsheet;
    const seg = ss.sheet(SHEET.seguimiento);
    // A Seguimiento with no spare rows (the owner deleted them): a corte must add rows.
    h.env.actAs(ss.ownerEmail);
    seg.deleteRows(3, seg.maxRows - 2);
    expect(seg.maxRows).toBe(2);
    expect(registerCorte(h, CI, '30/06/2024')).toMatch(/Se registró el corte del 30\/06\/2024/);
    const last = seg.peekValues().length;
    expect(last).toBeGreaterThan(2);
    expect(typeAs(h, RESP, SHEET.seguimiento, a1(last, scol('numerador')), [[99]]).refused).toBe(true);
    expect(typeAs(h, RESP, SHEET.seguimiento, a1(last, scol('revision')), [['Aprobado']]).refused).toBe(true);
    expect(typeAs(h, CI, SHEET.seguimiento, a1(last, scol('observacionRevision')), [['Revisado']])).toEqual({ refused: false, warned: false });
  });

  test('a responsable may not register a corte once the roles have e-mails', () => {
    const h = trackerWithRoles();
    expect(registerCorte(h, RESP, '30/06/2024')).toMatch(/solo para quienes registran cortes/);
    expect(h.spreadsheet.sheet(SHEET.seguimiento).peekValues().length).toBe(1);
  });
});
