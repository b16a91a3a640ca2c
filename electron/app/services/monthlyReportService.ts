import type { Database } from 'better-sqlite3';
import type { ParsedArgs } from '../../../shared/contract';
import type { MonthlyReportView, Scorecard } from '../../../shared/contract/reports';
import type { ExportedFile } from '../../../shared/contract/workProgram';
import {
  deadlinesForMeeting,
  monthlyReportDeadline,
  taskExtensionReportDeadline,
} from '../../../shared/deadlines';
import type { MonthlyReportInput, MonthlyReportModel } from '../../../shared/workProgram/monthlyReport';
import { monthlyReportModel } from '../../../shared/workProgram/monthlyReport';
import { addMonths, monthsEndingWith } from '../../../shared/workProgram/monthRange';
import { type SubmissionFact, scorecardMonths } from '../../../shared/workProgram/scorecard';
import { lastDayOfMonth, yearMonthOf } from '../../../shared/workProgram/yearMonth';
import { listSubmissionDays } from '../../db/repositories/agendaItemRepository';
import { readNote, writeNote } from '../../db/repositories/monthlyReportNoteRepository';
import * as tasks from '../../db/repositories/taskRepository';
import * as items from '../../db/repositories/workProgramRepository';
import { monthlyReportDocxFromModel } from '../../reports/monthlyReportDocx';
import { monthlyReportXlsxFromModel } from '../../reports/monthlyReportXlsx';
import { todayOf } from '../clock';
import type { AppContext } from '../context';
import { calendarFor, ruleSetFor } from './calendarService';
import { headingFrom, readDocumentSettings, recipientsFrom, signerFrom } from './documentSettingsService';
import { asciiSlug, writeExport } from './exportFiles';
import { requireDb } from './requireDb';
import { requireAgency } from './workProgramService';

/**
 * Báo cáo kết quả thực hiện chương trình công tác tháng (§2c): one input, one model
 * (shared/workProgram/monthlyReport), rendered by the screen (reports.monthly), the DOCX and the XLSX
 * (reports.monthlyFile) and the CLI (`dossier-desk report`), so the numbers are the same everywhere.
 * The document is dated today; tasks are judged today.
 */
export function monthlyReportInput(ctx: AppContext, month: string): MonthlyReportInput {
  const db = requireDb(ctx);
  const agency = requireAgency(db);
  const today = todayOf(ctx.now);
  const settings = readDocumentSettings(db);
  const note = readNote(db, month);
  const milestones = items.milestonesByItem(db);
  // Up to next month: the report also shows how next month's items are being prepared.
  const programItems = items
    .listItemsUpTo(db, addMonths(month, 1))
    .map((r) => items.toDomainItem(r, (milestones.get(r.id) ?? []).map(toMilestone)));
  const monthTasks = tasks.listTasks(db, { fromDate: `${month}-01`, toDate: lastDayOfMonth(month) });
  return {
    heading: headingFrom(settings, agency.name, { number: '', symbol: settings.reportSymbol, date: today }),
    month,
    items: programItems,
    tasks: withExtensionDue(ctx, monthTasks),
    difficulties: note.difficulties,
    recommendations: note.recommendations,
    // A report has no "Kính gửi", so "Như trên" (as above) has nothing to refer to.
    recipients: recipientsFrom(settings, agency.code).filter((r) => !/^như trên$/iu.test(r.trim())),
    signer: signerFrom(settings),
  };
}

function toMilestone(m: items.MilestoneRecord) {
  return { title: m.title, due: m.due, ...(m.doneOn !== null && { doneOn: m.doneOn }) };
}

function withExtensionDue(ctx: AppContext, records: readonly tasks.TaskRecord[]) {
  const calendar = calendarFor(ctx);
  const rules = ruleSetFor(ctx);
  return records.map((r) => ({
    task: tasks.toDomainTask(r),
    extensionReportDue: taskExtensionReportDeadline(r.deadline, calendar, rules).due,
  }));
}

export function monthlyReportModelFor(ctx: AppContext, month: string): MonthlyReportModel {
  return monthlyReportModel(monthlyReportInput(ctx, month));
}

