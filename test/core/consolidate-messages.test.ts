/** What the person running `npm run consolidar` reads at the end: the count agrees with its noun. */
import { consolidateMsg } from '../../src/core/messages';

test('one municipality is said in the singular, several in the plural, with thousands separators', () => {
  expect(consolidateMsg.written(1, 0, 'consolidado.xlsx')).toBe('Listo: 1 municipio consolidado en consolidado.xlsx.');
  expect(consolidateMsg.written(1102, 1, 'd.xlsx')).toBe(
    'Listo: 1.102 municipios consolidados en d.xlsx (1 archivo omitido: vea la hoja «Archivos omitidos»).',
  );
});
