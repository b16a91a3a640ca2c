/**
 * Xuất gói hồ sơ: turns a dossier snapshot into a BagIt .zip in one pass over the stored files.
 *
 * The documents stream from the store into the zip, hashed on the way (writeBagZip). Once they are all
 * read, each digest is compared with the one recorded at attach time: a file that changed since is a
 * pre-flight finding like the others, and the export goes on only if the user confirmed it. Then the
 * cover sheet and dossier.json are made from the digests actually packaged, and the manifests written.
 * Any refusal, failure or cancel leaves nothing at `outPath` (writeBagZip's temp file is removed).
 */

import type { PreflightFinding } from '../../../shared/contract/packages';
import { appError } from '../../../shared/errors/appError';
import { MEETING_KIND_LABELS } from '../../../shared/packages/meetingKindLabels';
import { unconfirmed } from '../../../shared/packages/preflight';
import { PAYLOAD_DIR } from '../bagitFormat';
import { type BagWriteProgress, type BagWriteResult, writeBagZip } from '../writeBagZip';
import { type Confirmation, dossierJson, dossierJsonBytes } from './dossierJson';
import { type DossierSnapshot, signedDocumentsDeadline } from './dossierSnapshot';
import { BOOK_NAME, bookEntry } from './packageBook';
import { COVER_SHEET_NAME, DOSSIER_JSON_NAME, type PackageLayout, planLayout } from './packageLayout';

export interface ExportPackageInput {
  snapshot: DossierSnapshot;
  /** Where the store keeps a blob. */
  storePathOf: (sha256: string) => string;
  /** Findings known before reading the files (checklist, signatures, deadline, files gone or resized). */
  findings: readonly PreflightFinding[];
  /** Blobs gone from the store: left out of the package (their finding says so). */
  missingBlobs: ReadonlySet<string>;
  /** Keys of the findings the user confirmed. */
  confirmedKeys: readonly string[];
  outPath: string;
  onProgress?: (p: BagWriteProgress) => void;
  signal?: AbortSignal;
  fontFile?: string;
  /** The session book, already made (issue 13): packaged as BOOK_NAME and named in dossier.json. */
  book?: { sourcePath: string; pages: number };
  /** Signs the bag's tag manifest (issue 14: the agency's token); see BagInput.signTagManifest. */
  signTagManifest?: (tagManifest: Buffer) => Promise<Buffer>;
}

export interface ExportPackageResult {
  bag: BagWriteResult;
  layout: PackageLayout;
  /** Every finding, including files found changed while packaging. */
  findings: PreflightFinding[];
  confirmation: Confirmation | null;
}

export async function exportDossierPackage(input: ExportPackageInput): Promise<ExportPackageResult> {
  const { snapshot } = input;
  requireConfirmed(input.findings, input.confirmedKeys);
  const layout = planLayout(snapshot, input.missingBlobs);
  const findings = [...input.findings];
  let confirmation: Confirmation | null = null;

  const bag = await writeBagZip(
    {
      bagInfo: bagInfoLines(snapshot),
      payload: [
        ...layout.files.map((f) => ({
          path: f.path,
          source: { kind: 'file' as const, path: input.storePathOf(f.attachment.blob.sha256) },
        })),
        ...(input.book
          ? [{ path: BOOK_NAME, source: { kind: 'file' as const, path: input.book.sourcePath } }]
          : []),
      ],
      baggingDate: snapshot.today,
      ...(input.signTagManifest ? { signTagManifest: input.signTagManifest } : {}),
      latePayload: async (payload) => {
        const digests = new Map(payload.map((p) => [p.path.slice(PAYLOAD_DIR.length), p]));
        for (const f of layout.files) {
          const got = digests.get(f.path);
          if (!got || got.sha256 === f.attachment.blob.sha256) continue;
          const key = `file-changed:attachment:${f.attachment.id}`;
          if (findings.some((x) => x.key === key)) continue;
          findings.push({
            key,
            code: 'file-changed',
            itemId: f.item.item.id,
            entryId: f.entry.entry.id,
            attachmentId: f.attachment.id,
            vi: `Nội dung ${f.item.item.position} "${f.item.item.title}": tệp "${f.attachment.name}" trong kho đã bị thay đổi kể từ khi đính kèm (mã SHA-256 không còn khớp).`,
            en: `Item ${f.item.item.position} "${f.item.item.title}": the stored file "${f.attachment.name}" has changed since it was attached (its SHA-256 no longer matches).`,
          });
        }
        requireConfirmed(findings, input.confirmedKeys);
        if (findings.length > 0) {
          confirmation = {
            keys: findings.map((f) => f.key),
            at: vietnamIso(snapshot),
          };
        }
        // Loaded here, not at start-up: the cover sheet pulls in pdf-lib and fontkit (issue 10, fast start).
        const { coverSheetPdf } = await import('./coverSheetPdf');
        const cover = await coverSheetPdf(snapshot, layout, digests, findings, confirmation, {
          ...(input.fontFile ? { fontFile: input.fontFile } : {}),
        });
        const described = dossierJson(snapshot, layout, digests, findings, confirmation);
        const json = dossierJsonBytes(
          input.book ? { ...described, ...bookEntry(input.book, digests) } : described,
        );
        return {
          files: [
            { path: COVER_SHEET_NAME, data: cover },
            { path: DOSSIER_JSON_NAME, data: json },
          ],
          bagInfo: warningLines(findings, confirmation),
        };
      },
    },
    input.outPath,
    {
      ...(input.onProgress ? { onProgress: input.onProgress } : {}),
      ...(input.signal ? { signal: input.signal } : {}),
    },
  );
  return { bag, layout, findings, confirmation };
}

