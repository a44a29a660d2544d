import { DEFAULT_TEMPLATE, templateByName } from './catalog';
import type { TrackerTemplate } from './types';

/** The default plan (the seed's: Valle de San Juan, Tolima), bundled into both hosts. */
export function builtinTemplate(): TrackerTemplate {
  return templateByName(DEFAULT_TEMPLATE).template;
}
