/**
 * The semester a report takes when nobody types one, through both hosts on the same dates: the
 * Sheets menu's prompt and the offline export's Informe sheet. Both follow the calculation date
 * (Configuración's Fecha de referencia, or today); the Sheets host once used today alone, so a
 * reference date in an earlier semester made the two propose different reports.
 */
import { serialFromParts, type DaySerial } from '../../src/core/calendar';
import { builtinTemplate } from '../../src/core/template/builtin';
import { CONFIG_ROWS } from '../../src/core/tracker/configuracion';
import { SHEET } from '../../src/core/tracker/names';
import { trackerFromTemplate, withReferenceDate } from '../../src/node/tracker-data';
import { createEnvironment } from '../fakes';
import { exportToTemp, readBack } from '../node/support/export-file';
import { loadGas } from '../support/gas-harness';

interface Case {
  readonly what: string;
  readonly today: readonly [number, number, number];
  readonly referencia: readonly [number, number, number] | null;
  /** Worked out from the rule: the semester of the calculation date, or the previous one in its first 30 days. */
  readonly semester: string;
}

const CASES: readonly Case[] = [
  { what: 'no reference date: the semester of today', today: [2025, 11, 20], referencia: null, semester: '2025-II' },
  { what: 'a reference date in an earlier semester: that semester', today: [2025, 11, 20], referencia: [2025, 3, 15], semester: '2025-I' },
  { what: 'a reference date in the first 30 days of a semester: the one before it', today: [2025, 11, 20], referencia: [2025, 7, 10], semester: '2025-I' },
  { what: 'no reference date, today early in January: the semester just ended', today: [2026, 1, 12], referencia: null, semester: '2025-II' },
];

const serial = ([y, m, d]: readonly [number, number, number]): DaySerial => serialFromParts(y, m, d);
const ddmmyyyy = ([y, m, d]: readonly [number, number, number]): string => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;

async function sheetsProposes(c: Case): Promise<string> {
  const env = createEnvironment();
  // 10:00 in Bogotá on `today`.
  const h = await loadGas({ env, now: new Date(Date.UTC(c.today[0], c.today[1] - 1, c.today[2], 15, 0)) });
  h.call('onOpen', { authMode: 'LIMITED' });
  h.runMenuItem('Preparar o reparar la hoja');
  h.choosePlan();
  if (c.referencia) {
    const label = CONFIG_ROWS.find((r) => r.key === 'fechaReferencia')!.label;
    const sheet = h.spreadsheet.sheet(SHEET.configuracion);
    sheet.getRange(sheet.peekValues().findIndex((l) => l[0] === label) + 1, 2).setValue(ddmmyyyy(c.referencia));
  }
  env.ui.answerPrompt('', 'CANCEL');
  h.runMenuItem('Generar informe semestral…');
  const prompt = env.ui.dialogs.filter((d) => d.kind === 'prompt').pop();
  const match = /Deje vacío para el semestre (\S+)\./.exec(prompt && 'message' in prompt ? prompt.message : '');
  return match ? match[1] : '(no prompt)';
}

async function workbookReports(c: Case): Promise<string> {
  const base = trackerFromTemplate(builtinTemplate());
  const data = c.referencia ? withReferenceDate(base, serial(c.referencia)) : base;
  const wb = await readBack(await exportToTemp(data, 'semestre.xlsx', serial(c.today)));
  const texts: string[] = [];
  wb.getWorksheet(SHEET.informe)?.eachRow((row) =>
    row.eachCell((cell) => {
      const v = cell.value;
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object' && 'richText' in v) texts.push(v.richText.map((r) => r.text).join(''));
    }),
  );
  // The header line «Semestre: 2025-II (del 01/07/2025 al 31/12/2025)».
  const match = texts.map((t) => /^(\d{4}-I{1,2}) \(del /.exec(t.replace(/^Semestre:?\s*/, ''))).find((m) => m !== null);
  return match ? match[1] : '(no semester line)';
}

describe.each(CASES)('the default report semester — $what', (c) => {
  test(`Sheets proposes ${c.semester}`, async () => {
    expect(await sheetsProposes(c)).toBe(c.semester);
  });
  test(`the workbook's Informe is about ${c.semester}`, async () => {
    expect(await workbookReports(c)).toBe(c.semester);
  });
});