/** Refuses while a finding is not among the keys the user confirmed, listing them in the error. */
export function requireConfirmed(
  findings: readonly PreflightFinding[],
  confirmedKeys: readonly string[],
): void {
  const open = unconfirmed(findings, confirmedKeys);
  if (open.length === 0) return;
  throw appError(
    'preflight-unconfirmed',
    `Có ${open.length} cảnh báo chưa được xác nhận khi kiểm tra trước khi xuất: ${open.map((f) => f.vi).join(' ')} Hãy kiểm tra lại và xác nhận nếu vẫn muốn xuất gói.`,
    `${open.length} pre-flight warning(s) not confirmed: ${open.map((f) => f.en).join(' ')} Check again, and confirm if you still want to export.`,
    { findings: open.map((f) => ({ key: f.key, code: f.code })) },
  );
}

/** bag-info.txt: who sends what for which meeting, and by when it is due. Labels are English (RFC 8493). */
export function bagInfoLines(snapshot: DossierSnapshot): Array<[string, string]> {
  const { agency, meeting } = snapshot;
  const officers = [...new Set(snapshot.items.map((i) => i.item.leadOfficer).filter((o) => o.trim() !== ''))];
  const lines: Array<[string, string]> = [
    ['Source-Organization', agency.name],
    ['Organization-Code', agency.code],
  ];
  if (officers.length > 0) lines.push(['Contact-Name', officers.join('; ')]);
  lines.push(
    [
      'External-Description',
      `Gói hồ sơ trình — ${MEETING_KIND_LABELS[meeting.kind].vi}, ngày ${meeting.date}: ${meeting.title}`,
    ],
    [
      'External-Identifier',
      `${agency.code}-M${meeting.id}${snapshot.scope.kind === 'item' ? `-I${snapshot.scope.itemId}` : ''}-${snapshot.at.toISOString()}`,
    ],
    ['Meeting-Kind', `${meeting.kind} (${MEETING_KIND_LABELS[meeting.kind].vi})`],
    ['Meeting-Date', meeting.time ? `${meeting.date} ${meeting.time}` : meeting.date],
    ['Meeting-Title', meeting.title],
  );
  for (const it of snapshot.items) lines.push(['Item-Title', `${it.item.position}. ${it.item.title}`]);
  const due = signedDocumentsDeadline(snapshot);
  if (due) {
    lines.push([
      'Submission-Deadline',
      `${due.due} ${due.dueTime} (signed-documents${due.provisional ? ', provisional' : ''})`,
    ]);
  }
  lines.push(
    ['Export-Time', vietnamIso(snapshot)],
    ['Bag-Software-Agent', `Dossier Desk ${snapshot.appVersion}`],
  );
  return lines;
}

function warningLines(
  findings: readonly PreflightFinding[],
  confirmation: Confirmation | null,
): Array<[string, string]> {
  const lines: Array<[string, string]> = [['Export-Warnings', String(findings.length)]];
  if (confirmation) {
    const codes = [...new Set(findings.map((f) => f.code))].join(', ');
    lines.push(['Export-Warnings-Confirmed', `yes, ${confirmation.at} (${codes})`]);
  }
  return lines;
}

/** The snapshot's moment as people in Vietnam read it: 2026-11-25T09:00:00+07:00. */
export function vietnamIso(snapshot: DossierSnapshot): string {
  return `${snapshot.today}T${snapshot.timeInVietnam}+07:00`;
}
