/** `dossier-desk deadline`: the deadlines of a meeting, of a month's work-program report, or of a task. */
import { dayNumber, parseIsoDate, todayInVietnam } from '../../../shared/calendar/civilDate';
import { createWorkingCalendar } from '../../../shared/calendar/workingCalendar';
import {
  checkMeetingKind,
  type Deadline,
  type DeadlineRule,
  deadlinesForMeeting,
  monthlyReportDeadline,
  monthlyReportLabel,
  monthlyReportMonths,
  taskExtensionReportDeadline,
} from '../../../shared/deadlines/deadlines';
import { appError } from '../../../shared/errors/appError';
import type { MeetingKind } from '../../../shared/meetings/kinds';
import { dataDirOption, longDateVi, missingOption, parseCommandArgs, writeJson } from '../output';
import { type CliCommand, type CliContext, EXIT_OK } from '../types';

const KIND_NAMES: Record<MeetingKind, string> = {
  ppc: 'Phiên họp UBND tỉnh thường kỳ',
  'ppc-thematic': 'Phiên họp UBND tỉnh chuyên đề',
  chairman: 'Buổi làm việc do Chủ tịch UBND tỉnh chủ trì',
  'vice-chairman': 'Buổi làm việc do Phó Chủ tịch UBND tỉnh chủ trì',
  'party-committee': 'Phiên họp Ban cán sự đảng UBND tỉnh',
  other: 'Cuộc họp khác',
};

const RULE_TITLES: Record<DeadlineRule, string> = {
  'signed-documents': 'Bản ký, đóng dấu gửi Văn phòng UBND tỉnh',
  'leader-opinion': 'Xin ý kiến Chủ tịch, Phó Chủ tịch UBND tỉnh',
  'monthly-report': 'Báo cáo chương trình công tác tháng',
  'task-extension-report': 'Báo cáo xin gia hạn nhiệm vụ',
};

const USAGE = `Cách dùng / Usage:
  dossier-desk deadline --meeting YYYY-MM-DD --kind KIND [--today YYYY-MM-DD] [--data-dir DIR] [--json]
  dossier-desk deadline --month YYYY-MM [--today YYYY-MM-DD] [--data-dir DIR] [--json]
  dossier-desk deadline --task YYYY-MM-DD [--today YYYY-MM-DD] [--data-dir DIR] [--json]

  --meeting   ngày họp / meeting date
  --kind      ppc | ppc-thematic | chairman | vice-chairman | party-committee | other
  --month     tháng ĐƯỢC BÁO CÁO (M); báo cáo gửi trước ngày 15 tháng M+1
              / the month REPORTED ON (M); the report is sent before the 15th of M+1
  --task      hạn của nhiệm vụ được giao / an assigned task's deadline (báo cáo xin gia hạn)
  --today     ngày tính "còn lại" (mặc định: hôm nay giờ Việt Nam) / date for days left (default: today, UTC+7)
  --data-dir  thư mục dữ liệu của cơ quan: áp dụng ngày điều chỉnh và quy tắc hạn đã đặt trong ứng dụng
              / the agency's data folder: apply its calendar overrides and rule numbers
  --json      xuất JSON / JSON output
`;

function renderDeadline(d: Deadline): string {
  const due = dayNumber(d.due);
  const lines = [`• ${RULE_TITLES[d.rule]}${d.provisional ? ' (TẠM TÍNH)' : ''}`];
  lines.push(`  Hạn: ${longDateVi(due)}, trước ${d.dueTime}`);
  if (d.workingDaysLeft !== undefined && d.calendarDaysLeft !== undefined) {
    if (d.calendarDaysLeft > 0) {
      lines.push(`  Còn ${d.workingDaysLeft} ngày làm việc (${d.calendarDaysLeft} ngày)`);
    } else if (d.calendarDaysLeft === 0) {
      lines.push('  Hạn là hôm nay');
    } else {
      lines.push(`  ĐÃ QUÁ HẠN ${-d.workingDaysLeft} ngày làm việc (${-d.calendarDaysLeft} ngày)`);
    }
  }
  lines.push(`  ${d.explanation.vi}`);
  return lines.join('\n');
}

async function run(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseCommandArgs('deadline', args, {
    meeting: { type: 'string' },
    kind: { type: 'string' },
    month: { type: 'string' },
    task: { type: 'string' },
    today: { type: 'string' },
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    ctx.io.stdout(USAGE);
    return EXIT_OK;
  }
  const modes = [values.meeting !== undefined, values.month !== undefined, values.task !== undefined];
  if (modes.filter(Boolean).length !== 1) {
    throw appError(
      'invalid-arguments',
      'Lệnh "deadline" cần đúng một trong các tham số --meeting, --month, --task.',
      'The "deadline" command needs exactly one of --meeting, --month, --task.',
      { command: 'deadline' },
    );
  }
  const today = values.today ?? todayInVietnam(ctx.now());
  parseIsoDate(today, '--today');
  const setup = await ctx.loadAgencySetup(dataDirOption(values['data-dir']));
  const calendar = createWorkingCalendar({ overrides: setup.overrides });

  if (values.meeting !== undefined) {
    if (values.kind === undefined) throw missingOption('deadline', '--kind');
    // Validate the input before computing, so the error names what the user typed.
    parseIsoDate(values.meeting, '--meeting');
    const kind = checkMeetingKind(values.kind);
    const deadlines = deadlinesForMeeting({ kind, date: values.meeting }, calendar, setup.ruleSet, today);
    if (values.json) {
      writeJson(ctx.io, { meeting: values.meeting, kind, today, deadlines });
    } else {
      const head = `Cuộc họp: ${longDateVi(dayNumber(values.meeting))} — ${KIND_NAMES[kind]} (${kind})`;
      const body = deadlines.length
        ? deadlines.map(renderDeadline).join('\n\n')
        : 'Không có hạn nộp tài liệu theo quy chế cho loại cuộc họp này.';
      ctx.io.stdout(`${head}\n\n${body}\n`);
    }
    return EXIT_OK;
  }
  if (values.month !== undefined) {
    const deadline = monthlyReportDeadline(values.month, calendar, setup.ruleSet, today);
    const months = monthlyReportMonths(values.month);
    if (values.json)
      writeJson(ctx.io, { month: values.month, sentMonth: months.sent, today, deadlines: [deadline] });
    else ctx.io.stdout(`${monthlyReportLabel(values.month).vi}\n\n${renderDeadline(deadline)}\n`);
    return EXIT_OK;
  }
  const task = values.task ?? '';
  const deadline = taskExtensionReportDeadline(task, calendar, setup.ruleSet, today);
  if (values.json) writeJson(ctx.io, { taskDeadline: task, today, deadlines: [deadline] });
  else ctx.io.stdout(`Hạn nhiệm vụ: ${longDateVi(dayNumber(task))}\n\n${renderDeadline(deadline)}\n`);
  return EXIT_OK;
}

export const deadlineCommand: CliCommand = {
  name: 'deadline',
  summary: { vi: 'Tính hạn nộp cho một cuộc họp, báo cáo tháng hoặc nhiệm vụ', en: 'Compute deadlines' },
  usage: USAGE,
  run,
};
