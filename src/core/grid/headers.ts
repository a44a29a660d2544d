import { a1 } from '../tracker/a1';
import type { ColumnLayout } from '../tracker/layout';
import type { ColumnSpec } from '../tracker/types';
import { msg } from '../messages';
import { foldForMatch } from '../text';
import type { CellValue, Problem } from './types';

export interface FoundColumns<K extends string> {
  readonly layout: ColumnLayout<K>;
  /** Columns whose header is not one the description knows (kept, never touched). */
  readonly extra: readonly number[];
  readonly problems: readonly Problem[];
}

/** Finds each column by its header — tolerant of order, extra columns, case, accents and spaces. */
export function findColumns<K extends string>(
  sheet: string,
  headerRow: readonly CellValue[],
  columns: readonly ColumnSpec<K>[],
  headerRowNumber = 1,
): FoundColumns<K> {
  const byFolded = new Map<string, K>();
  for (const c of columns) {
    for (const name of [c.header, ...c.aliases]) {
      const f = foldForMatch(name);
      if (!byFolded.has(f)) byFolded.set(f, c.key);
    }
  }
  const layout = new Map<K, number>();
  const extra: number[] = [];
  const problems: Problem[] = [];
  headerRow.forEach((cell, i) => {
    const text = typeof cell === 'string' ? cell : cell === null || cell === undefined ? '' : String(cell);
    if (!text.trim()) return;
    const key = byFolded.get(foldForMatch(text));
    if (key === undefined) {
      extra.push(i + 1);
      return;
    }
    const first = layout.get(key);
    if (first !== undefined) {
      problems.push({
        sheet,
        cell: a1(headerRowNumber, i + 1),
        level: 'aviso',
        kind: 'duplicateHeader',
        message: msg.duplicateHeader(text.trim(), a1(headerRowNumber, first)),
      });
      return;
    }
    layout.set(key, i + 1);
  });
  for (const c of columns) {
    if (c.required && !layout.has(c.key)) {
      problems.push({ sheet, cell: `${headerRowNumber}:${headerRowNumber}`, level: 'error', kind: 'missingHeader', message: msg.missingHeader(c.header) });
    }
  }
  return { layout, extra, problems };
}

/**
 * Columns the template has but the header row lacks and the sheet can do without (evidence,
 * observations, the computed columns). They are avisos: «Preparar» writes them back, so Validar
 * must not say all is in order while they are gone.
 */
export function missingOptionalHeaders<K extends string>(sheet: string, layout: ColumnLayout<K>, columns: readonly ColumnSpec<K>[]): Problem[] {
  return columns
    .filter((c) => !c.required && !layout.has(c.key))
    .map((c): Problem => ({ sheet, cell: '1:1', level: 'aviso', kind: 'missingHeader', message: msg.missingOptionalHeader(c.header) }));
}
