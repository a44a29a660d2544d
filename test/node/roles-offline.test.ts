/**
 * A copy downloaded from Google Sheets carries Control Interno's review and the Historial into the
 * offline workbook: both are read from the copy, written back unchanged.
 */
import { readInput } from '../../src/node/read-input';
import { builtinTemplate } from '../../src/core/template/builtin';
import { SHEET } from '../../src/core/tracker/names';
import { findSheet, readXlsx } from '../../src/node/read-xlsx';
import { exportToTemp } from './support/export-file';
import { filledPlan } from './support/plans';
import { tableOf } from '../../src/node/tracker-data';
import type { SeguimientoKey } from '../../src/core/tracker/seguimiento';

const t = builtinTemplate();

test('review states and the history survive a round trip through the workbook (their locks: workbook.test.ts)', async () => {
  const plan = filledPlan();
  const seguimiento = tableOf<SeguimientoKey>([
    new Map<string, unknown>([
      ['corte', { date: 45473 }],
      ['semestre', '2024-I'],
      ['id', 'A1'],
      ['revision', 'Aprobado'],
      ['observacionRevision', 'Soportes completos'],
      ['revisadoPor', 'ci@valle.gov.co'],
    ]),
    new Map<string, unknown>([
      ['corte', { date: 45473 }],
      ['semestre', '2024-I'],
      ['id', 'A2.1'],
      ['revision', 'Devuelto'],
      ['observacionRevision', '=no es fórmula'],
    ]),
  ] as never);
  const historial = [
    ['2024-06-30 10:00', 'resp@valle.gov.co', 'Matriz', 'O3', 'A2.1', '5', 8],
    ['2024-06-30 10:05', '(Google no dio el correo)', 'Matriz', 'M2', 'A1', '(no disponible: se cambiaron varias celdas a la vez)', 3],
  ];
  const first = await exportToTemp({ ...plan, seguimiento, historial });
  const read = await readInput(first, t);
  expect(read.data.historial).toEqual(historial);
  const reviews = read.data.seguimiento.rows.map((r) => [r.get('id'), r.get('revision'), r.get('observacionRevision')]);
  expect(reviews).toEqual([
    ['A1', 'Aprobado', 'Soportes completos'],
    ['A2.1', 'Devuelto', '=no es fórmula'],
  ]);

  const again = await exportToTemp(read.data);
  const grids = await readXlsx(again);
  expect((findSheet(grids, SHEET.historial) ?? []).slice(1)).toEqual(historial);
});
