import { exportMsg } from '../core/messages';

/**
 * Progress on stderr, only for exports that take longer than a second: quiet for the usual
 * small plan, a line per step (and every few thousand rows) for a long history.
 */
export function progressReporter(write: (line: string) => void, now: () => number = () => performance.now(), afterMs = 1000): (step: string) => void {
  const start = now();
  return (step) => {
    const elapsed = now() - start;
    if (elapsed > afterMs) write(exportMsg.progress(step, (elapsed / 1000).toFixed(1)));
  };
}
