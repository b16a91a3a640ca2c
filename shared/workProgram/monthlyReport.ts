import type { TaskOutcome } from '../tasks/outcome';
import { taskOutcome } from '../tasks/outcome';
import type { Task } from '../tasks/types';
import type { MonthEvaluation } from './evaluation';
import { evaluateMonth, itemStandingAt } from './evaluation';
import type { OfficialDocumentHeading, Signer } from './officialDocument';
import { formatPercent } from './ratio';
import type { WorkProgramItem } from './types';
import { TO_WHOM_LABELS } from './types';
import type { IsoDate, YearMonth } from './yearMonth';
import { formatIsoDateVi, formatYearMonth, makeYearMonth, yearMonthOf } from './yearMonth';

/**
 * Báo cáo kết quả thực hiện chương trình công tác tháng (directive §2c), sent to the PPC Office before
 * the 15th. This module turns the data into one model; the screen, the DOCX and the XLSX render this
 * model, so the numbers cannot differ between them.
 */
export interface MonthlyReportInput {
  heading: OfficialDocumentHeading;
  /** The month reported on (usually the month before `heading.date`). */
  month: YearMonth;
  items: readonly WorkProgramItem[];
  /** Tasks with the extension-report due date computed by shared/deadlines for each. */
  tasks: ReadonlyArray<{ task: Task; extensionReportDue: IsoDate }>;
  /** Khó khăn, vướng mắc: free text, paragraphs separated by line breaks. */
  difficulties: string;
  /** Kiến nghị, đề xuất: free text. */
  recommendations: string;
  recipients: string[];
  signer: Signer;
}

export interface ReportFigure {
  key: 'toSubmit' | 'submitted' | 'promulgated' | 'notSubmitted' | 'submittedRatio' | 'promulgatedRatio';
  vi: string;
  en: string;
  /** As printed (Vietnamese formatting): "12", "66,7%", "—". */
  value: string;
}

export interface ReportItemRow {
  number: string;
  title: string;
  toWhom: string;
  leadAgency: string;
  /** Where the item stood at the month's end, e.g. "Đã trình ngày 20/03/2026". */
  standing: string;
}

export interface ReportLateRow {
  number: string;
  title: string;
  targetMonth: string;
  monthsLate: number;
  cause: string;
  remedy: string;
  newSchedule: string;
  /** Filled when it was submitted after the month's end but before the report. */
  submittedLater: string;
  /** The three above for the English interface (the documents stay Vietnamese). */
  en: { targetMonth: string; newSchedule: string; submittedLater: string };
}

export interface ReportTaskRow {
  sourceDocument: string;
  content: string;
  deadline: string;
  leader: string;
  outcome: TaskOutcome;
}

export interface MonthlyReportModel {
  heading: OfficialDocumentHeading;
  signer: Signer;
  recipients: string[];
  month: YearMonth;
  /** "Kết quả thực hiện chương trình công tác tháng 3/2026". */
  subject: string;
  /** The same subject for the English interface (the document itself is always Vietnamese). */
  subjectEn: string;
  evaluation: MonthEvaluation;
  figures: ReportFigure[];
  dueRows: ReportItemRow[];
  lateRows: ReportLateRow[];
  /** Nội dung trình tháng sau: preparation of the next month's items. */
  nextMonth: YearMonth;
  nextMonthRows: ReportItemRow[];
  taskRows: ReportTaskRow[];
  taskCounts: { total: number; completed: number; notCompleted: number; pending: number };
  difficulties: string[];
  recommendations: string[];
}

function nextMonthOf(month: YearMonth): YearMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? makeYearMonth(y + 1, 1) : makeYearMonth(y, m + 1);
}

