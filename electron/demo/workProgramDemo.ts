/**
 * Dữ liệu mẫu for the monthly cycle (issue 6): a work program over the months around `today` with items
 * submitted on time, late, promulgated, not yet submitted (some carried over for months), one postponed
 * and one withdrawn; a pending and an approved adjustment request; assigned tasks covering every rule of
 * §1g; the PPC member list and votes on the latest drafts; the free texts of last month's report. Dates
 * are placed relative to `today` so the report of last month always has content.
 */
import type { Database } from 'better-sqlite3';
import { dayNumber, isoFromDayNumber } from '../../shared/calendar/civilDate';
import { addMonths } from '../../shared/workProgram/monthRange';
import type { ToWhom, WorkProgramStatus } from '../../shared/workProgram/types';
import { lastDayOfMonth, yearMonthOf } from '../../shared/workProgram/yearMonth';
import { todayOf } from '../app/clock';
import type { AppContext } from '../app/context';
import { DOCUMENT_SETTINGS } from '../app/services/documentSettingsService';
import { requireDb } from '../app/services/requireDb';
import * as adjustments from '../db/repositories/adjustmentRepository';
import { writeNote } from '../db/repositories/monthlyReportNoteRepository';
import { writeSetting } from '../db/repositories/settingRepository';
import * as taskRepo from '../db/repositories/taskRepository';
import * as voteRepo from '../db/repositories/voteRepository';
import * as items from '../db/repositories/workProgramRepository';

export interface WorkProgramDemoSummary {
  items: number;
  adjustments: number;
  tasks: number;
  members: number;
  votes: number;
}

interface PlannedItem {
  /** Target month relative to today's month. */
  month: number;
  title: string;
  toWhom: ToWhom;
  coordinating: string[];
  /** What happened, in days after the 1st of the target month (negative: before it). */
  submittedDay?: number;
  promulgatedDay?: number;
  status?: WorkProgramStatus;
  lateCause?: string;
  remedy?: string;
  newScheduleIn?: number;
}

