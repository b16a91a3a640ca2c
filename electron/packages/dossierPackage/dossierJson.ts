/**
 * data/dossier.json: the package described for machines (the Office's import, other tools). Its shape is
 * a contract documented in the README ("Exporting and checking packages"): fields may be added, never
 * renamed or removed; `formatVersion` changes if that ever has to happen.
 */
import type { PreflightFinding } from '../../../shared/contract/packages';
import { MEETING_KIND_LABELS } from '../../../shared/packages/meetingKindLabels';
import { signatureStateOf } from '../../../shared/packages/signatureState';
import type { DossierSnapshot } from './dossierSnapshot';
import { COVER_SHEET_NAME, type PackageLayout } from './packageLayout';

export const DOSSIER_FORMAT = 'dossier-desk/package';
export const DOSSIER_FORMAT_VERSION = 1;

export interface Confirmation {
  /** The keys of the findings the user confirmed ("xuất bất chấp cảnh báo"). */
  keys: string[];
  at: string;
}

/** What the bag writer found for each payload file (relative to data/). */
export type PayloadDigests = ReadonlyMap<string, { sha256: string; size: number }>;

export function dossierJson(
  snapshot: DossierSnapshot,
  layout: PackageLayout,
  digests: PayloadDigests,
  findings: readonly PreflightFinding[],
  confirmation: Confirmation | null,
): Record<string, unknown> {
  const { meeting } = snapshot;
  const filesByEntry = new Map<number, PackageLayout['files']>();
  for (const f of layout.files) {
    const list = filesByEntry.get(f.entry.entry.id) ?? [];
    list.push(f);
    filesByEntry.set(f.entry.entry.id, list);
  }
  const deadlineJson = (d: DossierSnapshot['deadlines'][number]) => ({
    rule: d.rule,
    due: d.due,
    dueTime: d.dueTime,
    provisional: d.provisional,
    workingDaysLeft: d.workingDaysLeft,
    overdue: d.overdue,
    explanation: d.explanation,
  });
  return {
    format: DOSSIER_FORMAT,
    formatVersion: DOSSIER_FORMAT_VERSION,
    generator: { name: 'Dossier Desk', version: snapshot.appVersion },
    exportedAt: snapshot.at.toISOString(),
    scope: snapshot.scope,
    agency: { name: snapshot.agency.name, code: snapshot.agency.code },
    meeting: {
      id: meeting.id,
      kind: meeting.kind,
      kindLabel: MEETING_KIND_LABELS[meeting.kind].vi,
      viceChairman: meeting.viceChairman,
      date: meeting.date,
      time: meeting.time,
      title: meeting.title,
      place: meeting.place,
      chair: meeting.chair,
      status: meeting.status,
    },
    deadlines: snapshot.deadlines.map(deadlineJson),
    coverSheet: `data/${COVER_SHEET_NAME}`,
    items: snapshot.items.map((it) => ({
      id: it.item.id,
      position: it.item.position,
      title: it.item.title,
      contentKind: it.item.contentKind,
      status: it.item.status,
      leadOfficer: it.item.leadOfficer,
      leaderInCharge: it.item.leaderInCharge,
      folder: `data/${layout.itemFolders.get(it.item.id) ?? ''}`,
      deadlines: it.deadlines.map(deadlineJson),
      checklist: it.entries.map((e) => {
        const folder = layout.entryFolders.get(e.entry.id);
        return {
          id: e.entry.id,
          position: e.entry.position,
          code: e.entry.code,
          label: e.entry.label,
          kind: e.entry.entryKind,
          required: e.entry.required,
          mustBeSigned: e.entry.mustBeSigned,
          state: e.entry.state,
          notes: e.entry.notes,
          folder: folder === undefined ? null : `data/${folder}`,
          files: (filesByEntry.get(e.entry.id) ?? []).map((f) => {
            const digest = digests.get(f.path);
            const pdf = f.attachment.blob.pdf;
            return {
              attachmentId: f.attachment.id,
              name: f.attachment.name,
              path: `data/${f.path}`,
              size: digest?.size ?? f.attachment.blob.size,
              sha256: digest?.sha256 ?? null,
              /** The digest recorded when the file was attached; differs from sha256 only if it changed since. */
              recordedSha256: f.attachment.blob.sha256,
              mime: f.attachment.blob.mime,
              addedAt: f.attachment.addedAt,
              pages: pdf?.pages ?? null,
              signatureStatus: signatureStateOf(pdf),
              signatures: pdf?.signatures ?? [],
            };
          }),
        };
      }),
    })),
    excludedItems: snapshot.excludedItems.map((i) => ({
      id: i.id,
      position: i.position,
      title: i.title,
      status: i.status,
    })),
    preflight: {
      checkedAt: snapshot.at.toISOString(),
      findings,
      confirmation:
        confirmation === null ? null : { confirmed: true, at: confirmation.at, keys: confirmation.keys },
    },
  };
}

export function dossierJsonBytes(value: Record<string, unknown>): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
