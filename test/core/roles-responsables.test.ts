import { MAX_RESPONSABLE_RUNS, protectionPlan, type ProtectionInput } from '../../src/core/roles/plan';
import { responsableRunProblems } from '../../src/core/roles/problems';
import { responsableEditors, responsablesWithoutEmail } from '../../src/core/roles/responsables';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';

const directory = new Map([
  ['alcalde municipal', { emails: ['Alcalde@Valle.gov.co'] }],
  ['secretarios', { emails: ['sec@valle.gov.co', 'alcalde@valle.gov.co'] }],
  ['comité gel-t', { emails: [] as string[] }],
]);

describe('who edits a Matriz row: the people its Responsables cell names', () => {
  test('a cell naming several gets all their e-mails once, lower-case; one unreachable person leaves the row with none', () => {
    const editors = responsableEditors(['Alcalde Municipal, Secretarios', 'Secretarios', 'Comité Gel-t- Secretarios', 'Nadie Listado', ''], directory);
    expect(editors.get('alcalde municipal, secretarios')).toEqual(['alcalde@valle.gov.co', 'sec@valle.gov.co']);
    expect(editors.get('secretarios')).toEqual(['sec@valle.gov.co', 'alcalde@valle.gov.co']);
    expect(editors.get('comité gel-t- secretarios')).toEqual([]);
    expect(editors.get('nadie listado')).toEqual([]);
    expect(editors.get('')).toEqual([]);
    expect(responsablesWithoutEmail(['Comité Gel-t- Secretarios', 'Nadie Listado', 'COMITÉ GEL-T'], directory)).toEqual(['Comité Gel-t', 'Nadie Listado']);
  });

  test('adjacent rows with the same editors share one protection; the count follows changes of editors, not rows', () => {
    const layout = new Map(MATRIZ_COLUMNS.map((c, i) => [c.key, i + 1] as [MatrizKey, number]));
    const plan = (cells: string[]) => {
      const rows = cells.map((responsables, i) => ({ row: i + 2, responsables }));
      const input: ProtectionInput = {
        roles: { administradores: ['admin@valle.gov.co'], controlInterno: ['ci@valle.gov.co'] },
        responsables: responsableEditors(cells, directory),
        matriz: { layout, width: MATRIZ_COLUMNS.length, maxRows: 1000, rows },
        sheets: [],
      };
      return protectionPlan(input).filter((a) => a.roles.includes('responsables'));
    };
    const sorted = plan([...Array<string>(300).fill('Secretarios'), ...Array<string>(300).fill('Alcalde Municipal')]);
    const alternating = plan(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'Secretarios' : 'Alcalde Municipal')));
    // Secretarios, the Alcalde, then the empty rows below (warning-only).
    expect(sorted.map((a) => [a.firstRow, a.lastRow, a.warningOnly])).toEqual([
      [2, 301, false],
      [302, 601, false],
      [602, 1000, true],
    ]);
    expect(sorted[0].editors).toEqual(['sec@valle.gov.co', 'alcalde@valle.gov.co', 'admin@valle.gov.co']);
    expect(alternating).toHaveLength(21);
    // Different cells with the same people make one run.
    expect(plan(['Alcalde Municipal, Secretarios', 'Secretarios, Alcalde Municipal'])).toHaveLength(2);
    // The Responsables sheet is the administrators' (it decides the rows' editors).
    expect(
      protectionPlan({ roles: { administradores: ['a@b.co'], controlInterno: [] }, responsables: new Map(), sheets: [SHEET.responsables] })[0].editors,
    ).toEqual(['a@b.co']);
  });

  test('past the cap of runs, the rows share one protection for all their responsables, and Validar says why', () => {
    const layout = new Map(MATRIZ_COLUMNS.map((c, i) => [c.key, i + 1] as [MatrizKey, number]));
    const cells = Array.from({ length: MAX_RESPONSABLE_RUNS + 1 }, (_, i) => (i % 2 ? 'Secretarios' : 'Alcalde Municipal'));
    const rows = cells.map((responsables, i) => ({ row: i + 2, responsables }));
    const areas = protectionPlan({
      roles: { administradores: ['admin@valle.gov.co'], controlInterno: [] },
      responsables: responsableEditors(cells, directory),
      matriz: { layout, width: MATRIZ_COLUMNS.length, maxRows: 1000, rows },
      sheets: [],
    }).filter((a) => a.roles.includes('responsables'));
    expect(areas.map((a) => [a.firstRow, a.lastRow, a.warningOnly])).toEqual([
      [2, cells.length + 1, false],
      [cells.length + 2, 1000, true],
    ]);
    expect(areas[0].description).toContain('responsables (todos los de la Matriz)');
    expect(areas[0].editors).toEqual(['alcalde@valle.gov.co', 'sec@valle.gov.co', 'admin@valle.gov.co']);
    const problems = responsableRunProblems({ rows, layout }, directory);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: SHEET.matriz, cell: 'G1', level: 'aviso' });
    expect(problems[0].message).toContain(`cambia de responsable ${cells.length} veces`);
    // One change fewer: each run has its own protection and nothing is said.
    expect(responsableRunProblems({ rows: rows.slice(1), layout }, directory)).toEqual([]);
  });
});
