import * as electron from 'electron';
import { appLog } from './app/log';
import { cliArguments, runCliInApp } from './shell/cliMode';
import { startApp } from './shell/startApp';

// The Electron entry point. Everything is wired in shell/startApp.ts, which takes the electron module as
// a parameter so that the unit tests can run it against a fake. With --cli the app answers one CLI
// command instead (shell/cliMode.ts: how IT staff use the CLI on an office PC).
const cli = cliArguments(process.argv);
if (cli) {
  void runCliInApp(cli, {
    stdout: process.stdout,
    stderr: process.stderr,
    exit: (code) => electron.app.exit(code),
  });
} else {
  startApp(electron, { env: process.env, distDir: __dirname, processEvents: process }).catch(
    (error: unknown) => {
      const id = appLog().error('start failed', error);
      electron.dialog.showErrorBox(
        'Dossier Desk',
        `Không khởi động được ứng dụng / The app could not start.\n\n${String(error)}\n\nMã lỗi / Error id: ${id}`,
      );
      electron.app.exit(1);
    },
  );
}
