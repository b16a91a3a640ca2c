/**
 * How far a digital signature can be trusted (độ tin cậy của chữ ký số), in one word the whole app uses:
 * attach, pre-flight, cover sheet, dossier.json, verify, import, dashboard, CLI. Pure: the judging itself
 * (chains, CRLs) happens in electron/signatures; this file names the verdicts and the reasons.
 *
 * - trusted: intact, and the certificate chains to an anchor the agency imported, was valid at the
 *   signing time, may sign documents, and no imported CRL revokes it;
 * - untrusted ("valid but not trusted"): intact, but nobody the agency trusts vouches for the signer
 *   (self-signed, unknown chain). Never shown as plain "signed";
 * - invalid: bytes changed, the signature does not verify, the certificate had expired (or was not yet
 *   valid) at the signing time, it is revoked, or it may not sign documents.
 */

export const SIGNATURE_TRUST = ['trusted', 'untrusted', 'invalid'] as const;
export type SignatureTrust = (typeof SIGNATURE_TRUST)[number];

export const TRUST_REASON_CODES = [
  'digest-mismatch',
  'signature-mismatch',
  'unreadable',
  'not-whole-file',
  'self-signed',
  'unknown-chain',
  'no-anchors',
  'expired-at-signing',
  'not-yet-valid-at-signing',
  'chain-expired-at-signing',
  'revoked',
  'key-usage',
  'no-signing-time',
  'not-judged',
  'chain-ok',
] as const;
export type TrustReasonCode = (typeof TRUST_REASON_CODES)[number];

export interface TrustReason {
  code: TrustReasonCode;
  vi: string;
  en: string;
}

/** The integrity and trust facts of one signature as stored and sent to the screens. */
export interface JudgedSignature {
  digestMatches: boolean;
  signatureValid: boolean;
  coversWholeFile: boolean;
  /** Absent on facts recorded before trust was judged (read as untrusted when intact). */
  trust?: SignatureTrust | undefined;
  reasons?: readonly TrustReason[] | undefined;
}

export function integrityOf(s: Pick<JudgedSignature, 'digestMatches' | 'signatureValid'>): 'ok' | 'broken' {
  return s.digestMatches && s.signatureValid ? 'ok' : 'broken';
}

/** The verdict of a signature; facts from before verdicts existed count as intact-but-untrusted at best. */
export function trustOf(s: JudgedSignature): SignatureTrust {
  if (integrityOf(s) === 'broken') return 'invalid';
  return s.trust ?? 'untrusted';
}

/** A signature that vouches for the whole file as it is: intact, whole-file and trusted. */
export function isTrustedWholeFile(s: JudgedSignature): boolean {
  return s.coversWholeFile && trustOf(s) === 'trusted';
}

/** Intact and whole-file, but not (or not yet) trusted: shown with a warning, never as plain "signed". */
export function isUntrustedWholeFile(s: JudgedSignature): boolean {
  return s.coversWholeFile && trustOf(s) === 'untrusted';
}

export const TRUST_TEXT: Record<SignatureTrust, { vi: string; en: string }> = {
  trusted: { vi: 'Chữ ký số tin cậy', en: 'Trusted signature' },
  untrusted: {
    vi: 'Chữ ký số hợp lệ nhưng chưa được tin cậy',
    en: 'Valid signature, but not trusted',
  },
  invalid: { vi: 'Chữ ký số không hợp lệ', en: 'Invalid signature' },
};

