import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/db/openDatabase';
import { OPEN_DUE_SQL } from '../../../electron/db/repositories/opinionRequestRepository';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

describe('the register’s hot query uses its index (so it cannot silently disappear)', () => {
  it('reads the open requests due by a day through the partial index of open requests', () => {
    const db = openDatabase(join(tempDir(), 'plans.db'));
    try {
      const plan = (
        db.prepare(`EXPLAIN QUERY PLAN ${OPEN_DUE_SQL}`).all({ to: '2026-12-31' }) as Array<{
          detail: string;
        }>
      ).map((r) => r.detail);
      expect(plan.join('\n')).toContain('USING INDEX opinion_request_open_by_due (due_on<?)');
    } finally {
      db.close();
    }
  });
});
