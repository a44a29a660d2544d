// The pure core at 10,000 rows: parsing a Matriz grid and computing every row's status.
import { serialFromParts, serialFromUtcDate } from '../../src/core/calendar';
import { evaluateRows } from '../../src/core/evaluate';
import { settingsFromTemplate } from '../../src/core/grid/configuracion';
import { parseMatriz } from '../../src/core/grid/matriz';
import type { CellValue } from '../../src/core/grid/types';
import { builtinTemplate } from '../../src/core/template/builtin';
import { templateFrequencies } from '../../src/core/tracker/initial';
import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';

const FREQS = ['MENSUALMENTE', 'TRIMESTRALMENTE', 'Semestral', 'ANUAL', 'DE ACUERDO AL MANUAL DE IMPLEMENTACIÓN', 'QUINCENAL'];

export function matrizGrid(rows: number): CellValue[][] {
  const grid: CellValue[][] = [MATRIZ_COLUMNS.map((c) => c.header)];
  for (let i = 0; i < rows; i++) {
    grid.push(
      MATRIZ_COLUMNS.map((c): CellValue => {
        switch (c.key) {
          case 'id':
            return `R${i + 1}`;
          case 'frecuencia':
            return FREQS[i % FREQS.length];
          case 'fechaInicio':
            return new Date(Date.UTC(2023, i % 12, 1 + (i % 28)));
          case 'ultimoSeguimiento':
            return i % 3 === 0 ? '' : new Date(Date.UTC(2024, i % 12, 1 + (i % 28)));
          case 'numerador':
            return i % 7;
          case 'denominador':
            return i % 11 === 0 ? 0 : 6;
          case 'meta':
            return i % 5 === 0 ? '' : 0.9;
          case 'responsables':
            return `Secretaría ${i % 9}`;
          default:
            return c.role === 'computed' ? '' : `Texto ${i}`;
        }
      }),
    );
  }
  return grid;
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = process.hrtime.bigint();
  const result = fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

export async function run(): Promise<void> {
  const t = builtinTemplate();
  const freq = templateFrequencies(t);
  const settings = settingsFromTemplate(t.configuracion, freq);
  const opts = { dateToSerial: serialFromUtcDate };
  const cutoff = serialFromParts(2024, 6, 30);
  // Largest first, so its first call is the process's first (cold: nothing compiled or cached yet).
  for (const n of [10_000, 1_000]) {
    const grid = matrizGrid(n);
    const coldParse = time(() => parseMatriz(grid, freq, opts));
    const coldStatus = time(() => evaluateRows(coldParse.result.rows, settings, cutoff));
    const parse = time(() => parseMatriz(grid, freq, opts));
    const status = time(() => evaluateRows(parse.result.rows, settings, cutoff));
    console.log(
      `${n.toLocaleString('es-CO')} filas: primera llamada lectura ${coldParse.ms.toFixed(1)} ms + estados ${coldStatus.ms.toFixed(1)} ms = ` +
        `${(coldParse.ms + coldStatus.ms).toFixed(1)} ms; siguiente lectura ${parse.ms.toFixed(1)} ms + estados ${status.ms.toFixed(1)} ms ` +
        `(${parse.result.problems.length} problemas hallados, ${status.result.length} filas evaluadas)`,
    );
  }
}
