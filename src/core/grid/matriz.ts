import type { DaySerial } from '../calendar';
import { lookupFrequency, monthsFor, type FrequencyRow } from '../frequencies';
import { msg } from '../messages';
import type { StatusInputs } from '../status';
import type { ActionTemplate } from '../template/types';
import type { ColumnLayout } from '../tracker/layout';
import type { ColumnSpec } from '../tracker/types';
import { MATRIZ_COLUMNS, type MatrizKey } from '../tracker/matriz';
import { SHEET } from '../tracker/names';
import { isBlank, readDate, readNumber, readText, type Read } from './cells';
import { findColumns } from './headers';
import { readTable } from './table';
import type { CellValue, Grid, Problem, ReadOptions } from './types';

/**
 * One indicator row of the Matriz, typed. The plan's eight columns keep the template's names;
 * values a formula would reject are null.
 */
export interface MatrizRow extends StatusInputs, Omit<ActionTemplate, 'id' | 'indicadores'> {
  /** The sheet row (1-based), for messages and for writing back. */
  readonly row: number;
  readonly id: string;
  readonly indicador: string;
  readonly numeradorDesc: string;
  readonly denominadorDesc: string;
  readonly evidencia: string;
  readonly observaciones: string;
}

export interface ParsedMatriz {
  readonly rows: readonly MatrizRow[];
  readonly layout: ColumnLayout<MatrizKey>;
  readonly problems: readonly Problem[];
}

/** The columns read as trimmed text. */
type TextKey = Extract<
  MatrizKey,
  | 'accion'
  | 'beneficios'
  | 'indicadorGestion'
  | 'metas'
  | 'actividades'
  | 'responsables'
  | 'recursos'
  | 'frecuencia'
  | 'indicador'
  | 'numeradorDesc'
  | 'denominadorDesc'
  | 'evidencia'
  | 'observaciones'
>;

/** Columns a person fills or the plan gives: a row with none of them is an empty row. */
const CONTENT_KEYS: readonly MatrizKey[] = MATRIZ_COLUMNS.filter((c) => c.role !== 'computed').map((c) => c.key);

/**
 * Reads the Matriz grid (header in row 1) into typed rows and located problems. It never throws:
 * whatever the cells hold, each row comes back with what could be read and what could not.
 */
export function parseMatriz(grid: Grid, frequencies: readonly FrequencyRow[], opts: ReadOptions): ParsedMatriz {
  const sheet = SHEET.matriz;
  const table = readTable(grid, sheet, MATRIZ_COLUMNS, CONTENT_KEYS);
  const problems = table.problems;
  const layout = table.layout;
  const rows: MatrizRow[] = [];
  const firstCellOfId = new Map<string, string>();

  for (const r of table.rows) {
    const rowNumber = r.row;
    const note = (k: MatrizKey, message: string, level: Problem['level'] = 'error'): void => {
      problems.push({ sheet, cell: r.where(k), message, level, kind: 'value' });
    };

    const text = (k: TextKey): string => readText(r.cell(k), opts);
    const frecuencia = text('frecuencia');
    const id = readText(r.cell('id'), opts);
    // Without an «ID» header every row would read as "no ID": the missing header is the one problem.
    if (!id) {
      if (layout.has('id')) note('id', msg.missingId());
    } else if (firstCellOfId.has(id)) note('id', msg.duplicateId(id, firstCellOfId.get(id) ?? ''));
    else firstCellOfId.set(id, r.where('id'));

    const take = <T>(k: MatrizKey, read: Read<T>): T | null => {
      if (read.problem) note(k, read.problem);
      return read.value;
    };
    const fechaInicio: DaySerial | null = take('fechaInicio', readDate(r.cell('fechaInicio'), opts));
    const ultimoSeguimiento: DaySerial | null = take('ultimoSeguimiento', readDate(r.cell('ultimoSeguimiento'), opts));
    const numerador = take('numerador', readNumber(r.cell('numerador')));
    const denominador = take('denominador', readNumber(r.cell('denominador')));
    const meta = take('meta', readNumber(r.cell('meta')));

    if (!frecuencia) {
      if (layout.has('frecuencia')) note('frecuencia', msg.missingFrequency(), 'aviso');
    } else if (!lookupFrequency(frequencies, frecuencia)) {
      note('frecuencia', msg.unknownFrequency(frecuencia));
    }
    if (denominador === 0) note('denominador', msg.zeroDenominator());
    if (numerador !== null && denominador !== null && denominador > 0 && numerador > denominador) {
      note('numerador', msg.numeratorAboveDenominator(), 'aviso');
    }
    if (layout.has('meta') && isBlank(r.cell('meta'))) note('meta', msg.missingMeta(), 'aviso');
    if (meta === 0) note('meta', msg.zeroMeta());
    if (fechaInicio !== null && ultimoSeguimiento !== null && ultimoSeguimiento < fechaInicio) {
      note('ultimoSeguimiento', msg.followUpBeforeStart(), 'aviso');
    }

    // One object literal of a fixed shape (no spread of a per-row object): cheap to make and to read.
    rows.push({
      row: rowNumber,
      id,
      accion: text('accion'),
      beneficios: text('beneficios'),
      indicadorGestion: text('indicadorGestion'),
      metas: text('metas'),
      actividades: text('actividades'),
      responsables: text('responsables'),
      recursos: text('recursos'),
      frecuencia,
      indicador: text('indicador'),
      numeradorDesc: text('numeradorDesc'),
      denominadorDesc: text('denominadorDesc'),
      evidencia: text('evidencia'),
      observaciones: text('observaciones'),
      fechaInicio,
      ultimoSeguimiento,
      frecuenciaMeses: monthsFor(frequencies, frecuencia),
      numerador,
      denominador,
      meta,
    });
  }
  return { rows, layout, problems };
}

/**
 * Required columns a header row may lack and a host still tracks: it adds them (Preparar in the
 * sheet, the export in its output). Input columns start empty and the IDs are assigned, so a matrix a
 * person pasted with only its plan columns is usable; a missing plan column (ACCIÓN, RESPONSABLES…)
 * is not, since nobody but the person can write it.
 */
export function columnsHostsAdd(layout: ColumnLayout<MatrizKey>): ColumnSpec<MatrizKey>[] {
  return MATRIZ_COLUMNS.filter((c) => c.required && !layout.has(c.key) && (c.role === 'input' || c.key === 'id'));
}

/**
 * A header row that reads as a plan matrix someone brought (by header or alias): it names the
 * action or the indicator and at least three of the Matriz's columns. Used to adopt such a sheet as
 * the Matriz when the spreadsheet or workbook has none.
 */
export function looksLikeMatriz(headerRow: readonly CellValue[]): boolean {
  const { layout } = findColumns(SHEET.matriz, headerRow, MATRIZ_COLUMNS);
  return (layout.has('accion') || layout.has('indicador')) && layout.size >= 3;
}
