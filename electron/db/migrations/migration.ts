import type { Database } from 'better-sqlite3';

/** One forward-only schema step. `version` is the `user_version` the database has after it ran. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
