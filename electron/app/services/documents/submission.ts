/**
 * Tờ trình skeleton of an agenda item (§4c): the sections a submission must state (legal basis,
 * practical basis, procedure, issuing authority, the agency's clear view) with prompts to fill, the
 * coordinating agencies' answers already recorded under "procedure", and "hồ sơ kèm theo" from the
 * item's checklist (the tờ trình itself left out).
 */

import type { ExportedFile } from '../../../../shared/contract/workProgram';
import { CONTENT_KIND_LABELS } from '../../../../shared/dossiers/contentKinds';
import { MEETING_KIND_LABELS } from '../../../../shared/packages/meetingKindLabels';
import { formatIsoDateVi } from '../../../../shared/workProgram/yearMonth';
import { submissionDocx } from '../../../reports/agencyDocumentsDocx';
import { todayOf } from '../../clock';
import type { AppContext } from '../../context';
import { getChecklist } from '../checklistService';
import { listRequests } from '../coordinationService';
import { asciiSlug, writeExport } from '../exportFiles';
import { requireDb } from '../requireDb';
import { documentFrame } from './frame';

const ANSWER_VI = {
  agree: 'thống nhất',
  'agree-with-comments': 'thống nhất, có ý kiến bổ sung',
  disagree: 'không thống nhất',
} as const;

export async function submissionFile(ctx: AppContext, agendaItemId: number): Promise<ExportedFile> {
  const db = requireDb(ctx);
  const today = todayOf(ctx.now);
  const frame = documentFrame(db, { number: '', symbol: 'report', date: today });
  // The tờ trình's symbol is "TTr-<code>" (Decree 30, Appendix III abbreviations), not the report's.
  frame.heading.symbol = `TTr-${frame.agency.code}`;
  const { item, meeting, entries } = getChecklist(ctx, agendaItemId);
  const coordination = listRequests(ctx, agendaItemId);
  const agencyName = frame.agency.name;
  const procedure = [
    ...coordination.map((c) =>
      c.answer === null
        ? `Đã lấy ý kiến ${c.agency} ngày ${formatIsoDateVi(c.askedOn)} (hạn ${formatIsoDateVi(c.dueOn)}); chưa nhận được ý kiến.`
        : `Đã lấy ý kiến ${c.agency} ngày ${formatIsoDateVi(c.askedOn)}; ${c.agency} ${ANSWER_VI[c.answer]} (ngày ${formatIsoDateVi(c.answeredOn ?? c.askedOn)})${c.answerText.trim() === '' ? '' : `: ${c.answerText.trim()}`}.`,
    ),
  ];
  const attachments = entries.filter((e) => !/^tờ trình/iu.test(e.label.trim())).map((e) => e.label.trim());
  const file = await submissionDocx({
    ...frame,
    about: item.title,
    addressee: 'Ủy ban nhân dân tỉnh',
    opening: `${agencyName} kính trình Ủy ban nhân dân tỉnh xem xét ${item.title.charAt(0).toLocaleLowerCase('vi')}${item.title.slice(1)} (${CONTENT_KIND_LABELS[item.contentKind].vi.toLocaleLowerCase('vi')}; ${MEETING_KIND_LABELS[meeting.kind].vi.toLocaleLowerCase('vi')} ngày ${formatIsoDateVi(meeting.date)}) như sau:`,
    sections: [
      {
        title: 'I. CĂN CỨ PHÁP LÝ',
        paragraphs: [],
        prompts: [
          '[Căn cứ Luật, Nghị định, Thông tư, văn bản của UBND tỉnh làm cơ sở ban hành: ghi số, ký hiệu, ngày, trích yếu.]',
        ],
      },
      {
        title: 'II. CĂN CỨ THỰC TIỄN',
        paragraphs: [],
        prompts: ['[Tình hình thực tế, sự cần thiết ban hành, kết quả khảo sát, đánh giá.]'],
      },
      {
        title: 'III. TRÌNH TỰ, THỦ TỤC',
        paragraphs: procedure,
        prompts: [
          item.contentKind === 'legal-normative'
            ? '[Quá trình soạn thảo, lấy ý kiến, thẩm định của Sở Tư pháp (số, ngày báo cáo thẩm định) và việc tiếp thu, giải trình.]'
            : '[Quá trình soạn thảo, lấy ý kiến các cơ quan, thẩm định hoặc thẩm tra nếu có.]',
        ],
      },
      {
        title: 'IV. THẨM QUYỀN BAN HÀNH',
        paragraphs: [],
        prompts: ['[Điều, khoản của văn bản quy định thẩm quyền của UBND tỉnh / Chủ tịch UBND tỉnh.]'],
      },
      {
        title: 'V. QUAN ĐIỂM CỦA CƠ QUAN',
        paragraphs: [],
        prompts: [
          `[Ý kiến rõ ràng của ${agencyName}: đề nghị ban hành / phê duyệt / cho chủ trương; những vấn đề còn ý kiến khác nhau và đề xuất xử lý.]`,
        ],
      },
      {
        title: 'VI. HỒ SƠ KÈM THEO',
        paragraphs: [],
        prompts: attachments.length === 0 ? ['[Danh mục hồ sơ kèm theo.]'] : [],
      },
    ],
    attachments,
    closing: `${agencyName} kính trình Ủy ban nhân dân tỉnh xem xét, quyết định./.`,
  });
  return writeExport(
    ctx.dataDir,
    `to-trinh-${asciiSlug(frame.agency.code)}-muc-${item.id}-${asciiSlug(item.title, 40)}.docx`,
    file,
  );
}
