/**
 * «Generar informe semestral…»: asks for the semester, reads the tracker, builds the report
 * model, renders it into a new Google Doc (or a copy of the entity's template), saves a PDF
 * beside it and shows both links — all or nothing (see ReportRun). The spreadsheet's cells are
 * never written.
 */
import { semesterLabel, type Semester } from '../../core/calendar';
import { buildReport } from '../../core/report/build';
import { rmsg } from '../../core/messages/report';
import { reportBlocks, type ReportModel } from '../../core/report/model';
import { renderReportHtml } from '../../core/report/html/render';
import { reportInput, reportSemester } from '../../core/report/input';
import { parseSemesterInput } from '../../core/report/semester';
import { runAction, UserError, type ActionContext, type AskContext, type Asked } from '../action';
import { spreadsheetDates } from '../dates';
import { tableroChart } from '../prepare/tablero-chart';
import { readSettings, readTracker } from '../read-tracker';
import { showDone } from './dialog';
import { chooseFolder, filesNamed, finish, saveBlob, trash, type Place } from './drive';
import { applyPrintLayout } from './docs-layout';
import { createNumberedDoc } from './docx-shell';
import { renderBlocks, renderPageHeader, type RenderOptions } from './render';
import { fillTemplate } from './template';
import { copyTemplate } from './template-copy';
import { currentUser, nextVersion, recordVersion } from './versions';

type Document = GoogleAppsScript.Document.Document;

/** Margins of 2 cm, in points. */
const MARGIN_PT = 57;

export function generarInformeSemestral(): void {
  // The semester is asked before the lock is taken; any failure, the prompt's included, is Spanish.
  runAction(rmsg.askSemesterTitle, generate, askSemester);
}

function askSemester(ctx: AskContext): Asked<Semester> {
  // The semester of the calculation date (Configuración's reference date, or today), as the export proposes.
  const { settings, today } = readSettings(ctx.ss);
  const proposed = reportSemester(settings, today);
  const answer = ctx.ui.prompt(rmsg.askSemesterTitle, rmsg.askSemester(semesterLabel(proposed)), ctx.ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ctx.ui.Button.OK) return { message: '' };
  const typed = answer.getResponseText().trim();
  const semester = typed ? parseSemesterInput(typed) : proposed;
  if (!semester) return { message: rmsg.badSemester(typed) };
  return { answer: semester };
}

