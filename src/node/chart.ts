/**
 * The Tablero's chart, which exceljs cannot write: a horizontal bar chart of compliance per
 * indicator as DrawingML parts added to the package (drawing, chart, relationships, content types).
 * The series refers to the Matriz cells, with their cached values so readers show it at once.
 */

export interface ChartSpec {
  /** The sheet that shows the chart. */
  readonly sheet: string;
  readonly title: string;
  readonly seriesName: string;
  /** Anchor: top-left and bottom-right cells, 0-based. */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
  /** e.g. Matriz!$A$2:$A$8 and the texts there. */
  readonly categories: { readonly ref: string; readonly values: readonly string[] };
  /** e.g. Matriz!$W$2:$W$8 and the numbers there (null: empty). */
  readonly values: { readonly ref: string; readonly values: readonly (number | null)[]; readonly format: string };
  readonly color: string;
  /** A colour per bar (e.g. its semáforo), in the order of the values; null or absent: `color`. */
  readonly pointColors?: readonly (string | null)[];
}

const NS = {
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';

export function xmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function drawingXml(spec: ChartSpec): string {
  const anchor = (tag: string, p: { col: number; row: number }): string =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${anchor('from', spec.from)}${anchor('to', spec.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

const fill = (color: string): string => `<c:spPr><a:solidFill><a:srgbClr val="${color.replace('#', '').toUpperCase()}"/></a:solidFill></c:spPr>`;

/** CT_DPt: one bar's own fill (after the series' invertIfNegative, before its categories). */
function pointsXml(colors: readonly (string | null)[] | undefined): string {
  return (colors ?? []).map((c, i) => (c === null ? '' : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/>${fill(c)}</c:dPt>`)).join('');
}

export function chartXml(spec: ChartSpec): string {
  const cats = spec.categories.values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('');
  const vals = spec.values.values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  const n = spec.categories.values.length;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlText(spec.seriesName)}</c:v></c:tx>` +
    `${fill(spec.color)}<c:invertIfNegative val="0"/>${pointsXml(spec.pointColors)}` +
    `<c:cat><c:strRef><c:f>${xmlText(spec.categories.ref)}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(spec.values.ref)}</c:f><c:numCache><c:formatCode>${xmlText(spec.values.format)}</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>` +
    '</c:ser><c:gapWidth val="60"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>' +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/>' +
    `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="${xmlText(spec.values.format)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/>` +
    '<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The chart's parts for the package (drawing, its relationships, chart) and their content types. */
export function chartParts(spec: ChartSpec, index: number): { files: { name: string; xml: string }[]; contentTypes: string } {
  const drawing = `xl/drawings/drawing${index}.xml`;
  const chart = `xl/charts/chart${index}.xml`;
  return {
    files: [
      { name: drawing, xml: drawingXml(spec) },
      {
        name: `xl/drawings/_rels/drawing${index}.xml.rels`,
        xml: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart${index}.xml"/></Relationships>`,
      },
      { name: chart, xml: chartXml(spec) },
    ],
    contentTypes: `<Override PartName="/${drawing}" ContentType="${CT_DRAWING}"/><Override PartName="/${chart}" ContentType="${CT_CHART}"/>`,
  };
}
