import type { ParsedArgs } from '../../../shared/contract';
import type { Agency } from '../../../shared/contract/agency';
import { getAgency, saveAgency } from '../../db/repositories/agencyRepository';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

export function setupAgency(ctx: AppContext, args: ParsedArgs<'agency.setup'>): Agency {
  const db = requireDb(ctx);
  return db.transaction(() => {
    const existing = getAgency(db);
    return saveAgency(db, {
      ...args,
      createdAt: existing?.createdAt ?? ctx.now().toISOString(),
    });
  })();
}
