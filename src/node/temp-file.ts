import { rmSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** The temporary file a write goes to before it is renamed over `target`: hidden, in the same folder, named by our pid. */
export function tempPathFor(target: string, pid = process.pid): string {
  return path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${pid}.tmp`);
}

/** Exit codes of a process ended by a signal (128 + its number), as a shell reports them. */
const SIGNAL_EXIT: Readonly<Record<string, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/**
 * Until the returned function is called, Ctrl+C (SIGINT), a kill (SIGTERM) or a closed terminal
 * (SIGHUP) removes each of `tmps` before the process ends, so an interrupted export leaves nothing behind.
 */
export function removeOnSignal(...tmps: string[]): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    for (const tmp of tmps) rmSync(tmp, { force: true });
    process.exit(SIGNAL_EXIT[signal] ?? 1);
  };
  const signals = Object.keys(SIGNAL_EXIT) as NodeJS.Signals[];
  for (const s of signals) process.once(s, handler);
  return () => {
    for (const s of signals) process.off(s, handler);
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temporary files an earlier export of the same target left when it was killed without a
 * chance to clean up (SIGKILL, a power cut): `.<name>.<pid>.tmp` whose pid no longer runs. Files of
 * a run still going, and every other file, are left alone. Returns the removed paths.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const dir = path.dirname(path.resolve(target));
  const prefix = `.${path.basename(target)}.`;
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = name.slice(prefix.length, -'.tmp'.length);
    if (!/^\d+$/.test(pid) || Number(pid) === process.pid || isAlive(Number(pid))) continue;
    const file = path.join(dir, name);
    await rm(file, { force: true });
    removed.push(file);
  }
  return removed;
}
