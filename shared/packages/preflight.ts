/**
 * Kiểm tra trước khi xuất gói: what the secretary must know before a package leaves for the PPC Office.
 * Pure: takes the dossier as plain data plus what checking the stored files found, and the present moment
 * in Vietnam; returns findings with stable keys, which is what a confirmation ("export anyway") names.
 */
import type { PreflightCode, PreflightFinding } from '../contract/packages';
import { attachRefusal } from '../dossiers/attachmentType';
import type { SignatureFactView } from '../dossiers/signatureCheck';
import { bestSignatureState, SIGNATURE_STATE_TEXT, signatureStateOf } from './signatureState';

export interface PreflightAttachment {
  id: number;
  name: string;
  sha256: string;
  /** Null when the file is not a PDF (or could not be read as one). */
  signatures: readonly SignatureFactView[] | null;
  /** What kept the PDF from being read, if anything (an unreadable PDF is not an unsigned one). */
  problem?: { code: string } | null;
  /** The type sniffed from the stored bytes; absent: not checked. */
  mime?: string;
}

export interface PreflightEntry {
  id: number;
  label: string;
  entryKind: 'document' | 'content-requirement';
  required: boolean;
  mustBeSigned: boolean;
  state: string;
  attachments: readonly PreflightAttachment[];
}

export interface PreflightItem {
  id: number;
  position: number;
  title: string;
  /** A legitimate reason for late documents recorded on the item ('' or absent when none). */
  lateReason?: string;
  entries: readonly PreflightEntry[];
}

/** What reading a stored file found: intact, different bytes, or no file at all. */
export type StoredFileState = 'ok' | 'changed' | 'missing';

export interface PreflightInput {
  meetingId: number;
  items: readonly PreflightItem[];
  /** By blob SHA-256; a blob absent from the map was not checked (treated as intact). */
  files: ReadonlyMap<string, StoredFileState>;
  /** The signed-documents deadline of the meeting, if the meeting has one. */
  deadline: { due: string; dueTime: string } | null;
  /** The present moment in Vietnam. */
  now: { date: string; time: string };
}

