/**
 * npm run vista-previa: the workbook as it prints. Exports it (the export's own options) or takes one
 * (--libro), prints it to PDF with LibreOffice, makes PNG pages, and says per sheet how many pages it
 * prints and which pages a person could not read or would not want (text under 8 pt, empty, titles only).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { NO_SHEET, previewMsg } from '../../core/messages';
import { readArgs, type OptionSpec } from '../args';
import type { CommandIO } from '../export-command';
import { UsageError } from '../input-error';
import { pageReports, type PageReport } from './pdf-pages';
import { onPath, pdfToPngs, readPdfPages, workbookToPdf } from './render';

/** The smallest printed text a person reads on paper without effort. */
export const LEGIBLE_PT = 8;

const EXPORT_VALUES = ['entrada', 'corte', 'semestre', 'plantilla'] as const;
const EXPORT_FLAGS = ['forzar', 'grafico'] as const;

const OPTIONS: readonly OptionSpec[] = [
  { name: 'libro', short: 'l', takes: 'value' },
  { name: 'salida', short: 's', takes: 'value' },
  ...EXPORT_VALUES.map((name) => ({ name, takes: 'value' as const })),
  ...EXPORT_FLAGS.map((name) => ({ name })),
  { name: 'help', short: 'h' },
];

export interface PreviewResult {
  readonly pdf: string;
  readonly pngs: readonly string[];
  /** Null when poppler (pdftohtml) is not installed. */
  readonly pages: readonly PageReport[] | null;
}

/** The problems a person would see on paper, one line each (empty: every page is fine). */
export function pageProblems(pages: readonly PageReport[], floor = LEGIBLE_PT): string[] {
  const lines: string[] = [];
  for (const p of pages) {
    const sheet = p.sheet ?? NO_SHEET;
    if (p.smallestPt !== null && p.smallestPt < floor) lines.push(previewMsg.tooSmall(p.number, sheet, p.smallestPt, floor));
    if (p.empty) lines.push(previewMsg.emptyPage(p.number, sheet));
    if (p.headersOnly) lines.push(previewMsg.headersOnly(p.number, sheet));
    if (p.overlaps.length > 0) lines.push(previewMsg.overlapping(p.number, sheet, p.overlaps[0]));
  }
  return lines;
}

/** Each sheet's first-row texts (its column titles), for telling a page of titles only. */
async function firstRows(workbook: string): Promise<{ names: string[]; headers: Map<string, string[]> }> {
  const { readXlsxFile } = await import('../read-xlsx');
  const read = await readXlsxFile(workbook);
  const headers = new Map<string, string[]>();
  for (const [name, grid] of read.grids)
    headers.set(
      name,
      (grid[0] ?? []).filter((v): v is string => typeof v === 'string'),
    );
  return { names: [...read.grids.keys()], headers };
}

/** Prints `workbook` to `outDir`: the PDF, PNG pages where pdftoppm exists, and the page reports. */
export async function previewWorkbook(soffice: string, workbook: string, outDir: string): Promise<PreviewResult> {
  const pdf = await workbookToPdf(soffice, workbook, outDir);
  const pdftoppm = onPath('pdftoppm');
  const pdftohtml = onPath('pdftohtml');
  const pngs = pdftoppm ? await pdfToPngs(pdftoppm, pdf, pdf.replace(/\.pdf$/i, '')) : [];
  if (!pdftohtml) return { pdf, pngs, pages: null };
  const { names, headers } = await firstRows(workbook);
  return { pdf, pngs, pages: pageReports(await readPdfPages(pdftohtml, pdf), names, headers) };
}

function shown(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/** Page counts per sheet, in the order the sheets print. */
function perSheet(pages: readonly PageReport[]): string[] {
  const counts = new Map<string | null, { n: number; smallest: number | null }>();
  for (const p of pages) {
    const c = counts.get(p.sheet) ?? { n: 0, smallest: null };
    c.n++;
    if (p.smallestPt !== null) c.smallest = c.smallest === null ? p.smallestPt : Math.min(c.smallest, p.smallestPt);
    counts.set(p.sheet, c);
  }
  return [...counts].map(([sheet, c]) => (sheet === null ? previewMsg.unnamedPages(c.n) : previewMsg.sheetPages(sheet, c.n, c.smallest)));
}

/** The command: 0 printed, 1 could not print (no LibreOffice, no workbook, export failed), 2 wrong usage. */
export async function runPreview(argv: readonly string[], io: CommandIO): Promise<number> {
  let values: Partial<Record<string, string | true>>;
  try {
    const parsed = readArgs(argv, OPTIONS, previewMsg.unknownOption);
    if (parsed.positionals.length > 0) throw new UsageError(previewMsg.unexpectedArgument(parsed.positionals[0]));
    values = parsed.values;
    if (values.libro !== undefined && values.entrada !== undefined) throw new UsageError(previewMsg.libroAndEntrada());
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(previewMsg.usage(e.message));
      return 2;
    }
    throw e;
  }
  if (values.help === true) {
    io.out(previewMsg.help());
    return 0;
  }
  const soffice = onPath('soffice');
  if (!soffice) {
    io.err(previewMsg.noSoffice());
    return 1;
  }
  const outDir = path.resolve(io.cwd, typeof values.salida === 'string' ? values.salida : path.join('salida', 'vista-previa'));
  const { mkdir } = await import('node:fs/promises');
  await mkdir(outDir, { recursive: true });

  let workbook: string;
  if (typeof values.libro === 'string') {
    workbook = path.resolve(io.cwd, values.libro);
    if (!existsSync(workbook)) {
      io.err(previewMsg.libroNotFound(values.libro));
      return 1;
    }
  } else {
    // The export with the person's options, into the preview folder; it prints the file it wrote.
    const exportArgs: string[] = ['--salida', outDir];
    for (const name of EXPORT_VALUES) if (typeof values[name] === 'string') exportArgs.push(`--${name}`, values[name] as string);
    for (const name of EXPORT_FLAGS) if (values[name] === true) exportArgs.push(`--${name}`);
    const written: string[] = [];
    const { runExport } = await import('../export-command');
    const code = await runExport(exportArgs, { ...io, out: (line) => written.push(line) });
    if (code !== 0 || written.length === 0) return code === 0 ? 1 : code;
    workbook = path.resolve(io.cwd, written[written.length - 1]);
  }

  io.err(previewMsg.printing(shown(workbook, io.cwd)));
  let result: PreviewResult;
  try {
    result = await previewWorkbook(soffice, workbook, outDir);
  } catch (e) {
    io.err(previewMsg.failed(e instanceof Error ? e.message : String(e)));
    return 1;
  }
  if (result.pages) {
    io.out(previewMsg.sheetsHeader(result.pages.length));
    for (const line of perSheet(result.pages)) io.out(line);
    const problems = pageProblems(result.pages);
    for (const line of problems) io.out(line);
    if (problems.length === 0) io.out(previewMsg.allLegible(LEGIBLE_PT));
  } else {
    io.err(previewMsg.noPoppler());
  }
  io.out(previewMsg.written(shown(result.pdf, io.cwd), result.pngs.length, shown(outDir, io.cwd)));
  return 0;
}
