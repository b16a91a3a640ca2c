/**
 * The register of opinion requests received (§3a, §3b): each request's answer is a dated duty of the
 * agency, due on the day the register holds (typed, or N working days after receipt). Answered requests
 * stay in the agenda as done, judged by the answer letter's date.
 */
import { formatDate } from '../../../../../shared/format/dates';
import { pluralWord } from '../../../../../shared/format/locale';
import { opinionRequestTitle } from '../../../../../shared/opinionRequests/agenda';
import { listRequests } from '../../../../db/repositories/opinionRequestRepository';
import { type DutySource, dutyEntry } from '../duty';

export const opinionRequestSource: DutySource = (input) =>
  listRequests(input.db, { match: null, requesterKind: null, fromDate: input.from, toDate: input.to }).map(
    (r) => {
      const subject = opinionRequestTitle(r).replace(/^Trả lời xin ý kiến: /, '');
      const answered = r.answeredOn
        ? {
            vi: ` Đã trả lời bằng văn bản ngày ${formatDate(r.answeredOn)}.`,
            en: ` Answered by letter on ${formatDate(r.answeredOn)}.`,
          }
        : { vi: '', en: '' };
      const basis =
        r.dueWorkingDays === null
          ? { vi: 'hạn do bên xin ý kiến ấn định', en: 'the deadline set by the requester' }
          : {
              vi: `${r.dueWorkingDays} ngày làm việc sau ngày nhận ${formatDate(r.received)}`,
              en: `${r.dueWorkingDays} working ${pluralWord(r.dueWorkingDays, 'day', 'days', 'en')} after receipt on ${formatDate(r.received)}`,
            };
      return dutyEntry(input, {
        key: `opinion-request:opinion-request:${r.id}`,
        rule: 'opinion-request',
        date: r.due,
        time: null,
        subject,
        meeting: null,
        person: r.assignee,
        counterpart: { agency: r.requester, person: '' },
        provisional: input.calendar.isProvisional(Number(r.due.slice(0, 4))),
        done: r.storedState === 'answered',
        doneOn: r.answeredOn,
        explanation: {
          vi: `Hạn trả lời văn bản xin ý kiến của ${r.requester}: ${formatDate(r.due)} (${basis.vi}).${answered.vi}`,
          en: `Deadline to answer the request for opinion from ${r.requester}: ${formatDate(r.due)} (${basis.en}).${answered.en}`,
        },
        ref: { type: 'opinion-request', id: r.id, itemId: null, month: null },
      });
    },
  );
