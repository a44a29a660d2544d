/**
 * Each generation of a semester's report is a new version. When and by whom is recorded in a
 * document property of the spreadsheet (never in its cells).
 */
export interface VersionEntry {
  readonly version: number;
  /** dd/mm/aaaa hh:mm in the spreadsheet's time zone. */
  readonly at: string;
  readonly by: string;
  readonly docId: string;
}

interface Stored {
  readonly count: number;
  readonly last: readonly VersionEntry[];
}

/** Recent entries kept (a property holds at most 9 kB). */
const KEEP = 10;
const keyOf = (label: string): string => `gelt.informe.${label}`;

/**
 * The spreadsheet's document properties. Not guarded: when they cannot be read the numbering is
 * unknown, and guessing 0 would make a second «versión 1» — the action fails before making anything.
 */
function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function read(label: string): Stored {
  const raw = props().getProperty(keyOf(label));
  if (!raw) return { count: 0, last: [] };
  try {
    const parsed = JSON.parse(raw) as Partial<Stored>;
    return { count: Number(parsed.count) || 0, last: Array.isArray(parsed.last) ? parsed.last : [] };
  } catch {
    return { count: 0, last: [] };
  }
}

/** The number the next report of this semester gets, and the previous one's record if any. */
export function nextVersion(label: string): { version: number; previous: VersionEntry | null } {
  const s = read(label);
  return { version: s.count + 1, previous: s.last.length ? s.last[s.last.length - 1] : null };
}

export function recordVersion(label: string, entry: VersionEntry): void {
  const s = read(label);
  const stored: Stored = { count: Math.max(s.count, entry.version), last: [...s.last, entry].slice(-KEEP) };
  props().setProperty(keyOf(label), JSON.stringify(stored));
}

/** The person running the action, when Apps Script tells (it may not, by domain policy). */
export function currentUser(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
