/**
 * Fault injection on «Generar informe semestral…»: for every N, the N-th service call of the run
 * fails with Google's server error. Whatever N, the run leaves no Doc or PDF under the final name
 * unless it finished, tells the person in Spanish, records no version it did not finish, and the
 * retry makes the next version. Every path: the standard Doc, a template copied through Docs, and one
 * Drive copies whole.
 */
import { createEnvironment } from '../fakes';
import { MIME, type FileRecord } from '../fakes/drive-store';
import { loadGas, type GasHarness } from '../support/gas-harness';
import { SHEET } from '../../src/core/tracker/names';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { typeFixture } from './gas-fixture';

const INFORME = 'Generar informe semestral…';
const BASE = 'Informe seguimiento GEL-T 2025-II — Alcaldía Municipal de Valle de San Juan';
const NOW = new Date(Date.UTC(2025, 10, 20, 15, 0));
const FOLDER = 'Informes GEL-T';
const finalName = (v: number): string => (v > 1 ? `${BASE} — versión ${v}` : BASE);

/** none: the standard Doc, saved in a folder given by name; docs: a template only Docs can open (copied element by element); drive: one Drive reaches (files.copy). */
type Template = 'none' | 'docs' | 'drive';

async function tracker(template: Template): Promise<GasHarness> {
  const env = createEnvironment({ userEmail: 'control.interno@valledesanjuan.gov.co' });
  const h = await loadGas({ env, now: NOW });
  h.call('onOpen', { authMode: 'LIMITED' });
  h.runMenuItem('Preparar o reparar la hoja');
  h.choosePlan();
  typeFixture(h.spreadsheet);
  const setConfig = (key: string, value: string): void => {
    const label = CONFIG_ROWS.find((r) => r.key === key)!.label;
    const sheet = h.spreadsheet.sheet(SHEET.configuracion);
    sheet.getRange(sheet.peekValues().findIndex((l) => l[0] === label) + 1, 2).setValue(value);
  };
  if (template === 'none') setConfig('carpetaInforme', FOLDER);
  if (template !== 'none') {
    const tpl = env.drive.createDocument('Plantilla de la entidad');
    if (template === 'drive') env.drive.grantToApp(tpl.file.id);
    const body = env.DocumentApp.openById(tpl.file.id).getBody();
    body.appendParagraph('Informe {{semestre}} de {{entidad}}');
    body.appendTable([
      ['Código', 'Estado'],
      ['{{id}}', '{{estado}}'],
    ]);
    setConfig('plantillaInforme', tpl.file.id);
  }
  env.calls.reset();
  return h;
}

/** What the person saw last; a failure before the action's own guard escapes as a thrown error. */
function generate(h: GasHarness): { shown: string; escaped: string | null } {
  const before = h.env.ui.dialogs.length;
  h.env.ui.answerPrompt('2025-II');
  let escaped: string | null = null;
  try {
    h.runMenuItem(INFORME);
  } catch (e) {
    escaped = e instanceof Error ? e.message : String(e);
  }
  const d = h.env.ui.dialogs.length > before ? h.env.ui.lastDialog() : null;
  return { shown: d ? ('message' in d ? d.message : d.html.content) : '', escaped };
}

/** The report's files in Drive, not in the trash (the template itself is not one of them). */
const live = (h: GasHarness): FileRecord[] =>
  [...h.env.drive.files.values()].filter(
    (f) => !f.trashed && f.name !== 'Plantilla de la entidad' && (f.mimeType === MIME.document || f.mimeType === MIME.pdf),
  );

/** Removes the report files (finished, draft or trashed) from the fake Drive; fixture work, not counted. */
function forgetReports(h: GasHarness): void {
  for (const [id, f] of h.env.drive.files) if (f.name.startsWith(BASE)) h.env.drive.files.delete(id);
}

describe.each<[Template]>([['none'], ['docs'], ['drive']])('a failing N-th call (template: %s)', (template) => {
  test('never leaves a partial report under a final name; the retry makes the next version', async () => {
    const h = await tracker(template);
    generate(h);
    const total = h.env.rt.callsThisRun; // calls of one complete run
    expect(total).toBeGreaterThan(50);
    let versions = 1;
    const outcomes = { failed: 0, absorbed: 0 };
    for (let n = 1; n <= total; n++) {
      h.env.rt.failAtCall = n;
      let outcome: { shown: string; escaped: string | null };
      try {
        outcome = generate(h);
      } finally {
        h.env.rt.failAtCall = null;
      }
      const names = live(h).map((f) => f.name);
      // Every live file is a finished version (Doc + PDF) or an incomplete draft named as such.
      for (const name of names) {
        const finished =
          name === finalName(versions) ||
          name === `${finalName(versions)}.pdf` ||
          name === finalName(versions + 1) ||
          name === `${finalName(versions + 1)}.pdf`;
        expect({ n, at: h.env.rt.injectedAt, name, ok: finished || name.includes('(borrador incompleto; puede borrarlo)') }).toEqual({
          n,
          at: h.env.rt.injectedAt,
          name,
          ok: true,
        });
      }
      if (outcome.shown.includes('Abrir el borrador (Google Docs)') || outcome.shown.includes('no se pudo mostrar la ventana con los enlaces')) {
        // The failure was absorbed (an optional read, one template element…): a whole version was made.
        versions += 1;
        outcomes.absorbed += 1;
      } else {
        outcomes.failed += 1;
        if (outcome.escaped === null && outcome.shown !== '') {
          expect({ n, shown: outcome.shown }).toEqual({ n, shown: expect.stringMatching(/^No se pudo terminar/) });
        }
        expect({ n, at: h.env.rt.injectedAt, partial: names.filter((x) => x.startsWith(finalName(versions + 1))) }).toEqual({
          n,
          at: h.env.rt.injectedAt,
          partial: [],
        });
      }
      // The retry continues the numbering.
      const retry = generate(h);
      expect({ n, retry: retry.shown.includes('Abrir el borrador (Google Docs)') }).toEqual({ n, retry: true });
      versions += 1;
      expect({
        n,
        at: h.env.rt.injectedAt,
        made: live(h).filter((f) => f.name === finalName(versions) || f.name === `${finalName(versions)}.pdf`).length,
      }).toEqual({ n, at: h.env.rt.injectedAt, made: 2 });
      forgetReports(h); // checked: keep the store small so that every N runs at the same cost
    }
    expect(outcomes.failed).toBeGreaterThan(0);
    // A folder given by name is made once, whichever call failed.
    if (template === 'none') expect([...h.env.drive.folders.values()].filter((f) => f.name === FOLDER)).toHaveLength(1);
    console.log(
      `fault injection (template: ${template}): ${total} calls per run, ${outcomes.failed} runs failed cleanly, ${outcomes.absorbed} absorbed the failure`,
    );
  });
});
