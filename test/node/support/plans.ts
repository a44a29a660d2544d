import { serialFromDisplay, type DaySerial } from '../../../src/core/calendar';
import { builtinTemplate } from '../../../src/core/template/builtin';
import type { FasesKey } from '../../../src/core/tracker/fases';
import type { MatrizKey } from '../../../src/core/tracker/matriz';
import type { SeguimientoKey } from '../../../src/core/tracker/seguimiento';
import { tableOf, trackerFromTemplate, withReferenceDate, type OutValue, type TrackerData } from '../../../src/node/tracker-data';

export function day(text: string): DaySerial {
  const s = serialFromDisplay(text);
  if (s === null) throw new Error(`bad date ${text}`);
  return s;
}
const d = (text: string): OutValue => ({ date: day(text) });

/** The cut-off date of the filled plan. */
export const CORTE = '15/06/2026';
export const FORMULA_LOOKING_TEXT = '=SUMA(A1:A3) no es una fórmula';

/** Inputs per indicator of the seed's plan, chosen so each estado and semáforo appears at CORTE. */
export const FILLED: Readonly<Record<string, Partial<Record<MatrizKey, OutValue>>>> = {
  // MENSUALMENTE: due 30/06/2026, 15 days → Por vencer; 45/50 = 90 % → Verde.
  A1: { ultimoSeguimiento: d('31/05/2026'), numerador: 45, denominador: 50, evidencia: 'https://example.gov.co/evidencia/a1' },
  // SEMESTRALMENTE from 01/07/2025: due 01/01/2026, -165 days → Vencida; 70 % → Amarillo.
  'A2.1': { fechaInicio: d('01/07/2025'), numerador: 14, denominador: 20 },
  // SEMESTRALMENTE: due 10/09/2026, 87 days → Al día; 25 % → Rojo.
  'A2.2': { fechaInicio: d('01/07/2025'), ultimoSeguimiento: d('10/03/2026'), numerador: 5, denominador: 20 },
  // Nothing typed → Sin programar, Sin medir; a text that looks like a formula must stay text.
  A3: { observaciones: FORMULA_LOOKING_TEXT },
  // ANUAL from 15/06/2025: due today, 0 days → Por vencer; no meta → Sin medir.
  A4: { fechaInicio: d('15/06/2025'), numerador: 3, denominador: 4 },
  // TRIMESTRALMENTE: due 28/05/2026, -18 days → Vencida; 125 % capped at 100 % → Verde.
  A5: { ultimoSeguimiento: d('28/02/2026'), numerador: 10, denominador: 8 },
  // ANUAL: due 16/06/2026, 1 day → Por vencer; a numerador typed as text → Sin medir.
  A6: { ultimoSeguimiento: d('16/06/2025'), numerador: 'abc', denominador: 10, observaciones: 'Revisar el numerador.' },
};

/** The seed's plan with FILLED inputs, two phases met (one late), two cortes of history, computed at CORTE. */
export function filledPlan(): TrackerData {
  const base = trackerFromTemplate(builtinTemplate());
  const matriz = base.matriz.rows.map((row) => {
    const m = new Map(row);
    for (const [k, v] of Object.entries(FILLED[String(row.get('id'))] ?? {})) m.set(k as MatrizKey, v as OutValue);
    return m;
  });
  const fases = base.fases.rows.map((row) => {
    const m = new Map<FasesKey, OutValue>(row);
    if (row.get('id') === 'F1') m.set('fechaCumplimiento', d('15/10/2008')); // before 01/11/2008 → Cumplida
    if (row.get('id') === 'F2') m.set('fechaCumplimiento', d('15/01/2010')); // after 01/12/2009 → Cumplida tarde
    return m;
  });
  const seguimiento = ['A1', 'A2.1'].flatMap((id, i) =>
    ['31/12/2025', '31/03/2026'].map(
      (corte) =>
        new Map<SeguimientoKey, OutValue>([
          ['corte', d(corte)],
          ['semestre', corte.endsWith('2025') ? '2025-II' : '2026-I'],
          ['id', id],
          ['indicador', `Indicador ${id}`],
          ['numerador', 10 + i],
          ['denominador', 20],
          ['valor', (10 + i) / 20],
          ['meta', 1],
          ['cumplimiento', (10 + i) / 20],
          ['estado', 'Al día'],
          ['semaforo', 'Rojo'],
          ['registradoPor', 'control.interno@example.gov.co'],
          ['registradoEl', { date: day(corte) + 0.4375 }], // 10:30
        ]),
    ),
  );
  return withReferenceDate({ ...base, matriz: tableOf(matriz), fases: tableOf(fases), seguimiento: tableOf(seguimiento) }, day(CORTE));
}

export const TODAY = day('23/11/2026');
export const NOW = new Date(Date.UTC(2026, 10, 23, 15, 0, 0));
