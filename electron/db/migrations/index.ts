import { migration0001 } from './0001-agency-meetings';
import type { Migration } from './migration';

/** Every schema step, in order. Append only: a released migration is never edited or removed. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
