import type { SeedValue } from '../../core/tracker/initial';
import type { FasesKey } from '../../core/tracker/fases';
import type { MatrizKey } from '../../core/tracker/matriz';

/** The template's starting rows for the tables that have them. */
export interface TemplateRows {
  readonly matriz: readonly ReadonlyMap<MatrizKey, SeedValue>[];
  readonly fases: readonly ReadonlyMap<FasesKey, SeedValue>[];
}
