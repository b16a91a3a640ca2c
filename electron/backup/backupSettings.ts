import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_KEEP, MIN_KEEP } from '../../shared/contract/backup';
import { writeFileAtomic } from './durableFs';

export const DEFAULT_KEEP = 14;
const SETTINGS_FILE = 'backup-settings.json';

export interface BackupSettings {
  /** How many automatic backups are kept (the oldest beyond are deleted after each new one). */
  keep: number;
}

/** The saved settings; defaults when the file is missing or unreadable (a settings file is never fatal). */
export function readBackupSettings(dataDir: string): BackupSettings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, SETTINGS_FILE), 'utf8'));
    const keep: unknown =
      typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'keep') : undefined;
    if (typeof keep === 'number' && Number.isInteger(keep) && keep >= MIN_KEEP && keep <= MAX_KEEP) {
      return { keep };
    }
  } catch {
    // Missing or damaged: the defaults apply, and the next save rewrites the file.
  }
  return { keep: DEFAULT_KEEP };
}

export function writeBackupSettings(dataDir: string, settings: BackupSettings): void {
  writeFileAtomic(join(dataDir, SETTINGS_FILE), `${JSON.stringify(settings, null, 2)}\n`);
}