export function monthlyReportView(ctx: AppContext, month: string): MonthlyReportView {
  const model = monthlyReportModelFor(ctx, month);
  const note = readNote(requireDb(ctx), month);
  const e = model.evaluation;
  return {
    month: model.month,
    subject: model.subject,
    subjectEn: model.subjectEn,
    documentDate: model.heading.date,
    figures: model.figures,
    counts: {
      toSubmit: e.toSubmit,
      submitted: e.submitted,
      promulgated: e.promulgated,
      notSubmitted: e.notSubmitted,
      submittedRatio: e.submittedRatio,
      promulgatedRatio: e.promulgatedRatio,
    },
    dueRows: model.dueRows,
    lateRows: model.lateRows,
    nextMonth: model.nextMonth,
    nextMonthRows: model.nextMonthRows,
    taskRows: model.taskRows,
    taskCounts: model.taskCounts,
    difficulties: note.difficulties,
    recommendations: note.recommendations,
    undatedItems: e.undatedItemIds.length,
    // The report on a month is sent before the 15th of the month after it (monthlyReportDeadline says so).
    deadline: monthlyReportDeadline(month, calendarFor(ctx), ruleSetFor(ctx), todayOf(ctx.now)),
  };
}

/** The report as a file: DOCX or XLSX from the same model. */
export async function monthlyReportBytes(
  ctx: AppContext,
  month: string,
  format: 'docx' | 'xlsx',
): Promise<Buffer> {
  const model = monthlyReportModelFor(ctx, month);
  return format === 'docx' ? monthlyReportDocxFromModel(model) : monthlyReportXlsxFromModel(model);
}

export async function monthlyReportFile(
  ctx: AppContext,
  args: ParsedArgs<'reports.monthlyFile'>,
): Promise<ExportedFile> {
  const agency = requireAgency(requireDb(ctx));
  const data = await monthlyReportBytes(ctx, args.month, args.format);
  return writeExport(
    ctx.dataDir,
    `bao-cao-CTCT-${asciiSlug(agency.code)}-${args.month}.${args.format}`,
    data,
  );
}

export function saveNotes(ctx: AppContext, args: ParsedArgs<'reports.saveNotes'>): { saved: true } {
  const db = requireDb(ctx);
  db.transaction(() => {
    writeNote(
      db,
      args.month,
      { difficulties: args.difficulties, recommendations: args.recommendations },
      ctx.now().toISOString(),
    );
  })();
  return { saved: true };
}

export function scorecard(ctx: AppContext, args: ParsedArgs<'scorecard'>): Scorecard {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const end = args.endMonth ?? yearMonthOf(today);
  const months = monthsEndingWith(end, args.months);
  const first = months[0] ?? end;
  const programItems = items.listItemsUpTo(db, end).map((r) => items.toDomainItem(r));
  const monthTasks = tasks.listTasks(db, { fromDate: `${first}-01`, toDate: lastDayOfMonth(end) });
  const submissions = agendaItemSubmissions(ctx, db, first, end);
  return {
    submissionSource: submissions === null ? 'work-program' : 'agenda-items',
    months: scorecardMonths({
      months,
      items: programItems,
      tasks: withExtensionDue(ctx, monthTasks),
      submissions,
      today,
    }),
  };
}

/**
 * On-time / late from the dossiers: the day each agenda item was sent to the Office (recorded when it
 * became 'submitted') against its signed-documents deadline. Null when the months hold no agenda items
 * (an agency that keeps only its work program here): the scorecard then counts from the work program.
 */
function agendaItemSubmissions(
  ctx: AppContext,
  db: Database,
  first: string,
  end: string,
): SubmissionFact[] | null {
  const rows = listSubmissionDays(db, `${first}-01`, lastDayOfMonth(end));
  if (rows.length === 0) return null;
  const calendar = calendarFor(ctx);
  const rules = ruleSetFor(ctx);
  return rows.flatMap((r) => {
    const signed = deadlinesForMeeting({ kind: r.kind, date: r.date }, calendar, rules).find(
      (d) => d.rule === 'signed-documents',
    );
    return signed
      ? [
          {
            month: yearMonthOf(r.date),
            due: signed.due,
            dueTime: signed.dueTime,
            submittedOn: r.submittedOn,
            submittedTime: r.submittedTime,
            kind: r.kind,
            lateReason: r.lateReason,
          },
        ]
      : [];
  });
}
