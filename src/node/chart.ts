/**
 * The compliance chart, which exceljs cannot write, as DrawingML parts added to the package (drawing,
 * chart, relationships, content types): columns per indicator in one series per semáforo (clustered
 * with full overlap, so each indicator's one value makes one bar of its semáforo's colour), value
 * labels, and threshold lines (a line chart on the same axes). Every series refers to the Tablero's
 * chart data, with the cached values so readers that do not recalculate show it at once.
 */

import { TRACKER_FONT } from '../core/tracker/styles';

export interface ChartSeriesSpec {
  readonly name: string;
  /** e.g. Tablero!$B$31:$B$37 and the numbers there (null: #N/A or empty, no point). */
  readonly ref: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  readonly kind: 'bar' | 'line';
  /** A bar series: a colour per bar (e.g. each municipality's semáforo), in the order of the values; null: `color`. */
  readonly pointColors?: readonly (string | null)[];
}

export interface ChartSpec {
  /** The sheet that shows the chart. */
  readonly sheet: string;
  readonly title: string;
  /** Anchor: top-left and bottom-right cells, 0-based. */
  readonly from: { readonly col: number; readonly row: number };
  readonly to: { readonly col: number; readonly row: number };
  /** e.g. Tablero!$A$31:$A$37 and the texts there. */
  readonly categories: { readonly ref: string; readonly values: readonly string[] };
  readonly series: readonly ChartSeriesSpec[];
  /** Number format of the values (axis and labels). */
  readonly format: string;
  /** Bars drawn across, first category on top (a ranking); default: columns. */
  readonly horizontal?: boolean;
}

/** The Tablero's chart placed at a cell of the Informe (0-based), over the same Tablero chart data. */
export type InformeChart = (at: { col: number; row: number }) => ChartSpec | null;

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

const rgb = (hex: string): string => `<a:srgbClr val="${hex.replace('#', '').toUpperCase()}"/>`;

/** Text properties: size in hundredths of a point. */
/** The sheets' one typeface (LibreOffice would otherwise draw chart text in its own default). */
const LATIN = `<a:latin typeface="${TRACKER_FONT.family}"/>`;
const txPr = (size: number, bold = false): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">${LATIN}</a:defRPr></a:pPr><a:endParaRPr lang="es-CO"/></a:p></c:txPr>`;
/** The value axis: no label at its origin (a bare "0 %" reads as a rounded figure). */
const AXIS_FORMAT = '0%;-0%;""';

function seriesXml(spec: ChartSpec, s: ChartSeriesSpec, i: number): string {
  const n = spec.categories.values.length;
  const cats = spec.categories.values.map((v, j) => `<c:pt idx="${j}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('');
  const vals = s.values.map((v, j) => (v === null ? '' : `<c:pt idx="${j}"><c:v>${v}</c:v></c:pt>`)).join('');
  const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlText(s.name)}</c:v></c:tx>`;
  const data =
    `<c:cat><c:strRef><c:f>${xmlText(spec.categories.ref)}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(s.ref)}</c:f><c:numCache><c:formatCode>${xmlText(spec.format)}</c:formatCode><c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val>`;
  if (s.kind === 'line') {
    return (
      `<c:ser>${head}<c:spPr><a:ln w="22225"><a:solidFill>${rgb(s.color)}</a:solidFill><a:prstDash val="dash"/></a:ln></c:spPr>` +
      `<c:marker><c:symbol val="none"/></c:marker>${data}<c:smooth val="0"/></c:ser>`
    );
  }
  const labels =
    `<c:dLbls><c:numFmt formatCode="${xmlText(spec.format)}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr(1000, true)}` +
    '<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>';
  return `<c:ser>${head}<c:spPr><a:solidFill>${rgb(s.color)}</a:solidFill></c:spPr><c:invertIfNegative val="0"/>${pointsXml(s.pointColors)}${labels}${data}</c:ser>`;
}

/** CT_DPt: one bar's own fill (after the series' invertIfNegative, before its labels). */
function pointsXml(colors: readonly (string | null)[] | undefined): string {
  return (colors ?? [])
    .map((c, j) => (c === null ? '' : `<c:dPt><c:idx val="${j}"/><c:invertIfNegative val="0"/><c:spPr><a:solidFill>${rgb(c)}</a:solidFill></c:spPr></c:dPt>`))
    .join('');
}

export function chartXml(spec: ChartSpec): string {
  const indexed = spec.series.map((s, i) => ({ s, i }));
  const bars = indexed
    .filter((x) => x.s.kind === 'bar')
    .map((x) => seriesXml(spec, x.s, x.i))
    .join('');
  const lines = indexed
    .filter((x) => x.s.kind === 'line')
    .map((x) => seriesXml(spec, x.s, x.i))
    .join('');
  const axes = '<c:axId val="1001"/><c:axId val="1002"/>';
  const across = spec.horizontal === true;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1">${LATIN}</a:defRPr></a:pPr><a:r><a:rPr lang="es-CO" sz="1200" b="1">${LATIN}</a:rPr><a:t>${xmlText(spec.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="${across ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${bars}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>` +
    (lines ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>` : '') +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="${across ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${across ? 'l' : 'b'}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="low"/>${txPr(1000)}<c:crossAx val="1002"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="1.1"/><c:min val="0"/></c:scaling><c:delete val="0"/>' +
    `<c:axPos val="${across ? 'b' : 'l'}"/><c:majorGridlines><c:spPr><a:ln><a:solidFill>${rgb('#D9D9D9')}</a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlText(AXIS_FORMAT)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/>${txPr(1000)}` +
    '<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>' +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/>${txPr(1000)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
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
