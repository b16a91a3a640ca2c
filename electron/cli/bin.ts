/** Process entry of the `dossier-desk` bin: argv in, exit code out. */
import { agencySetupFromDataDir } from './agencySetupFromDataDir';
import { runCli } from './main';

// A reader that stops early (`dossier-desk agenda --json | head`, `| findstr /m …`) closes the pipe: that is
// the reader's choice, not a failure to report with a stack trace. Stop quietly, as other tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

runCli(
  process.argv.slice(2),
  {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
  },
  { loadAgencySetup: agencySetupFromDataDir },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
