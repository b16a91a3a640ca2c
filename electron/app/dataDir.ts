import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_FOLDER = 'Dossier Desk';
export const DATABASE_FILE = 'dossier-desk.db';

/**
 * Where the agency's data lives. Electron's `app.getPath('userData')` is the same folder, so the desktop
 * app and the browser mode share one database: %APPDATA%\Dossier Desk on Windows,
 * ~/Library/Application Support/Dossier Desk on macOS, $XDG_CONFIG_HOME (~/.config)/Dossier Desk on Linux.
 * DOSSIER_DESK_DATA_DIR overrides it (a second agency, tests, a USB stick).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.DOSSIER_DESK_DATA_DIR?.trim();
  if (override) return override;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), PRODUCT_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', PRODUCT_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), PRODUCT_FOLDER);
}
