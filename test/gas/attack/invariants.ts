/**
 * What must hold after any action on any grid, with or without a failing service call:
 * no raw error reaches the person, no cell a person typed changes, and no formula appears
 * that a person did not write (outside the columns and sheets the add-on computes).
 */
import { CONFIG_ROWS } from '../../../src/core/tracker/configuracion';
import { FASES_COLUMNS } from '../../../src/core/tracker/fases';
import { MATRIZ_COLUMNS } from '../../../src/core/tracker/matriz';
import { SHEET } from '../../../src/core/tracker/names';
import { foldForMatch } from '../../../src/core/text';
import type { FakeSpreadsheet } from '../../fakes';
import { personCells, type Booted } from '../support';

/** Text that only a program writes: stack traces, class names, Google's English, our injected fault. */
const RAW =
  /Exception|\b(Type|Reference|Range|Syntax|Internal|Script)Error\b|\bat \w+ \(|undefined|\bnull\b|\bNaN\b|\[object |Service error|try again|server error|You do not have permission|Range not found|fault injected|does not match|Cannot (read|call)/;

/** Everything shown to the person since `from` (dialogs and toasts). */
export function shownSince(b: Booted, from: { dialogs: number; toasts: number }): string[] {
  const dialogs = b.env.ui.dialogs.slice(from.dialogs).map((d) => ('message' in d ? `${d.title}\n${d.message}` : `${d.title}\n${d.html.content}`));
  const toasts = b.ss.toasts.slice(from.toasts).map((t) => `${t.title}\n${t.message}`);
  return [...dialogs, ...toasts];
}

export function mark(b: Booted): { dialogs: number; toasts: number } {
  return { dialogs: b.env.ui.dialogs.length, toasts: b.ss.toasts.length };
}

export function rawErrors(shown: readonly string[]): string[] {
  // HTML pages carry their own script text: only what a person reads is checked.
  return shown.map((s) => s.replace(/<script>[\s\S]*?<\/script>|<style>[\s\S]*?<\/style>|<[^>]*>|«[^»]*»/g, ' ')).filter((s) => RAW.test(s));
}

export interface Snapshot {
  readonly person: Map<string, string | number | boolean>;
  /** Configuración's rows with content, in order (rows may be inserted, never changed or dropped). */
  readonly configRows: string[];
  readonly formulas: Map<string, Set<string>>;
}

function configRows(ss: FakeSpreadsheet): string[] {
  const s = ss.sheets.find((x) => x.name === SHEET.configuracion);
  if (!s) return [];
  // The computed date and the rows the add-on itself writes (reminders' state) may change: only their label counts.
  const addonRows = new Set(CONFIG_ROWS.filter((r) => r.formula || r.written).map((r) => r.label));
  const values = s.peekValues();
  const formulas = s.peekFormulas();
  return values
    .map((line, r) => line.map((v, c) => formulas[r][c] || v))
    .filter((line) => line.some((v) => v !== ''))
    .map((line) => JSON.stringify(addonRows.has(String(line[0])) ? [line[0]] : line));
}

/** Each formula text found per sheet (positions may move when rows are inserted). */
function formulasBySheet(ss: FakeSpreadsheet): Map<string, Set<string>> {
  return new Map(
    ss.sheets.map((s) => [
      s.name,
      new Set(
        s
          .peekFormulas()
          .flat()
          .filter((f) => f !== ''),
      ),
    ]),
  );
}

export function snapshot(ss: FakeSpreadsheet): Snapshot {
  const person = new Map([...personCells(ss)].filter(([k]) => !k.startsWith(`${SHEET.configuracion}!`) && !k.startsWith(`${SHEET.seguimiento}!`)));
  return { person, configRows: configRows(ss), formulas: formulasBySheet(ss) };
}

const COMPUTED: Record<string, readonly string[]> = {
  [SHEET.matriz]: MATRIZ_COLUMNS.filter((c) => c.role === 'computed').flatMap((c) => [c.header, ...c.aliases].map(foldForMatch)),
  [SHEET.fases]: FASES_COLUMNS.filter((c) => c.role === 'computed').flatMap((c) => [c.header, ...c.aliases].map(foldForMatch)),
};

/** Broken invariants between two snapshots (empty when all hold). */
export function broken(before: Snapshot, ss: FakeSpreadsheet): string[] {
  const out: string[] = [];
  // A cell under a header Preparar restored is now computed: what it holds must still be there.
  const after = snapshot(ss).person;
  const contentAt = (key: string): string | number | boolean | undefined => {
    const m = /^(.*)!R(\d+)C(\d+)$/.exec(key);
    const cell = m ? ss.sheets.find((s) => s.name === m[1])?.cell(Number(m[2]), Number(m[3])) : undefined;
    return cell ? cell.formula || (cell.value === '' ? undefined : cell.value) : undefined;
  };
  for (const [k, v] of before.person) {
    const now = after.has(k) ? after.get(k) : contentAt(k);
    if (now !== v) out.push(`person cell changed: ${k}: ${String(v)} → ${String(now)}`);
  }
  const rows = configRows(ss);
  let i = 0;
  for (const r of rows) if (r === before.configRows[i]) i++;
  if (i < before.configRows.length) out.push(`Configuración row lost or changed: ${before.configRows[i]}`);
  for (const s of ss.sheets) {
    const had = before.formulas.get(s.name) ?? new Set<string>();
    const values = s.peekValues();
    const header = (values[0] ?? []).map((h) => foldForMatch(String(h)));
    s.peekFormulas().forEach((line, r) =>
      line.forEach((f, c) => {
        if (!f || had.has(f)) return;
        if (s.name === SHEET.tablero) return;
        if (s.name === SHEET.configuracion && c === 1 && String(values[r][0]).startsWith('Fecha de cálculo')) return;
        if (r > 0 && (COMPUTED[s.name] ?? []).includes(header[c])) return;
        out.push(`formula nobody wrote: ${s.name}!R${r + 1}C${c + 1} ${f}`);
      }),
    );
  }
  return out;
}

/**
 * What a person sees of the spreadsheet, cheaply: sheets in order with their visibility, frozen
 * rows and widths; every value and formula; the header row's looks; named ranges, protections,
 * rules and charts. (stateOf compares every stored detail but costs a second per call.)
 */
export function shape(ss: FakeSpreadsheet, skip: (sheet: string, col: number) => boolean = () => false): string {
  const sheets = ss.sheets.map((s) => {
    const values = s.peekValues();
    const formulas = s.peekFormulas();
    const cells = values.map((line, r) => line.map((v, c) => (skip(s.name, c + 1) ? '' : formulas[r][c] || v)));
    const header = Array.from({ length: s.lastColumn() }, (_, c) => {
      const cell = s.cell(1, c + 1);
      return cell ? `${cell.background}|${cell.fontWeight}|${cell.note}|${cell.numberFormat}` : '';
    });
    return {
      name: s.name,
      hidden: s.hidden,
      frozen: s.frozenRows,
      widths: [...s.columnWidths].sort(),
      cells,
      header,
      rules: s.conditionalRules.length,
      charts: s.charts.length,
    };
  });
  const protections = ['RANGE', 'SHEET']
    .flatMap((t) =>
      ss
        .protectionsOf(t as never)
        .map((p) => `${p.description}|${p.warningOnly}|${p.range.sheet.name}!${p.range.row},${p.range.col},${p.range.numRows},${p.range.numCols}`),
    )
    .sort();
  return JSON.stringify({ sheets, names: ss.namedReferences(), protections });
}

/** Service calls that change the document (any write, insert, delete, protect, hide…). */
export function writeCalls(byMethod: Record<string, number>): string[] {
  return Object.entries(byMethod)
    .filter(([k]) => /\.(set(?!ActiveSheet)|insert|delete|remove|protect|hide|show|clear|update|append|add(?!Item|Separator|ToUi))\w*$/i.test(k))
    .filter(([k]) => !/toast|Ui\./.test(k))
    .map(([k, n]) => `${k} ×${n}`);
}
