/**
 * What a printed page shows, read from poppler's `pdftohtml -xml` of the PDF LibreOffice made: each
 * page's text pieces with their place and font size. From them: which sheet a page belongs to (the
 * sheet name the print header carries at its right), the smallest text on it, and whether it has
 * anything beyond the sheet's header row.
 */

/** pdftohtml's zoom: coordinates and font sizes come in units of 1/ZOOM point (3 is its largest). */
export const PDF_ZOOM = 3;

export interface PdfText {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
  /** Font size in points, as printed (after the sheet's print scale). */
  readonly size: number;
  readonly text: string;
}

export interface PdfPage {
  readonly number: number;
  /** Page height in points. */
  readonly height: number;
  readonly texts: readonly PdfText[];
}

const decode = (s: string): string =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');

const attr = (tag: string, name: string): number => Number(new RegExp(`\\b${name}="(-?[\\d.]+)"`).exec(tag)?.[1] ?? NaN);

/** The pages of `pdftohtml -xml -zoom 3` output (font ids are shared across pages, as pdftohtml numbers them). */
export function parsePdfXml(xml: string): PdfPage[] {
  const fontSize = new Map<string, number>();
  const pages: PdfPage[] = [];
  let current: { number: number; height: number; texts: PdfText[] } | null = null;
  const token = /<page\b[^>]*>|<fontspec\b[^>]*\/>|<text\b([^>]*)>([\s\S]*?)<\/text>/g;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    const tag = m[0];
    if (tag.startsWith('<page')) {
      current = { number: attr(tag, 'number'), height: attr(tag, 'height') / PDF_ZOOM, texts: [] };
      pages.push(current);
    } else if (tag.startsWith('<fontspec')) {
      const id = /\bid="([^"]+)"/.exec(tag)?.[1];
      if (id !== undefined) fontSize.set(id, attr(tag, 'size') / PDF_ZOOM);
    } else if (current) {
      const head = m[1];
      const text = decode(m[2]).trim();
      if (text === '') continue;
      const font = /\bfont="([^"]+)"/.exec(head)?.[1] ?? '';
      current.texts.push({
        top: attr(head, 'top') / PDF_ZOOM,
        left: attr(head, 'left') / PDF_ZOOM,
        width: attr(head, 'width') / PDF_ZOOM,
        height: attr(head, 'height') / PDF_ZOOM,
        size: fontSize.get(font) ?? NaN,
        text,
      });
    }
  }
  return pages;
}

/** Where the sheet's own cells print: below the print header, above the footer (printSetup's margins). */
const BODY_TOP_PT = 0.55 * 72;
const BODY_BOTTOM_MARGIN_PT = 0.5 * 72;

export interface PageReport {
  readonly number: number;
  /** The sheet named in the page's print header, or null when the header names none. */
  readonly sheet: string | null;
  /** The smallest text on the page, in points; null on a page without text. */
  readonly smallestPt: number | null;
  /** Nothing printed between header and footer. */
  readonly empty: boolean;
  /** Only the sheet's header row (its column titles) between header and footer. */
  readonly headersOnly: boolean;
  /** Pairs of text pieces printed over each other (a row too short for its wrapped text). */
  readonly overlaps: readonly [string, string][];
}

/**
 * Text pieces printed on top of each other: their boxes share a quarter of the narrower one's width
 * and more than half of the shorter one's height (consecutive lines of one wrapped cell share only their leading).
 */
export function overlappingTexts(texts: readonly PdfText[]): [string, string][] {
  const sorted = [...texts].sort((a, b) => a.top - b.top);
  const found: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    for (let j = i + 1; j < sorted.length && sorted[j].top < a.top + a.height; j++) {
      const b = sorted[j];
      const shared = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
      // Neighbouring cells of a full column touch sideways; text over text shares a good part of its width.
      const across = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
      const sideways = across > Math.min(a.width, b.width) / 4;
      if (sideways && shared > Math.min(a.height, b.height) / 2) found.push([a.text, b.text]);
    }
  }
  return found;
}

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');

/**
 * Each page's sheet, smallest text and emptiness. `headerTexts` are each sheet's first-row texts
 * (its column titles): a page whose body has only their words printed the titles and nothing else.
 */
export function pageReports(pages: readonly PdfPage[], sheetNames: readonly string[], headerTexts: ReadonlyMap<string, readonly string[]>): PageReport[] {
  return pages.map((p) => {
    const isBody = (t: PdfText): boolean => t.top >= BODY_TOP_PT && t.top + t.height <= p.height - BODY_BOTTOM_MARGIN_PT;
    const band = p.texts.filter((t) => !isBody(t) && t.top < BODY_TOP_PT);
    const sheet = sheetNames.find((n) => band.some((t) => t.text === n)) ?? null;
    const body = p.texts.filter(isBody);
    const titleWords = new Set((sheet ? (headerTexts.get(sheet) ?? []) : []).flatMap(words));
    const sizes = p.texts.map((t) => t.size).filter((s) => Number.isFinite(s));
    return {
      number: p.number,
      sheet,
      smallestPt: sizes.length ? Math.min(...sizes) : null,
      empty: body.length === 0,
      headersOnly: body.length > 0 && titleWords.size > 0 && body.every((t) => words(t.text).every((w) => titleWords.has(w))),
      overlaps: overlappingTexts(p.texts),
    };
  });
}
