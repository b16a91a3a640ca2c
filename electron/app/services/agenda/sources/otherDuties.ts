/**
 * The duties that are not tied to a meeting's rules: coordination answers awaited, assigned tasks and
 * their extension reports (§1g), the monthly work-program report (§2c) and the detailed plan's steps (§2).
 */
import { dayNumber, isoFromDayNumber, todayInVietnam } from '../../../../../shared/calendar/civilDate';
import {
  monthlyReportDeadline,
  monthlyReportLabel,
  taskExtensionReportDeadline,
} from '../../../../../shared/deadlines';
import { formatDate } from '../../../../../shared/format/dates';
import { addMonths } from '../../../../../shared/workProgram/monthRange';
import { getAgency } from '../../../../db/repositories/agencyRepository';
import {
  coordinationDueBetween,
  monthlyReportsSent,
  planStepsBetween,
} from '../../../../db/repositories/agendaQueries';
import * as tasks from '../../../../db/repositories/taskRepository';
import { type DutySource, type DutySourceInput, dutyEntry } from '../duty';

function provisional(input: DutySourceInput, date: string): boolean {
  return input.calendar.isProvisional(Number(date.slice(0, 4)));
}

export const coordinationSource: DutySource = (input) =>
  coordinationDueBetween(input.db, input.from, input.to, input.openOnly).map((c) => {
    const who = c.person ? `${c.agency} (${c.person})` : c.agency;
    const answered = c.answeredOn
      ? {
          vi: ` Đã trả lời ngày ${formatDate(c.answeredOn)}.`,
          en: ` Answered on ${formatDate(c.answeredOn)}.`,
        }
      : { vi: '', en: '' };
    return dutyEntry(input, {
      key: `coordination-answer:coordination:${c.id}`,
      rule: 'coordination-answer',
      date: c.dueOn,
      time: null,
      subject: `${who} — ${c.itemTitle}`,
      meeting: c.meeting,
      person: who,
      counterpart: { agency: c.agency, person: c.person },
      provisional: provisional(input, c.dueOn),
      done: c.answeredOn !== null,
      doneOn: c.answeredOn,
      explanation: {
        vi: `Hạn ${who} trả lời ý kiến phối hợp về "${c.itemTitle}": ${formatDate(c.dueOn)}.${answered.vi}`,
        en: `Deadline for ${who} to give its coordination opinion on "${c.itemTitle}": ${formatDate(c.dueOn)}.${answered.en}`,
      },
      ref: { type: 'coordination', id: c.id, itemId: c.itemId, month: null },
    });
  });

export const taskDeadlineSource: DutySource = (input) =>
  tasks.listTasks(input.db, { fromDate: input.from, toDate: input.to }).map((t) => {
    const ext = t.extension;
    const extended = ext
      ? {
          vi: ` Đã được gia hạn ngày ${formatDate(ext.grantedOn)} (hạn cũ ${formatDate(ext.originalDeadline)}).`,
          en: ` Extended on ${formatDate(ext.grantedOn)} (first deadline ${formatDate(ext.originalDeadline)}).`,
        }
      : { vi: '', en: '' };
    return dutyEntry(input, {
      key: `task-deadline:task:${t.id}`,
      rule: 'task-deadline',
      date: t.deadline,
      time: input.rules.officeHoursEnd,
      subject: t.content,
      meeting: null,
      person: t.leader,
      provisional: provisional(input, t.deadline),
      done: t.completedOn !== null,
      doneOn: t.completedOn,
      explanation: {
        vi: `Nhiệm vụ giao tại ${t.sourceDocument}: hạn hoàn thành ${formatDate(t.deadline)}.${extended.vi}`,
        en: `Task assigned by ${t.sourceDocument}: due ${formatDate(t.deadline)}.${extended.en}`,
      },
      ref: { type: 'task', id: t.id, itemId: null, month: null },
    });
  });

/** The report falls up to 60 working days before the task's deadline: read tasks that far ahead. */
const TASK_LOOK_AHEAD_DAYS = 100;

export const taskExtensionReportSource: DutySource = (input) =>
  tasks
    .listTasks(input.db, {
      fromDate: input.from,
      toDate: isoFromDayNumber(dayNumber(input.to) + TASK_LOOK_AHEAD_DAYS),
    })
    .flatMap((t) => {
      // Finished by its deadline: no report is needed.
      if (t.completedOn !== null && t.completedOn <= t.deadline) return [];
      const d = taskExtensionReportDeadline(t.deadline, input.calendar, input.rules);
      if (d.due < input.from || d.due > input.to) return [];
      const report = t.report;
      return [
        dutyEntry(input, {
          key: `task-extension-report:task:${t.id}`,
          rule: 'task-extension-report',
          date: d.due,
          time: d.dueTime,
          subject: t.content,
          meeting: null,
          person: t.leader,
          provisional: d.provisional,
          done: report !== null,
          doneOn: report?.submittedOn ?? null,
          explanation: {
            vi: `${d.explanation.vi} Quá hạn mà không có báo cáo, nhiệm vụ bị tính là không hoàn thành.`,
            en: `${d.explanation.en} Late without a report, the task counts as not completed.`,
          },
          ref: { type: 'task', id: t.id, itemId: null, month: null },
        }),
      ];
    });

export const monthlyReportSource: DutySource = (input) => {
  // The report on month M is due in M+1: months from the one before `from` to the one before `to`.
  const first = addMonths(input.from.slice(0, 7), -1);
  const last = addMonths(input.to.slice(0, 7), -1);
  const sent = monthlyReportsSent(input.db, first, last);
  // Reports that fell due before the agency started using the app are not its unfinished business here,
  // unless it recorded them as sent.
  const created = getAgency(input.db)?.createdAt;
  const started = created ? todayInVietnam(new Date(created)) : '0000-00-00';
  const entries = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) {
    const d = monthlyReportDeadline(month, input.calendar, input.rules);
    if (d.due < input.from || d.due > input.to) continue;
    const sentOn = sent.get(month) ?? null;
    if (sentOn === null && d.due < started) continue;
    const label = monthlyReportLabel(month);
    entries.push(
      dutyEntry(input, {
        key: `monthly-report:month:${month}`,
        rule: 'monthly-report',
        date: d.due,
        time: d.dueTime,
        subject: label.vi,
        meeting: null,
        person: '',
        provisional: d.provisional,
        done: sentOn !== null,
        doneOn: sentOn,
        explanation: d.explanation,
        ref: { type: 'month', id: 0, itemId: null, month },
      }),
    );
  }
  return entries;
};

export const planStepSource: DutySource = (input) =>
  planStepsBetween(input.db, input.from, input.to, input.openOnly).map((s) => {
    const item = s.itemNumber ? `${s.itemNumber}. ${s.itemTitle}` : s.itemTitle;
    return dutyEntry(input, {
      key: `plan-step:step:${s.id}`,
      rule: 'plan-step',
      date: s.due,
      time: null,
      subject: `${s.title} — ${item}`,
      meeting: null,
      person: s.leadAgency,
      provisional: provisional(input, s.due),
      done: s.doneOn !== null,
      doneOn: s.doneOn,
      explanation: {
        vi: `Bước "${s.title}" trong kế hoạch chi tiết của nội dung "${item}" (chương trình công tác): hạn ${formatDate(s.due)}.`,
        en: `Step "${s.title}" of the detailed plan of "${item}" (work program): due ${formatDate(s.due)}.`,
      },
      ref: { type: 'program-item', id: s.itemId, itemId: null, month: null },
    });
  });
