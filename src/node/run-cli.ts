// The one runner of the Node commands (npm run export, consolidar, vista-previa): real stdout/stderr,
// the exit code, and an error that escaped the command told in Spanish instead of a stack.
import { cliMsg } from '../core/messages';
import type { CommandIO } from './export-command';

export type Command = (argv: readonly string[], io: CommandIO) => Promise<number>;

export function runCli(command: Command): void {
  const err = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  command(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err,
    cwd: process.cwd(),
    now: () => new Date(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      err(cliMsg.escaped(e instanceof Error ? e.message : String(e)));
      // The stack is for whoever maintains the program, on request only.
      if (process.env.GEL_DEPURAR === '1' && e instanceof Error && e.stack) err(e.stack);
      process.exitCode = 1;
    },
  );
}