const PLAN: readonly PlannedItem[] = [
  {
    month: -5,
    title: 'Quyết định ban hành Bảng giá đất giai đoạn 2026–2030 trên địa bàn tỉnh',
    toWhom: 'ppc',
    coordinating: ['Sở Tài chính', 'Sở Tư pháp', 'Thuế tỉnh'],
    submittedDay: 12,
    promulgatedDay: 27,
  },
  {
    month: -5,
    title: 'Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2026',
    toWhom: 'chairman',
    coordinating: ['Bộ Chỉ huy Quân sự tỉnh', 'Công an tỉnh'],
    submittedDay: 8,
    promulgatedDay: 20,
  },
  {
    month: -4,
    title: 'Quyết định quy định hạn mức giao đất, công nhận quyền sử dụng đất cho hộ gia đình, cá nhân',
    toWhom: 'ppc',
    coordinating: ['Sở Tư pháp', 'UBND các xã, phường'],
    submittedDay: 18,
    promulgatedDay: 40,
  },
  {
    month: -4,
    title: 'Đề án phát triển nông nghiệp ứng dụng công nghệ cao đến năm 2030',
    toWhom: 'party-committee',
    coordinating: ['Sở Khoa học và Công nghệ', 'Sở Tài chính'],
    submittedDay: 36,
    lateCause: 'Chờ ý kiến thẩm định của Sở Tài chính về nguồn vốn.',
    remedy: 'Làm việc trực tiếp với Sở Tài chính để thống nhất nguồn vốn.',
  },
  {
    month: -3,
    title: 'Quyết định ban hành Quy chế quản lý, bảo vệ tài nguyên nước trên địa bàn tỉnh',
    toWhom: 'ppc',
    coordinating: ['Sở Xây dựng', 'Sở Công Thương'],
    submittedDay: 20,
  },
  {
    month: -3,
    title: 'Báo cáo tình hình thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
    toWhom: 'vice-chairman',
    coordinating: ['Sở Tài chính'],
    submittedDay: 14,
    promulgatedDay: 25,
  },
  {
    month: -3,
    title: 'Kế hoạch bảo vệ môi trường làng nghề giai đoạn 2026–2030',
    toWhom: 'ppc',
    coordinating: ['Sở Công Thương', 'UBND các xã, phường'],
    lateCause: 'Số liệu điều tra làng nghề của các xã chưa đầy đủ sau sắp xếp đơn vị hành chính.',
    remedy: 'Đôn đốc các xã hoàn thành báo cáo; bổ sung khảo sát thực địa.',
    newScheduleIn: 1,
  },
  {
    month: -2,
    title: 'Quyết định quy định giá sản phẩm, dịch vụ công ích thủy lợi năm 2026',
    toWhom: 'ppc',
    coordinating: ['Sở Tài chính', 'Công ty TNHH MTV Khai thác thủy lợi'],
    submittedDay: 10,
    promulgatedDay: 24,
  },
  {
    month: -2,
    title: 'Phương án ứng phó sự cố tràn dầu trên sông',
    toWhom: 'vice-chairman',
    coordinating: ['Công an tỉnh'],
    submittedDay: 22,
  },
  {
    month: -2,
    title: 'Quyết định quy định khu vực phải thực hiện đánh giá tác động môi trường',
    toWhom: 'ppc',
    coordinating: ['Sở Tư pháp'],
    status: 'postponed',
  },
  {
    month: -1,
    title: 'Quyết định ban hành Quy định bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất',
    toWhom: 'ppc',
    coordinating: ['Sở Tài chính', 'Sở Xây dựng', 'Sở Tư pháp'],
    submittedDay: 9,
    promulgatedDay: 23,
  },
  {
    month: -1,
    title: 'Kế hoạch thực hiện Chiến lược quốc gia về tăng trưởng xanh trên địa bàn tỉnh',
    toWhom: 'chairman',
    coordinating: ['Sở Tài chính', 'Sở Công Thương'],
    submittedDay: 16,
  },
  {
    month: -1,
    title: 'Đề án sắp xếp các ban quản lý rừng phòng hộ',
    toWhom: 'party-committee',
    coordinating: ['Sở Nội vụ'],
    lateCause: 'Chờ hướng dẫn của Bộ Nông nghiệp và Môi trường về tiêu chí sắp xếp.',
    remedy: 'Có văn bản xin ý kiến Bộ; dự thảo song song các phương án.',
    newScheduleIn: 2,
  },
  {
    month: -1,
    title: 'Quyết định phê duyệt Kế hoạch sử dụng đất năm 2026 cấp tỉnh',
    toWhom: 'ppc',
    coordinating: ['Sở Xây dựng', 'Sở Tài chính'],
    submittedDay: 38,
  },
  {
    month: -1,
    title: 'Chỉ thị về tăng cường công tác phòng cháy, chữa cháy rừng mùa khô',
    toWhom: 'chairman',
    coordinating: ['Công an tỉnh'],
    status: 'withdrawn',
  },
  {
    month: 0,
    title: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn của Sở Nông nghiệp và Môi trường',
    toWhom: 'ppc',
    coordinating: ['Sở Nội vụ', 'Sở Tư pháp'],
    status: 'in-progress',
  },
  {
    month: 0,
    title: 'Kế hoạch triển khai Luật Địa chất và khoáng sản',
    toWhom: 'vice-chairman',
    coordinating: ['Sở Công Thương'],
    submittedDay: 5,
  },
  {
    month: 0,
    title: 'Báo cáo kết quả kiểm kê đất đai, lập bản đồ hiện trạng sử dụng đất năm 2025',
    toWhom: 'ppc',
    coordinating: ['UBND các xã, phường'],
    status: 'in-progress',
  },
  {
    month: 1,
    title: 'Quyết định ban hành Quy định về thu gom, xử lý chất thải rắn sinh hoạt',
    toWhom: 'ppc',
    coordinating: ['Sở Xây dựng', 'Sở Tài chính'],
    status: 'in-progress',
  },
  {
    month: 1,
    title: 'Kế hoạch phát triển kinh tế tập thể, hợp tác xã nông nghiệp năm 2027',
    toWhom: 'chairman',
    coordinating: ['Liên minh Hợp tác xã tỉnh'],
    status: 'not-started',
  },
  {
    month: 2,
    title: 'Đề án chuyển đổi số ngành nông nghiệp và môi trường đến năm 2030',
    toWhom: 'party-committee',
    coordinating: ['Sở Khoa học và Công nghệ'],
    status: 'not-started',
  },
];

