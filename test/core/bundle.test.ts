import vm from 'node:vm';
import { bundleAppsScript } from '../../scripts/bundle.cjs';

const bundle = (): Promise<string> => bundleAppsScript();

test('dist/Code.js is one global script: no import/export/require, entry points are top-level functions', async () => {
  const code = await bundle();
  expect(code).not.toMatch(/^\s*(import|export)\s/m);
  expect(code).not.toMatch(/\brequire\(/);
  expect(code).toMatch(/^function onOpen\(/m);
  const context = vm.createContext({});
  vm.runInContext(code, context, { filename: 'Code.js' });
  expect(typeof (context as { onOpen?: unknown }).onOpen).toBe('function');
  expect(typeof (context as { onInstall?: unknown }).onInstall).toBe('function');
});
