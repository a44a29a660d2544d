/**
 * The report fixture typed into a fake spreadsheet prepared by the menu, as a person would: dates
 * as Sheets hands them (midnight in Bogotá), numbers, texts. Found by header, never by position.
 */
import { utcDateFromSerial, type DaySerial } from '../../src/core/calendar';
import { CONFIG_ROWS, type ConfigKey } from '../../src/core/tracker/configuracion';
import { FASES_COLUMNS } from '../../src/core/tracker/fases';
import { MATRIZ_COLUMNS, type MatrizKey } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { SEGUIMIENTO_COLUMNS } from '../../src/core/tracker/seguimiento';
import type { FakeSpreadsheet } from '../fakes';
import type { EngineCell } from '../support/formula-engine';
import { FASES_MET, FILLED, SEGUIMIENTO, SETTINGS } from './fixture';

/** A calendar day as Sheets gives it to a script: midnight in Bogotá (UTC−5). */
export function bogota(serial: DaySerial): Date {
  return new Date(utcDateFromSerial(serial).getTime() + 5 * 3_600_000);
}

const DATE_KEYS = new Set<string>(['fechaInicio', 'ultimoSeguimiento', 'fechaCumplimiento', 'corte', 'fechaReferencia']);

function cellValue(key: string, v: EngineCell): string | number | boolean | Date {
  if (v === null) return '';
  if (typeof v === 'number' && DATE_KEYS.has(key)) return bogota(v);
  return v;
}

function columnOf(ss: FakeSpreadsheet, sheet: string, header: string): number {
  const headers = ss.sheet(sheet).peekValues()[0] ?? [];
  const i = headers.findIndex((h) => h === header);
  if (i < 0) throw new Error(`No column ${header} in ${sheet}`);
  return i + 1;
}

export function typeFixture(ss: FakeSpreadsheet): void {
  const matriz = ss.sheet(SHEET.matriz);
  const idCol = columnOf(ss, SHEET.matriz, 'ID');
  matriz.peekValues().forEach((line, i) => {
    const filled = FILLED[String(line[idCol - 1])];
    if (i === 0 || !filled) return;
    for (const [k, v] of Object.entries(filled)) {
      const header = MATRIZ_COLUMNS.find((c) => c.key === (k as MatrizKey))!.header;
      matriz.getRange(i + 1, columnOf(ss, SHEET.matriz, header)).setValue(cellValue(k, v ?? null));
    }
  });

  const config = ss.sheet(SHEET.configuracion);
  const labels = config.peekValues().map((l) => l[0]);
  for (const [k, v] of Object.entries(SETTINGS)) {
    const label = CONFIG_ROWS.find((r) => r.key === (k as ConfigKey))!.label;
    config.getRange(labels.indexOf(label) + 1, 2).setValue(cellValue(k, v ?? null));
  }

  const fases = ss.sheet(SHEET.fases);
  const faseId = columnOf(ss, SHEET.fases, 'ID');
  const metCol = columnOf(ss, SHEET.fases, FASES_COLUMNS.find((c) => c.key === 'fechaCumplimiento')!.header);
  fases.peekValues().forEach((line, i) => {
    const met = FASES_MET[String(line[faseId - 1])];
    if (i > 0 && met !== undefined) fases.getRange(i + 1, metCol).setValue(bogota(met));
  });

  const seg = ss.sheet(SHEET.seguimiento);
  SEGUIMIENTO.forEach((row, i) => {
    for (const [k, v] of Object.entries(row)) {
      const header = SEGUIMIENTO_COLUMNS.find((c) => c.key === k)!.header;
      seg.getRange(i + 2, columnOf(ss, SHEET.seguimiento, header)).setValue(cellValue(k, v ?? null));
    }
  });
}

/** Every value and formula of every sheet: the spreadsheet as a person would compare it. */
export function snapshot(ss: FakeSpreadsheet): string {
  return JSON.stringify(ss.sheets.map((s) => ({ name: s.name, values: s.peekValues(), formulas: s.peekFormulas() })));
}
