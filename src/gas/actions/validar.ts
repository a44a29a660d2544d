import { problemList, type ProblemGroup, type ProblemList, type SheetProblems } from '../../core/grid/problem-list';
import { columnNumber } from '../../core/tracker/a1';
import { shortPlace } from '../../core/messages/common';
import { uiText } from '../../core/messages/sheets';
import type { ActionContext } from '../action';
import { spreadsheetDates } from '../dates';
import { logFailure } from '../log';
import { readTracker } from '../read-tracker';
import { escapeHtml, page, scriptLiteral } from './html';

/** Cells shown as links before the rest fold under «Ver las N celdas». */
const CELLS_SHOWN = 12;

/** Sidebars are 300 px wide in Sheets (HtmlOutput.setWidth is ignored for them). */
export const SIDEBAR_WIDTH = 300;

/** Every problem the core finds, in a sidebar (it stays open while the person fixes cells). */
export function validar(ctx: ActionContext): string | void {
  const list = problemList(readTracker(ctx.ss).problems);
  if (list.problems.length === 0) return uiText.validateNone();
  const html = HtmlService.createHtmlOutput(problemsHtml(list)).setTitle(uiText.validateTitle());
  ctx.ui.showSidebar(html);
}

/** The whole sidebar: summary, «Volver a validar», the grouped list and its script. */
export function problemsHtml(list: ProblemList): string {
  // The button and the note stay on top: after fixing, the person refreshes without scrolling back.
  return page(
    `<button type="button" id="otraVez">${escapeHtml(uiText.validateAgain())}</button>` +
      `<p id="nota" role="status" aria-live="polite" class="caja"></p><div id="lista">${listHtml(list)}</div>${sidebarScript()}`,
    uiText.validateTitle(),
  );
}

/** The part «Volver a validar» replaces: the counts and the groups, by sheet. */
export function listHtml(list: ProblemList): string {
  if (list.problems.length === 0) return `<p class="caja ok">${escapeHtml(uiText.validateNowNone())}</p>`;
  const structural = list.structuralGroups;
  const intro = `<p>${escapeHtml(uiText.validateSummary(list.errors, list.avisos))}</p><p>${escapeHtml(uiText.validateHowToGo())}</p>`;
  const first = structural.length > 0 ? `<h2>${escapeHtml(uiText.validateStructural())}</h2>${structural.map(groupHtml).join('')}` : '';
  return intro + first + list.bySheet.map(sheetHtml).join('');
}

function sheetHtml(s: SheetProblems): string {
  const groups = s.groups.filter((g) => !g.structural);
  if (groups.length === 0) return '';
  return `<section><h2>${escapeHtml(uiText.validateSheet(s.sheet, s.errors, s.avisos))}</h2>${groups.map(groupHtml).join('')}</section>`;
}

/** One message: a line with its level, sheet and cells (links), then the message on its own. */
function groupHtml(g: ProblemGroup): string {
  const level = g.level === 'error' ? uiText.levelError() : uiText.levelAviso();
  // A missing sheet has no cell to go to: the message says to use Preparar.
  const cells = g.kind === 'missingSheet' ? '' : cellLinks(g);
  return (
    `<div class="caja ${g.level}"><p class="${g.level}"><strong>${escapeHtml(level)}</strong> · ${escapeHtml(g.sheet)}${cells}</p>` +
    `<p>${escapeHtml(g.message)}</p></div>`
  );
}

function cellLinks(g: ProblemGroup): string {
  const link = (cell: string): string =>
    `<a href="#" class="celda" data-hoja="${escapeHtml(g.sheet)}" data-celda="${escapeHtml(cell)}">${escapeHtml(shortPlace(cell))}</a>`;
  if (g.cells.length === 1) return ` · ${link(g.cells[0])}`;
  const shown = g.cells.slice(0, CELLS_SHOWN).map(link).join(' ');
  const rest =
    g.cells.length > CELLS_SHOWN
      ? ` <details><summary>${escapeHtml(uiText.validateAllCells(g.cells.length))}</summary>${g.cells.slice(CELLS_SHOWN).map(link).join(' ')}</details>`
      : '';
  return ` · ${escapeHtml(uiText.validateCells(g.cells.length))}:<br>${shown}${rest}`;
}

// Sheet and cell travel as data attributes, never spliced into script text. Every call has a
// failure handler (a lost connection, an expired session) and shows a note, in Spanish.
function sidebarScript(): string {
  return `<script>
var nota = document.getElementById('nota');
var lista = document.getElementById('lista');
var otraVez = document.getElementById('otraVez');
function mostrar(texto) { nota.textContent = texto || ''; }
function enlazar() {
  document.querySelectorAll('a.celda').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      mostrar('');
      google.script.run
        .withSuccessHandler(mostrar)
        .withFailureHandler(function () { mostrar(${scriptLiteral(uiText.goToCellFailed())}); })
        .irACelda(a.dataset.hoja, a.dataset.celda);
    });
  });
}
enlazar();
otraVez.addEventListener('click', function () {
  otraVez.disabled = true;
  mostrar(${scriptLiteral(uiText.validateChecking())});
  google.script.run
    .withSuccessHandler(function (r) { lista.innerHTML = r.html; enlazar(); otraVez.disabled = false; mostrar(r.nota); })
    .withFailureHandler(function () { otraVez.disabled = false; mostrar(${scriptLiteral(uiText.validateFailed())}); })
    .validarDeNuevo();
});
</script>`;
}

/** What «Volver a validar» receives: the new list (HTML, escaped here) and a note saying when. */
export interface Refreshed {
  readonly html: string;
  readonly nota: string;
}

/** The google.script.run target of «Volver a validar»: reads the tracker again; read-only, no lock. */
export function refreshProblems(): Refreshed {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const list = problemList(readTracker(ss).problems);
    const when = Utilities.formatDate(new Date(), spreadsheetDates(ss).timeZone, 'HH:mm');
    return { html: listHtml(list), nota: uiText.validateRefreshed(when) };
  } catch (e) {
    logFailure('validarDeNuevo', e);
    // The page's failure handler shows the Spanish note; the technical text stays in the log.
    throw new Error(uiText.validateFailed());
  }
}

/**
 * Selects a problem's place: the cell (A1), or at least its sheet. Returns a Spanish note for the
 * sidebar saying what was selected: the sidebar may be older than the sheet, so a sheet that is
 * gone or a cell beyond the sheet's edge is named, never thrown. Any other failure is logged.
 */
export function goToCell(sheetName: unknown, cell: unknown): string {
  try {
    if (typeof sheetName !== 'string' || typeof cell !== 'string') return uiText.goToCellFailed();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
    if (!sheet) return uiText.goToCellNoSheet(sheetName);
    sheet.activate();
    const a1 = /^([A-Z]{1,3})([1-9]\d{0,6})$/.exec(cell);
    if (!a1) return uiText.goToSheetDone(sheetName);
    const row = Number(a1[2]);
    const col = columnNumber(a1[1]);
    if (row > sheet.getMaxRows() || col > sheet.getMaxColumns()) return uiText.goToCellOutside(sheetName, cell);
    sheet.getRange(row, col).activate();
    return uiText.goToCellDone(sheetName, cell);
  } catch (e) {
    logFailure(`irACelda(${String(sheetName)}, ${String(cell)})`, e);
    return uiText.goToCellFailed();
  }
}