const MEMBERS = [
  'Chủ tịch UBND tỉnh',
  'Phó Chủ tịch Thường trực UBND tỉnh',
  'Phó Chủ tịch UBND tỉnh phụ trách kinh tế',
  'Phó Chủ tịch UBND tỉnh phụ trách văn hóa – xã hội',
  'Giám đốc Sở Tài chính',
  'Giám đốc Sở Tư pháp',
  'Giám đốc Sở Nội vụ',
  'Chánh Văn phòng UBND tỉnh',
  'Giám đốc Công an tỉnh',
];

function dayOfMonth(month: string, offset: number): string {
  return isoFromDayNumber(dayNumber(`${month}-01`) + offset);
}

export function fillWorkProgramDemo(ctx: AppContext): WorkProgramDemoSummary {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const at = ctx.now().toISOString();
  const thisMonth = yearMonthOf(today);
  return db.transaction(() => {
    writeSetting(
      db,
      DOCUMENT_SETTINGS,
      {
        parentAgency: 'UBND TỈNH',
        agencyShortName: 'Sở Nông nghiệp và Môi trường',
        place: 'Tỉnh lỵ',
        letterSymbol: 'SNNMT-VP',
        reportSymbol: 'BC-SNNMT',
        addressee: 'Ủy ban nhân dân tỉnh',
        recipients: ['Như trên', 'Văn phòng UBND tỉnh', 'Giám đốc, các Phó Giám đốc Sở'],
        signerAuthority: 'KT. GIÁM ĐỐC',
        signerTitle: 'PHÓ GIÁM ĐỐC',
        signerName: 'Nguyễn Văn Minh',
        programDecision: `Quyết định số 35/QĐ-UBND ngày 12/01/${thisMonth.slice(0, 4)} của UBND tỉnh ban hành chương trình công tác năm ${thisMonth.slice(0, 4)}`,
      },
      at,
    );
    const ids = fillItems(db, thisMonth, today, at);
    const requests = fillAdjustments(db, ids, thisMonth, today, at);
    const taskCount = fillTasks(db, today, at);
    const { members, votes } = fillVotes(db, today, at);
    writeNote(
      db,
      addMonths(thisMonth, -1),
      {
        difficulties:
          'Việc sắp xếp đơn vị hành chính cấp xã làm chậm việc tổng hợp số liệu từ cơ sở.\nMột số nội dung cần chờ hướng dẫn của Bộ Nông nghiệp và Môi trường.',
        recommendations:
          'Đề nghị UBND tỉnh chỉ đạo các sở, ngành gửi ý kiến tham gia đúng thời hạn.\nĐề nghị cho phép điều chỉnh thời gian trình Đề án sắp xếp các ban quản lý rừng phòng hộ.',
      },
      at,
    );
    return { items: ids.length, adjustments: requests, tasks: taskCount, members, votes };
  })();
}

function fillItems(db: Database, thisMonth: string, today: string, at: string): number[] {
  const ids: number[] = [];
  PLAN.forEach((p, i) => {
    const month = addMonths(thisMonth, p.month);
    // Facts after today have not happened yet: such an item is still in progress.
    const submittedOn = p.submittedDay === undefined ? null : dayOfMonth(month, p.submittedDay - 1);
    const promulgatedOn = p.promulgatedDay === undefined ? null : dayOfMonth(month, p.promulgatedDay - 1);
    const submitted = submittedOn !== null && submittedOn <= today ? submittedOn : null;
    const promulgated =
      promulgatedOn !== null && promulgatedOn <= today && submitted !== null ? promulgatedOn : null;
    const status: WorkProgramStatus =
      p.status ?? (promulgated !== null ? 'promulgated' : submitted !== null ? 'submitted' : 'in-progress');
    const id = items.insertItem(
      db,
      {
        number: String(i + 1),
        title: p.title,
        leadAgency: 'Sở Nông nghiệp và Môi trường',
        coordinatingAgencies: p.coordinating,
        targetMonth: month,
        toWhom: p.toWhom,
        status,
        notes: '',
        lateCause: p.lateCause ?? '',
        remedy: p.remedy ?? '',
        newSchedule: p.newScheduleIn === undefined ? null : addMonths(thisMonth, p.newScheduleIn),
      },
      at,
    );
    if (status === 'submitted' || status === 'promulgated') {
      items.setItemStatus(db, id, status, submitted, promulgated, at);
    }
    items.replaceMilestones(db, id, [
      { title: 'Hoàn thành dự thảo', due: dayOfMonth(addMonths(month, -1), 9), doneOn: null },
      { title: 'Lấy ý kiến cơ quan phối hợp', due: dayOfMonth(addMonths(month, -1), 24), doneOn: null },
      { title: 'Trình UBND tỉnh', due: lastDayOfMonth(month), doneOn: submitted },
    ]);
    ids.push(id);
  });
  return ids;
}

