/**
 * Names of the files in `<data dir>/backups/`. The name carries the kind and the moment (Vietnam time,
 * the time the users read), so that the list needs no index file and survives being copied around:
 *   dossier-desk-2026-11-25-090000.db          automatic daily backup (pruned to the last N)
 *   dossier-desk-2026-11-25-090000-manual.db   made by the user (kept until the user deletes it)
 *   pre-restore-2026-11-25-090000.db           the database set aside by a restore (kept)
 * A second file in the same second gets a sequence number: dossier-desk-2026-11-25-090000-2.db.
 */

export const BACKUP_KINDS = ['auto', 'manual', 'pre-restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupName {
  name: string;
  kind: BackupKind;
  /** The instant in the name, as an ISO string with the Vietnam offset: '2026-11-25T09:00:00+07:00'. */
  createdAt: string;
  /** Sorts names by moment, then sequence: 'YYYYMMDDHHmmss-NNN'. */
  sortKey: string;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const NAME =
  /^(dossier-desk|pre-restore)-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})(?:-(\d{1,3}))?(-manual)?\.db$/;

/** 'YYYY-MM-DD-HHmmss' in Vietnam time (UTC+7 all year), whatever the machine's zone. */
export function vietnamStamp(now: Date): string {
  const t = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}-${p(t.getUTCHours())}${p(t.getUTCMinutes())}${p(t.getUTCSeconds())}`;
}

export function backupFileName(kind: BackupKind, now: Date, sequence = 1): string {
  const prefix = kind === 'pre-restore' ? 'pre-restore' : 'dossier-desk';
  const seq = sequence > 1 ? `-${sequence}` : '';
  return `${prefix}-${vietnamStamp(now)}${seq}${kind === 'manual' ? '-manual' : ''}.db`;
}

/** The parts of a backup file name, or null for any other file (temp files, notes the user left). */
export function parseBackupName(name: string): BackupName | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, prefix, y, mo, d, h, mi, s, seq, manual] = m;
  if (prefix === 'pre-restore' && manual) return null;
  const kind: BackupKind = prefix === 'pre-restore' ? 'pre-restore' : manual ? 'manual' : 'auto';
  const createdAt = `${y}-${mo}-${d}T${h}:${mi}:${s}+07:00`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { name, kind, createdAt, sortKey: `${y}${mo}${d}${h}${mi}${s}-${(seq ?? '1').padStart(3, '0')}` };
}
