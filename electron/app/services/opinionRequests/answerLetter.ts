/**
 * Công văn góp ý: the answer letter to an opinion request, in the Decree 30 layout. Before the answer is
 * recorded the letter is a draft with prompts where the stance and comments go; after, it says what was
 * recorded. Our number typed in full ("45/SKHĐT-TH") is written as typed, never with a second symbol.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ExportedFile } from '../../../../shared/contract/workProgram';
import { appError } from '../../../../shared/errors/appError';
import { formatIsoDateVi } from '../../../../shared/workProgram/yearMonth';
import { answerLetterDocx } from '../../../reports/agencyDocumentsDocx';
import { todayOf } from '../../clock';
import type { AppContext } from '../../context';
import { storeFor } from '../attachmentStore';
import { documentFrame, paragraphsOf } from '../documents/frame';
import { asciiSlug, writeExport } from '../exportFiles';
import { requireDb } from '../requireDb';
import { requireRecord } from './register';

export async function answerLetterFile(ctx: AppContext, id: number): Promise<ExportedFile> {
  const db = requireDb(ctx);
  const r = requireRecord(db, id);
  const date = r.answeredOn ?? todayOf(ctx.now);
  const frame = documentFrame(db, { number: r.answerNumber, symbol: 'letter', date });
  const agency = frame.agency.name;
  const subject = r.subject.charAt(0).toLocaleLowerCase('vi') + r.subject.slice(1);
  const theirs =
    r.theirNumber.trim() === ''
      ? `Văn bản của ${r.requester}`
      : `Văn bản số ${r.theirNumber.trim()}${r.theirDate ? ` ngày ${formatIsoDateVi(r.theirDate)}` : ''} của ${r.requester}`;
  const summary = paragraphsOf(r.answerSummary);
  let stanceParagraph: string;
  let details: string[];
  switch (r.stance) {
    case 'agree':
      stanceParagraph = `${agency} cơ bản thống nhất với nội dung dự thảo.`;
      details = summary;
      break;
    case 'agree-with-comments':
      stanceParagraph = `${agency} cơ bản thống nhất với nội dung dự thảo, đồng thời đề nghị nghiên cứu bổ sung, chỉnh sửa một số nội dung sau:`;
      details = summary.length > 0 ? summary : ['[Nội dung đề nghị bổ sung, chỉnh sửa.]'];
      break;
    case 'disagree':
      stanceParagraph = `${agency} không thống nhất với nội dung dự thảo, vì các lý do sau:`;
      details = summary.length > 0 ? summary : ['[Lý do không thống nhất.]'];
      break;
    default:
      stanceParagraph =
        '[Ý kiến của cơ quan: thống nhất / thống nhất, có ý kiến bổ sung / không thống nhất.]';
      details = summary.length > 0 ? summary : ['[Nội dung góp ý cụ thể.]'];
  }
  const file = await answerLetterDocx({
    ...frame,
    // "V/v góp ý dự thảo …", without saying "dự thảo" twice when the subject starts with it.
    subjectLine: /^dự thảo\b/iu.test(subject) ? `góp ý ${subject}` : `góp ý dự thảo ${subject}`,
    addressee: r.requester,
    opening: `Phúc đáp ${theirs} về việc ${subject}, sau khi nghiên cứu, ${agency} có ý kiến như sau:`,
    stanceParagraph,
    details,
    closing: `Trên đây là ý kiến của ${agency}, kính gửi ${r.requester} tổng hợp./.`,
    recipients: ['Như trên', ...frame.recipients.filter((x) => !/^như trên$/iu.test(x.trim()))],
  });
  return writeExport(
    ctx.dataDir,
    `cong-van-gop-y-${asciiSlug(frame.agency.code)}-yc-${r.id}-${date}.docx`,
    file,
  );
}

/** The file recorded with the answer, copied from the store under exports/ so it opens or downloads. */
export function answerFileCopy(ctx: AppContext, id: number): ExportedFile {
  const r = requireRecord(requireDb(ctx), id);
  if (r.blobSha256 === null || r.blobName === null) {
    throw appError(
      'opinionRequest.noFile',
      'Văn bản trả lời này chưa có tệp đính kèm.',
      'No file was recorded with this answer.',
      { id },
    );
  }
  const ext = extname(r.blobName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const data = readFileSync(storeFor(ctx).pathOf(r.blobSha256));
  return writeExport(
    ctx.dataDir,
    `tra-loi-yc-${r.id}-${asciiSlug(basename(r.blobName, extname(r.blobName)))}${ext}`,
    data,
  );
}
