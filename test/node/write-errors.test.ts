/**
 * Failures of the file system while the workbook is written, as Node reports them (an Error with
 * `code`): the person reads the cause in words, never the code alone or the English text. Permissions
 * and a full disk cannot be produced for real here (the tests run as root, with a roomy disk), so
 * the write itself is replaced by one that fails the way fs/promises does.
 */
import { runExport } from '../../src/node/export-command';
import { tempDir } from './support/export-file';
import { NOW } from './support/plans';

let failure: NodeJS.ErrnoException | null = null;
jest.mock('../../src/node/export', () => ({
  exportTracker: async (): Promise<void> => {
    if (failure) throw failure;
  },
}));

function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}, open '/x/.libro.xlsx.1.tmp'`), { code, errno: -1, syscall: 'open' });
}

test.each([
  ['EACCES', 'permission denied', /no tiene permiso para escribir en la carpeta «salida»/],
  ['EPERM', 'operation not permitted', /no tiene permiso para escribir/],
  ['EROFS', 'read-only file system', /disco de solo lectura/],
  ['ENOSPC', 'no space left on device', /no queda espacio en el disco/],
  ['EBUSY', 'resource busy or locked', /abierto en otro programa/],
])('%s while writing: exit 1 and the cause in Spanish', async (code, text, message) => {
  failure = systemError(code, text);
  const err: string[] = [];
  const exit = await runExport([], { out: () => undefined, err: (l) => err.push(l), cwd: await tempDir(), now: () => NOW });
  expect(exit).toBe(1);
  const said = err.join('\n');
  expect(said).toMatch(/No se pudo escribir «salida[\\/]Seguimiento-GEL-T_.*\.xlsx»: /);
  expect(said).toMatch(message);
  expect(said).not.toContain(code);
  expect(said).not.toContain(text);
});
