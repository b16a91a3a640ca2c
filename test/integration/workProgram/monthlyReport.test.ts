import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { startBridge } from '../../../electron/bridge/bridgeServer';
import { runCli } from '../../../electron/cli/main';
import { fillWorkProgramDemo } from '../../../electron/demo/workProgramDemo';
import { formatPercent } from '../../../shared/workProgram/ratio';
import { aMeeting, invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { convert, readText, workDir } from '../reports/libreOffice';
import { anAgendaItem, anItem, aProgramContext, aTask, errorCode } from './support';

const tempDir = tempDirsPerTest();
const squash = (s: string) => s.replace(/\s+/g, ' ');

/**
 * October 2026 for an agency: 5 items due (2 submitted in time, 1 of them promulgated, 1 submitted in
 * November, 1 withdrawn, 1 not submitted), one September item still not submitted; tasks in October.
 */
async function anOctober(dataDir: string) {
  const ctx = await aProgramContext(dataDir, '2026-11-10');
  const mk = async (title: string, targetMonth: string) =>
    (await invoke(ctx, 'workProgram.create', anItem({ title, targetMonth, number: String(title.length) })))
      .id;
  const a = await mk('Quyết định ban hành Quy chế phối hợp quản lý nhà nước', '2026-10');
  const b = await mk('Kế hoạch cải cách hành chính năm 2027', '2026-10');
  const c = await mk('Đề án số hóa hồ sơ hộ tịch', '2026-10');
  const d = await mk('Báo cáo công tác pháp chế', '2026-10');
  await mk('Chỉ thị tăng cường công tác hòa giải ở cơ sở', '2026-10');
  const e = await mk('Quyết định quy định giá dịch vụ công chứng', '2026-09');
  await invoke(ctx, 'workProgram.setStatus', { id: a, status: 'submitted', submittedOn: '2026-10-05' });
  await invoke(ctx, 'workProgram.setStatus', { id: a, status: 'promulgated', promulgatedOn: '2026-10-28' });
  await invoke(ctx, 'workProgram.setStatus', { id: b, status: 'submitted', submittedOn: '2026-10-30' });
  await invoke(ctx, 'workProgram.setStatus', { id: c, status: 'submitted', submittedOn: '2026-11-04' });
  await invoke(ctx, 'workProgram.setStatus', { id: d, status: 'withdrawn' });
  await invoke(ctx, 'workProgram.update', {
    ...anItem({ title: 'Quyết định quy định giá dịch vụ công chứng', targetMonth: '2026-09', number: '9' }),
    id: e,
    lateCause: 'Chờ ý kiến thẩm định của Sở Tài chính',
    remedy: 'Làm việc trực tiếp với Sở Tài chính',
    newSchedule: '2026-12',
  });
  const t1 = await invoke(ctx, 'tasks.create', aTask({ deadline: '2026-10-20' }));
  await invoke(
    ctx,
    'tasks.create',
    aTask({ content: 'Tổng kết 5 năm thi hành Luật Hòa giải', deadline: '2026-10-30' }),
  );
  const {
    id,
    outcome,
    extensionReport,
    extension,
    createdAt,
    updatedAt,
    report,
    quality,
    assessmentNote,
    ...fields
  } = t1;
  await invoke(ctx, 'tasks.update', { ...fields, id, status: 'completed', completedOn: '2026-10-19' });
  await invoke(ctx, 'tasks.assess', { id, quality: 'adequate' });
  await invoke(ctx, 'reports.saveNotes', {
    month: '2026-10',
    difficulties: 'Thiếu biên chế làm công tác pháp chế.\nPhần mềm quản lý hồ sơ chưa đồng bộ.',
    recommendations: 'Đề nghị bổ sung 02 biên chế.',
  });
  await invoke(ctx, 'workProgram.saveDocumentSettings', {
    parentAgency: 'UBND TỈNH LÂM ĐỒNG',
    agencyShortName: 'SỞ TƯ PHÁP',
    place: 'Lâm Đồng',
    letterSymbol: 'STP-VP',
    reportSymbol: 'BC-STP',
    addressee: 'Ủy ban nhân dân tỉnh Lâm Đồng',
    recipients: ['Văn phòng UBND tỉnh'],
    signerAuthority: 'KT. GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Nguyễn Thị Hương',
    programDecision: 'Quyết định số 25/QĐ-UBND ngày 10/01/2026 của UBND tỉnh',
  });
  return ctx;
}

describe('the monthly report', () => {
  it('counts October by the directive: due, submitted by the month’s end, promulgated, ratios', async () => {
    const ctx = await anOctober(tempDir());
    const view = await invoke(ctx, 'reports.monthly', { month: '2026-10' });
    // Due: 4 (the withdrawn one is out); submitted by 31/10: 2; promulgated: 1; not submitted: 2.
    expect(view.counts).toEqual({
      toSubmit: 4,
      submitted: 2,
      promulgated: 1,
      notSubmitted: 2,
      submittedRatio: 0.5,
      promulgatedRatio: 0.25,
    });
    expect(view.figures.map((f) => f.value)).toEqual(['4', '2', '1', '2', '50,0%', '25,0%']);
    // Late: the September item (1 month) first, then October's two unsubmitted ones.
    expect(view.lateRows.map((r) => [r.title, r.monthsLate])).toEqual([
      ['Quyết định quy định giá dịch vụ công chứng', 1],
      ['Đề án số hóa hồ sơ hộ tịch', 0],
      ['Chỉ thị tăng cường công tác hòa giải ở cơ sở', 0],
    ]);
    expect(view.lateRows[1]?.submittedLater).toBe('Đã trình ngày 04/11/2026');
    // The English interface gets its own words; the documents keep the Vietnamese ones above.
    expect(view.lateRows[0]?.en).toEqual({
      targetMonth: 'September 2026',
      newSchedule: view.lateRows[0]?.newSchedule ? expect.stringMatching(/^[A-Z][a-z]+ \d{4}$/) : '',
      submittedLater: '',
    });
    expect(view.lateRows[1]?.en.submittedLater).toBe('Submitted on 04/11/2026');
    expect(view.subjectEn).toBe(
      'Work program results for October 2026 and preparation of the items due in November 2026',
    );
    // The task due 30/10 has no report and is not done on 10/11: not completed.
    expect(view.taskCounts).toEqual({ total: 2, completed: 1, notCompleted: 1, pending: 0 });
    // Report on October: before 15/11/2026; the 14th is a Saturday, so Friday 13/11.
    expect(view.deadline.due).toBe('2026-11-13');
    expect(view.deadline.workingDaysLeft).toBe(3);
    expect(view.difficulties).toContain('Thiếu biên chế');
  });

  describe('the same numbers in the DOCX and the XLSX as on screen', () => {
    const dir = workDir('monthly-report');
    let docxText = '';
    let xlsxCsv = '';
    let figures: string[] = [];
    let ratios: Array<number | null> = [];

    beforeAll(async () => {
      const data = join(dir, 'data');
      const ctx = await anOctober(data);
      const view = await invoke(ctx, 'reports.monthly', { month: '2026-10' });
      figures = view.figures.map((f) => f.value);
      ratios = [view.counts.submittedRatio, view.counts.promulgatedRatio];
      const docx = await invoke(ctx, 'reports.monthlyFile', { month: '2026-10', format: 'docx' });
      const xlsx = await invoke(ctx, 'reports.monthlyFile', { month: '2026-10', format: 'xlsx' });
      expect(docx.path).toBe(join(data, 'exports', 'bao-cao-CTCT-STP-2026-10.docx'));
      closeAppContext(ctx);
      const [txt = ''] = convert([docx.path], 'txt:Text (encoded):UTF8', dir);
      const [csv = ''] = convert([xlsx.path], 'csv:Text - txt - csv (StarCalc):44,34,76', dir);
      docxText = squash(readText(txt));
      xlsxCsv = readText(csv);
    }, 180_000);

    it('prints every figure of the screen in the DOCX, in the Decree 30 heading', () => {
      expect(docxText).toContain(
        `Trong tháng 10/2026, cơ quan có ${figures[0]} nội dung phải trình theo chương trình công tác; đã trình ${figures[1]} nội dung, đã ban hành ${figures[2]} nội dung, chưa trình ${figures[3]} nội dung.`,
      );
      expect(docxText).toContain(`Tỷ lệ đã trình so với tổng số phải trình ${figures[4]}`);
      expect(docxText).toContain(`Tỷ lệ đã ban hành so với tổng số phải trình ${figures[5]}`);
      expect(docxText).toContain('UBND TỈNH LÂM ĐỒNG');
      expect(docxText).toContain('Lâm Đồng, ngày 10 tháng 11 năm 2026');
      expect(docxText).toContain('Thiếu biên chế làm công tác pháp chế.');
      expect(docxText).toContain('Nguyễn Thị Hương');
    });

    it('holds the same counts and ratios as numbers in the XLSX', () => {
      const rows = xlsxCsv.split('\n');
      // STT, Chỉ tiêu, Kết quả (then the empty columns of the wider tables below).
      const value = (label: string) => rows.find((r) => r.includes(`,${label},`))?.split(',')[2];
      expect(value('Số nội dung phải trình')).toBe(figures[0]);
      expect(value('Số nội dung đã trình')).toBe(figures[1]);
      expect(value('Số nội dung đã ban hành')).toBe(figures[2]);
      expect(value('Số nội dung chưa trình')).toBe(figures[3]);
      // The ratio cells are fractions formatted 0.0%; CSV shows them as formatted ("50.0%" in the C locale).
      expect(value('Tỷ lệ đã trình so với tổng số phải trình')).toBe(formatPercent(ratios[0] ?? null, 'en'));
      expect(value('Tỷ lệ đã ban hành so với tổng số phải trình')).toBe(
        formatPercent(ratios[1] ?? null, 'en'),
      );
    });
  });

  it('produces the same report from the command line, with exit codes 0 and 2', async () => {
    const data = tempDir();
    const ctx = await anOctober(data);
    closeAppContext(ctx);
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s) };
    const file = join(tempDir(), 'bao-cao.xlsx');
    const code = await runCli(
      [
        'report',
        '--data-dir',
        data,
        '--month',
        '2026-10',
        '--format',
        'xlsx',
        '--out',
        file,
        '--today',
        '2026-11-10',
        '--json',
      ],
      io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.join('')) as { figures: Record<string, unknown>; size: number };
    expect(json.figures).toEqual({
      toSubmit: 4,
      submitted: 2,
      promulgated: 1,
      notSubmitted: 2,
      submittedRatio: 0.5,
      promulgatedRatio: 0.25,
    });
    expect(readFileSync(file).length).toBe(json.size);
    expect(
      await runCli(
        ['report', '--data-dir', data, '--month', '2026-13', '--format', 'docx', '--out', file],
        io,
      ),
    ).toBe(2);
    expect(
      await runCli(
        ['report', '--data-dir', data, '--month', '2026-10', '--format', 'pdf', '--out', file],
        io,
      ),
    ).toBe(2);
    expect(
      await runCli(
        ['report', '--data-dir', join(data, 'nope'), '--month', '2026-10', '--format', 'docx', '--out', file],
        io,
      ),
    ).toBe(2);
    expect(err.join('')).toContain('--month: "2026-13" không phải tháng hợp lệ');
  });
});

