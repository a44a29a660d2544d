/** The e-mail lists people type into Configuración ("ana@x.gov.co, luis@x.gov.co"). */

/** A deliberately loose check: Google decides whether an account exists; this only catches typos. */
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export interface EmailList {
  /** Valid addresses, lower-cased, without repeats, in the order written. */
  readonly emails: readonly string[];
  /** Pieces that are not an address, as written. */
  readonly invalid: readonly string[];
}

/** Splits on commas, semicolons, spaces and line breaks. */
export function parseEmails(text: string): EmailList {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const piece of text.split(/[\s,;]+/)) {
    if (!piece) continue;
    const e = piece.toLowerCase();
    if (!EMAIL.test(e)) invalid.push(piece);
    else if (!emails.includes(e)) emails.push(e);
  }
  return { emails, invalid };
}

/** Whether `email` (as Google gives it) is in the list; "" never is. */
export function hasEmail(list: readonly string[], email: string): boolean {
  const e = email.trim().toLowerCase();
  return e !== '' && list.includes(e);
}
