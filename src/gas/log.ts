/** The execution log (Extensiones › Apps Script › Ejecuciones): where technical text goes, never to the person. */
export function logFailure(where: string, e: unknown): void {
  try {
    console.error(`${where}: ${e instanceof Error ? `${e.name}: ${e.message}${e.stack ? `\n${e.stack}` : ''}` : String(e)}`);
  } catch {
    // Logging cannot fail the action.
  }
}
