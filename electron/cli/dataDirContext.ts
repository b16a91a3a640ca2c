import { existsSync, statSync } from 'node:fs';
import { AppError, appError } from '../../shared/errors/appError';
import type { AppContext } from '../app/context';
import { closeAppContext, createAppContext } from '../app/createAppContext';

/**
 * Opens an agency's data folder for one CLI command, through the same services the app uses, and closes
 * it afterwards. A folder that does not exist is refused (a typo must not create an empty agency), unless
 * the command creates data (`create: true`, e.g. `demo`). A database the app would refuse is refused here
 * with the same bilingual message.
 */
export async function withDataDir<T>(
  dataDir: string,
  options: { now: () => Date; create?: boolean },
  run: (ctx: AppContext) => Promise<T> | T,
): Promise<T> {
  if (!options.create && !(existsSync(dataDir) && statSync(dataDir).isDirectory())) {
    throw appError(
      'data-dir-missing',
      `Không tìm thấy thư mục dữ liệu "${dataDir}".`,
      `The data folder "${dataDir}" does not exist.`,
      { dataDir },
    );
  }
  const ctx = createAppContext({ dataDir, transport: 'cli', now: options.now });
  try {
    if (ctx.databaseError) throw new AppError(ctx.databaseError);
    return await run(ctx);
  } finally {
    closeAppContext(ctx);
  }
}
