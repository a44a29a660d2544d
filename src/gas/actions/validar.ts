import type { Problem } from '../../core/grid/types';
import { columnNumber } from '../../core/tracker/a1';
import { uiText } from '../../core/messages/sheets';
import type { ActionContext } from '../action';
import { logFailure } from '../log';
import { readTracker } from '../read-tracker';
import { roleProblems } from '../../core/roles/problems';
import { escapeHtml, page } from './html';

/** More than this and the list stops being something a person can work through. */
const MAX_LISTED = 300;

/** Every problem the core finds, in a sidebar (it stays open while the person fixes cells). */
export function validar(ctx: ActionContext): string | void {
  const tracker = readTracker(ctx.ss);
  // The roles' warnings are Validar's alone: Preparar's closing count stays about the data.
  const problems = tracker.sheets.configuracion ? [...tracker.problems, ...roleProblems(tracker.configuracion)] : tracker.problems;
  if (problems.length === 0) return uiText.validateNone();
  const html = HtmlService.createHtmlOutput(problemsHtml(problems)).setTitle(uiText.validateTitle());
  ctx.ui.showSidebar(html);
}

export function problemsHtml(problems: readonly Problem[]): string {
  const errors = problems.filter((p) => p.level === 'error').length;
  const sorted = [...problems].sort((a, b) => (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  const rows = sorted.slice(0, MAX_LISTED).map((p) =>
    `<tr><td>${escapeHtml(p.sheet)}</td><td>${cellLink(p)}</td><td class="${p.level}">${p.level === 'error' ? uiText.levelError() : uiText.levelAviso()}</td><td>${escapeHtml(p.message)}</td></tr>`);
  const more = problems.length > MAX_LISTED ? `<p>${escapeHtml(uiText.validateMore(problems.length - MAX_LISTED))}</p>` : '';
  const head = uiText.validateHeaders().map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  return page(`<p>${escapeHtml(uiText.validateSummary(errors, problems.length - errors))}</p><p>${escapeHtml(uiText.validateHowToGo())}</p>` +
    `<table><tr>${head}</tr>${rows.join('')}</table>${more}${goToCellScript()}`);
}

/** The cell as a link that selects it in the sheet (through the global irACelda). */
function cellLink(p: Problem): string {
  return `<a href="#" class="celda" data-hoja="${escapeHtml(p.sheet)}" data-celda="${escapeHtml(p.cell)}">${escapeHtml(p.cell)}</a>`;
}

// Sheet and cell travel as data attributes, never spliced into script text. Every call has a
// failure handler (a lost connection, an expired session) and shows the server's note, in Spanish.
function goToCellScript(): string {
  // JSON with "<" escaped can sit inside a <script> element whatever the message says.
  const failed = JSON.stringify(uiText.goToCellFailed()).replace(/</g, '\\u003c');
  return `<p id="nota" role="status" class="aviso"></p><script>
var nota = document.getElementById('nota');
function mostrar(texto) { nota.textContent = texto || ''; }
document.querySelectorAll('a.celda').forEach(function (a) {
  a.addEventListener('click', function (e) {
    e.preventDefault();
    mostrar('');
    google.script.run
      .withSuccessHandler(mostrar)
      .withFailureHandler(function () { mostrar(${failed}); })
      .irACelda(a.dataset.hoja, a.dataset.celda);
  });
});
</script>`;
}

/**
 * Selects a problem's place: the cell (A1), or at least its sheet. Returns a Spanish note for the
 * sidebar ("" when the cell was selected): the sidebar may be older than the sheet, so a sheet that
 * is gone or a cell beyond the sheet's edge is named, never thrown. Any other failure is logged.
 */
export function goToCell(sheetName: unknown, cell: unknown): string {
  try {
    if (typeof sheetName !== 'string' || typeof cell !== 'string') return uiText.goToCellFailed();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
    if (!sheet) return uiText.goToCellNoSheet(sheetName);
    sheet.activate();
    const a1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(cell);
    if (!a1) return '';
    const row = Number(a1[2]);
    const col = columnNumber(a1[1]);
    if (row > sheet.getMaxRows() || col > sheet.getMaxColumns()) return uiText.goToCellOutside(sheetName, cell);
    sheet.getRange(row, col).activate();
    return '';
  } catch (e) {
    logFailure(`irACelda(${String(sheetName)}, ${String(cell)})`, e);
    return uiText.goToCellFailed();
  }
}
