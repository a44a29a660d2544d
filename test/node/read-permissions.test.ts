/**
 * An input the person's user may not read. The tests run as root, for whom chmod blocks nothing,
 * so the file system answers the way Node's fs/promises does for an unreadable file (EACCES).
 */
import { builtinTemplate } from '../../src/core/template/builtin';
import { InputError } from '../../src/node/input-error';
import { readInput } from '../../src/node/read-input';

jest.mock('node:fs/promises', () => {
  const real = jest.requireActual<typeof import('node:fs/promises')>('node:fs/promises');
  const denied = (p: unknown): NodeJS.ErrnoException => Object.assign(new Error(`EACCES: permission denied, open '${String(p)}'`), { code: 'EACCES' });
  return {
    ...real,
    stat: async (p: string): Promise<{ isDirectory(): boolean }> => (String(p).includes('ajeno') ? { isDirectory: (): boolean => false } : real.stat(p)),
    open: async (p: string, flags?: string) => {
      if (String(p).includes('ajeno')) throw denied(p);
      return real.open(p, flags);
    },
    readFile: async (p: string) => {
      if (String(p).includes('ajeno')) throw denied(p);
      return real.readFile(p);
    },
  };
});

test.each(['/datos/ajeno.xlsx', '/datos/ajeno.csv'])('%s that cannot be read says it is a permission, not a damaged file', async (file) => {
  const err = (await readInput(file, builtinTemplate()).catch((e: unknown) => e)) as Error;
  expect(err).toBeInstanceOf(InputError);
  expect(err.message).toMatch(/No se puede leer «\/datos\/ajeno\.(xlsx|csv)»: su usuario no tiene permiso para abrirlo/);
  expect(err.message).not.toMatch(/dañad|EACCES/);
});
