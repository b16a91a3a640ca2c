import { migration0001 } from './0001-agency-meetings';
import { migration0002 } from './0002-calendar-settings';
import { migration0003 } from './0003-dossiers';
import { migration0004 } from './0004-work-program';
import { migration0005 } from './0005-packages';
import { migration0006 } from './0006-submission-day';
import { migration0007 } from './0007-deadline-records';
import { migration0008 } from './0008-opinion-requests';
import { migration0009 } from './0009-trust-material';
import { migration0010 } from './0010-search-and-open-duties';
import type { Migration } from './migration';

/** Every schema step, in order. Append only: a released migration is never edited or removed. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
