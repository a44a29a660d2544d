/**
 * What a failure means, in words a person understands. Google's messages (English or localised,
 * with class names and IDs) never reach the alert: the execution log keeps them. The patterns are
 * the wording of Apps Script's own errors as seen in the reference and public issue threads.
 */
import { uiText } from '../core/messages/sheets';

const CAUSES: readonly (readonly [RegExp, () => string])[] = [
  [/permission|authoriz|autoriza|permiso|Required permissions|access denied|acceso/i, uiText.causePermission],
  [/exceeded maximum execution time|tiempo máximo|timed? ?out|timeout|deadline/i, uiText.causeTime],
  [/\block\b|LockService|Lock timeout/i, uiText.causeBusy],
  [/quota|too many times|límite|rate limit|Service invoked too many/i, uiText.causeQuota],
  [/protected|protegid/i, uiText.causeProtected],
  [/no item with the given id|not found|could not be found|does not exist|no existe|deleted|eliminad/i, uiText.causeMissing],
  [/out of bounds|coordinates|outside|fuera de|number of (rows|columns)|dimensions|dimensiones/i, uiText.causeShape],
  [/service|servicio|server|servidor|internal|unavailable|try again|inténtelo|backend/i, uiText.causeService],
];

export function explainFailure(e: unknown): string {
  const text = e instanceof Error ? `${e.name} ${e.message}` : typeof e === 'string' ? e : '';
  for (const [pattern, cause] of CAUSES) if (pattern.test(text)) return cause();
  return uiText.causeUnknown();
}
