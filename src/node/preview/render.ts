/**
 * A workbook printed as LibreOffice prints it: soffice headless converts it to PDF (every visible
 * sheet with its own print settings, in a throwaway profile so a person's LibreOffice settings do
 * not count), pdftoppm makes one PNG per page where poppler is installed, and pdftohtml reads the
 * pages back (pdf-pages.ts).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDF_ZOOM, parsePdfXml, type PdfPage } from './pdf-pages';

const run = promisify(execFile);

/** A program on PATH, or null. */
export function onPath(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const p = path.join(dir, program);
    if (existsSync(p)) return p;
  }
  return null;
}

/** LibreOffice prints with the file's own settings; recalculation on load keeps the figures current. */
const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

const TIMEOUT_MS = Number(process.env.LO_TIMEOUT_MS ?? 180_000);

/** Converts `xlsx` to `<outDir>/<name>.pdf` with LibreOffice headless; returns the PDF's path. */
export async function workbookToPdf(soffice: string, xlsx: string, outDir: string): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'vista-previa-'));
  try {
    const profile = path.join(work, 'profile');
    await mkdir(path.join(profile, 'user'), { recursive: true });
    await writeFile(path.join(profile, 'user', 'registrymodifications.xcu'), PROFILE);
    const out = path.join(work, 'out');
    await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', out, xlsx], {
      timeout: TIMEOUT_MS,
    });
    const made = path.join(out, `${path.basename(xlsx, path.extname(xlsx))}.pdf`);
    if (!existsSync(made)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
    await mkdir(outDir, { recursive: true });
    const pdf = path.join(outDir, path.basename(made));
    await rename(made, pdf).catch(async () => {
      // Another device (tmp on its own file system): copy by rewriting.
      const { copyFile } = await import('node:fs/promises');
      await copyFile(made, pdf);
    });
    return pdf;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** One PNG per page (`<prefix>-01.png`…) at `dpi`; returns their paths, in page order. */
export async function pdfToPngs(pdftoppm: string, pdf: string, prefix: string, dpi = 80): Promise<string[]> {
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  for (const f of await readdir(dir)) if (f.startsWith(`${base}-`) && f.endsWith('.png')) await rm(path.join(dir, f));
  await run(pdftoppm, ['-r', String(dpi), '-png', pdf, prefix], { timeout: TIMEOUT_MS });
  return (await readdir(dir))
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** The PDF's pages as pdftohtml reads them (texts, places, font sizes). */
export async function readPdfPages(pdftohtml: string, pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run(pdftohtml, ['-xml', '-i', '-stdout', '-zoom', String(PDF_ZOOM), pdf], { timeout: TIMEOUT_MS, maxBuffer: 256 << 20 });
  return parsePdfXml(stdout);
}
