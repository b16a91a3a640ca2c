import * as electron from 'electron';
import { startApp } from './shell/startApp';

// The Electron entry point. Everything is wired in shell/startApp.ts, which takes the electron module as
// a parameter so that the unit tests can run it against a fake.
startApp(electron, { env: process.env, distDir: __dirname }).catch((error: unknown) => {
  console.error('[main] start failed:', error);
  electron.dialog.showErrorBox(
    'Dossier Desk',
    `Không khởi động được ứng dụng / The app could not start.\n\n${String(error)}`,
  );
  electron.app.exit(1);
});
