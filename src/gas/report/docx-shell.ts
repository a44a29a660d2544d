/**
 * The report's Doc with «Página x de y» in its footer. Neither DocumentApp nor the Docs API can insert a
 * page-number field, but Drive's import can: a .docx uploaded with a Google Docs target mimeType is
 * converted, and Word's PAGE / NUMPAGES fields in a footer become Docs' page number and page count
 * (see docs/ARCHITECTURE.md, «The report as a controlled document»). So the Doc starts as a tiny
 * generated .docx — an empty body and that footer — converted in one Drive call; the body and the
 * header are then rendered through DocumentApp as before. Null when Drive refuses: the caller falls
 * back to DocumentApp.create, and the closing dialog asks the person to number the pages.
 */
import { PAGE_TEXT } from '../../core/messages/report';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** The parts of the shell: the minimum Word needs, plus the footer. */
function parts(): Record<string, string> {
  // «Página », field, « de », field: each text in its own run, each field a fldSimple with a cached result.
  const [before, rest] = PAGE_TEXT.pageOf('\u0000', '\u0001').split('\u0000');
  const [between, after] = rest.split('\u0001');
  const text = (t: string): string => (t ? `<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>` : '');
  const field = (instr: string): string => `<w:fldSimple w:instr=" ${instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
  return {
    '[Content_Types].xml':
      `${XML}<Types xmlns="${PKG}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`,
    '_rels/.rels':
      `${XML}<Relationships xmlns="${PKG}/relationships">` + `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml':
      `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body><w:p/>` +
      `<w:sectPr><w:footerReference w:type="default" r:id="rId1"/></w:sectPr></w:body></w:document>`,
    'word/_rels/document.xml.rels':
      `${XML}<Relationships xmlns="${PKG}/relationships">` + `<Relationship Id="rId1" Type="${R}/footer" Target="footer1.xml"/></Relationships>`,
    'word/footer1.xml':
      `${XML}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="right"/><w:rPr><w:sz w:val="16"/></w:rPr></w:pPr>` +
      `${text(before)}${field('PAGE')}${text(between)}${field('NUMPAGES')}${text(after)}</w:p></w:ftr>`,
  };
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The shell as a .docx blob: Utilities.zip of the parts, typed as Word so Drive converts it. */
export function docxShell(): GoogleAppsScript.Base.Blob {
  const blobs = Object.entries(parts()).map(([path, xml]) => Utilities.newBlob(xml, 'application/xml', path));
  return Utilities.zip(blobs, 'informe.docx').setContentType(DOCX_MIME);
}

/**
 * A new Google Doc named `name` in My Drive (the caller moves it with the rest), converted from the shell;
 * its ID, or null when the upload or the conversion failed.
 */
export function createNumberedDoc(name: string): string | null {
  try {
    if (typeof Drive === 'undefined' || !Drive) return null;
    const made = Drive.Files.create({ name, mimeType: GOOGLE_DOC_MIME }, docxShell(), { supportsAllDrives: true, fields: 'id' });
    return made.id ?? null;
  } catch (e) {
    console.warn(`The numbered shell could not be converted: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
