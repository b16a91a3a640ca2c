import type { Task } from '../../../shared/tasks/types';
import type { AdjustmentRequestLetter } from '../../../shared/workProgram/adjustmentRequest';
import type { MonthlyReportInput } from '../../../shared/workProgram/monthlyReport';
import type { WorkProgramItem } from '../../../shared/workProgram/types';

let counter = 0;

export function anItem(overrides: Partial<WorkProgramItem> = {}): WorkProgramItem {
  counter += 1;
  return {
    id: `wp-${counter}`,
    number: String(counter),
    title: `Nội dung số ${counter}`,
    leadAgency: 'Sở Nội vụ',
    coordinatingAgencies: [],
    targetMonth: '2026-03',
    toWhom: 'ppc',
    status: 'in-progress',
    milestones: [],
    notes: '',
    ...overrides,
  };
}

export function aTask(overrides: Partial<Task> = {}): Task {
  counter += 1;
  return {
    id: `task-${counter}`,
    sourceDocument: 'Thông báo số 45/TB-UBND ngày 02/03/2026',
    content: `Nhiệm vụ số ${counter}`,
    deadline: '2026-03-20',
    leader: 'Phó Giám đốc Trần Văn B',
    status: 'in-progress',
    quality: null,
    ...overrides,
  };
}

export const HEADING = {
  parentAgency: 'UBND tỉnh Lâm Đồng',
  agency: 'Sở Nội vụ',
  number: '',
  symbol: 'SNV-VP',
  place: 'Lâm Đồng',
  date: '2026-04-09',
};

export const SIGNER = { authority: 'KT. Giám đốc', title: 'Phó Giám đốc', name: 'Nguyễn Thị Hương' };

export function anAdjustmentLetter(
  overrides: Partial<AdjustmentRequestLetter> = {},
): AdjustmentRequestLetter {
  return {
    heading: { ...HEADING, date: '2026-02-05' },
    subject: 'đề nghị điều chỉnh thời gian trình nội dung trong chương trình công tác năm 2026',
    addressees: ['Ủy ban nhân dân tỉnh Lâm Đồng'],
    opening:
      'Thực hiện Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND tỉnh ban hành chương trình công tác năm 2026, Sở Nội vụ được giao chủ trì tham mưu các nội dung sau. Sở Nội vụ kính đề nghị UBND tỉnh xem xét, điều chỉnh như sau:',
    entries: [
      {
        kind: 'reschedule',
        itemId: 'wp-a',
        number: '12',
        title: 'Đề án sắp xếp đơn vị sự nghiệp công lập thuộc UBND tỉnh giai đoạn 2026–2030',
        currentMonth: '2026-03',
        proposedMonth: '2026-06',
        ground: 'objective-cause',
        reason:
          'Bộ Nội vụ chưa ban hành hướng dẫn tiêu chí sắp xếp đơn vị sự nghiệp công lập theo Nghị định mới.',
        necessity: 'Bảo đảm đề án phù hợp quy định của Trung ương, tránh phải sửa đổi sau khi ban hành.',
        impact:
          'Không ảnh hưởng đến các nội dung khác trong chương trình công tác tháng 3/2026 của UBND tỉnh.',
      },
      {
        kind: 'add',
        number: '',
        title: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn của Sở Nội vụ',
        proposedMonth: '2026-04',
        ground: 'legal-document-program',
        reason: 'Luật Tổ chức chính quyền địa phương năm 2025 có hiệu lực, cần ban hành quy định mới.',
        necessity: 'Thực hiện đúng thẩm quyền, bảo đảm hoạt động của Sở liên tục.',
        impact: 'Bổ sung một nội dung vào phiên họp thường kỳ tháng 4/2026.',
      },
    ],
    closing: 'Sở Nội vụ kính đề nghị UBND tỉnh xem xét, chấp thuận./.',
    recipients: ['Như trên', 'Văn phòng UBND tỉnh', 'Giám đốc Sở', 'Lưu: VT, VP'],
    signer: SIGNER,
    ...overrides,
  };
}

/**
 * March 2026: five items due (one withdrawn, not counted): A submitted and promulgated in March,
 * B submitted in March, C submitted on 02/04 (after the cut-off), D and E not submitted; F due in
 * February and still open (carried over). So to submit 5, submitted 2, promulgated 1, not submitted 3,
 * ratios 40,0% and 20,0%.
 */
export function aMarchReportInput(overrides: Partial<MonthlyReportInput> = {}): MonthlyReportInput {
  const items = [
    anItem({
      number: '1',
      title: 'Quyết định ban hành Quy chế làm việc của UBND tỉnh nhiệm kỳ 2026–2031',
      status: 'promulgated',
      submittedOn: '2026-03-10',
      promulgatedOn: '2026-03-25',
    }),
    anItem({
      number: '2',
      title: 'Kế hoạch cải cách hành chính năm 2026',
      status: 'submitted',
      submittedOn: '2026-03-31',
      toWhom: 'chairman',
    }),
    anItem({
      number: '3',
      title: 'Đề án vị trí việc làm trong cơ quan hành chính',
      status: 'submitted',
      submittedOn: '2026-04-02',
      lateCause: 'Chờ ý kiến thẩm định của Sở Tư pháp',
      remedy: 'Đôn đốc, làm việc trực tiếp với Sở Tư pháp',
      newSchedule: '2026-04',
    }),
    anItem({
      number: '4',
      title: 'Báo cáo tình hình tổ chức bộ máy sau sắp xếp',
      status: 'in-progress',
      toWhom: 'party-committee',
      lateCause: 'Số liệu của các xã chưa đầy đủ',
      remedy: 'Yêu cầu các xã bổ sung trước ngày 20/4',
      newSchedule: '2026-05',
    }),
    anItem({ number: '5', title: 'Quy định phân cấp quản lý công chức', status: 'not-started' }),
    anItem({ number: '6', title: 'Nội dung đã rút khỏi chương trình', status: 'withdrawn' }),
    anItem({
      number: '7',
      title: 'Chính sách thu hút nhân lực chất lượng cao',
      targetMonth: '2026-02',
      status: 'in-progress',
      lateCause: 'Phải lấy ý kiến Bộ Tài chính',
      remedy: 'Hoàn thiện hồ sơ sau khi có ý kiến',
      newSchedule: '2026-04',
    }),
    anItem({
      number: '8',
      title: 'Kế hoạch tuyển dụng viên chức năm 2026',
      targetMonth: '2026-04',
      status: 'in-progress',
      toWhom: 'vice-chairman',
    }),
  ];
  return {
    heading: { ...HEADING, number: '', symbol: 'BC-SNV', date: '2026-04-09' },
    month: '2026-03',
    items,
    tasks: [
      {
        task: aTask({
          content: 'Rà soát quy chế phối hợp',
          deadline: '2026-03-10',
          status: 'completed',
          completedOn: '2026-03-09',
          quality: 'adequate',
        }),
        extensionReportDue: '2026-03-09',
      },
      {
        task: aTask({ content: 'Tổng hợp số liệu biên chế', deadline: '2026-03-20', status: 'in-progress' }),
        extensionReportDue: '2026-03-19',
      },
    ],
    difficulties: 'Một số nội dung phải chờ hướng dẫn của Trung ương.\nNhân lực tham mưu còn mỏng.',
    recommendations: 'Đề nghị UBND tỉnh cho phép điều chỉnh thời gian trình nội dung số 4 sang tháng 5/2026.',
    recipients: ['Văn phòng UBND tỉnh', 'Giám đốc Sở', 'Lưu: VT, VP'],
    signer: SIGNER,
    ...overrides,
  };
}
