import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { storeFor } from '../../../electron/app/services/attachmentStore';
import {
  bookJobFinished,
  bookProgress,
  cancelBook,
  startBookJob,
} from '../../../electron/app/services/bookJobs';
import { configureBook, makeBook } from '../../../electron/app/services/bookService';
import { requireDb } from '../../../electron/app/services/requireDb';
import { insertMeeting } from '../../../electron/db/repositories/meetingRepository';
import { aContext } from '../../support/appContext';
import { aDemoDataDir, buildBookWorker, cliWith, copyOf, DEMO_TODAY } from '../packages/support';
import { pageTexts, pdfPages, qpdfCheck } from './bookSupport';

let root: string;
let demo: string;
let bookWorker: string;
const copies: string[] = [];
const now = () => new Date(`${DEMO_TODAY}T09:00:00+07:00`);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-book-cli-'));
  bookWorker = await buildBookWorker(root);
  demo = await aDemoDataDir(root);
}, 120_000);

afterAll(async () => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

// Made per call: the worker is built in beforeAll.
const cli = (...argv: string[]) => cliWith({ now, bookWorker })(...argv);

function aDataDir(): string {
  const dir = copyOf(demo);
  copies.push(dir);
  return dir;
}

async function firstMeeting(dataDir: string): Promise<number> {
  const listed = await cli('list', 'meetings', '--data-dir', dataDir, '--json');
  const meetings = JSON.parse(listed.stdout) as Array<{ id: number; date: string }>;
  const first = meetings.find((m) => m.date >= DEMO_TODAY);
  if (!first) throw new Error('no upcoming meeting');
  return first.id;
}

interface BookJson {
  ok: boolean;
  path: string;
  pages: number;
  bytes: number;
  documents: Array<{
    number: string;
    name: string;
    sha256: string;
    firstPage: number | null;
    pages: number;
    leftOut: string | null;
  }>;
}

describe('dossier-desk book', () => {
  it('makes the demo meeting’s book: exit 0, qpdf-clean, pdfinfo pages = front pages + every bound part', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const out = join(root, 'demo-book.pdf');
    const made = await cli(
      'book',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting),
      '--out',
      out,
      '--json',
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const json = JSON.parse(made.stdout) as BookJson;
    expect(json.ok).toBe(true);
    expect(json.path).toBe(out);
    expect(qpdfCheck(out).status).toBe(0);
    const bound = json.documents.filter((d) => d.leftOut === null);
    expect(bound.length).toBeGreaterThan(0);
    const first = bound[0]?.firstPage ?? 0;
    // The front pages are those before the first bound document.
    expect(pdfPages(out)).toBe(first - 1 + bound.reduce((n, d) => n + d.pages, 0));
    expect(pdfPages(out)).toBe(json.pages);
    // The demo attaches DOCX drafts too: they are listed, not bound.
    expect(json.documents.some((d) => d.leftOut === 'not-pdf')).toBe(true);
    const texts = pageTexts(out);
    for (const [i, t] of texts.entries()) expect(t).toContain(`Trang ${i + 1}/${json.pages}`);
    expect(readdirSync(root).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('makes the book of one item with --item', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const whole = join(root, 'whole.pdf');
    const wholeJson = JSON.parse(
      (await cli('book', '--data-dir', dataDir, '--meeting', String(meeting), '--out', whole, '--json'))
        .stdout,
    ) as BookJson;
    const ctx = aContext(dataDir, DEMO_TODAY);
    const itemId = (
      requireDb(ctx)
        .prepare('SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position LIMIT 1')
        .get(meeting) as {
        id: number;
      }
    ).id;
    closeAppContext(ctx);
    const out = join(root, 'item-book.pdf');
    const made = await cli(
      'book',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting),
      '--item',
      String(itemId),
      '--out',
      out,
      '--json',
    );
    expect(made.code).toBe(0);
    const json = JSON.parse(made.stdout) as BookJson;
    expect(json.documents.length).toBeLessThan(wholeJson.documents.length);
    expect(json.documents.every((d) => d.number.startsWith('1.'))).toBe(true);
    expect(qpdfCheck(out).status).toBe(0);
  });

  it('exits 2 on bad arguments and writes nothing', async () => {
    const dataDir = aDataDir();
    const out = join(root, 'never.pdf');
    expect((await cli('book', '--data-dir', dataDir, '--meeting', '1')).code).toBe(2);
    expect((await cli('book', '--data-dir', dataDir, '--meeting', 'abc', '--out', out)).code).toBe(2);
    expect((await cli('book', '--data-dir', dataDir, '--out', out)).code).toBe(2);
    expect((await cli('book', '--data-dir', dataDir, '--meeting', '1', '--out', out, '--bogus')).code).toBe(
      2,
    );
    expect(
      (await cli('book', '--data-dir', join(root, 'nowhere'), '--meeting', '1', '--out', out)).code,
    ).toBe(2);
    expect(
      (await cli('book', '--data-dir', dataDir, '--meeting', '1', '--out', join(root, 'book.txt'))).code,
    ).toBe(2);
    const unknown = await cli('book', '--data-dir', dataDir, '--meeting', '999999', '--out', out, '--json');
    expect(unknown.code).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('says in both languages that a meeting with no documents has no book (exit 1)', async () => {
    const dataDir = aDataDir();
    const ctx = aContext(dataDir, DEMO_TODAY);
    const { id } = insertMeeting(
      requireDb(ctx),
      {
        kind: 'other',
        viceChairman: null,
        date: '2026-12-30',
        time: null,
        place: '',
        chair: '',
        title: 'Cuộc họp trống',
        notes: '',
      },
      '2026-11-25T02:00:00.000Z',
    );
    closeAppContext(ctx);
    const out = join(root, 'empty.pdf');
    const made = await cli('book', '--data-dir', dataDir, '--meeting', String(id), '--out', out);
    expect(made.code).toBe(1);
    expect(made.stderr).toContain('chưa tạo được sổ tài liệu');
    expect(made.stderr).toContain('no book can be made');
    expect(existsSync(out)).toBe(false);
  });

  it('lists a document that vanished from the store, with its SHA-256, and still makes the book', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const ctx = aContext(dataDir, DEMO_TODAY);
    const gone = requireDb(ctx)
      .prepare(
        `SELECT b.sha256 FROM attachment a JOIN blob b ON b.sha256 = a.blob_sha256
           JOIN checklist_entry e ON e.id = a.checklist_entry_id JOIN agenda_item i ON i.id = e.agenda_item_id
          WHERE i.meeting_id = ? AND b.mime = 'application/pdf' LIMIT 1`,
      )
      .get(meeting) as { sha256: string };
    rmSync(storeFor(ctx).pathOf(gone.sha256));
    closeAppContext(ctx);
    const out = join(root, 'vanished.pdf');
    const made = await cli(
      'book',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting),
      '--out',
      out,
      '--json',
    );
    expect(made.code).toBe(0);
    const json = JSON.parse(made.stdout) as BookJson;
    const missing = json.documents.filter((d) => d.sha256 === gone.sha256);
    expect(missing.length).toBeGreaterThan(0);
    expect(missing.every((d) => d.leftOut === 'missing')).toBe(true);
    const contents = pageTexts(out).slice(1, 4).join('\n');
    expect(contents).toContain(`SHA-256: ${gone.sha256}`);
    expect(contents).toContain('tệp đã mất khỏi kho lưu trữ');
  });
});

describe('the book job', () => {
  it('reports progress and leaves the book in the exports folder', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const ctx = aContext(dataDir, DEMO_TODAY);
    configureBook(ctx, { workerScript: bookWorker });
    const { jobId } = startBookJob(ctx, { scope: { kind: 'meeting', meetingId: meeting } });
    await bookJobFinished(ctx, jobId);
    const view = bookProgress(ctx, jobId);
    expect(view.error).toBeNull();
    expect(view.state).toBe('done');
    expect(view.documentsDone).toBe(view.documentsTotal);
    expect(view.result?.path.startsWith(join(dataDir, 'exports'))).toBe(true);
    expect(view.result?.fileName).toMatch(
      /^so-tai-lieu-[A-Za-z0-9-]+-2026-\d\d-\d\d-hop\d+-20261125T090000\.pdf$/,
    );
    expect(view.result?.downloadable).toBe(true);
    closeAppContext(ctx);
  });

  it('cancels: state cancelled, no book and no temp file left', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const ctx = aContext(dataDir, DEMO_TODAY);
    configureBook(ctx, { workerScript: bookWorker });
    const { jobId } = startBookJob(ctx, { scope: { kind: 'meeting', meetingId: meeting } });
    const view = await cancelBook(ctx, jobId);
    expect(view.state).toBe('cancelled');
    expect(view.error?.code).toBe('book-cancelled');
    expect(readdirSync(join(dataDir, 'exports')).filter((n) => n.includes('so-tai-lieu'))).toEqual([]);
    closeAppContext(ctx);
  });

  it('stops a book that runs past its time limit, and leaves nothing', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const ctx = aContext(dataDir, DEMO_TODAY);
    configureBook(ctx, { workerScript: bookWorker, limits: { timeLimitMs: 1 } });
    const out = join(root, 'too-slow.pdf');
    await expect(
      makeBook(ctx, { scope: { kind: 'meeting', meetingId: meeting }, outPath: out }),
    ).rejects.toMatchObject({
      code: 'book-timeout',
    });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('.too-slow'))).toEqual([]);
    closeAppContext(ctx);
  });

  it('reports a worker that runs out of memory as such, and leaves nothing', async () => {
    const dataDir = aDataDir();
    const meeting = await firstMeeting(dataDir);
    const ctx = aContext(dataDir, DEMO_TODAY);
    // A 2 MB heap cannot even parse the first document: what a hostile, huge PDF would do to a real cap.
    configureBook(ctx, { workerScript: bookWorker, limits: { maxHeapMb: 2 } });
    const out = join(root, 'oom.pdf');
    await expect(
      makeBook(ctx, { scope: { kind: 'meeting', meetingId: meeting }, outPath: out }),
    ).rejects.toMatchObject({
      code: 'book-worker-crashed',
    });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).filter((n) => n.startsWith('.oom'))).toEqual([]);
    closeAppContext(ctx);
  });
});
