/**
 * Dữ liệu mẫu for the register of opinion requests (issue 12): requests from a ministry, another
 * province, the PPC Office and sister departments around `today`, one overdue, one due within the amber
 * threshold, one being drafted, two answered (one letter number typed in full), one with the sender's own
 * date; and the answer letter of one of them written under exports/, so the documents can be opened at
 * once (the demo's heading is set by workProgramDemo).
 */
import { dayNumber, isoFromDayNumber } from '../../shared/calendar/civilDate';
import type { ParsedArgs } from '../../shared/contract';
import { todayOf } from '../app/clock';
import type { AppContext } from '../app/context';
import { answerLetterFile } from '../app/services/opinionRequests/answerLetter';
import { answerRequest, createRequest, updateRequest } from '../app/services/opinionRequests/register';
import { requireDb } from '../app/services/requireDb';
import { updateAgencyDetails } from '../db/repositories/agencyDetailsRepository';
import { getAgency } from '../db/repositories/agencyRepository';

export async function fillOpinionRequestDemo(ctx: AppContext): Promise<number> {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const day = (offset: number) => isoFromDayNumber(dayNumber(today) + offset);
  const agency = getAgency(db);
  if (agency) {
    db.transaction(() =>
      updateAgencyDetails(db, {
        name: agency.name,
        code: agency.code,
        governingBody: 'UBND TỈNH',
        province: 'Tỉnh lỵ',
      }),
    )();
  }
  const base = { theirDate: null, due: null, workingDays: null, notes: '' } as const;
  const planned: Array<
    ParsedArgs<'opinionRequests.create'> & { answer?: 'agree' | 'agree-with-comments'; drafting?: true }
  > = [
    {
      ...base,
      requesterKind: 'ministry',
      requester: 'Bộ Nông nghiệp và Môi trường',
      theirNumber: '4521/BNNMT-PC',
      theirDate: day(-16),
      subject: 'Dự thảo Nghị định quy định chi tiết một số điều của Luật Đất đai (sửa đổi)',
      received: day(-14),
      assignee: 'Nguyễn Thị Lan',
      drafting: true,
    },
    {
      ...base,
      requesterKind: 'ppc-office',
      requester: 'Văn phòng UBND tỉnh',
      theirNumber: '1187/VPUBND-KT',
      subject: 'Dự thảo Kế hoạch phòng, chống thiên tai năm sau',
      received: day(-3),
      assignee: 'Trần Văn Bình',
    },
    {
      ...base,
      requesterKind: 'agency',
      requester: 'Sở Tài chính',
      theirNumber: '902/STC-NS',
      subject: 'Dự thảo Quyết định phân bổ kinh phí sự nghiệp môi trường',
      received: day(0),
      assignee: 'Lê Thu Hà',
    },
    {
      ...base,
      requesterKind: 'province',
      requester: 'UBND tỉnh Khánh Hòa',
      theirNumber: '77/UBND-NC',
      subject: 'Dự thảo Quy chế phối hợp quản lý tài nguyên nước liên tỉnh',
      received: day(-2),
      due: day(12),
      assignee: 'Nguyễn Thị Lan',
    },
    {
      ...base,
      requesterKind: 'ministry',
      requester: 'Bộ Tư pháp',
      theirNumber: '3310/BTP-VĐCXDPL',
      theirDate: day(-25),
      subject: 'Dự thảo Thông tư hướng dẫn kiểm tra, rà soát văn bản quy phạm pháp luật',
      received: day(-21),
      assignee: 'Trần Văn Bình',
      answer: 'agree-with-comments',
    },
    {
      ...base,
      requesterKind: 'agency',
      requester: 'Sở Xây dựng',
      theirNumber: '640/SXD-QLN',
      subject: 'Dự thảo Quyết định về giá thuê nhà ở xã hội',
      received: day(-10),
      assignee: 'Lê Thu Hà',
      answer: 'agree',
    },
  ];
  let letterFor: number | null = null;
  for (const p of planned) {
    const { answer, drafting, ...fields } = p;
    const r = createRequest(ctx, { ...base, ...fields });
    if (drafting) updateRequest(ctx, { id: r.id, ...base, ...fields, storedState: 'drafting' });
    if (answer) {
      await answerRequest(ctx, {
        id: r.id,
        number: answer === 'agree' ? '215' : `198/${agency?.code ?? 'CQ'}-PC`,
        answeredOn: day(-1),
        stance: answer,
        summary:
          answer === 'agree'
            ? ''
            : 'Đề nghị bổ sung quy định chuyển tiếp đối với văn bản đã ban hành trước ngày Thông tư có hiệu lực.\nĐề nghị làm rõ trách nhiệm của cơ quan kiểm tra ở cấp xã sau khi sắp xếp đơn vị hành chính.',
        file: null,
      });
      letterFor ??= r.id;
    }
  }
  if (letterFor !== null) await answerLetterFile(ctx, letterFor);
  return planned.length;
}
