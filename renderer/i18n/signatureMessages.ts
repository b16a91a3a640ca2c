import { TRUST_TEXT } from '../../shared/signatures/trust';

/** Strings of digital signatures (issue 14): Settings › Chữ ký số, the signing dialog, verdict labels. */
export const signatureMessages = {
  'settings.tab.signatures': { vi: 'Chữ ký số', en: 'Digital signatures' },
  // One source for the verdict words (shared/signatures/trust.ts), so no screen can say them differently.
  'sig.verdict.trusted': TRUST_TEXT.trusted,
  'sig.verdict.untrusted': TRUST_TEXT.untrusted,
  'sig.verdict.invalid': TRUST_TEXT.invalid,
  // "Not signed" would be wrong for a file signed but not trusted: the list names what is missing.
  'dashboard.atRisk.toSign': { vi: 'Chưa có bản ký tin cậy', en: 'No trusted signed copy yet' },
  'dashboard.atRisk.noPdf': { vi: 'chưa có tệp PDF', en: 'no PDF attached' },
  'sig.by': { vi: 'người ký: {signer}', en: 'signer: {signer}' },
  'sig.module.title': { vi: 'Token ký số (PKCS#11)', en: 'Signing token (PKCS#11)' },
  'sig.module.intro': {
    vi: 'Chọn thư viện PKCS#11 do nhà cung cấp chữ ký số cài cùng trình điều khiển token. Ứng dụng chỉ nạp đúng tệp bạn chọn; các đường dẫn dưới đây chỉ là gợi ý. Mã PIN không bao giờ được lưu.',
    en: 'Choose the PKCS#11 library the certificate provider installed with the token driver. The app loads only the file you choose; the paths below are suggestions. The PIN is never stored.',
  },
  'sig.module.path': { vi: 'Đường dẫn thư viện PKCS#11', en: 'PKCS#11 library path' },
  'sig.module.save': { vi: 'Lưu đường dẫn', en: 'Save path' },
  'sig.module.clear': { vi: 'Bỏ chọn', en: 'Clear' },
  'sig.module.saved': { vi: 'Đã lưu.', en: 'Saved.' },
  'sig.module.none': { vi: 'Chưa chọn thư viện nào.', en: 'No library chosen.' },
  'sig.module.suggestions': { vi: 'Gợi ý (Windows):', en: 'Suggestions (Windows):' },
  'sig.module.test': { vi: 'Xem chứng thư trên token', en: 'List certificates on the token' },
  'sig.trust.title': { vi: 'Chứng thư gốc tin cậy', en: 'Trust anchors' },
  'sig.trust.intro': {
    vi: 'Nhập chứng thư gốc và trung gian của tổ chức cung cấp dịch vụ chứng thực (.cer, .crt, .pem, .p7b) và danh sách thu hồi (.crl). Chữ ký chỉ được coi là tin cậy khi dẫn tới một chứng thư đã nhập ở đây. Ứng dụng không tải gì từ mạng.',
    en: 'Import the root and intermediate certificates of the certification authorities (.cer, .crt, .pem, .p7b) and their revocation lists (.crl). A signature is trusted only when it chains to a certificate imported here. Nothing is fetched from the network.',
  },
  'sig.trust.import': { vi: 'Nhập tệp chứng thư / CRL…', en: 'Import certificate / CRL file…' },
  'sig.trust.imported': {
    vi: 'Đã nhập {anchors} chứng thư, {crls} CRL ({dup} trùng, bỏ qua). Các chữ ký đã lưu được xét lại.',
    en: 'Imported {anchors} {anchors:certificate|certificates}, {crls} {crls:CRL|CRLs} ({dup} {dup:duplicate|duplicates} skipped). Stored signatures were judged again.',
  },
  'sig.trust.none': {
    vi: 'Chưa có chứng thư gốc nào: mọi chữ ký hợp lệ sẽ hiện là "chưa được tin cậy".',
    en: 'No trust anchor yet: every valid signature shows as "not trusted".',
  },
  'sig.trust.subject': { vi: 'Chủ thể', en: 'Subject' },
  'sig.trust.validity': { vi: 'Hiệu lực', en: 'Validity' },
  'sig.trust.file': { vi: 'Tệp', en: 'File' },
  'sig.trust.root': { vi: 'gốc', en: 'root' },
  'sig.trust.intermediate': { vi: 'trung gian', en: 'intermediate' },
  'sig.trust.remove': { vi: 'Xóa', en: 'Remove' },
  'sig.trust.removeConfirm': {
    vi: 'Xóa "{name}" khỏi danh sách tin cậy? Các chữ ký dựa vào nó sẽ không còn được tin cậy.',
    en: 'Remove "{name}" from the trusted list? Signatures relying on it will no longer be trusted.',
  },
  'sig.crl.title': { vi: 'Danh sách thu hồi (CRL)', en: 'Revocation lists (CRL)' },
  'sig.crl.none': { vi: 'Chưa nhập CRL nào.', en: 'No CRL imported.' },
  'sig.crl.issuer': { vi: 'Tổ chức phát hành', en: 'Issuer' },
  'sig.crl.updated': { vi: 'Cập nhật', en: 'Updated' },
  'sig.crl.revoked': { vi: 'Số chứng thư bị thu hồi', en: 'Revoked certificates' },
  'sig.package': { vi: 'Chữ ký số của gói', en: "The package's signature" },
  'sig.package.none': {
    vi: 'Gói không có chữ ký số riêng (chỉ có mã băm trong danh mục).',
    en: 'The package carries no signature of its own (only the manifest digests).',
  },
  'sig.export.sign': {
    vi: 'Ký số gói bằng token (chữ ký của cơ quan trên danh mục thẻ của gói)',
    en: "Sign the package with the token (the agency's signature over the bag's tag manifest)",
  },
  'sig.sign': { vi: 'Ký số…', en: 'Sign…' },
  'sig.dialog.title': { vi: 'Ký số tệp "{name}"', en: 'Sign "{name}"' },
  'sig.dialog.intro': {
    vi: 'Bản ký được đính kèm thành tệp mới bên cạnh tệp gốc; tệp gốc giữ nguyên.',
    en: 'The signed copy is attached as a new file beside the original, which stays unchanged.',
  },
  'sig.dialog.loading': { vi: 'Đang đọc token…', en: 'Reading the token…' },
  'sig.dialog.certificate': { vi: 'Chứng thư số', en: 'Certificate' },
  'sig.dialog.cannotSign': { vi: 'không dùng để ký', en: 'cannot sign' },
  'sig.dialog.expires': { vi: 'hết hạn {date}', en: 'expires {date}' },
  'sig.dialog.pin': { vi: 'Mã PIN của token', en: 'Token PIN' },
  'sig.dialog.pinHint': {
    vi: 'Mã PIN chỉ dùng cho lần ký này, không được lưu.',
    en: 'The PIN is used for this signing only and is not stored.',
  },
  'sig.dialog.stamp': {
    vi: 'Hiện hình chữ ký (người ký, thời gian) trên trang',
    en: 'Show a visible stamp (signer, time) on page',
  },
  'sig.dialog.submit': { vi: 'Ký số', en: 'Sign' },
  'sig.dialog.signing': { vi: 'Đang ký…', en: 'Signing…' },
  'sig.dialog.noCertificates': {
    vi: 'Không thấy chứng thư nào trên token. Hãy cắm token và kiểm tra thư viện PKCS#11 trong Cài đặt › Chữ ký số.',
    en: 'No certificate found on the token. Plug the token in and check the PKCS#11 library in Settings › Digital signatures.',
  },
  'sig.dialog.done': { vi: 'Đã ký số: đã đính kèm "{name}".', en: 'Signed: "{name}" attached.' },
} as const satisfies Record<string, { vi: string; en: string }>;
