import { createRequire } from 'node:module';
import type JSZip from 'jszip';
import { addChart, type ChartSpec } from './chart';

// JSZip is what exceljs itself zips with: take exceljs's own copy rather than a dependency of ours.
const jszip = createRequire(require.resolve('exceljs'))('jszip') as typeof JSZip;

/**
 * exceljs writes a worksheet's <legacyDrawing> (the header notes) after <extLst> (the data bar),
 * which the schema forbids and Excel "repairs". Moves it where CT_Worksheet wants it.
 */
export function fixSheetXml(xml: string): string {
  const drawing = /<legacyDrawing\b[^>]*\/>/.exec(xml);
  const ext = xml.lastIndexOf('<extLst>'); // the worksheet's own, after any cfRule's
  if (!drawing || ext < 0 || drawing.index < ext) return xml;
  const without = xml.slice(0, drawing.index) + xml.slice(drawing.index + drawing[0].length);
  return without.slice(0, ext) + drawing[0] + without.slice(ext);
}

/**
 * exceljs marks text with edge spaces as <t xml:space="preserve">, an attribute the schema does
 * not allow on <t> (ST_Xstring); readers keep the spaces without it (checked with LibreOffice).
 */
export function fixSharedStrings(xml: string): string {
  return xml.replace(/<t xml:space="preserve">/g, '<t>');
}

/** Applies the fixes (and adds the charts) to a written package; parts that need none keep their compressed bytes. */
export async function fixPackage(buffer: Buffer | ArrayBuffer, charts: readonly ChartSpec[] = []): Promise<Buffer> {
  const zip = await jszip.loadAsync(buffer);
  let changed = false;
  for (const [i, chart] of charts.entries()) {
    await addChart(zip, chart, i + 1);
    changed = true;
  }
  for (const name of Object.keys(zip.files)) {
    const fix = /^xl\/worksheets\/sheet\d+\.xml$/.test(name) ? fixSheetXml : name === 'xl/sharedStrings.xml' ? fixSharedStrings : null;
    const file = zip.file(name);
    if (!fix || !file) continue;
    const xml = await file.async('string');
    const fixed = fix(xml);
    if (fixed !== xml) {
      zip.file(name, fixed);
      changed = true;
    }
  }
  if (!changed) return Buffer.from(buffer as ArrayBuffer);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
