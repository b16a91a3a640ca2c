/** Process entry of the `dossier-desk` bin: argv in, exit code out. */
import { agencySetupFromDataDir } from './agencySetupFromDataDir';
import { runCli } from './main';

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
