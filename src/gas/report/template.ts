/**
 * Fills a copy of the municipality's own Google Doc template: the document-wide {{marcadores}}
 * with replaceText (one call per marker and section), and the repeated action table — the first
 * table with a row holding action markers gets one copy of that row per indicator.
 */
import { fillMarkers, isActionMarker, markerPattern, markersIn } from '../../core/report/markers';
import type { ReportModel } from '../../core/report/model';
import { FILL } from '../../core/tracker/matriz';
import { ESTADO, SEMAFORO } from '../../core/tracker/names';
import type { HighlightFill } from '../../core/tracker/types';

type Document = GoogleAppsScript.Document.Document;
type Table = GoogleAppsScript.Document.Table;

export interface TemplateResult {
  /** False when the template holds no marker at all: the caller appends the report instead. */
  readonly markersFound: boolean;
  /** Markers the template holds that the report does not know (left as they are). */
  readonly unknown: readonly string[];
}

const FILL_OF: Readonly<Record<string, HighlightFill>> = {
  [ESTADO.vencida]: FILL.red,
  [ESTADO.porVencer]: FILL.amber,
  [ESTADO.alDia]: FILL.green,
  [SEMAFORO.rojo]: FILL.red,
  [SEMAFORO.amarillo]: FILL.amber,
  [SEMAFORO.verde]: FILL.green,
};

type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

export function fillTemplate(doc: Document, model: ReportModel): TemplateResult {
  const body = doc.getBody();
  const sections: Section[] = [body];
  const header = doc.getHeader();
  const footer = doc.getFooter();
  if (header) sections.push(header);
  if (footer) sections.push(footer);
  const texts = sections.map((s) => s.getText());
  const found = markersIn(texts.join('\n'));
  if (found.length === 0) return { markersFound: false, unknown: [] };

  if (found.some(isActionMarker)) fillActionTable(body, model);
  const known = found.filter((name) => name in model.markers);
  for (const s of sections) {
    for (const name of known) s.replaceText(markerPattern(name), replacementText(model.markers[name] ?? ''));
  }
  const unknown = found.filter((name) => !(name in model.markers) && !isActionMarker(name));
  return { markersFound: true, unknown };
}

/**
 * replaceText reads its replacement the way Java does: `$1` is a group and `\` escapes, so a name
 * like «Fondo $ Rotatorio» or a path with `\` would fail or change. Both are escaped to stay literal.
 */
export function replacementText(text: string): string {
  return text.replace(/[\\$]/g, '\\$&');
}

function fillActionTable(body: GoogleAppsScript.Document.Body, model: ReportModel): void {
  const tables = body.getTables();
  for (const t of tables) {
    const at = actionRowIndex(t);
    if (at === null) continue;
    const template = t.getRow(at);
    const cells = template.getNumCells();
    const cellTexts: string[] = [];
    for (let c = 0; c < cells; c++) cellTexts.push(template.getCell(c).getText());
    model.actionRows.forEach((values, i) => {
      const row = t.insertTableRow(at + 1 + i, template.copy());
      cellTexts.forEach((text, c) => {
        if (!/\{\{/.test(text)) return;
        const cell = row.getCell(c);
        const filled = fillMarkers(text, values);
        cell.setText(filled);
        const fill = FILL_OF[filled.trim()];
        if (fill) cell.setBackgroundColor(fill.background);
      });
    });
    t.removeRow(at);
    return;
  }
}

function actionRowIndex(t: Table): number | null {
  const rows = t.getNumRows();
  for (let r = 0; r < rows; r++) {
    if (markersIn(t.getRow(r).getText()).some(isActionMarker)) return r;
  }
  return null;
}