describe('the scorecard', () => {
  it('gives twelve months of on-time, late and missing submissions, program and task results', async () => {
    const ctx = await anOctober(tempDir());
    const card = await invoke(ctx, 'scorecard', { endMonth: '2026-11' });
    expect(card.submissionSource).toBe('work-program');
    expect(card.months.map((m) => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const october = card.months[10];
    expect(october?.submissions).toEqual({ onTime: 2, late: 1, missing: 1 });
    expect(october?.workProgram).toEqual({ toSubmit: 4, submitted: 2, promulgated: 1, submittedRatio: 0.5 });
    expect(october?.tasks).toEqual({ due: 2, completed: 1, notCompleted: 1, pending: 0 });
    expect(card.months[9]?.submissions).toEqual({ onTime: 0, late: 0, missing: 1 });
  });

  it('counts dossiers against the signed-documents deadline by the day each item was sent to the Office', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const meeting = await invoke(ctx, 'meetings.create', aMeeting({ date: '2026-12-17' }));
    const item = async (title: string) =>
      (
        await invoke(ctx, 'agendaItems.create', {
          meetingId: meeting.id,
          title,
          contentKind: 'other',
          leadOfficer: '',
          leaderInCharge: '',
        })
      ).id;
    const onTime = await item('Đúng hạn');
    const late = await item('Muộn');
    await item('Chưa gửi');
    // Chairman's session Thu 17/12/2026: signed documents due Mon 14/12. Sending records the day.
    ctx.now = () => new Date('2026-12-14T16:00:00+07:00');
    await invoke(ctx, 'agendaItems.setStatus', { id: onTime, status: 'submitted' });
    ctx.now = () => new Date('2026-12-15T08:00:00+07:00');
    await invoke(ctx, 'agendaItems.setStatus', { id: late, status: 'submitted' });
    ctx.now = () => new Date('2026-12-20T09:00:00+07:00');
    const card = await invoke(ctx, 'scorecard', { months: 1, endMonth: '2026-12' });
    expect(card.submissionSource).toBe('agenda-items');
    expect(card.months[0]?.submissions).toEqual({ onTime: 1, late: 1, missing: 1 });
  });

  it('keeps the sending day when a submitted item is struck, and clears it when the item is reopened', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    const meeting = await invoke(ctx, 'meetings.create', aMeeting({ date: '2026-12-17' }));
    const { id } = await invoke(ctx, 'agendaItems.create', {
      meetingId: meeting.id,
      title: 'Tờ trình',
      contentKind: 'other',
      leadOfficer: '',
      leaderInCharge: '',
    });
    const db = ctx.db;
    if (!db) throw new Error('no database');
    const day = () =>
      (db.prepare('SELECT submitted_on AS d FROM agenda_item WHERE id = ?').get(id) as { d: string | null })
        .d;
    ctx.now = () => new Date('2026-12-11T10:00:00+07:00');
    await invoke(ctx, 'agendaItems.setStatus', { id, status: 'submitted' });
    expect(day()).toBe('2026-12-11');
    await invoke(ctx, 'agendaItems.setStatus', { id, status: 'struck' });
    expect(day()).toBe('2026-12-11');
    await invoke(ctx, 'agendaItems.setStatus', { id, status: 'drafting' });
    expect(day()).toBeNull();
  });
});

