import { foldLikeLookup } from './text';

export interface FrequencyRow {
  readonly etiqueta: string;
  /** null when the table's months cell is not a number (the formula's EDATE then fails too). */
  readonly meses: number | null;
}

/**
 * Months for a frequency label, matched as VLOOKUP(TRIM(label), FRECUENCIAS, 2, FALSE) matches:
 * first row whose label is equal ignoring case and extra spaces. Undefined when no row matches.
 */
export function lookupFrequency(table: readonly FrequencyRow[], label: string): FrequencyRow | undefined {
  const wanted = foldLikeLookup(label);
  if (!wanted) return undefined;
  return labelIndex(table).get(wanted);
}

/** Each table's labels folded once (a Matriz asks per row); the first row of a label wins, as in VLOOKUP. */
const indexes = new WeakMap<readonly FrequencyRow[], ReadonlyMap<string, FrequencyRow>>();

function labelIndex(table: readonly FrequencyRow[]): ReadonlyMap<string, FrequencyRow> {
  let index = indexes.get(table);
  if (!index) {
    const built = new Map<string, FrequencyRow>();
    for (const r of table) {
      const key = foldLikeLookup(r.etiqueta);
      if (key && !built.has(key)) built.set(key, r);
    }
    index = built;
    indexes.set(table, index);
  }
  return index;
}

export function monthsFor(table: readonly FrequencyRow[], label: string): number | null {
  const row = lookupFrequency(table, label);
  if (!row || row.meses === null) return null;
  return Math.trunc(row.meses);
}
