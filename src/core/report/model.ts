/**
 * The semester report as data: a list of sections made of host-neutral blocks. The Apps Script
 * host renders it to a Google Doc (+ PDF); the Node host renders the same model to the workbook's
 * «Informe» sheet. Every text here is final (Spanish, dates dd/mm/aaaa, "85 %"); numbers that a
 * spreadsheet may want to keep as numbers also travel raw in TableCell.value.
 *
 * Stability: types here are shared with the Excel renderer. Add fields; do not rename or remove.
 */
import type { Summary } from '../summary';
import type { DaySerial, Semester } from '../calendar';
import type { Semaforo } from '../tracker/names';
import type { HighlightFill } from '../tracker/types';

/** A piece of text with its emphasis. */
export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** A URL the text links to (evidence links, the spreadsheet…). */
  readonly link?: string;
}

/** Level 1 = the report's title; 2 = a section; 3 = a subsection. */
export type HeadingLevel = 1 | 2 | 3;

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: HeadingLevel;
  readonly text: string;
}

export type ParagraphStyle = 'normal' | 'subtitle' | 'note';

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly runs: readonly TextRun[];
  /** subtitle: the lines under the title; note: a smaller remark (e.g. what is missing). */
  readonly style?: ParagraphStyle;
  readonly align?: 'left' | 'center';
}

export interface ListBlock {
  readonly kind: 'list';
  readonly ordered: boolean;
  readonly items: readonly string[];
}

/** How a cell's raw value is kind of number (for hosts that keep numbers as numbers). */
export type CellValueFormat = 'text' | 'integer' | 'percent' | 'date';

export interface TableCell {
  /** What every host shows: already formatted ("85 %", "31/12/2025", "—"). */
  readonly text: string;
  readonly bold?: boolean;
  /** Estado/semáforo colour, one of the tracker's FILL colours (src/core/tracker/matriz.ts). */
  readonly fill?: HighlightFill;
  /** The raw number behind `text` (fraction for percent, serial for date); absent for text. */
  readonly value?: number;
  readonly format?: CellValueFormat;
  readonly link?: string;
  readonly align?: 'left' | 'center' | 'right';
}

export interface TableBlock {
  readonly kind: 'table';
  /** Stable name of the table (see TableId), so a host or a test can find it. */
  readonly id: TableId;
  readonly header: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
  /** Relative column widths (any unit; hosts scale them to the page). */
  readonly widths?: readonly number[];
  /** Shown instead of an empty table body when rows is empty. */
  readonly emptyText?: string;
}

/**
 * A bar chart's data: one bar per category, values as fractions (0.85 = 85 %), null = no data.
 * A host may draw it, insert an existing chart's image (the Tablero's) or show it as a table.
 */
export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  readonly seriesName: string;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
  /** Each bar's semáforo (same order as categories), so a host can colour and label the bars. */
  readonly semaforos?: readonly Semaforo[];
  /** Configuración's thresholds (fractions), drawn as lines where a host can. */
  readonly thresholds?: { readonly rojo: number; readonly amarillo: number };
}

export interface Signer {
  /** «Elaboró», «Revisó», «Aprobó». */
  readonly role: string;
  /** The signer's position (Configuración), '' when none is set. */
  readonly cargo?: string;
  /** '' when Configuración has no name: the host leaves a blank line to sign and write it. */
  readonly name: string;
}

export interface SignatureBlock {
  readonly kind: 'signatures';
  readonly signers: readonly Signer[];
}

export interface PageBreakBlock {
  readonly kind: 'pageBreak';
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock | ChartBlock | SignatureBlock | PageBreakBlock;

export type SectionId =
  | 'encabezado'
  | 'objetivo'
  | 'alcance'
  | 'normatividad'
  | 'resumen'
  | 'seguimiento'
  | 'alertas'
  | 'responsables'
  | 'fases'
  | 'evolucion'
  | 'conclusiones'
  | 'observaciones'
  | 'firmas';

export type TableId =
  'control' | 'resumen-estado' | 'resumen-semaforo' | 'seguimiento' | 'alertas' | 'responsables' | 'fases' | 'evolucion' | 'revision' | 'observaciones';

/** A section: its blocks include its own heading (the encabezado's include the report's title, level 1). */
export interface ReportSection {
  readonly id: SectionId;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface ReportMeta {
  /** "Informe de seguimiento semestral — Plan de Acción de Gobierno en Línea" */
  readonly title: string;
  readonly entidad: string;
  readonly municipio: string;
  readonly departamento: string;
  readonly semester: Semester;
  /** "2025-II" */
  readonly semesterLabel: string;
  /** First and last day of the semester. */
  readonly periodStart: DaySerial;
  readonly periodEnd: DaySerial;
  /** The date statuses are computed at (Configuración's reference date, or the chosen corte). */
  readonly fechaCorte: DaySerial;
  readonly fechaEmision: DaySerial;
  /** "Informe seguimiento GEL-T 2025-II — Alcaldía Municipal de Valle de San Juan" (no extension). */
  readonly fileNameBase: string;
  /** Which host the model is for: words about one host's menu are said only there. */
  readonly host: ReportHost;
}

/** 'sheets': the Google Doc made from the spreadsheet; 'offline': the exported workbook and its web page. */
export type ReportHost = 'sheets' | 'offline';

/**
 * What a printed page of the report repeats at its top (a controlled document's block): texts are
 * final; the page number is the host's (PAGE_TEXT.pageOf with the host's own page fields).
 */
export interface PageHeader {
  readonly entidad: string;
  readonly title: string;
  /** «Proceso: Evaluación independiente» */
  readonly proceso: string;
  /** «Código: EI-F-03» or «Código: Sin código» */
  readonly codigo: string;
  /** «Versión: 1» */
  readonly version: string;
  /** «Fecha: 31/12/2025» (the emission date) */
  readonly fecha: string;
}

/** The figures of the resumen, as numbers, for hosts and template markers. */
/** The report's figures: the core's one summary (../summary.ts), the same the Tablero shows. */
export type ReportSummary = Summary;

/** The repeated action table of a user template: one record of marker → text per indicator. */
export interface ActionMarkerRow {
  readonly [marker: string]: string;
}

export interface ReportModel {
  readonly meta: ReportMeta;
  readonly summary: ReportSummary;
  readonly sections: readonly ReportSection[];
  /** Sentences saying what is missing in the plan or the settings (also shown in the report). */
  readonly missing: readonly string[];
  /** Values of the {{marcadores}} of a user template, marker name (without braces) → text. */
  readonly markers: Readonly<Record<string, string>>;
  /** Rows for the template's repeated action table ({{id}}, {{accion}}…), one per indicator. */
  readonly actionRows: readonly ActionMarkerRow[];
  /** The block every printed page repeats (controlled document). */
  readonly pageHeader: PageHeader;
}

/** All blocks in reading order. */
export function reportBlocks(model: ReportModel): Block[] {
  return model.sections.flatMap((s) => [...s.blocks]);
}

export function findSection(model: ReportModel, id: SectionId): ReportSection | undefined {
  return model.sections.find((s) => s.id === id);
}

export function findTable(model: ReportModel, id: TableId): TableBlock | undefined {
  for (const b of reportBlocks(model)) if (b.kind === 'table' && b.id === id) return b;
  return undefined;
}
