import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import type { Args } from '../../../shared/contract';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { anItem, aWorkspace } from '../dossiers/builders';
import { convert, pdfInfo, pdfText, renderPng, workDir } from '../reports/libreOffice';

/** Where the pages go for a person to look at (the issue asks for it: LibreOffice → PDF → PNG). */
const PNG_DIR = join(tmpdir(), 'dossier-desk-agency-documents-png');
const tempDir = tempDirsPerTest();

const HEADING: Args<'documents.saveHeading'> = {
  parentAgency: 'UBND TỈNH LÂM ĐỒNG',
  agencyShortName: 'SỞ TƯ PHÁP',
  place: 'Lâm Đồng',
  letterSymbol: 'STP-XDKTVB',
  reportSymbol: 'BC-STP',
  addressee: 'Ủy ban nhân dân tỉnh',
  recipients: ['Như trên', 'Văn phòng UBND tỉnh'],
  signerAuthority: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signerName: 'Bùi Thị Hạnh',
  programDecision: '',
};

describe('the agency’s documents in the Decree 30 layout', () => {
  let ctx: AppContext;
  const text: Record<string, string> = {};
  const pages: Record<string, number> = {};

  beforeAll(async () => {
    const ws = await aWorkspace(workDir('agency-docs'));
    ctx = ws.ctx;
    const item = await invoke(ctx, 'agendaItems.create', anItem(ws.meeting.id));
    await invoke(ctx, 'coordination.add', {
      itemId: item.id,
      agency: 'Sở Tài chính',
      askedOn: '2026-11-10',
      dueOn: '2026-11-17',
    });
    const task = await invoke(ctx, 'tasks.create', {
      sourceDocument: 'Văn bản số 88/UBND-TH ngày 02/10/2026',
      content: 'Rà soát, đề xuất sửa đổi Quy định về phân cấp quản lý',
      deadline: '2026-11-30',
    });
    await invoke(ctx, 'tasks.report', {
      id: task.id,
      submittedOn: '2026-11-25',
      reason: 'Chờ ý kiến của Bộ Tư pháp.',
    });
    const [chair, vice] = await invoke(ctx, 'members.save', {
      members: [
        { name: 'Chủ tịch UBND tỉnh' },
        { name: 'Phó Chủ tịch Trần Văn Bình' },
        { name: 'Ủy viên Lê Văn Cường' },
      ],
    });
    if (!chair || !vice) throw new Error('members not saved');
    await invoke(ctx, 'votes.record', {
      agendaItemId: item.id,
      memberId: chair.id,
      stance: 'agree',
      castOn: '2026-11-24',
    });
    const v = await invoke(ctx, 'votes.record', {
      agendaItemId: item.id,
      memberId: vice.id,
      stance: 'agree-with-comments',
      castOn: '2026-11-24',
      comment: 'Làm rõ thẩm quyền tại Điều 3.',
    });
    await invoke(ctx, 'votes.respond', {
      voteId: v.id,
      kind: 'accepted',
      text: 'Đã chỉnh sửa Điều 3.',
      respondedOn: '2026-11-25',
    });
    const request = await invoke(ctx, 'opinionRequests.create', {
      requesterKind: 'ministry',
      requester: 'Bộ Tư pháp',
      theirNumber: '1234/BTP-VĐCXDPL',
      theirDate: '2026-11-20',
      subject: 'Dự thảo Nghị định sửa đổi Nghị định về kiểm tra văn bản',
      received: '2026-11-24',
    });

    // The heading is asked for once: before it is filled in, a document is refused with a code the
    // screen recognises.
    const refused = await dispatch(ctx, 'opinionRequests.answerLetter', { id: request.id });
    expect(refused.ok ? null : refused.error.code).toBe('documents.headingRequired');
    expect((await invoke(ctx, 'documents.heading', {})).confirmed).toBe(false);
    expect((await invoke(ctx, 'documents.saveHeading', HEADING)).confirmed).toBe(true);

    await invoke(ctx, 'opinionRequests.answer', {
      id: request.id,
      number: '1234/SKHĐT-TH',
      answeredOn: '2026-11-25',
      stance: 'agree-with-comments',
      summary: 'Đề nghị bổ sung quy định chuyển tiếp.\nĐề nghị làm rõ trách nhiệm của địa phương.',
    });
    const files = {
      answer: await invoke(ctx, 'opinionRequests.answerLetter', { id: request.id }),
      submission: await invoke(ctx, 'documents.submission', { agendaItemId: item.id }),
      extension: await invoke(ctx, 'documents.extensionReport', {
        taskId: task.id,
        progress: 'Đã dự thảo văn bản và lấy ý kiến các sở.',
        requestedDeadline: '2026-12-31',
      }),
      votes: await invoke(ctx, 'documents.voteSummary', { agendaItemId: item.id }),
    };
    const out = workDir('agency-docs-pdf');
    mkdirSync(PNG_DIR, { recursive: true });
    const names = Object.keys(files) as Array<keyof typeof files>;
    const pdfs = convert(
      names.map((n) => files[n].path),
      'pdf',
      out,
    );
    names.forEach((n, i) => {
      const pdf = pdfs[i] ?? '';
      // One line: the layout wraps and justifies, the words are what is checked.
      text[n] = pdfText(pdf).replace(/\s+/g, ' ');
      pages[n] = pdfInfo(pdf).pages;
      renderPng(pdf, join(PNG_DIR, n));
    });
  }, 180_000);

  afterAll(() => closeAppContext(ctx));

  it('writes the answer letter with our number typed in full once, the request it answers and the stance', () => {
    const t = text.answer ?? '';
    expect(t).toContain('Số: 1234/SKHĐT-TH');
    expect(t).not.toContain('1234/SKHĐT-TH/STP');
    expect(t).toContain('V/v góp ý dự thảo');
    expect(t).toContain('Phúc đáp Văn bản số 1234/BTP-VĐCXDPL ngày 20/11/2026 của Bộ Tư pháp');
    expect(t).toContain('đồng thời đề nghị nghiên cứu bổ sung');
    expect(t).toContain('Lâm Đồng, ngày 25 tháng 11 năm 2026');
    expect(t).toContain('UBND TỈNH LÂM ĐỒNG');
    expect(pages.answer).toBe(1);
  });

  it('writes the tờ trình with the §4c sections and the checklist as hồ sơ kèm theo', () => {
    const t = text.submission ?? '';
    for (const s of [
      'CĂN CỨ PHÁP LÝ',
      'CĂN CỨ THỰC TIỄN',
      'TRÌNH TỰ, THỦ TỤC',
      'THẨM QUYỀN BAN HÀNH',
      'QUAN ĐIỂM CỦA CƠ QUAN',
      'HỒ SƠ KÈM THEO',
    ]) {
      expect(t).toContain(s);
    }
    expect(t).toContain('/TTr-STP');
    expect(t).toContain('Đã lấy ý kiến Sở Tài chính ngày 10/11/2026');
    expect(t).toMatch(/1\. Dự thảo/);
    // Content requirements are the sections, not attached documents.
    expect(t).not.toMatch(/\d\. Căn cứ pháp lý/);
  });

  it('writes the extension report with the task, the recorded reason and the date asked for', () => {
    const t = text.extension ?? '';
    expect(t).toContain('BÁO CÁO');
    expect(t).toContain('Chờ ý kiến của Bộ Tư pháp.');
    expect(t).toContain('Đề xuất');
    expect(t).toContain('31/12/2026');
    expect(t).toContain('30/11/2026');
  });

  it('writes the vote summary with each member’s stance, comment, response and the tally', () => {
    const t = text.votes ?? '';
    expect(t).toContain('BẢN TỔNG HỢP');
    expect(t).toContain('Tổng số thành viên UBND tỉnh: 3; số thành viên đã cho ý kiến: 2.');
    expect(t).toMatch(/Tiếp thu: Đã chỉnh\s?sửa/);
    expect(t).toContain('Chưa cho ý kiến: 1 (Ủy viên Lê Văn Cường)');
  });
});

