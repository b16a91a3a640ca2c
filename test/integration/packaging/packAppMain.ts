// Entry of the packing child process (electron-builder runs outside the test runner's module system).
import { packFromCommandLine } from './packApp';

packFromCommandLine(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