function fillAdjustments(
  db: Database,
  ids: readonly number[],
  thisMonth: string,
  today: string,
  at: string,
): number {
  const late = ids[12];
  const approved = ids[9];
  if (late === undefined || approved === undefined) return 0;
  const lateItem = items.getItem(db, late);
  const approvedItem = items.getItem(db, approved);
  if (!lateItem || !approvedItem) return 0;
  const older = dayOfMonth(addMonths(thisMonth, -2), 3);
  const first = adjustments.insertRequest(
    db,
    {
      number: '215',
      symbol: 'SNNMT-VP',
      date: older,
      subject: 'đề nghị điều chỉnh nội dung trong chương trình công tác của UBND tỉnh',
      ground: 'objective-cause',
      reason:
        'Luật Bảo vệ môi trường sửa đổi đang được Quốc hội xem xét, các tiêu chí khu vực có thể thay đổi.',
      necessity: 'Tránh ban hành quyết định phải sửa đổi ngay sau khi luật có hiệu lực.',
      impact: 'Không ảnh hưởng đến các nội dung khác trong chương trình công tác của UBND tỉnh.',
    },
    [
      {
        kind: 'reschedule',
        itemId: approvedItem.id,
        number: approvedItem.number,
        title: approvedItem.title,
        currentMonth: approvedItem.targetMonth,
        proposedMonth: addMonths(thisMonth, 3),
        toWhom: null,
      },
    ],
    at,
  );
  adjustments.setOutcome(
    db,
    first,
    'approved',
    dayOfMonth(addMonths(thisMonth, -2), 14),
    'Văn bản số 1234/UBND-KT',
    at,
  );
  items.setItemTargetMonth(db, approvedItem.id, addMonths(thisMonth, 3), at);
  items.setItemStatus(db, approvedItem.id, 'in-progress', null, null, at);
  adjustments.insertRequest(
    db,
    {
      number: '',
      symbol: 'SNNMT-VP',
      date: today,
      subject: 'đề nghị điều chỉnh nội dung trong chương trình công tác của UBND tỉnh',
      ground: 'direction',
      reason: 'Thực hiện ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại cuộc họp giao ban, chờ hướng dẫn của Bộ.',
      necessity: 'Bảo đảm phương án sắp xếp phù hợp tiêu chí của Trung ương.',
      impact: 'Lùi thời gian trình, không ảnh hưởng đến nhiệm vụ quản lý, bảo vệ rừng.',
    },
    [
      {
        kind: 'reschedule',
        itemId: lateItem.id,
        number: lateItem.number,
        title: lateItem.title,
        currentMonth: lateItem.targetMonth,
        proposedMonth: addMonths(thisMonth, 2),
        toWhom: null,
      },
    ],
    at,
  );
  return 2;
}