describe('agency details edited in Settings', () => {
  it('validates them, and the shared heading follows where it still said the old name and code', async () => {
    const { ctx } = await aWorkspace(tempDir());
    await invoke(ctx, 'documents.saveHeading', {
      ...HEADING,
      agencyShortName: 'Sở Tư pháp',
      letterSymbol: 'STP-VP',
    });
    const bad = await dispatch(ctx, 'agency.update', { name: 'Sở Tư pháp', code: 'S T P' });
    expect(bad.ok).toBe(false);
    const details = await invoke(ctx, 'agency.update', {
      name: 'Sở Tư pháp tỉnh Lâm Đồng',
      code: 'STPLD',
      governingBody: 'UBND TỈNH LÂM ĐỒNG',
      province: 'Lâm Đồng',
    });
    expect(details).toMatchObject({
      code: 'STPLD',
      governingBody: 'UBND TỈNH LÂM ĐỒNG',
      province: 'Lâm Đồng',
    });
    const heading = (await invoke(ctx, 'documents.heading', {})).settings;
    expect(heading).toMatchObject({
      agencyShortName: 'Sở Tư pháp tỉnh Lâm Đồng',
      letterSymbol: 'STPLD-VP',
      reportSymbol: 'BC-STPLD',
      signerName: 'Bùi Thị Hạnh',
    });
    expect((await invoke(ctx, 'app.status', {})).agency?.name).toBe('Sở Tư pháp tỉnh Lâm Đồng');
    closeAppContext(ctx);
  });
});