export function preflightFindings(input: PreflightInput): PreflightFinding[] {
  const findings: PreflightFinding[] = [];
  const add = (
    code: PreflightCode,
    ref: { itemId: number | null; entryId: number | null; attachmentId: number | null },
    recordKey: string,
    vi: string,
    en: string,
  ) => {
    findings.push({ key: `${code}:${recordKey}`, code, ...ref, vi: vi.normalize('NFC'), en });
  };

  const { deadline, now } = input;
  if (deadline && (deadline.due < now.date || (deadline.due === now.date && now.time > deadline.dueTime))) {
    const due = `${deadline.dueTime} ${ddmmyyyy(deadline.due)}`;
    // A legitimate reason recorded on an item (§4b: late "without a legitimate reason" is what gets struck).
    const reasons = input.items.filter((i) => (i.lateReason ?? '') !== '');
    const vi = reasons
      .map((i) => ` Lý do chính đáng đã ghi — nội dung ${i.position}: ${i.lateReason}.`)
      .join('');
    const en = reasons
      .map((i) => ` Legitimate reason recorded — item ${i.position}: ${i.lateReason}.`)
      .join('');
    add(
      'deadline-passed',
      { itemId: null, entryId: null, attachmentId: null },
      `meeting:${input.meetingId}:${deadline.due}`,
      `Đã quá hạn gửi văn bản đã ký đến Văn phòng UBND tỉnh (${due}). Hồ sơ gửi muộn có thể bị đề nghị rút khỏi chương trình họp.${vi}`,
      `The deadline for signed documents to reach the PPC Office has passed (${due}). A late dossier may be struck from the meeting program.${en}`,
    );
  }

  for (const item of input.items) {
    const where = {
      vi: `Nội dung ${item.position} "${item.title}"`,
      en: `Item ${item.position} "${item.title}"`,
    };
    for (const entry of item.entries) {
      const ref = { itemId: item.id, entryId: entry.id, attachmentId: null };
      if (entry.entryKind === 'document' && entry.required && entry.attachments.length === 0) {
        add(
          'required-document-missing',
          ref,
          `entry:${entry.id}`,
          `${where.vi}: thiếu tài liệu bắt buộc "${entry.label}" (chưa có tệp đính kèm).`,
          `${where.en}: the required document "${entry.label}" has no file attached.`,
        );
      }
      if (entry.entryKind === 'content-requirement' && entry.required && entry.state === 'missing') {
        add(
          'content-requirement-missing',
          ref,
          `entry:${entry.id}`,
          `${where.vi}: chưa đáp ứng yêu cầu nội dung "${entry.label}".`,
          `${where.en}: the content requirement "${entry.label}" is still marked missing.`,
        );
      }
      if (entry.mustBeSigned && entry.attachments.length > 0) {
        // The entry's verdict is its best file's, in the words of the cover sheet and the dashboard.
        const best = bestSignatureState(
          entry.attachments.flatMap((a) =>
            a.signatures === null
              ? []
              : [signatureStateOf({ signatures: a.signatures, problem: a.problem ?? null })],
          ),
        );
        if (best === 'untrusted') {
          add(
            'signature-untrusted',
            ref,
            `entry:${entry.id}`,
            `${where.vi}: "${entry.label}" có chữ ký số hợp lệ nhưng chưa được tin cậy (chứng thư tự ký hoặc không dẫn tới chứng thư gốc đã nhập trong Cài đặt › Chữ ký số).`,
            `${where.en}: "${entry.label}" carries a valid signature that is not trusted (self-signed, or not chaining to an anchor imported in Settings › Digital signatures).`,
          );
        } else if (best !== 'trusted') {
          const words = best ? SIGNATURE_STATE_TEXT[best] : null;
          add(
            'signature-missing',
            ref,
            `entry:${entry.id}`,
            `${where.vi}: "${entry.label}" phải là bản ký, đóng dấu nhưng không có tệp PDF nào mang chữ ký số tin cậy bao trùm toàn bộ tệp${words ? ` (${words.vi})` : ''}.`,
            `${where.en}: "${entry.label}" must be signed and stamped, but no file carries a trusted digital signature covering the whole file${words ? ` (${words.en})` : ''}.`,
          );
        }
      }
      for (const a of entry.attachments) {
        // Files attached before the app sniffed types on attach (or by an older version) are judged here.
        const refusal = a.mime === undefined ? null : attachRefusal({ name: a.name, mime: a.mime }, entry);
        if (refusal) {
          add(
            'file-type-mismatch',
            { ...ref, attachmentId: a.id },
            `attachment:${a.id}`,
            `${where.vi}: ${refusal.vi}`,
            `${where.en}: ${refusal.en}`,
          );
        }
        const state = input.files.get(a.sha256) ?? 'ok';
        if (state === 'ok') continue;
        const aref = { ...ref, attachmentId: a.id };
        if (state === 'missing') {
          add(
            'file-missing',
            aref,
            `attachment:${a.id}`,
            `${where.vi}: tệp "${a.name}" không còn trong kho lưu trữ; không thể đưa vào gói.`,
            `${where.en}: the file "${a.name}" is no longer in the store; it cannot be packaged.`,
          );
        } else {
          add(
            'file-changed',
            aref,
            `attachment:${a.id}`,
            `${where.vi}: tệp "${a.name}" trong kho đã bị thay đổi kể từ khi đính kèm (mã SHA-256 không còn khớp).`,
            `${where.en}: the stored file "${a.name}" has changed since it was attached (its SHA-256 no longer matches).`,
          );
        }
      }
    }
  }
  return findings;
}

/** Findings the user has not confirmed (a confirmation names the keys it covers). */
export function unconfirmed(
  findings: readonly PreflightFinding[],
  confirmedKeys: readonly string[],
): PreflightFinding[] {
  const confirmed = new Set(confirmedKeys);
  return findings.filter((f) => !confirmed.has(f.key));
}

function ddmmyyyy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
