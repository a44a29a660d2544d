/**
 * The ID inside what a person pastes in Configuración: a Drive/Docs URL or the bare ID (Drive IDs
 * are 20+ letters, digits, - and _; anything else, like «Informes GEL-T», is not an ID).
 */
export function driveIdFrom(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const inUrl = /\/(?:d|folders)\/([A-Za-z0-9_-]{10,})/.exec(t) ?? /[?&]id=([A-Za-z0-9_-]{10,})/.exec(t);
  if (inUrl) return inUrl[1];
  return /^[A-Za-z0-9_-]{20,}$/.test(t) ? t : null;
}
