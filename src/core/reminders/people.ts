/**
 * Who a Matriz «Responsables» cell names, and how their addresses are written.
 *
 * Splitting rule (one cell may name several, e.g. "Comité Gel-t- Alcalde Municipal - Secretarios"):
 * a cell is split at commas, semicolons, slashes, line breaks, the word «y» between spaces, and at a
 * hyphen or dash that has a space on at least one side. A hyphen inside a word ("Gel-t", "GEL-T")
 * never splits. Each part is trimmed; empty parts are dropped; a name repeated in one cell counts once.
 * So the seed's "Comité Gel-t- Alcalde Municipal - Secretarios" names «Comité Gel-t», «Alcalde
 * Municipal» and «Secretarios».
 *
 * Two names are the same person when they are equal ignoring case and surrounding/double spaces
 * (accents count), as COUNTIF and the Tablero's grouping compare responsables.
 */
const SEPARATOR = /\s*(?:[,;/\n\r]|\s[-–—]|[-–—]\s|\sy\s)\s*/u;

export function splitResponsables(cell: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const part of cell.split(SEPARATOR)) {
    const name = part.replace(/\s+/g, ' ').trim();
    const key = personKey(name);
    if (name && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

/** The grouping key of a person's name (case-insensitive, spaces collapsed, accents significant). */
export function personKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * An address MailApp will take: one @, a dot in the domain, no spaces or brackets. Deliberately
 * simple (the RFC allows more, but a municipality's addresses look like this).
 */
export function isEmail(text: string): boolean {
  return /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/.test(text) && !/\.\.|@\.|\.@|\.$/.test(text);
}

/** Addresses typed in one cell: separated by commas, semicolons, spaces or line breaks. */
export function splitEmails(cell: string): string[] {
  return cell
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter((e) => e !== '');
}