function fillTasks(db: Database, today: string, at: string): number {
  const t = dayNumber(today);
  const d = (offset: number) => isoFromDayNumber(t + offset);
  const plan: Array<{
    source: string;
    content: string;
    deadline: number;
    leader: string;
    completed?: number;
    report?: { on: number; reason: string; legitimate: boolean | null };
    quality?: 'adequate' | 'insufficient';
  }> = [
    {
      source: 'Thông báo số 112/TB-UBND',
      content: 'Rà soát, báo cáo tình hình sạt lở bờ sông, đề xuất giải pháp xử lý',
      deadline: -40,
      leader: 'Phó Giám đốc Trần Văn Hùng',
      completed: -42,
      quality: 'adequate',
    },
    {
      source: 'Văn bản số 845/UBND-KT',
      content: 'Tham mưu phương án xử lý ô nhiễm tại cụm công nghiệp',
      deadline: -35,
      leader: 'Phó Giám đốc Lê Thị Hoa',
      completed: -30,
    },
    {
      source: 'Thông báo số 130/TB-UBND',
      content: 'Kiểm tra, báo cáo việc khai thác cát trái phép trên sông',
      deadline: -28,
      leader: 'Phó Giám đốc Trần Văn Hùng',
      report: { on: -34, reason: 'Chờ kết quả đo đạc của đơn vị tư vấn', legitimate: true },
      completed: -20,
      quality: 'adequate',
    },
    {
      source: 'Văn bản số 902/UBND-NC',
      content: 'Đề xuất danh mục dự án thu hồi đất năm 2027',
      deadline: -20,
      leader: 'Phó Giám đốc Nguyễn Văn Minh',
      report: { on: -26, reason: 'Các xã chưa gửi đủ danh mục', legitimate: null },
    },
    {
      source: 'Thông báo số 141/TB-UBND',
      content: 'Hoàn thiện hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn mới nâng cao',
      deadline: -15,
      leader: 'Phó Giám đốc Lê Thị Hoa',
      report: { on: -21, reason: 'Cán bộ phụ trách nghỉ phép', legitimate: false },
    },
    {
      source: 'Văn bản số 977/UBND-KT',
      content: 'Báo cáo thiệt hại do mưa lũ và đề xuất hỗ trợ khôi phục sản xuất',
      deadline: -10,
      leader: 'Phó Giám đốc Trần Văn Hùng',
    },
    {
      source: 'Thông báo số 150/TB-UBND',
      content: 'Tổng hợp ý kiến về dự thảo Luật Đất đai sửa đổi',
      deadline: -6,
      leader: 'Giám đốc Phạm Quốc Bảo',
      completed: -8,
      quality: 'insufficient',
    },
    {
      source: 'Văn bản số 1010/UBND-KT',
      content: 'Xây dựng kế hoạch trồng rừng thay thế năm 2027',
      deadline: 1,
      leader: 'Phó Giám đốc Nguyễn Văn Minh',
    },
    {
      source: 'Thông báo số 158/TB-UBND',
      content: 'Rà soát quy hoạch vùng nuôi trồng thủy sản tập trung',
      deadline: 12,
      leader: 'Phó Giám đốc Lê Thị Hoa',
    },
    {
      source: 'Văn bản số 1032/UBND-NC',
      content: 'Báo cáo kết quả thanh tra việc sử dụng đất của các doanh nghiệp',
      deadline: 25,
      leader: 'Giám đốc Phạm Quốc Bảo',
    },
  ];
  for (const p of plan) {
    const id = taskRepo.insertTask(
      db,
      { sourceDocument: p.source, content: p.content, deadline: d(p.deadline), leader: p.leader },
      at,
    );
    if (p.completed !== undefined) {
      taskRepo.updateTask(
        db,
        id,
        {
          sourceDocument: p.source,
          content: p.content,
          deadline: d(p.deadline),
          leader: p.leader,
          status: 'completed',
          completedOn: d(p.completed),
        },
        at,
      );
    }
    if (p.report) taskRepo.setReport(db, id, d(p.report.on), p.report.reason, at);
    if (p.report?.legitimate !== undefined || p.quality !== undefined) {
      taskRepo.setAssessment(db, id, p.report?.legitimate ?? null, p.quality ?? null, '', at);
    }
  }
  return plan.length;
}

function fillVotes(db: Database, today: string, at: string): { members: number; votes: number } {
  const memberIds = MEMBERS.map((name, i) => voteRepo.insertMember(db, name, i + 1));
  const drafts = voteRepo.listDrafts(db, 2);
  let count = 0;
  const castOn = isoFromDayNumber(dayNumber(today) - 3);
  drafts.forEach((draft, d) => {
    memberIds.forEach((memberId, i) => {
      // The first draft has almost everyone's answer; the second only a few so far.
      if (d === 1 && i > 3) return;
      if (d === 0 && i === memberIds.length - 1) return;
      const stance = i === 2 ? 'agree-with-comments' : i === 5 && d === 0 ? 'disagree' : 'agree';
      const comment =
        stance === 'agree-with-comments'
          ? 'Đề nghị bổ sung đánh giá tác động đến người dân vùng dự án và nguồn lực thực hiện.'
          : stance === 'disagree'
            ? 'Thẩm quyền ban hành chưa phù hợp với Luật Ban hành văn bản quy phạm pháp luật năm 2025.'
            : '';
      const id = voteRepo.insertVote(
        db,
        { agendaItemId: draft.agendaItemId, memberId, stance, castOn, comment },
        at,
      );
      if (stance === 'agree-with-comments' && d === 0) {
        voteRepo.setResponse(db, id, 'accepted', 'Đã bổ sung mục đánh giá tác động tại Tờ trình.', today);
      }
      count += 1;
    });
  });
  return { members: memberIds.length, votes: count };
}
