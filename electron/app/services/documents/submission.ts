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
import { documentFrame, paragraphsOf } from './frame';

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
  // Documents only: the content requirements (legal basis, procedure…) are the sections, and the tờ trình
  // is this document. What the clerk noted on a content requirement fills its section.
  const attachments = entries
    .filter((e) => e.entryKind === 'document' && !/^tờ trình/iu.test(e.label.trim()))
    .map((e) => e.label.trim());
  const noted = (code: string) => paragraphsOf(entries.find((e) => e.code === code)?.notes ?? '');
  const file = await submissionDocx({
    ...frame,
    about: `Về ${lowerFirst(item.title)}`,
    addressee: 'Ủy ban nhân dân tỉnh',
    opening: `${agencyName} kính trình Ủy ban nhân dân tỉnh xem xét ${lowerFirst(item.title)} (${lowerFirst(CONTENT_KIND_LABELS[item.contentKind].vi)}; trình tại ${lowerFirst(MEETING_KIND_LABELS[meeting.kind].vi)} ngày ${formatIsoDateVi(meeting.date)}) như sau:`,
    sections: [
      {
        title: 'I. CĂN CỨ PHÁP LÝ',
        paragraphs: noted('legal-basis'),
        prompts: promptUnless(noted('legal-basis'), [
          '[Căn cứ Luật, Nghị định, Thông tư, văn bản của UBND tỉnh làm cơ sở ban hành: ghi số, ký hiệu, ngày, trích yếu.]',
        ]),
      },
      {
        title: 'II. CĂN CỨ THỰC TIỄN',
        paragraphs: noted('practical-basis'),
        prompts: promptUnless(noted('practical-basis'), [
          '[Tình hình thực tế, sự cần thiết ban hành, kết quả khảo sát, đánh giá.]',
        ]),
      },
      {
        title: 'III. TRÌNH TỰ, THỦ TỤC',
        paragraphs: [...procedure, ...noted('procedure-authority')],
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
        paragraphs: noted('advisory-position'),
        prompts: promptUnless(noted('advisory-position'), [
          `[Ý kiến rõ ràng của ${agencyName}: đề nghị ban hành / phê duyệt / cho chủ trương; những vấn đề còn ý kiến khác nhau và đề xuất xử lý.]`,
        ]),
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

/** Lower-cases the first letter only: "Buổi làm việc do Chủ tịch UBND tỉnh…" keeps its proper nouns. */
function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** The prompt stays until the clerk has written the section (in the checklist entry's notes). */
function promptUnless(written: readonly string[], prompt: string[]): string[] {
  return written.length > 0 ? [] : prompt;
}
