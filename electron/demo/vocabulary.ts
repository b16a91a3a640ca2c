/** Vietnamese words the sample data is made of: subjects, agencies, people, file names. */
import type { ContentKind } from '../../shared/dossiers/contentKinds';

export const SAMPLE_AGENCY = { name: 'Sở Nông nghiệp và Môi trường', code: 'SNNMT' } as const;

export const SUBJECTS = [
  'quản lý đất đai',
  'bảng giá đất giai đoạn 2026–2030',
  'bảo vệ môi trường làng nghề',
  'phòng, chống thiên tai và tìm kiếm cứu nạn',
  'phát triển nông nghiệp ứng dụng công nghệ cao',
  'quản lý, bảo vệ tài nguyên nước',
  'cấp phép khai thác khoáng sản làm vật liệu xây dựng',
  'trồng rừng thay thế khi chuyển mục đích sử dụng rừng',
  'chuyển đổi số ngành nông nghiệp',
  'xây dựng nông thôn mới nâng cao',
  'quản lý, khai thác công trình thủy lợi',
  'phát triển chăn nuôi an toàn sinh học',
  'hỗ trợ đầu tư hạ tầng vùng nguyên liệu',
  'thu gom, xử lý chất thải rắn sinh hoạt',
  'đo đạc, lập bản đồ địa chính',
  'bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất',
  'quy hoạch sử dụng đất cấp huyện',
  'phòng, chống dịch bệnh động vật',
  'đê điều và hồ chứa nước',
  'giao đất, cho thuê đất thực hiện dự án',
];

const KIND_PATTERNS: Record<ContentKind, readonly string[]> = {
  'legal-normative': [
    'Dự thảo Quyết định ban hành Quy định về {s} trên địa bàn tỉnh',
    'Dự thảo Nghị quyết quy định chính sách {s}',
    'Dự thảo Quyết định sửa đổi, bổ sung Quy định {s}',
  ],
  'individual-decision': [
    'Phê duyệt chủ trương {s}',
    'Quyết định phê duyệt phương án {s}',
    'Chủ trương đầu tư dự án {s}',
  ],
  'report-plan-scheme': [
    'Kế hoạch thực hiện {s} năm {y}',
    'Đề án {s} giai đoạn {y}–{y2}',
    'Báo cáo kết quả {s} năm {y}',
  ],
  other: ['Thông báo kết luận về {s}', 'Xin ý kiến về {s}'],
};

export function itemTitle(kind: ContentKind, subject: string, year: number, variant: number): string {
  const patterns = KIND_PATTERNS[kind];
  const pattern = patterns[variant % patterns.length] ?? '{s}';
  return pattern
    .replace('{s}', subject)
    .replaceAll('{y}', String(year))
    .replace('{y2}', String(year + 4));
}

export const COORDINATING_AGENCIES = [
  { agency: 'Sở Tài chính', person: 'Bà Trần Thị Hương, Phó Giám đốc' },
  { agency: 'Sở Tư pháp', person: 'Ông Lê Văn Đức, Trưởng phòng Xây dựng và kiểm tra văn bản' },
  { agency: 'Sở Xây dựng', person: 'Ông Phạm Quốc Bảo' },
  { agency: 'Công an tỉnh', person: 'Thượng tá Nguyễn Đình Khải' },
  { agency: 'Sở Nội vụ', person: 'Bà Đỗ Thị Lan' },
  { agency: 'UBND huyện Đông Sơn', person: 'Ông Hoàng Minh Tuấn, Chủ tịch' },
];

export const OFFICERS = [
  'Nguyễn Thị Mai',
  'Trần Văn Hùng',
  'Lê Thị Thu Trang',
  'Phạm Đức Anh',
  'Vũ Ngọc Ánh',
  'Đặng Quang Vinh',
];
export const LEADERS = ['Giám đốc Đỗ Văn Thành', 'Phó Giám đốc Bùi Thị Hạnh', 'Phó Giám đốc Ngô Quang Đạt'];
export const VICE_CHAIRMEN = ['Phó Chủ tịch Lê Văn Bình', 'Phó Chủ tịch Nguyễn Thị Hoa'];
