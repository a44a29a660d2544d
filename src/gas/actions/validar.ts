import type { Problem } from '../../core/grid/types';
import { uiText } from '../../core/messages/sheets';
import type { ActionContext } from '../action';
import { readTracker } from '../read-tracker';
import { escapeHtml, page } from './html';

/** More than this and the list stops being something a person can work through. */
const MAX_LISTED = 300;

/** Every problem the core finds, in a sidebar (it stays open while the person fixes cells). */
export function validar(ctx: ActionContext): string | void {
  const problems = readTracker(ctx.ss).problems;
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
    `<table><tr>${head}</tr>${rows.join('')}</table>${more}${GO_TO_CELL_SCRIPT}`);
}

/** The cell as a link that selects it in the sheet (through the global irACelda). */
function cellLink(p: Problem): string {
  return `<a href="#" class="celda" data-hoja="${escapeHtml(p.sheet)}" data-celda="${escapeHtml(p.cell)}">${escapeHtml(p.cell)}</a>`;
}

// Sheet and cell travel as data attributes, never spliced into script text.
const GO_TO_CELL_SCRIPT = `<script>
document.querySelectorAll('a.celda').forEach(function (a) {
  a.addEventListener('click', function (e) {
    e.preventDefault();
    google.script.run.irACelda(a.dataset.hoja, a.dataset.celda);
  });
});
</script>`;

/**
 * Selects a problem's place: the cell (A1), the row ("1:1") or column ("A:B") range, or at least
 * its sheet. Unknown sheets or addresses are ignored: the sidebar may be older than the sheet.
 */
export function goToCell(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheetName: string, cell: string): void {
  const sheet = typeof sheetName === 'string' ? ss.getSheetByName(sheetName) : null;
  if (!sheet) return;
  sheet.activate();
  if (typeof cell === 'string' && /^[A-Z]{1,3}[1-9]\d{0,6}$/.test(cell)) sheet.getRange(cell).activate();
}
