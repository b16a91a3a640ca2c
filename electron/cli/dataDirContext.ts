import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError, appError } from '../../shared/errors/appError';
import type { AppContext } from '../app/context';
import { closeAppContext, createAppContext } from '../app/createAppContext';
import { DATABASE_FILE } from '../app/dataDir';

/**
 * Opens an agency's data folder for one CLI command, through the same services and the same refusals
 * as the app (not SQLite, another application's, damaged, from a newer version), and closes it
 * afterwards. Nothing is created unless the command creates data (`create: true`, e.g. `demo`): a typo in
 * --data-dir must give an error, never a new empty agency.
 */
export async function withDataDir<T>(
  dataDir: string,
  options: { now: () => Date; create?: boolean },
  run: (ctx: AppContext) => Promise<T> | T,
): Promise<T> {
  const folder = resolve(dataDir);
  const databasePath = join(folder, DATABASE_FILE);
  if (!options.create && !hasDatabase(databasePath)) {
    throw appError(
      'data-dir-no-database',
      `--data-dir: thư mục "${folder}" không có cơ sở dữ liệu Dossier Desk (${DATABASE_FILE}). Hãy chỉ đúng thư mục dữ liệu hiển thị trong Cài đặt của ứng dụng.`,
      `--data-dir: the folder "${folder}" holds no Dossier Desk database (${DATABASE_FILE}). Point it at the data folder shown in the app's Settings.`,
      { field: '--data-dir', input: dataDir },
    );
  }
  const ctx = createAppContext({ dataDir: folder, transport: 'cli', now: options.now });
  try {
    if (ctx.databaseError) throw new AppError(ctx.databaseError);
    return await run(ctx);
  } finally {
    closeAppContext(ctx);
  }
}

function hasDatabase(path: string): boolean {
  return existsSync(path) && statSync(path).isFile() && statSync(path).size > 0;
}