function fmt(iso: string): string {
  // dd/MM/yyyy in Vietnam time (UTC+7), without the machine's zone.
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** The sentences of each reason; `detail` names a date or a certificate where the reason has one. */
export function trustReason(code: TrustReasonCode, detail?: { date?: string; name?: string }): TrustReason {
  const date = detail?.date ? fmt(detail.date) : '';
  const name = detail?.name ?? '';
  const text: Record<TrustReasonCode, [string, string]> = {
    'digest-mismatch': [
      'Nội dung đã bị thay đổi sau khi ký (mã băm không khớp).',
      'The content was changed after signing (the digest does not match).',
    ],
    'signature-mismatch': [
      'Giá trị chữ ký không khớp với chứng thư số của người ký.',
      "The signature value does not verify with the signer's certificate.",
    ],
    unreadable: ['Không đọc được chữ ký.', 'The signature could not be read.'],
    'not-whole-file': [
      'Chữ ký không bao trùm toàn bộ tệp: tệp đã được bổ sung sau khi ký.',
      'The signature does not cover the whole file: it was extended after signing.',
    ],
    'self-signed': [
      'Chứng thư số tự ký: không tổ chức chứng thực nào bảo đảm người ký.',
      'Self-signed certificate: no certification authority vouches for the signer.',
    ],
    'unknown-chain': [
      'Chứng thư số không dẫn tới chứng thư gốc nào đã nhập trong Cài đặt › Chữ ký số.',
      'The certificate does not chain to any anchor imported in Settings › Digital signatures.',
    ],
    'no-anchors': [
      'Chưa nhập chứng thư gốc nào (Cài đặt › Chữ ký số): chưa thể xác nhận độ tin cậy.',
      'No trust anchor imported yet (Settings › Digital signatures): trust cannot be established.',
    ],
    'expired-at-signing': [
      `Chứng thư số đã hết hạn vào thời điểm ký${date ? ` (hết hạn ${date})` : ''}.`,
      `The certificate had expired at the signing time${date ? ` (expired ${date})` : ''}.`,
    ],
    'not-yet-valid-at-signing': [
      `Chứng thư số chưa có hiệu lực vào thời điểm ký${date ? ` (hiệu lực từ ${date})` : ''}.`,
      `The certificate was not yet valid at the signing time${date ? ` (valid from ${date})` : ''}.`,
    ],
    'chain-expired-at-signing': [
      `Chứng thư của tổ chức cấp${name ? ` "${name}"` : ''} không còn hiệu lực vào thời điểm ký.`,
      `The issuing authority's certificate${name ? ` "${name}"` : ''} was not valid at the signing time.`,
    ],
    revoked: [
      `Chứng thư số${name ? ` "${name}"` : ''} đã bị thu hồi${date ? ` ngày ${date}` : ''} theo danh sách thu hồi (CRL) đã nhập.`,
      `The certificate${name ? ` "${name}"` : ''} is revoked${date ? ` since ${date}` : ''} by an imported CRL.`,
    ],
    'key-usage': [
      'Chứng thư số không được phép dùng để ký văn bản (thiếu digitalSignature / nonRepudiation).',
      'The certificate may not sign documents (no digitalSignature / nonRepudiation key usage).',
    ],
    'no-signing-time': [
      'Chữ ký không ghi thời điểm ký: hiệu lực được xét tại thời điểm kiểm tra.',
      'The signature states no signing time: validity is judged at the time of the check.',
    ],
    'not-judged': [
      'Chưa xét độ tin cậy (tệp được kiểm tra trước khi có chức năng này).',
      'Trust not judged yet (the file was checked before this feature existed).',
    ],
    'chain-ok': [
      `Chuỗi chứng thư hợp lệ tới chứng thư gốc đã nhập${name ? ` "${name}"` : ''}.`,
      `The chain reaches the imported anchor${name ? ` "${name}"` : ''}.`,
    ],
  };
  const [vi, en] = text[code];
  return { code, vi, en };
}

/** The reasons to show for a signature, with the legacy fallback for facts recorded before verdicts. */
export function reasonsOf(s: JudgedSignature): readonly TrustReason[] {
  if (s.reasons) return s.reasons;
  if (!s.digestMatches) return [trustReason('digest-mismatch')];
  if (!s.signatureValid) return [trustReason('signature-mismatch')];
  return [trustReason('not-judged')];
}
