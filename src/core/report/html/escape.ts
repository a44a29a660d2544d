/**
 * Everything that leaves the sheet goes through these two functions: a cell can hold any text
 * (`<script>`, quotes, `javascript:` links) and the page must show it as text.
 */

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and for double-quoted attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The URL when it is an absolute http(s) address with nothing a browser would reinterpret
 * (spaces, control characters, quotes, angle brackets); null otherwise, and the caller shows the text.
 */
export function safeHref(url: string | undefined): string | null {
  if (url === undefined) return null;
  const u = url.trim();
  if (!/^https?:\/\/[^\s/?#]+/i.test(u)) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s"'<>`\\]/.test(u)) return null;
  return u;
}

/** A link when the URL is safe, the plain (escaped) text otherwise. */
export function linkOrText(text: string, url: string | undefined): string {
  const href = safeHref(url);
  return href === null ? esc(text) : `<a href="${esc(href)}">${esc(text)}</a>`;
}
