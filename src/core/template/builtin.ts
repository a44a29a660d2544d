import plan from '../../../sheets-template/plan.json';
import fases from '../../../sheets-template/fases.json';
import frecuencias from '../../../sheets-template/frecuencias.json';
import configuracion from '../../../sheets-template/configuracion.json';
import { loadTemplate } from './load';
import type { TrackerTemplate } from './types';

/** The seed's plan (Valle de San Juan, Tolima), bundled into both hosts. */
export function builtinTemplate(): TrackerTemplate {
  return loadTemplate({ plan, fases, frecuencias, configuracion });
}
