/**
 * The installed app as the command line: `"Dossier Desk.exe" --cli <command> …` (or the dossier-desk.cmd
 * wrapper installed beside it) runs the same CLI as `dossier-desk`, same commands, same JSON, under
 * Electron's own Node, without a window and without the RunAsNode fuse (which stays off). The single
 * instance lock is not taken, so the CLI also answers while the app is open.
 */
import { agencySetupFromDataDir } from '../cli/agencySetupFromDataDir';
import { runCli } from '../cli/main';
import { EXIT_BAD_INPUT } from '../cli/types';

export const CLI_FLAG = '--cli';

/** The CLI's arguments (everything after --cli), or null when the app was started normally. */
export function cliArguments(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(CLI_FLAG);
  return at < 0 ? null : argv.slice(at + 1);
}

export interface CliProcess {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** electron.app.exit: ends the process with the CLI's exit code once the output is flushed. */
  exit: (code: number) => void;
}

export async function runCliInApp(args: string[], proc: CliProcess): Promise<number> {
  let code: number;
  try {
    code = await runCli(
      args,
      { stdout: (s) => proc.stdout.write(s), stderr: (s) => proc.stderr.write(s) },
      { loadAgencySetup: agencySetupFromDataDir },
    );
  } catch (error) {
    proc.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    code = EXIT_BAD_INPUT;
  }
  // Exiting at once could cut a piped JSON answer short: wait until both streams have written it.
  await Promise.all([flushed(proc.stdout), flushed(proc.stderr)]);
  proc.exit(code);
  return code;
}

function flushed(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.write('', () => resolve())) stream.once('drain', () => resolve());
  });
}
