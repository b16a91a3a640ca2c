/**
 * What the verifier can find wrong with a received package, each with a stable code (logs, CLI --json,
 * tests) and a message in Vietnamese and English for the person at the PPC Office.
 */

export interface VerifyProblem {
  code: VerifyProblemCode;
  vi: string;
  en: string;
  /** The entry or bag path concerned, as found in the archive. */
  path?: string;
}

const MESSAGES = {
  'zip-not-zip': ['Tệp không phải là tệp nén ZIP.', 'The file is not a ZIP archive.'],
  'zip-unreadable': [
    'Tệp ZIP bị hỏng hoặc bị cắt cụt, không đọc được.',
    'The ZIP archive is damaged or truncated and cannot be read.',
  ],
  'zip-file-missing': ['Không tìm thấy tệp gói hồ sơ.', 'The package file was not found.'],
  'zip-too-many-entries': [
    'Tệp ZIP có quá nhiều mục, vượt giới hạn an toàn.',
    'The ZIP archive has more entries than the safety limit.',
  ],
  'zip-too-large': [
    'Tổng dung lượng giải nén vượt giới hạn an toàn.',
    'The total uncompressed size exceeds the safety limit.',
  ],
  'zip-ratio-too-high': [
    'Tỉ lệ nén bất thường (nghi là bom ZIP); đã dừng đọc mục này.',
    'Abnormal compression ratio (suspected zip bomb); reading stopped.',
  ],
  'zip-overlapping-entries': [
    'Các mục trong tệp ZIP dùng chung dữ liệu (nghi là bom ZIP).',
    'ZIP entries share the same data (suspected zip bomb).',
  ],
  'zip-entry-corrupt': ['Dữ liệu của mục trong tệp ZIP bị hỏng.', 'The data of a ZIP entry is damaged.'],
  'zip-crc-mismatch': [
    'Mã kiểm tra CRC của mục không khớp: dữ liệu đã bị thay đổi hoặc hỏng.',
    'The entry CRC does not match: the data was altered or damaged.',
  ],
  'zip-encrypted': ['Mục trong tệp ZIP bị mã hoá; không chấp nhận.', 'The ZIP entry is encrypted; refused.'],
  'zip-unsupported-compression': [
    'Mục dùng kiểu nén không được hỗ trợ.',
    'The entry uses an unsupported compression method.',
  ],
  'zip-symlink': [
    'Mục là liên kết tượng trưng (symlink); không chấp nhận.',
    'The entry is a symbolic link; refused.',
  ],
  'zip-unsafe-name': [
    'Tên mục không an toàn (đường dẫn tuyệt đối, "..", ký tự cấm hoặc tên thiết bị).',
    'Unsafe entry name (absolute path, "..", forbidden character or device name).',
  ],
  'zip-duplicate-name': ['Tên mục bị trùng lặp trong tệp ZIP.', 'The entry name appears more than once.'],
  'zip-name-collision': [
    'Hai mục có tên chỉ khác nhau về chữ hoa/thường hoặc cách mã hoá Unicode.',
    'Two entries have names that differ only by case or Unicode normalisation.',
  ],
  'zip-name-not-nfc': [
    'Tên mục không ở dạng Unicode chuẩn NFC.',
    'The entry name is not in Unicode normalisation form NFC.',
  ],
  'zip-name-hidden-character': [
    'Tên mục chứa ký tự ẩn hoặc ký tự đảo chiều hiển thị, có thể làm tên hiện khác với tên thật.',
    'The entry name holds a hidden or direction-changing character that can make it read as another name.',
  ],
  'zip-local-header-mismatch': [
    'Phần đầu cục bộ của mục không khớp thư mục trung tâm của tệp ZIP (tên, kích thước hoặc kiểu nén khác nhau).',
    'The entry local header disagrees with the ZIP central directory (name, sizes or compression differ).',
  ],
  'zip-data-descriptor-mismatch': [
    'Phần mô tả dữ liệu sau mục không khớp thư mục trung tâm (CRC hoặc kích thước khác).',
    'The data descriptor after the entry disagrees with the central directory (CRC or sizes differ).',
  ],
  'bag-fetch-refused': [
    'Gói có tệp fetch.txt (tải thêm từ mạng); không chấp nhận.',
    'The bag has a fetch.txt (remote files); refused.',
  ],
  'bagit-txt-missing': ['Thiếu tệp bagit.txt.', 'bagit.txt is missing.'],
  'bagit-txt-bom': [
    'Tệp bagit.txt bắt đầu bằng dấu BOM; BagIt không cho phép.',
    'bagit.txt starts with a byte-order mark, which BagIt forbids.',
  ],
  'bagit-txt-invalid': [
    'Nội dung bagit.txt không đúng BagIt 1.0 / UTF-8.',
    'bagit.txt does not declare exactly BagIt 1.0 / UTF-8.',
  ],
  'manifest-missing': ['Thiếu tệp manifest-sha256.txt.', 'manifest-sha256.txt is missing.'],
  'manifest-malformed': [
    'Dòng không đúng định dạng trong tệp danh mục mã băm.',
    'A line in a manifest is not "checksum path".',
  ],
  'manifest-duplicate-path': [
    'Một tệp được liệt kê hai lần trong danh mục mã băm.',
    'A file is listed twice in a manifest.',
  ],
  'manifest-duplicate-line': [
    'Một tệp được liệt kê hai lần trong tagmanifest; không biết dòng nào đúng.',
    'A file is listed twice in the tag manifest; which line holds is undecidable.',
  ],
  'problems-truncated': [
    'Còn nhiều vấn đề khác không được liệt kê (chỉ hiện những vấn đề đầu tiên).',
    'More problems were found than are listed (only the first ones are shown).',
  ],
  'manifest-path-outside-payload': [
    'Danh mục tải trọng liệt kê tệp nằm ngoài thư mục data/.',
    'The payload manifest lists a file outside data/.',
  ],
  'manifest-algorithm-unsupported': [
    'Danh mục dùng thuật toán băm không được hỗ trợ (chỉ kiểm SHA-256).',
    'A manifest uses an unsupported checksum algorithm (only SHA-256 is checked).',
  ],
  'tagmanifest-missing': ['Thiếu tệp tagmanifest-sha256.txt.', 'tagmanifest-sha256.txt is missing.'],
  'payload-hash-mismatch': [
    'Mã băm SHA-256 của tài liệu không khớp danh mục: tài liệu đã bị thay đổi.',
    'The document SHA-256 does not match the manifest: it was altered.',
  ],
  'payload-missing': [
    'Tài liệu có trong danh mục nhưng không có trong gói.',
    'A document listed in the manifest is not in the package.',
  ],
  'payload-extra': [
    'Gói có tài liệu không được liệt kê trong danh mục.',
    'The package holds a document that the manifest does not list.',
  ],
  'tag-hash-mismatch': [
    'Mã băm của tệp mô tả gói không khớp tagmanifest: tệp đã bị sửa.',
    'A tag file hash does not match the tag manifest: it was edited.',
  ],
  'tag-missing': [
    'Tệp mô tả có trong tagmanifest nhưng không có trong gói.',
    'A tag file listed in the tag manifest is not in the package.',
  ],
  'tag-extra': [
    'Tệp mô tả gói không được liệt kê trong tagmanifest.',
    'A tag file is not listed in the tag manifest.',
  ],
  'tag-file-too-large': [
    'Tệp mô tả gói quá lớn, vượt giới hạn an toàn.',
    'A tag file is larger than the safety limit.',
  ],
  'tag-file-not-utf8': ['Tệp mô tả gói không phải văn bản UTF-8.', 'A tag file is not UTF-8 text.'],
  'bag-info-missing': ['Thiếu tệp bag-info.txt.', 'bag-info.txt is missing.'],
  'bag-info-malformed': [
    'Dòng không đúng định dạng "Nhãn: giá trị" trong bag-info.txt.',
    'A line in bag-info.txt is not "Label: value".',
  ],
  'payload-oxum-missing': ['bag-info.txt thiếu Payload-Oxum.', 'bag-info.txt has no Payload-Oxum.'],
  'payload-oxum-malformed': [
    'Payload-Oxum không đúng định dạng "số byte.số tệp".',
    'Payload-Oxum is not "octets.count".',
  ],
  'payload-oxum-mismatch': [
    'Payload-Oxum không khớp tổng dung lượng và số tài liệu thực có.',
    'Payload-Oxum does not match the actual payload size and file count.',
  ],
  'verify-worker-crashed': [
    'Tiến trình kiểm tra gói bị dừng bất thường (có thể do tệp độc hại).',
    'The package checker stopped abnormally (the file may be hostile).',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type VerifyProblemCode = keyof typeof MESSAGES;

/** `detail` (e.g. which character, how many more) is appended to both messages. */
export function verifyProblem(code: VerifyProblemCode, path?: string, detail?: string): VerifyProblem {
  const [vi, en] = MESSAGES[code];
  const base =
    detail === undefined
      ? { code, vi: vi.normalize('NFC'), en }
      : { code, vi: `${vi} (${detail})`.normalize('NFC'), en: `${en} (${detail})` };
  return path === undefined ? base : { ...base, path };
}
