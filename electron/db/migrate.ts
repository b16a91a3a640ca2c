import type { Database } from 'better-sqlite3';
import { appError } from '../../shared/errors/appError';
import { APPLICATION_ID } from './applicationId';
import type { Migration } from './migrations/migration';

/**
 * Brings the database forward to the newest version. Each step runs in its own transaction together with
 * the `user_version` bump, so a crash leaves the database at the last completed step, never half-way.
 */
export function migrate(db: Database, migrations: readonly Migration[]): { from: number; to: number } {
  assertOrdered(migrations);
  const from = userVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw newerVersionError(from, latest);
  for (const step of migrations) {
    if (step.version <= from) continue;
    db.transaction(() => {
      step.up(db);
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${step.version}`);
    })();
  }
  return { from, to: userVersion(db) };
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      throw new Error(
        `Migration list is out of order at index ${i}: version ${m.version}, expected ${i + 1}`,
      );
    }
  });
}

export function newerVersionError(found: number, supported: number) {
  return appError(
    'db-newer-version',
    `Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${found}; phiên bản này chỉ đọc được đến ${supported}). Hãy cài phiên bản Dossier Desk mới hơn; dữ liệu không bị thay đổi.`,
    `The database was written by a newer version of the app (schema ${found}; this version reads up to ${supported}). Install a newer Dossier Desk; the data was not changed.`,
    { found, supported },
  );
}
