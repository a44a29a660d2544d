import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { tempDir } from './support/export-file';

/** Bundles the holder script once (the same way the CLI is bundled) and runs it with node. */
async function holder(
  target: string,
): Promise<{ tmp: string; stop: (signal: NodeJS.Signals) => Promise<{ code: number | null; signal: NodeJS.Signals | null }> }> {
  const out = path.join(await tempDir(), 'hold-temp.js');
  buildSync({ entryPoints: [path.join(__dirname, 'support/hold-temp.ts')], bundle: true, platform: 'node', outfile: out, logLevel: 'silent' });
  const child = spawn(process.execPath, [out, target], { stdio: ['ignore', 'pipe', 'inherit'] });
  const tmp = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (d: Buffer) => {
      text += d.toString();
      if (text.includes('\n')) resolve(text.trim());
    });
    child.on('exit', () => reject(new Error('the holder ended before writing its temporary file')));
  });
  const stop = (signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> =>
    new Promise((resolve) => {
      child.on('exit', (code, sig) => resolve({ code, signal: sig }));
      child.kill(signal);
    });
  return { tmp, stop };
}

describe('an export interrupted while writing leaves no temporary file', () => {
  test.each([
    ['SIGHUP (the terminal was closed)', 'SIGHUP', 129],
    ['SIGINT (Ctrl+C)', 'SIGINT', 130],
    ['SIGTERM (kill)', 'SIGTERM', 143],
  ] as const)('%s', async (_name, signal, exitCode) => {
    const dir = await tempDir();
    const { tmp, stop } = await holder(path.join(dir, 'libro.xlsx'));
    expect(existsSync(tmp)).toBe(true);
    const end = await stop(signal);
    expect(end.code).toBe(exitCode);
    expect(existsSync(tmp)).toBe(false);
  });
});