describe('the download route of the browser mode', () => {
  const dirs = tempDirsPerTest();
  let bridge: Awaited<ReturnType<typeof startBridge>>;
  let ctx: Awaited<ReturnType<typeof aProgramContext>>;
  let exportName = '';
  let dataDir = '';

  beforeAll(async () => {
    const root = dirs();
    dataDir = join(root, 'data');
    ctx = await aProgramContext(dataDir);
    const staticDir = join(root, 'renderer');
    mkdirSync(staticDir);
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    await invoke(ctx, 'workProgram.create', anItem());
    exportName = (await invoke(ctx, 'workProgram.exportXlsx', {})).name;
    symlinkSync(join(root, 'secret.txt'), join(dataDir, 'exports', 'link.txt'));
    bridge = await startBridge({ ctx, staticDir, token: 't'.repeat(32) });
  });
  afterAll(async () => {
    await bridge.close();
    closeAppContext(ctx);
  });

  const get = (path: string, token: string | null = 't'.repeat(32)) =>
    fetch(`http://127.0.0.1:${bridge.port}${path}`, { headers: token ? { 'X-Dossier-Token': token } : {} });

  it('serves a generated file by name with the token, as an attachment', async () => {
    const res = await get(`/api/download/${exportName}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${exportName}"; filename*=UTF-8''${encodeURIComponent(exportName)}`,
    );
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(readFileSync(join(dataDir, 'exports', exportName)))).toBe(true);
  });

  it('refuses without the token, outside exports/, and through a symbolic link', async () => {
    expect((await get(`/api/download/${exportName}`, null)).status).toBe(401);
    expect((await get(`/api/download/${exportName}`, 'wrong')).status).toBe(401);
    expect((await get('/api/download/..%2Fsecret.txt')).status).toBe(400);
    expect((await get('/api/download/..%2F..%2Fsecret.txt')).status).toBe(400);
    expect((await get('/api/download/link.txt')).status).toBe(404);
    expect((await get('/api/download/missing.docx')).status).toBe(404);
  });

  it('answers an unknown item with a typed error through the same dispatch', async () => {
    expect(await errorCode(invoke(ctx, 'adjustments.letterDocx', { id: 42 }))).toBe('adjustment.notFound');
  });
});

describe('the sample data', () => {
  it('fills a program whose last month has late items, tasks of every outcome, and votes', async () => {
    const ctx = await aProgramContext(tempDir(), '2026-11-25');
    await anAgendaItem(ctx, 'Dự thảo Quyết định ban hành Quy định bồi thường', '2026-12-17');
    const summary = fillWorkProgramDemo(ctx);
    expect(summary).toMatchObject({ items: 21, adjustments: 2, tasks: 10, members: 9 });
    expect(summary.votes).toBeGreaterThan(0);
    const october = await invoke(ctx, 'reports.monthly', { month: '2026-10' });
    expect(october.counts.toSubmit).toBeGreaterThan(0);
    expect(october.lateRows.length).toBeGreaterThan(0);
    const tasks = await invoke(ctx, 'tasks.list', {});
    const codes = new Set(tasks.map((t) => t.outcome.code));
    for (const code of [
      'completed',
      'not-completed-late-without-report',
      'not-completed-reason-not-legitimate',
      'not-completed-insufficient-quality',
      'awaiting-reason-judgement',
    ] as const) {
      expect(codes).toContain(code);
    }
  });
});
