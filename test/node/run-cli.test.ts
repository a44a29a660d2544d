import { runCli } from '../../src/node/run-cli';

// Both commands run through runCli: an error that escapes a command reaches the person as a Spanish
// sentence with exit code 1, never as a raw stack.
async function run(command: Parameters<typeof runCli>[0], env: Record<string, string> = {}): Promise<{ err: string; code: number | string | undefined }> {
  const lines: string[] = [];
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  const saved = { code: process.exitCode, env: { ...process.env } };
  Object.assign(process.env, env);
  try {
    runCli(command);
    await new Promise((resolve) => setImmediate(resolve));
    return { err: lines.join(''), code: process.exitCode };
  } finally {
    spy.mockRestore();
    process.exitCode = saved.code;
    process.env = saved.env;
  }
}

test('an escaped error is told in Spanish with exit code 1, without the stack', async () => {
  const r = await run(() => Promise.reject(new Error('ENOSPC: no space left on device')));
  expect(r.code).toBe(1);
  expect(r.err).toContain('El comando se detuvo por un error inesperado: ENOSPC: no space left on device');
  expect(r.err).toContain('No quedó ningún archivo a medias');
  expect(r.err).not.toMatch(/\n\s+at /);
});

test('GEL_DEPURAR=1 adds the stack for whoever maintains the program', async () => {
  const r = await run(() => Promise.reject(new Error('falla')), { GEL_DEPURAR: '1' });
  expect(r.err).toMatch(/\n\s+at /);
});

test("the command's own exit code is kept", async () => {
  const r = await run(() => Promise.resolve(2));
  expect(r.code).toBe(2);
  expect(r.err).toBe('');
});