function paragraphs(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function standingText(item: WorkProgramItem, cutOff: IsoDate): string {
  const standing = itemStandingAt(item, cutOff);
  if (standing === 'promulgated') {
    return item.promulgatedOn ? `Đã ban hành ngày ${formatIsoDateVi(item.promulgatedOn)}` : 'Đã ban hành';
  }
  if (standing === 'submitted') {
    return item.submittedOn ? `Đã trình ngày ${formatIsoDateVi(item.submittedOn)}` : 'Đã trình';
  }
  return 'Chưa trình';
}

function itemRow(item: WorkProgramItem, cutOff: IsoDate): ReportItemRow {
  return {
    number: item.number,
    title: item.title,
    toWhom: TO_WHOM_LABELS[item.toWhom].vi,
    leadAgency: item.leadAgency,
    standing: standingText(item, cutOff),
  };
}

export function monthlyReportModel(input: MonthlyReportInput): MonthlyReportModel {
  const evaluation = evaluateMonth(input.items, input.month);
  const byId = new Map(input.items.map((item) => [item.id, item]));
  const due = evaluation.toSubmitItemIds.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
  const next = nextMonthOf(input.month);
  const figures: ReportFigure[] = [
    {
      key: 'toSubmit',
      vi: 'Số nội dung phải trình',
      en: 'Items to submit',
      value: String(evaluation.toSubmit),
    },
    { key: 'submitted', vi: 'Số nội dung đã trình', en: 'Submitted', value: String(evaluation.submitted) },
    {
      key: 'promulgated',
      vi: 'Số nội dung đã ban hành',
      en: 'Promulgated',
      value: String(evaluation.promulgated),
    },
    {
      key: 'notSubmitted',
      vi: 'Số nội dung chưa trình',
      en: 'Not submitted',
      value: String(evaluation.notSubmitted),
    },
    {
      key: 'submittedRatio',
      vi: 'Tỷ lệ đã trình so với tổng số phải trình',
      en: 'Submitted / to submit',
      value: formatPercent(evaluation.submittedRatio, 'vi'),
    },
    {
      key: 'promulgatedRatio',
      vi: 'Tỷ lệ đã ban hành so với tổng số phải trình',
      en: 'Promulgated / to submit',
      value: formatPercent(evaluation.promulgatedRatio, 'vi'),
    },
  ];
  const taskRows = input.tasks
    .filter(({ task }) => yearMonthOf(task.deadline) === input.month)
    .sort((a, b) => (a.task.deadline < b.task.deadline ? -1 : a.task.deadline > b.task.deadline ? 1 : 0))
    .map(({ task, extensionReportDue }) => ({
      sourceDocument: task.sourceDocument,
      content: task.content,
      deadline: formatIsoDateVi(task.deadline),
      leader: task.leader,
      // Tasks are judged on the facts known when the report is written.
      outcome: taskOutcome(task, input.heading.date, { extensionReportDue }),
    }));
  const completed = taskRows.filter((r) => r.outcome.completed).length;
  const notCompleted = taskRows.filter((r) => r.outcome.notCompleted).length;
  return {
    heading: input.heading,
    signer: input.signer,
    recipients: input.recipients,
    month: input.month,
    // Names both months (DOMAIN.md's month convention): the month reported on and the month it is sent in,
    // whose items' preparation the report also covers.
    subject: `Kết quả thực hiện chương trình công tác ${formatYearMonth(input.month, 'vi').toLowerCase()} và tình hình chuẩn bị các nội dung trình ${formatYearMonth(next, 'vi').toLowerCase()}`,
    subjectEn: `Work program results for ${formatYearMonth(input.month, 'en')} and preparation of the items due in ${formatYearMonth(next, 'en')}`,
    evaluation,
    figures,
    dueRows: due.map((item) => itemRow(item, evaluation.cutOff)),
    lateRows: evaluation.lateItems.map(({ item, monthsLate }) => ({
      number: item.number,
      title: item.title,
      targetMonth: formatYearMonth(item.targetMonth, 'vi'),
      monthsLate,
      cause: item.lateCause ?? '',
      remedy: item.remedy ?? '',
      newSchedule: item.newSchedule ? formatYearMonth(item.newSchedule, 'vi') : '',
      submittedLater:
        item.submittedOn !== undefined && item.submittedOn <= input.heading.date
          ? `Đã trình ngày ${formatIsoDateVi(item.submittedOn)}`
          : '',
      en: {
        targetMonth: formatYearMonth(item.targetMonth, 'en'),
        newSchedule: item.newSchedule ? formatYearMonth(item.newSchedule, 'en') : '',
        submittedLater:
          item.submittedOn !== undefined && item.submittedOn <= input.heading.date
            ? `Submitted on ${formatIsoDateVi(item.submittedOn)}`
            : '',
      },
    })),
    nextMonth: next,
    nextMonthRows: input.items
      .filter(
        (item) => item.targetMonth === next && item.status !== 'withdrawn' && item.status !== 'postponed',
      )
      .map((item) => itemRow(item, input.heading.date)),
    taskRows,
    taskCounts: {
      total: taskRows.length,
      completed,
      notCompleted,
      pending: taskRows.length - completed - notCompleted,
    },
    difficulties: paragraphs(input.difficulties),
    recommendations: paragraphs(input.recommendations),
  };
}
