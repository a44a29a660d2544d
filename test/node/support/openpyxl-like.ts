import { writeZip } from './zip-parts';

export type SheetCell = string | number | { readonly date: number } | null;

function colName(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface SheetSpec {
  readonly name: string;
  /** Rows by 1-based row number; each row's cells by 1-based column (holes for empty cells). */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, SheetCell>>;
  readonly merges?: readonly string[];
  /** Hyperlinks by cell ("L2" → URL), written as external relationships. */
  readonly links?: Readonly<Record<string, string>>;
  /** Notes by cell, written as a comments part with an absolute part name. */
  readonly notes?: Readonly<Record<string, string>>;
}

/** Rows given as arrays (row 1 first) as a SheetSpec row map. */
export function rowsOf(rows: readonly (readonly SheetCell[])[]): Map<number, Map<number, SheetCell>> {
  return new Map(rows.map((r, i) => [i + 1, new Map(r.map((v, c) => [c + 1, v] as const).filter(([, v]) => v !== null))]));
}

/**
 * A workbook written the way openpyxl writes one: absolute part names in every relationship
 * (`/xl/worksheets/sheet1.xml`, `/xl/comments/comment1.xml`), inline strings for text, numFmtId 14
 * for dates, and a legacy VML drawing for the notes.
 */
export async function writeOpenpyxlLike(file: string, sheets: readonly SheetSpec[]): Promise<void> {
  const parts: Record<string, string> = {};
  const overrides: string[] = [];
  sheets.forEach((s, i) => {
    const n = i + 1;
    const rows = [...s.rows]
      .sort(([a], [b]) => a - b)
      .map(([r, cells]) => {
        const cs = [...cells]
          .sort(([a], [b]) => a - b)
          .map(([c, v]) => {
            const ref = `${colName(c)}${r}`;
            if (v === null) return '';
            if (typeof v === 'string') return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
            if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
            return `<c r="${ref}" s="1"><v>${v.date}</v></c>`;
          });
        return `<row r="${r}">${cs.join('')}</row>`;
      });
    const rels: string[] = [];
    const links = Object.entries(s.links ?? {});
    const hyperlinks = links.map(([ref], k) => `<hyperlink ref="${ref}" r:id="rIdLink${k + 1}"/>`);
    links.forEach(([, url], k) =>
      rels.push(
        `<Relationship Id="rIdLink${k + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(url)}" TargetMode="External"/>`,
      ),
    );
    const notes = Object.entries(s.notes ?? {});
    if (notes.length > 0) {
      parts[`xl/comments/comment${n}.xml`] =
        `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>openpyxl</author></authors><commentList>${notes.map(([ref, text]) => `<comment ref="${ref}" authorId="0"><text><t>${esc(text)}</t></text></comment>`).join('')}</commentList></comments>`;
      parts[`xl/drawings/commentsDrawing${n}.vml`] =
        '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"></xml>';
      rels.push(
        `<Relationship Id="comments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="/xl/comments/comment${n}.xml"/>`,
      );
      rels.push(
        `<Relationship Id="anysvml" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="/xl/drawings/commentsDrawing${n}.vml"/>`,
      );
      overrides.push(
        `<Override PartName="/xl/comments/comment${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
      );
    }
    const merges = s.merges?.length ? `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    parts[`xl/worksheets/sheet${n}.xml`] =
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheetData>${rows.join('')}</sheetData>${merges}${hyperlinks.length ? `<hyperlinks>${hyperlinks.join('')}</hyperlinks>` : ''}` +
      `${notes.length ? '<legacyDrawing r:id="anysvml"/>' : ''}</worksheet>`;
    if (rels.length)
      parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
  });
  parts['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${overrides.join('')}</Types>`;
  parts['_rels/.rels'] =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
  parts['xl/workbook.xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    `${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  parts['xl/_rels/workbook.xml.rels'] =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    `<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/></Relationships>`;
  parts['xl/styles.xml'] =
    '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill/></fill></fills><borders count="1"><border/></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>';
  await writeZip(file, parts);
}
