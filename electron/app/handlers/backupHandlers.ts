import type { BackupOverview } from '../../../shared/contract/backup';
import {
  backupsFolder,
  createBackup,
  listBackups,
  restoreBackup,
  restoreFromFile,
} from '../../backup/backupService';
import { readBackupSettings, writeBackupSettings } from '../../backup/backupSettings';
import type { AppContext } from '../context';
import { requireDesktop } from './shellHandlers';
import type { HandlerMap } from './types';

export const backupHandlers = {
  'backup.list': (_args, ctx) => backupOverview(ctx),
  'backup.create': (_args, ctx) => createBackup(ctx, 'manual'),
  'backup.restore': (args, ctx) => restoreBackup(ctx, args.name),
  'backup.restoreFromFile': async (_args, ctx) => {
    const chosen = await requireDesktop(ctx).chooseFile('restore-backup');
    return chosen === null ? { cancelled: true as const } : restoreFromFile(ctx, chosen);
  },
  // Lowering the number deletes nothing now: the extra automatic backups go at the next daily backup.
  'backup.configure': (args, ctx) => {
    writeBackupSettings(ctx.dataDir, { keep: args.keep });
    return backupOverview(ctx);
  },
} satisfies Partial<HandlerMap>;

function backupOverview(ctx: AppContext): BackupOverview {
  return {
    folder: backupsFolder(ctx),
    keep: readBackupSettings(ctx.dataDir).keep,
    backups: listBackups(ctx),
  };
}
