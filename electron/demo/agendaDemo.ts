/**
 * Sample data for the deadline agenda (issue 11): what the secretary records beyond statuses, so that the
 * Lịch hạn screen, the dashboard and the scorecard show every kind of duty and state:
 * - a past PPC session (last month) with one item delivered on time (16:30 on the due day) and one
 *   delivered at 18:00, late, with a legitimate reason;
 * - submission times on the sample's submitted items, and the leaders' opinion sought on an upcoming item;
 * - a task whose extension was granted (new deadline, its own extension-report date) beside the sample's
 *   task due tomorrow;
 * - the monthly report on the month before last marked sent; last month's still to send.
 */
import type { Database } from 'better-sqlite3';
import { dayNumber, isoFromDayNumber } from '../../shared/calendar/civilDate';
import { deadlinesForMeeting, monthlyReportDeadline } from '../../shared/deadlines';
import { addMonths } from '../../shared/workProgram/monthRange';
import { todayOf } from '../app/clock';
import type { AppContext } from '../app/context';
import { calendarFor, ruleSetFor } from '../app/services/calendarService';
import { requireDb } from '../app/services/requireDb';
import {
  insertAgendaItem,
  setAgendaItemStatus,
  setOpinionSought,
  setSubmission,
} from '../db/repositories/agendaItemRepository';
import { setMonthlyReportSent } from '../db/repositories/agendaQueries';
import { insertMeeting } from '../db/repositories/meetingRepository';
import * as taskRepo from '../db/repositories/taskRepository';

export function fillAgendaDemo(ctx: AppContext): void {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const t = dayNumber(today);
  const d = (offset: number) => isoFromDayNumber(t + offset);
  const at = ctx.now().toISOString();
  const calendar = calendarFor(ctx);
  const rules = ruleSetFor(ctx);
  db.transaction(() => {
    // Last month's session: a working day about three weeks back.
    pastSession(db, ctx, isoFromDayNumber(calendar.previousWorkingDayOnOrBefore(t - 24)), at);
    db.prepare(
      `UPDATE agenda_item SET submitted_time = '15:30' WHERE status = 'submitted' AND submitted_time IS NULL`,
    ).run();
    // The leaders' opinion sought on the first PPC item still being prepared.
    const ppcItem = db
      .prepare(
        `SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
         WHERE m.kind = 'ppc' AND m.date >= ? AND i.status IN ('drafting', 'under-appraisal', 'awaiting-coordination')
         ORDER BY m.date, i.position LIMIT 1`,
      )
      .get(today) as { id: number } | undefined;
    if (ppcItem) {
      setOpinionSought(
        db,
        ppcItem.id,
        { soughtOn: d(-2), how: 'Tờ trình xin ý kiến số 45/TTr-STNMT gửi Chủ tịch, Phó Chủ tịch UBND tỉnh' },
        at,
      );
    }
    const id = taskRepo.insertTask(
      db,
      {
        sourceDocument: 'Thông báo số 163/TB-UBND',
        content: 'Xây dựng đề án chuyển đổi số trong quản lý đất đai',
        deadline: d(-3),
        leader: 'Phó Giám đốc Nguyễn Văn Minh',
      },
      at,
    );
    taskRepo.setReport(db, id, d(-6), 'Chờ ý kiến thẩm định của Sở Khoa học và Công nghệ', at);
    taskRepo.setAssessment(db, id, true, null, '', at);
    taskRepo.grantExtension(db, id, d(27), d(-4), at);
    // The report on the month before last went on its due day; last month's is still to send.
    const monthBefore = addMonths(today.slice(0, 7), -2);
    setMonthlyReportSent(db, monthBefore, monthlyReportDeadline(monthBefore, calendar, rules).due, at);
  })();
}

/** A PPC session held last month: one item on time, one late with a legitimate reason. */
function pastSession(db: Database, ctx: AppContext, date: string, at: string): void {
  const meeting = insertMeeting(
    db,
    {
      kind: 'ppc',
      viceChairman: null,
      date,
      time: '08:00',
      place: 'Phòng họp số 1, trụ sở UBND tỉnh',
      chair: 'Chủ tịch UBND tỉnh',
      title: 'Phiên họp UBND tỉnh thường kỳ (đã họp)',
      notes: '',
    },
    at,
  );
  const signed = deadlinesForMeeting(meeting, calendarFor(ctx), ruleSetFor(ctx)).find(
    (x) => x.rule === 'signed-documents',
  );
  if (!signed) return;
  const created = isoFromDayNumber(dayNumber(date) - 40);
  const items: Array<{ title: string; time: string; reason: string }> = [
    { title: 'Tờ trình dự thảo Quyết định ban hành bảng giá đất điều chỉnh', time: '16:30', reason: '' },
    {
      title: 'Tờ trình dự thảo Nghị quyết quy định mức thu phí bảo vệ môi trường',
      time: '18:00',
      reason: 'Chờ ý kiến thẩm định của Sở Tư pháp (văn bản đến lúc 16:45 cùng ngày)',
    },
  ];
  for (const it of items) {
    const id = insertAgendaItem(
      db,
      meeting.id,
      {
        title: it.title,
        contentKind: 'legal-normative',
        leadOfficer: 'Chuyên viên Võ Thị Lan',
        leaderInCharge: 'Phó Giám đốc Lê Thị Hoa',
        workProgramItemId: null,
        notes: '',
      },
      `${created}T02:00:00.000Z`,
    );
    setAgendaItemStatus(db, id, 'submitted', at, signed.due, it.time);
    setSubmission(db, id, { submittedOn: signed.due, submittedTime: it.time, lateReason: it.reason }, at);
  }
}
