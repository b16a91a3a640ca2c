import type { AppStatus } from '../../../shared/contract/app';
import { getAgency } from '../../db/repositories/agencyRepository';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { setupAgency } from '../services/agencyService';
import { databaseCheckOf } from '../services/databaseCheckService';
import type { HandlerMap } from './types';

export const appHandlers = {
  'app.status': (_args, ctx) => appStatus(ctx),
  'agency.setup': (args, ctx) => setupAgency(ctx, args),
} satisfies Partial<HandlerMap>;

function appStatus(ctx: AppContext): AppStatus {
  const agency = ctx.db ? getAgency(ctx.db) : null;
  const { code, vi, en } = ctx.databaseError ?? { code: '', vi: '', en: '' };
  return {
    version: ctx.version,
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    state: ctx.databaseError ? 'error' : agency ? 'ready' : 'needs-setup',
    error: ctx.databaseError ? { code, vi, en } : null,
    agency,
    today: todayOf(ctx.now),
    transport: ctx.transport,
    databaseCheck: databaseCheckOf(ctx),
  };
}
