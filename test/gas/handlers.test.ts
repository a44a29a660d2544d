import { configRow } from '../../src/core/tracker/configuracion';
import { MENU_ITEMS } from '../../src/core/messages/sheets';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { AYUDA, EXCEL, editedTracker, emptyTracker, preparedTracker, VALIDAR } from './fixtures';
import { changedCells, lastMessage, personCells, type Booted } from './support';

/** Answers any prompt or confirmation a handler may ask, then clicks every item of the menu. */
function clickEverything(b: Booted): string[] {
  const failures: string[] = [];
  for (const item of MENU_ITEMS) {
    const name = b.env.ui.functionFor(item.label);
    const fn = name ? b.g[name] : undefined;
    if (typeof fn !== 'function') {
      failures.push(`${item.label}: no global ${String(name)}`);
      continue;
    }
    for (let i = 0; i < 3; i++) b.env.ui.answerPrompt('30/06/2024');
    for (let i = 0; i < 3; i++) b.env.ui.answerAlert('YES');
    b.env.authMode = 'FULL';
    const shown = b.env.ui.dialogs.length;
    fn();
    const dialogs = b.env.ui.dialogs.slice(shown);
    if (dialogs.length === 0) failures.push(`${item.label}: showed nothing`);
    for (const d of dialogs) {
      const text = 'message' in d ? d.message : d.html.content;
      if (/\bat \w+ \(|TypeError|ReferenceError|undefined is not/.test(text)) failures.push(`${item.label}: ${text.slice(0, 200)}`);
    }
  }
  return failures;
}

describe.each([
  ['an empty spreadsheet', emptyTracker],
  ['a prepared one', preparedTracker],
  ['one a person edited', editedTracker],
] as const)('every menu item on %s', (_name, make) => {
  test('runs by the name the menu gives, answers in Spanish without a stack trace, and changes no typed cell', () => {
    const b = make();
    const before = personCells(b.ss);
    expect(clickEverything(b)).toEqual([]);
    expect(changedCells(before, personCells(b.ss))).toEqual([]);
  });
});

describe('Validar la matriz', () => {
  test('lists each problem with its sheet and cell, HTML-escaped, in a sidebar', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    const col = (k: string) => MATRIZ_COLUMNS.findIndex((c) => c.key === k) + 1;
    m.getRange(2, col('fechaInicio')).setNumberFormat('@');
    m.getRange(2, col('fechaInicio')).setValue('15/13/2024');
    m.getRange(3, col('numerador')).setNumberFormat('@');
    m.getRange(3, col('numerador')).setValue('<b>doce</b>');
    m.getRange(4, col('frecuencia')).setValue('QUINCENAL');
    b.ss.sheet(SHEET.fases).getRange(1, 4).setValue('');
    b.env.authMode = 'FULL';
    (b.g.menuValidar as () => void)();
    const d = b.env.ui.lastDialog();
    expect(d?.kind).toBe('sidebar');
    const html = lastMessage(b);
    expect(html).toContain('<a href="#" class="celda" data-hoja="Matriz" data-celda="M2">M2</a>');
    expect(html).toContain('«15/13/2024» no es una fecha válida');
    expect(html).toContain('<a href="#" class="celda" data-hoja="Matriz" data-celda="O3">O3</a>');
    expect(html).toContain('&lt;b&gt;doce&lt;/b&gt;');
    expect(html).not.toContain('<b>doce</b>');
    expect(html).toContain('<a href="#" class="celda" data-hoja="Matriz" data-celda="I4">I4</a>');
    expect(html).toContain('«QUINCENAL» no está en la tabla de frecuencias');
    expect(html).toContain('Falta la columna «Plazo entidades del orden territorial»');
  });

  test('each listed cell is a link that selects it; an unknown place changes nothing', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(2, MATRIZ_COLUMNS.findIndex((c) => c.key === 'frecuencia') + 1).setValue('QUINCENAL');
    (b.g.menuValidar as () => void)();
    const html = lastMessage(b);
    // The sidebar's script itself is run in test/gas/sidebar.test.ts.
    expect(html).toContain('.irACelda(a.dataset.hoja, a.dataset.celda)');
    b.ss.sheet(SHEET.tablero).activate();
    const go = b.g.irACelda as (hoja: string, celda: string) => void;
    go('Matriz', 'I2');
    expect(b.ss.getActiveSheet().getName()).toBe(SHEET.matriz);
    b.ss.sheet(SHEET.tablero).activate();
    go('Fases', '1:1'); // a header-row problem: the sheet is selected
    expect(b.ss.getActiveSheet().getName()).toBe(SHEET.fases);
    expect(() => go('No existe', 'A1')).not.toThrow();
    expect(() => go('Matriz', 'A1); alert(1')).not.toThrow();
    expect(b.ss.getActiveSheet().getName()).toBe(SHEET.matriz);
  });

  test('says plainly when there is nothing to fix; a deleted sheet is named', () => {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    // The seed leaves one meta empty (A4): fill it so nothing is left to report.
    const meta = MATRIZ_COLUMNS.findIndex((c) => c.key === 'meta') + 1;
    const values = m.peekValues();
    values.forEach((line, i) => {
      if (i > 0 && line[meta - 1] === '') m.getRange(i + 1, meta).setValue(1);
    });
    // Empty roles are a warning of Validar's (their protections are warnings only): give them e-mails.
    (b.g.menuValidar as () => void)();
    expect(lastMessage(b)).toContain('«Correos de Control Interno» está vacío');
    const cfg = b.ss.sheet(SHEET.configuracion);
    cfg.getRange(configRow('correosControlInterno'), 2).setValue('ci@example.gov.co');
    cfg.getRange(configRow('correosAdministradores'), 2).setValue('admin@example.gov.co');
    // Preparar lists the five people the seed names, without addresses: each is an aviso until written.
    const r = b.ss.sheet(SHEET.responsables);
    (b.g.menuValidar as () => void)();
    expect(lastMessage(b)).toContain('0 errores y 5 avisos');
    r.peekValues().forEach((_line, i) => {
      if (i > 0) r.getRange(i + 1, 2).setValue(`persona${i}@alcaldia.gov.co`);
    });
    (b.g.menuValidar as () => void)();
    expect(lastMessage(b)).toMatch(/No se encontraron problemas/);
    b.ss.deleteSheet(b.ss.sheet(SHEET.seguimiento) as never);
    (b.g.menuValidar as () => void)();
    expect(lastMessage(b)).toContain('Falta la hoja «Seguimiento»');
  });
});

describe('Descargar copia en Excel and Ayuda', () => {
  test('the download dialog links to the xlsx export of this spreadsheet and mentions the offline copy without command-line words', () => {
    const b = preparedTracker();
    b.env.ui.answerAlert('OK');
    (b.g[b.env.ui.functionFor(EXCEL) ?? ''] as () => void)();
    const html = lastMessage(b);
    expect(html).toContain(`https://docs.google.com/spreadsheets/d/${b.ss.id}/export?format=xlsx`);
    expect(html).toContain('persona de sistemas');
    expect(html).not.toMatch(/npm|comando|--|\.json/);
    (b.g[b.env.ui.functionFor(AYUDA) ?? ''] as () => void)();
    const help = lastMessage(b);
    expect(help).toContain('Registrar corte de seguimiento');
    // A short guide with headings: the reference date and the report's checklist from Configuración.
    expect(help).toContain('<h2>Fecha de referencia</h2>');
    expect(help).toContain('<h2>Lo que necesita el informe (en Configuración)</h2>');
    expect(help).toContain('<li>Los nombres de quienes firman');
    expect(b.env.ui.functionFor(VALIDAR)).toBe('menuValidar');
  });
});
