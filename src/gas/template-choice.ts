/**
 * Which shipped plan a spreadsheet tracks: chosen once, when Preparar runs on an empty spreadsheet,
 * and kept as a document property so every later action (Validar, Corte, the report's title and
 * normatividad) reads the sheet with the same plan. A spreadsheet prepared before this existed has no
 * property and keeps the default plan.
 */
import { DEFAULT_TEMPLATE, templateByName, templateCatalog } from '../core/template/catalog';
import type { TrackerTemplate } from '../core/template/types';

const TEMPLATE_KEY = 'gelt.plantilla';

function documentProperties(): GoogleAppsScript.Properties.Properties | null {
  try {
    return PropertiesService.getDocumentProperties();
  } catch {
    return null;
  }
}

/** The stored plan's name when it is still shipped; otherwise the default. */
export function activeTemplateName(): string {
  const stored = documentProperties()?.getProperty(TEMPLATE_KEY) ?? null;
  return stored !== null && templateCatalog().some((e) => e.nombre === stored) ? stored : DEFAULT_TEMPLATE;
}

export function activeTemplate(): TrackerTemplate {
  return templateByName(activeTemplateName()).template;
}

export function storeTemplateChoice(nombre: string): void {
  if (documentProperties()?.getProperty(TEMPLATE_KEY) !== nombre) documentProperties()?.setProperty(TEMPLATE_KEY, nombre);
}
