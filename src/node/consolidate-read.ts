import path from 'node:path';
import type { DaySerial } from '../core/calendar';
import { municipalityResult, type MunicipalityResult } from '../core/consolidate';
import { consolidateMsg, exportMsg } from '../core/messages';
import type { TrackerTemplate } from '../core/template/types';
import { SHEET } from '../core/tracker/names';
import { evaluateData } from './evaluate-data';
import { InputError } from './input-error';
import { readInput } from './read-input';
import { withReferenceDate } from './tracker-data';

export type FileOutcome = { readonly ok: true; readonly result: MunicipalityResult } | { readonly ok: false; readonly file: string; readonly reason: string };

/**
 * One tracker file → its municipality's evaluated indicators, or the reason it cannot be used. The
 * workbook read is dropped when this returns: only the evaluated rows stay (bounded memory).
 */
export async function readMunicipality(file: string, template: TrackerTemplate, today: DaySerial, corte: DaySerial | undefined): Promise<FileOutcome> {
  const name = path.basename(file);
  try {
    const read = await readInput(file, template);
    // Without Configuración the template's municipality would be invented: the file is not used.
    if (read.notes.includes(exportMsg.sheetFromTemplate(SHEET.configuracion))) return { ok: false, file: name, reason: consolidateMsg.noConfiguracion };
    const unusable = read.problems.filter((p) => p.level === 'error' && p.sheet === SHEET.matriz).length;
    if (unusable > 0) return { ok: false, file: name, reason: consolidateMsg.unusableCells(unusable) };
    const { municipio, entidad } = read.data.settings;
    if (municipio.trim() === '' && entidad.trim() === '') return { ok: false, file: name, reason: consolidateMsg.noEntity };
    const data = corte === undefined ? read.data : withReferenceDate(read.data, corte);
    const evaluation = evaluateData(data, today);
    return {
      ok: true,
      result: municipalityResult(name, municipio.trim(), entidad.trim(), evaluation.fechaCalculo, evaluation.matrizAll, read.data.settings.departamento),
    };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, file: name, reason: e.message.split('\n')[0] };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, file: name, reason: detail };
  }
}