function generate(ctx: ActionContext, semester: Semester): void {
  const label = semesterLabel(semester);
  ctx.progress(rmsg.progress(label));
  const data = readTracker(ctx.ss);
  const model = buildReport(reportInput(data, semester, data.today, 'sheets'));
  const { version, previous } = nextVersion(label);
  const name = rmsg.fileName(model.meta.fileNameBase, version);
  const lines: string[] = [];
  if (version > 1) lines.push(rmsg.versionDialog(version, label));

  const place = chooseFolder(data.settings.carpetaInforme, ctx.ss.getId());
  if (place.notFound !== null) lines.push(rmsg.folderNotFound(place.notFound));
  if (place.created && place.folderName) lines.push(rmsg.folderCreated(place.folderName));
  const opts: RenderOptions = {
    chartImage: tableroChartImage(ctx.ss),
    afterHeader: previous ? rmsg.versionNote(version, rmsg.previousBy(previous.at, previous.by)) : undefined,
  };

  // All or nothing: the Doc is built under a draft name and gets its final name, its folder and its
  // version only once the PDF is saved; a failure on the way sends what was made to the trash.
  const run = new ReportRun(name);
  try {
    const draft = rmsg.draftName(name);
    // Whether the Doc's footer carries «Página x de y» (a template's own header/footer is the entity's business).
    const numbered = { pages: false };
    const doc = fromTemplate(data.settings.plantillaInforme, draft, model, opts, lines, run) ?? freshDocument(draft, model, opts, run, numbered);
    const docId = run.docId ?? doc.getId();
    doc.saveAndClose();
    // Table headers repeated on each page, headings kept with what follows (Docs API; a failure leaves the report whole).
    if (!applyPrintLayout(docId)) lines.push(rmsg.layoutFailed());
    // The PDF from the saved Doc (documents scope; Drive is not needed to export it).
    const blob = DocumentApp.openById(docId).getAs('application/pdf').setName(`${name}.pdf`);
    const pdf = saveBlob(place, `${name}.pdf`, blob);
    run.made(pdf.id);
    // The same model as a self-contained web page for the municipality's site, beside the PDF.
    const page = Utilities.newBlob(renderReportHtml(model), 'text/html', `${name}.html`);
    const web = saveBlob(place, `${name}.html`, page);
    run.made(web.id);
    finish(docId, place, name);
    lines.push(savedWhere(place));

    const dates = spreadsheetDates(ctx.ss);
    const at = Utilities.formatDate(new Date(), dates.timeZone, 'dd/MM/yyyy HH:mm');
    const by = currentUser();
    recordVersion(label, { version, at, by, docId });
    console.log(rmsg.logLine(label, version, by, at));
    run.done();
    showDone(ctx.ui, {
      label,
      semester,
      docUrl: `https://docs.google.com/document/d/${docId}/edit`,
      pdfUrl: pdf.url,
      webUrl: web.url,
      lines,
      missing: model.missing,
      fechaCalculo: model.meta.fechaCorte,
      fromReference: data.settings.fechaReferencia !== null,
      pageNumbers: numbered.pages,
    });
  } catch (e) {
    // Only the closing dialog failed: the report is complete and recorded; say so without the links.
    if (run.finished) throw new UserError(rmsg.doneWithoutDialog(label, version, name));
    console.error(`Report ${label} version ${version} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    throw new UserError(rmsg.reportFailed(label, version, run.cleanUp(), rmsg.failedDraftName(name)));
  }
}

function savedWhere(place: Place): string {
  if (place.folderName) return rmsg.savedIn(place.folderName);
  return place.sheetFolderUnreachable ? rmsg.sheetFolderUnreachable() : rmsg.savedInRoot();
}

/**
 * What one generation created, so that a failure leaves nothing behind under the final name: each
 * file goes to the trash (drive.file reaches what the add-on made); a Doc Drive would not trash is
 * renamed as an incomplete draft through DocumentApp instead.
 */
class ReportRun {
  docId: string | null = null;
  private readonly files: string[] = [];
  finished = false;
  constructor(private readonly name: string) {}

  /** The Doc (first) or another file this run created. */
  made(id: string): void {
    if (this.docId === null) this.docId = id;
    else this.files.push(id);
  }

  done(): void {
    this.finished = true;
  }

  cleanUp(): 'nothing' | 'trashed' | 'draft' {
    // A Doc whose ID never came back (the call after DocumentApp.create failed) is found by its draft name.
    if (this.docId === null) for (const id of filesNamed(rmsg.draftName(this.name))) this.made(id);
    if (this.docId === null && this.files.length === 0) return 'nothing';
    let left: 'trashed' | 'draft' = 'trashed';
    for (const id of this.files) trash(id);
    if (this.docId !== null && !trash(this.docId)) {
      try {
        DocumentApp.openById(this.docId).setName(rmsg.failedDraftName(this.name));
      } catch {
        // Neither Drive nor Docs answers: the Doc keeps its draft name, never the final one.
      }
      left = 'draft';
    }
    return left;
  }
}

/** A new Doc: converted from the numbered shell when Drive allows it, else DocumentApp's (pages left to number by hand). */
function freshDocument(name: string, model: ReportModel, opts: RenderOptions, run: ReportRun, numbered: { pages: boolean }): Document {
  const shellId = createNumberedDoc(name);
  if (shellId !== null) run.made(shellId);
  const doc = shellId !== null ? DocumentApp.openById(shellId) : DocumentApp.create(name);
  if (shellId === null) run.made(doc.getId());
  numbered.pages = shellId !== null;
  const body = doc.getBody();
  body.setMarginLeft(MARGIN_PT).setMarginRight(MARGIN_PT).setMarginTop(MARGIN_PT).setMarginBottom(MARGIN_PT);
  renderPageHeader(doc, model.pageHeader);
  renderBlocks(body, reportBlocks(model), opts);
  dropLeadingEmptyParagraph(body);
  return doc;
}

/** A copy of the entity's template, filled; null (and a line saying why) when there is none to use. */
function fromTemplate(configured: string, name: string, model: ReportModel, opts: RenderOptions, lines: string[], run: ReportRun): Document | null {
  if (!configured.trim()) return null;
  const copy = copyTemplate(configured, name, (id) => run.made(id));
  if (!copy) {
    lines.push(rmsg.templateNotFound(configured.trim()));
    return null;
  }
  const doc = copy.doc;
  if (copy.skipped.length > 0) lines.push(rmsg.templateElementsSkipped(copy.skipped));
  const result = fillTemplate(doc, model);
  if (!result.markersFound) {
    lines.push(rmsg.templateNoMarkers());
    renderBlocks(doc.getBody(), reportBlocks(model), opts);
  } else {
    lines.push(rmsg.templateUsed());
    if (result.unknown.length > 0) lines.push(rmsg.templateUnknownMarkers(result.unknown));
  }
  return doc;
}

/** DocumentApp.create leaves one empty paragraph at the top; the report starts right there. */
function dropLeadingEmptyParagraph(body: GoogleAppsScript.Document.Body): void {
  try {
    const first = body.getChild(0);
    if (first.getType() === DocumentApp.ElementType.PARAGRAPH && first.asParagraph().getText() === '') body.removeChild(first);
  } catch {
    // Nothing to drop, or a host that does not allow it: an empty first line is harmless.
  }
}

/** The Tablero's compliance chart as an image, when the add-on has one there (never a person's chart). */
function tableroChartImage(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): GoogleAppsScript.Base.Blob | null {
  try {
    return tableroChart(ss)?.getBlob() ?? null;
  } catch {
    return null;
  }
}
