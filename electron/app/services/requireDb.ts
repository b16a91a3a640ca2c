import type { Database } from 'better-sqlite3';
import { AppError } from '../../../shared/errors/appError';
import type { AppContext } from '../context';

/** The database, or the reason it could not be opened, as the error every data call then answers with. */
export function requireDb(ctx: AppContext): Database {
  if (ctx.db) return ctx.db;
  throw new AppError(
    ctx.databaseError ?? {
      code: 'db-unavailable',
      vi: 'Cơ sở dữ liệu chưa được mở.',
      en: 'The database is not open.',
    },
  );
}
