import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { storeFor } from '../../../electron/app/services/attachmentStore';
import { jobFinished } from '../../../electron/app/services/packageJobs';
import { exportPackage } from '../../../electron/app/services/packageService';
import { parseBagInfo, parseManifest } from '../../../electron/packages/bagitFormat';
import type { PackageScope } from '../../../shared/contract/packages';
import { aContext, invoke } from '../../support/appContext';
import { aFile, anItem, aWorkspace, entryByCode, signedPdf, trustTheTestSigner } from '../dossiers/builders';
import { aDemoDataDir, aPackagesContext, buildVerifyWorker, copyOf, DEMO_TODAY } from './support';
import { flipByteInEntry, readZip } from './zipBytes';

let root: string;
let worker: string;
let demo: string;
const opened: AppContext[] = [];
const copies: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-packages-'));
  worker = await buildVerifyWorker(root);
  demo = await aDemoDataDir(root);
}, 120_000);

afterAll(async () => {
  for (const ctx of opened) closeAppContext(ctx);
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
  await rm(root, { recursive: true, force: true });
});

/** A fresh copy of the sample agency, opened with the clock at 09:00 on the demo's day. */
function aSampleAgency(today = DEMO_TODAY): { ctx: AppContext; dir: string } {
  const dir = copyOf(demo);
  copies.push(dir);
  const ctx = aPackagesContext(dir, worker, today);
  opened.push(ctx);
  return { ctx, dir };
}

function one<T>(ctx: AppContext, sql: string, ...params: unknown[]): T {
  const row = ctx.db?.prepare(sql).get(...params) as T | undefined;
  if (row === undefined) throw new Error(`no row for ${sql}`);
  return row;
}

/** The upcoming meeting of the sample whose first item awaits signature: its tờ trình is an unsigned PDF. */
function meetingAwaitingSignature(ctx: AppContext): { id: number; date: string } {
  return one(
    ctx,
    `SELECT m.id, m.date FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id
     WHERE i.status = 'awaiting-signature' AND m.status = 'scheduled' ORDER BY m.date LIMIT 1`,
  );
}

/** An item of the sample whose tờ trình carries a valid whole-file signature. */
function signedItem(ctx: AppContext): { itemId: number; meetingId: number } {
  return one(
    ctx,
    `SELECT i.id AS itemId, i.meeting_id AS meetingId FROM agenda_item i
     JOIN checklist_entry e ON e.agenda_item_id = i.id JOIN attachment a ON a.checklist_entry_id = e.id
     JOIN blob b ON b.sha256 = a.blob_sha256
     WHERE b.pdf_signatures LIKE '%"coversWholeFile":true%' AND b.pdf_signatures LIKE '%"trust":"trusted"%'
       AND i.status = 'signed' ORDER BY i.id LIMIT 1`,
  );
}

async function exportConfirmed(ctx: AppContext, scope: PackageScope) {
  const pf = await invoke(ctx, 'packages.preflight', { scope });
  const { jobId } = await invoke(ctx, 'packages.export', {
    scope,
    confirmWarnings: pf.findings.map((f) => f.key),
  });
  await jobFinished(ctx, jobId);
  const job = await invoke(ctx, 'packages.progress', { jobId });
  if (!job.result) throw new Error(`export ${job.state}: ${job.error?.en}`);
  return { preflight: pf, result: job.result, job };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const text = (b: Buffer | undefined) => (b ?? Buffer.alloc(0)).toString('utf8');

describe('exporting a package from the sample agency', () => {
  it('exports a whole meeting as a bag that the verifier, in its worker, calls valid', async () => {
    const { ctx } = aSampleAgency();
    const meeting = meetingAwaitingSignature(ctx);
    const { result, job } = await exportConfirmed(ctx, { kind: 'meeting', meetingId: meeting.id });
    expect(job.state).toBe('done');
    expect(job.bytesDone).toBe(job.bytesTotal);
    expect(result.path.startsWith(join(ctx.dataDir, 'exports'))).toBe(true);
    expect(result.downloadable).toBe(true);
    expect(sha256(readFileSync(result.path))).toBe(result.zipSha256);
    const verdict = await invoke(ctx, 'packages.verify', { source: { kind: 'path', path: result.path } });
    expect(verdict.problems).toEqual([]);
    expect(verdict.verdict).toBe('valid');
    expect(verdict.files.every((f) => f.status === 'ok')).toBe(true);
    expect(verdict.payloadOxum).toBe(result.payloadOxum);
  });

  it('lays the documents out as NN-item/MM-entry/file in NFC and describes each one in dossier.json', async () => {
    const { ctx } = aSampleAgency();
    const meeting = meetingAwaitingSignature(ctx);
    const { result, preflight } = await exportConfirmed(ctx, { kind: 'meeting', meetingId: meeting.id });
    const entries = await readZip(result.path);
    const payload = [...entries.keys()].filter((p) => p.startsWith('data/'));
    expect(payload).toContain('data/00-danh-muc-ho-so.pdf');
    expect(payload).toContain('data/dossier.json');
    const documents = payload.filter((p) => p !== 'data/00-danh-muc-ho-so.pdf' && p !== 'data/dossier.json');
    expect(documents.length).toBeGreaterThan(0);
    for (const p of documents) {
      expect(p).toMatch(/^data\/\d{2}-[^/]{1,46}\/\d{2}-[^/]{1,38}\/[^/]{1,80}$/);
      expect(p).toBe(p.normalize('NFC'));
    }

    // Every stored attachment of the meeting's items is there, byte for byte.
    const stored = ctx.db
      ?.prepare(
        `SELECT a.id, a.original_name AS name, a.blob_sha256 AS sha FROM attachment a
         JOIN checklist_entry e ON e.id = a.checklist_entry_id JOIN agenda_item i ON i.id = e.agenda_item_id
         WHERE i.meeting_id = ? AND i.status NOT IN ('withdrawn', 'struck')`,
      )
      .all(meeting.id) as Array<{ id: number; name: string; sha: string }>;
    expect(documents).toHaveLength(stored.length);
    const digests = documents.map((p) => sha256(entries.get(p) ?? Buffer.alloc(0))).sort();
    expect(digests).toEqual(stored.map((s) => s.sha).sort());

    const manifest = parseManifest(text(entries.get('manifest-sha256.txt')), 64);
    const manifestOf = new Map(manifest.lines.map((l) => [l.path, l.digest]));
    const dossier = JSON.parse(text(entries.get('data/dossier.json')));
    expect(dossier).toMatchObject({
      format: 'dossier-desk/package',
      formatVersion: 1,
      generator: { name: 'Dossier Desk', version: ctx.version },
      scope: { kind: 'meeting', meetingId: meeting.id },
      agency: { name: 'Sở Nông nghiệp và Môi trường', code: 'SNNMT' },
      meeting: { id: meeting.id, date: meeting.date },
      coverSheet: 'data/00-danh-muc-ho-so.pdf',
    });
    // Vice-Chairman session Mon 2026-11-30: signed documents due 3 working days before, Wed 2026-11-25.
    expect(dossier.deadlines).toContainEqual(
      expect.objectContaining({
        rule: 'signed-documents',
        due: '2026-11-25',
        dueTime: '17:00',
        overdue: false,
      }),
    );
    const items = await invoke(ctx, 'agendaItems.list', { meetingId: meeting.id });
    expect(dossier.items.map((i: { id: number }) => i.id)).toEqual(items.items.map((i) => i.id));
    for (const item of dossier.items) {
      const checklist = await invoke(ctx, 'checklist.get', { itemId: item.id });
      expect(item.checklist.map((e: { id: number; state: string }) => [e.id, e.state])).toEqual(
        checklist.entries.map((e) => [e.id, e.state]),
      );
      for (const entry of item.checklist) {
        for (const f of entry.files) {
          expect(manifestOf.get(f.path)).toBe(f.sha256);
          expect(f.sha256).toBe(f.recordedSha256);
          expect(f.path.startsWith(`${entry.folder}/`)).toBe(true);
        }
      }
    }
    expect(dossier.preflight.findings.map((f: { key: string }) => f.key)).toEqual(
      preflight.findings.map((f) => f.key),
    );
    expect(dossier.preflight.confirmation).toEqual({
      confirmed: true,
      at: '2026-11-25T09:00:00+07:00',
      keys: preflight.findings.map((f) => f.key),
    });
  });

  it('writes bag-info.txt with the agency, contact, meeting, items, deadline, export time, version and confirmation', async () => {
    const { ctx } = aSampleAgency();
    const meeting = meetingAwaitingSignature(ctx);
    const { result, preflight } = await exportConfirmed(ctx, { kind: 'meeting', meetingId: meeting.id });
    const info = parseBagInfo(text((await readZip(result.path)).get('bag-info.txt')));
    expect(info.malformed).toEqual([]);
    const value = (label: string) => info.entries.filter(([l]) => l === label).map(([, v]) => v);
    expect(value('Source-Organization')).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(value('Contact-Name')[0]?.length).toBeGreaterThan(3);
    expect(value('Meeting-Kind')).toEqual([
      'vice-chairman (Buổi làm việc do Phó Chủ tịch UBND tỉnh chủ trì)',
    ]);
    expect(value('Meeting-Date')[0]?.startsWith(meeting.date)).toBe(true);
    const items = await invoke(ctx, 'agendaItems.list', { meetingId: meeting.id });
    expect(value('Item-Title')).toEqual(items.items.map((i) => `${i.position}. ${i.title}`));
    expect(value('Submission-Deadline')).toEqual(['2026-11-25 17:00 (signed-documents)']);
    expect(value('Export-Time')).toEqual(['2026-11-25T09:00:00+07:00']);
    expect(value('Bag-Software-Agent')).toEqual([`Dossier Desk ${ctx.version}`]);
    expect(value('Bagging-Date')).toEqual(['2026-11-25']);
    expect(value('Payload-Oxum')).toEqual([result.payloadOxum]);
    expect(value('Export-Warnings')).toEqual([String(preflight.findings.length)]);
    expect(value('Export-Warnings-Confirmed')[0]).toMatch(/^yes, 2026-11-25T09:00:00\+07:00 \(/);
  });

  it.skipIf(spawnSync('python3', ['--version']).status !== 0)(
    'passes the independent BagIt 1.0 conformance checker (skipped without python3)',
    async () => {
      const { ctx } = aSampleAgency();
      const { result } = await exportConfirmed(ctx, {
        kind: 'meeting',
        meetingId: meetingAwaitingSignature(ctx).id,
      });
      const run = spawnSync(
        'python3',
        [resolve('test/fixtures/packages/bagit_conformance.py'), result.path],
        {
          encoding: 'utf8',
        },
      );
      expect(run.stdout.trim()).toBe('OK');
      expect(run.status).toBe(0);
    },
  );

  it('carries a cover sheet whose Vietnamese text survives extraction, in an embedded subset Unicode font', async () => {
    const { ctx } = aSampleAgency();
    const { itemId, meetingId } = signedItem(ctx);
    // Letters whose glyphs are a base and stacked marks (composite glyphs the subset must keep whole).
    const marks = 'Đặt tên đường Đằng Vẵng: ặ ỡ ợ ữ ự đ';
    ctx.db?.prepare('UPDATE agenda_item SET title = ? WHERE id = ?').run(marks, itemId);
    const { result } = await exportConfirmed(ctx, { kind: 'meeting', meetingId });
    const cover = join(root, `cover-${meetingId}.pdf`);
    writeFileSync(cover, (await readZip(result.path)).get('data/00-danh-muc-ho-so.pdf') ?? Buffer.alloc(0));
    const extracted = execFileSync('pdftotext', ['-enc', 'UTF-8', cover, '-'], { encoding: 'utf8' });
    const flat = extracted.replace(/\s+/g, ' ');
    expect(flat).toContain('DANH MỤC HỒ SƠ');
    expect(flat).toContain('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG');
    const list = await invoke(ctx, 'agendaItems.list', { meetingId });
    expect(flat).toContain(list.meeting.title);
    for (const item of list.items.filter((i) => i.status !== 'withdrawn' && i.status !== 'struck')) {
      expect(flat).toContain(`${item.position}. ${item.title}`);
    }
    expect(flat).toContain('Đã ký số, chữ ký tin cậy');
    expect(flat).toContain('Hạn gửi văn bản đã ký');
    const signedDoc = await invoke(ctx, 'checklist.get', { itemId });
    const tt = signedDoc.entries.find((e) => e.code === 'submission')?.attachments[0];
    expect(tt).toBeDefined();
    expect(flat).toContain(tt?.sha256.slice(0, 16));
    expect(flat).toContain(`${tt?.pdf?.pages}`);
    // ị, ụ, ỵ are where a shaping feature would have split the glyph (see samplePdf.ts).
    expect(extracted).toBe(extracted.normalize('NFC'));
    const fonts = execFileSync('pdffonts', [cover], { encoding: 'utf8' });
    const line = fonts.split('\n').find((l) => l.includes('NotoSans'));
    expect(line).toBeDefined();
    // name, type, encoding, emb, sub, uni: embedded yes, Unicode map yes.
    expect(line).toMatch(/\byes\s+yes\s+yes\b/);
    expect(flat).toContain(marks);
    // The whole Noto Sans made a ~316 KB cover sheet; the printed glyphs alone are a few tens of KB.
    expect(statSync(cover).size).toBeLessThan(80 * 1024);
  });

  it('records the export in the log of every item it carried, with the zip digest and each file', async () => {
    const { ctx } = aSampleAgency();
    const meeting = meetingAwaitingSignature(ctx);
    const list = await invoke(ctx, 'agendaItems.list', { meetingId: meeting.id });
    const first = list.items[0];
    if (!first) throw new Error('no item');
    const whole = await exportConfirmed(ctx, { kind: 'meeting', meetingId: meeting.id });
    const single = await exportConfirmed(ctx, { kind: 'item', itemId: first.id });
    const log = await invoke(ctx, 'packages.exportLog', { itemId: first.id });
    expect(log.map((l) => l.id)).toEqual(
      [single.result.exportId, whole.result.exportId].sort((a, b) => b - a),
    );
    const entry = log.find((l) => l.id === single.result.exportId);
    expect(entry).toMatchObject({
      scope: 'item',
      meetingId: meeting.id,
      itemId: first.id,
      path: single.result.path,
      zipSha256: sha256(readFileSync(single.result.path)),
      warningsConfirmed: single.preflight.findings.length > 0,
    });
    expect(entry?.files.map((f) => f.path)).toContain('data/dossier.json');
    const other = list.items[1];
    if (other) {
      const otherLog = await invoke(ctx, 'packages.exportLog', { itemId: other.id });
      expect(otherLog.map((l) => l.id)).toEqual([whole.result.exportId]);
    }
  });
});

describe('pre-flight', () => {
  it('lists missing documents, a tờ trình without a valid signature, and a deadline that has passed', async () => {
    const { ctx } = aSampleAgency();
    const meeting = meetingAwaitingSignature(ctx);
    const pf = await invoke(ctx, 'packages.preflight', { scope: { kind: 'meeting', meetingId: meeting.id } });
    const codes = new Set(pf.findings.map((f) => f.code));
    expect(codes.has('signature-missing')).toBe(true);
    expect(codes.has('required-document-missing')).toBe(true);
    // Due today at 17:00; at 09:00 it has not passed yet.
    expect(codes.has('deadline-passed')).toBe(false);
    const past = one<{ id: number }>(
      ctx,
      'SELECT id FROM meeting WHERE date < ? ORDER BY date DESC LIMIT 1',
      DEMO_TODAY,
    );
    const late = await invoke(ctx, 'packages.preflight', { scope: { kind: 'meeting', meetingId: past.id } });
    expect(late.findings.filter((f) => f.code === 'deadline-passed')).toHaveLength(1);

    const { itemId } = signedItem(ctx);
    const signed = await invoke(ctx, 'packages.preflight', { scope: { kind: 'item', itemId } });
    expect(signed.findings.filter((f) => f.code === 'signature-missing')).toEqual([]);
  });

  it('finds a stored file changed on disk since it was attached, and one that is gone', async () => {
    const { ctx } = aSampleAgency();
    const meeting = meetingAwaitingSignature(ctx);
    const files = ctx.db
      ?.prepare(
        `SELECT a.id, a.blob_sha256 AS sha FROM attachment a JOIN checklist_entry e ON e.id = a.checklist_entry_id
         JOIN agenda_item i ON i.id = e.agenda_item_id WHERE i.meeting_id = ? ORDER BY a.id`,
      )
      .all(meeting.id) as Array<{ id: number; sha: string }>;
    const [changed, gone] = files;
    if (!changed || !gone) throw new Error('need two attachments');
    const store = storeFor(ctx);
    const path = store.pathOf(changed.sha);
    const bytes = readFileSync(path);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    writeFileSync(path, bytes);
    rmSync(store.pathOf(gone.sha));
    const pf = await invoke(ctx, 'packages.preflight', { scope: { kind: 'meeting', meetingId: meeting.id } });
    expect(pf.findings.filter((f) => f.code === 'file-changed').map((f) => f.attachmentId)).toEqual([
      changed.id,
    ]);
    expect(pf.findings.filter((f) => f.code === 'file-missing').map((f) => f.attachmentId)).toEqual([
      gone.id,
    ]);

    // Confirmed, the export goes on: the changed bytes are packaged as they are now, the gone file left out.
    const { result } = await exportConfirmed(ctx, { kind: 'meeting', meetingId: meeting.id });
    const dossier = JSON.parse(text((await readZip(result.path)).get('data/dossier.json')));
    const exported = dossier.items.flatMap((i: { checklist: Array<{ files: unknown[] }> }) =>
      i.checklist.flatMap((e) => e.files),
    ) as Array<{ attachmentId: number; sha256: string; recordedSha256: string }>;
    const changedFile = exported.find((f) => f.attachmentId === changed.id);
    expect(changedFile?.sha256).toBe(sha256(bytes));
    expect(changedFile?.recordedSha256).toBe(changed.sha);
    expect(exported.some((f) => f.attachmentId === gone.id)).toBe(false);
  });

  it('finds nothing to warn about in a complete, signed dossier, and records no confirmation', async () => {
    const dir = await mkdtemp(join(root, 'clean-'));
    const { ctx, meeting } = await aWorkspace(dir);
    opened.push(ctx);
    const { configurePackages } = await import('../../../electron/app/services/packageService');
    configurePackages(ctx, { workerScript: worker });
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id, { contentKind: 'other' }));
    const submission = await entryByCode(ctx, item.id, 'submission');
    await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Tờ trình số 12-TTr-STP.pdf', await signedPdf()) },
    });
    // The signer's certificate is one the agency trusts: without it the signature is "not trusted".
    await trustTheTestSigner(ctx, dir);
    const checklist = await invoke(ctx, 'checklist.get', { itemId: item.id });
    for (const e of checklist.entries.filter((x) => x.entryKind === 'content-requirement'))
      await invoke(ctx, 'checklist.setState', { entryId: e.id, state: 'final' });
    const scope = { kind: 'item', itemId: item.id } as const;
    expect((await invoke(ctx, 'packages.preflight', { scope })).findings).toEqual([]);
    const { jobId } = await invoke(ctx, 'packages.export', { scope });
    await jobFinished(ctx, jobId);
    const job = await invoke(ctx, 'packages.progress', { jobId });
    expect(job.state).toBe('done');
    const entries = await readZip(job.result?.path ?? '');
    expect(JSON.parse(text(entries.get('data/dossier.json'))).preflight).toMatchObject({
      findings: [],
      confirmation: null,
    });
    const info = text(entries.get('bag-info.txt'));
    expect(info).toContain('Export-Warnings: 0\n');
    expect(info).not.toContain('Export-Warnings-Confirmed');
    expect([...entries.keys()]).toContain(
      'data/01-Dự thảo Quyết định ban hành Quy định về quản/01-Tờ trình/Tờ trình số 12-TTr-STP.pdf',
    );
  });
});

describe('a refused, cancelled or failed export leaves nothing behind', () => {
  /** What an export left in exports/: the sample data's own documents (a DOCX answer letter) are not. */
  const leftovers = (ctx: AppContext) => {
    const exports = join(ctx.dataDir, 'exports');
    return existsSync(exports) ? readdirSync(exports).filter((name) => !name.endsWith('.docx')) : [];
  };
  const logRows = (ctx: AppContext) => one<{ n: number }>(ctx, 'SELECT count(*) AS n FROM export_log').n;
  /** The same agency as the desktop app (or the CLI) sees it: a chosen path is allowed there. */
  const desktopView = (ctx: AppContext): AppContext => ({ ...ctx, transport: 'electron' });

  it('refuses to export while a warning is not confirmed, writing and logging nothing', async () => {
    const { ctx } = aSampleAgency();
    const scope = { kind: 'meeting', meetingId: meetingAwaitingSignature(ctx).id } as const;
    const pf = await invoke(ctx, 'packages.preflight', { scope });
    const { jobId } = await invoke(ctx, 'packages.export', {
      scope,
      confirmWarnings: pf.findings.slice(1).map((f) => f.key),
    });
    await jobFinished(ctx, jobId);
    const job = await invoke(ctx, 'packages.progress', { jobId });
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('preflight-unconfirmed');
    expect(job.error?.vi).toContain(pf.findings[0]?.vi);
    expect(leftovers(ctx)).toEqual([]);
    expect(logRows(ctx)).toBe(0);
  });

  it('stops when cancelled while the documents are being written, and removes the partial file', async () => {
    const { ctx, dir } = aSampleAgency();
    const { itemId } = signedItem(ctx);
    // A large scan, so that the export reports progress more than once before it ends; on an entry that
    // need not be signed, since one that must be takes only a PDF.
    const checklist = await invoke(ctx, 'checklist.get', { itemId });
    const entry = checklist.entries.find((e) => e.entryKind === 'document' && !e.mustBeSigned);
    if (!entry) throw new Error('the sample item has no entry that need not be signed');
    await invoke(ctx, 'attachments.add', {
      entryId: entry.id,
      source: { kind: 'path', path: aFile(dir, 'ban-chup.tif', randomBytes(24 * 1024 * 1024)) },
    });
    const pf = await invoke(ctx, 'packages.preflight', { scope: { kind: 'item', itemId } });
    const controller = new AbortController();
    let seen = 0;
    const outcome = await exportPackage(
      ctx,
      { scope: { kind: 'item', itemId }, confirmWarnings: pf.findings.map((f) => f.key) },
      {
        signal: controller.signal,
        onProgress: (p) => {
          seen = p.bytesDone;
          if (p.bytesDone > 0 && p.bytesDone < p.bytesTotal) controller.abort();
        },
      },
    ).catch((e: unknown) => e);
    expect(seen).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ code: 'bag-export-cancelled' });
    expect(leftovers(ctx)).toEqual([]);
    expect(logRows(ctx)).toBe(0);
  });

  it('cancels a running job through the channel and answers it as cancelled', async () => {
    const { ctx } = aSampleAgency();
    const scope = { kind: 'meeting', meetingId: meetingAwaitingSignature(ctx).id } as const;
    const pf = await invoke(ctx, 'packages.preflight', { scope });
    const { jobId } = await invoke(ctx, 'packages.export', {
      scope,
      confirmWarnings: pf.findings.map((f) => f.key),
    });
    const job = await invoke(ctx, 'packages.cancel', { jobId });
    expect(job.state).toBe('cancelled');
    expect(job.error?.code).toBe('bag-export-cancelled');
    expect(job.result).toBeNull();
    expect(leftovers(ctx)).toEqual([]);
    expect(logRows(ctx)).toBe(0);
  });

  it('fails at the end, leaving nothing, when a stored file changes after the user confirmed the pre-flight', async () => {
    const { ctx } = aSampleAgency();
    const scope = { kind: 'meeting', meetingId: meetingAwaitingSignature(ctx).id } as const;
    const pf = await invoke(ctx, 'packages.preflight', { scope });
    const blob = one<{ sha: string }>(
      ctx,
      `SELECT a.blob_sha256 AS sha FROM attachment a JOIN checklist_entry e ON e.id = a.checklist_entry_id
       JOIN agenda_item i ON i.id = e.agenda_item_id WHERE i.meeting_id = ? ORDER BY a.id LIMIT 1`,
      scope.meetingId,
    );
    const path = storeFor(ctx).pathOf(blob.sha);
    const bytes = readFileSync(path);
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0x20;
    writeFileSync(path, bytes);
    const { jobId } = await invoke(ctx, 'packages.export', {
      scope,
      confirmWarnings: pf.findings.map((f) => f.key),
    });
    await jobFinished(ctx, jobId);
    const job = await invoke(ctx, 'packages.progress', { jobId });
    expect(job.state).toBe('failed');
    expect(job.error?.code).toBe('preflight-unconfirmed');
    expect(job.error?.en).toContain('has changed since it was attached');
    expect(leftovers(ctx)).toEqual([]);
    expect(logRows(ctx)).toBe(0);
  });

  it('checks a chosen path: absolute, in an existing folder, a .zip, not inside the store', async () => {
    const ctx = desktopView(aSampleAgency().ctx);
    const scope = { kind: 'item', itemId: signedItem(ctx).itemId } as const;
    const attempt = async (outPath: string) => {
      const { jobId } = await invoke(ctx, 'packages.export', { scope, outPath, confirmWarnings: [] });
      await jobFinished(ctx, jobId);
      return (await invoke(ctx, 'packages.progress', { jobId })).error?.code;
    };
    expect(await attempt('relative/goi.zip')).toBe('package-path-not-absolute');
    expect(await attempt(join(root, 'no-such-folder', 'goi.zip'))).toBe('package-folder-missing');
    expect(await attempt(join(root, 'goi.txt'))).toBe('package-path-not-zip');
    expect(await attempt(join(ctx.dataDir, 'store', 'goi.zip'))).toBe('package-path-in-store');
    mkdirSync(join(root, 'a-folder.zip'), { recursive: true });
    expect(await attempt(join(root, 'a-folder.zip'))).toBe('package-path-not-file');
    expect(readdirSync(join(ctx.dataDir, 'store')).filter((n) => n.endsWith('.zip'))).toEqual([]);
  });

  it('takes no chosen path in browser mode: it says so in both languages and writes nothing there', async () => {
    const sample = aSampleAgency();
    // As the bridge serves it: a caller that holds only the token may not name places on this computer.
    const ctx: AppContext = { ...sample.ctx, readsLocalPaths: false };
    const scope = { kind: 'item', itemId: signedItem(ctx).itemId } as const;
    const pf = await invoke(ctx, 'packages.preflight', { scope });
    const elsewhere = await mkdtemp(join(root, 'elsewhere-'));
    const victim = join(elsewhere, 'existing.zip');
    writeFileSync(victim, 'the user’s own file');
    for (const outPath of [victim, join(elsewhere, 'new.zip')]) {
      const { jobId } = await invoke(ctx, 'packages.export', {
        scope,
        outPath,
        confirmWarnings: pf.findings.map((f) => f.key),
      });
      await jobFinished(ctx, jobId);
      const { error } = await invoke(ctx, 'packages.progress', { jobId });
      expect(error?.code).toBe('package-path-not-allowed');
      expect(error?.vi).toContain('chế độ trình duyệt');
      expect(error?.en).toContain('browser mode');
    }
    expect(readFileSync(victim, 'utf8')).toBe('the user’s own file');
    expect(readdirSync(elsewhere)).toEqual(['existing.zip']);
    expect(leftovers(ctx)).toEqual([]);
    expect(logRows(ctx)).toBe(0);
  });

  it('never replaces an existing file outside exports/ unless told to overwrite it', async () => {
    const ctx = desktopView(aSampleAgency().ctx);
    const scope = { kind: 'item', itemId: signedItem(ctx).itemId } as const;
    const pf = await invoke(ctx, 'packages.preflight', { scope });
    const confirmWarnings = pf.findings.map((f) => f.key);
    const elsewhere = await mkdtemp(join(root, 'chosen-'));
    const target = join(elsewhere, 'goi.zip');
    writeFileSync(target, 'an older package the user keeps');
    const run = async (overwrite?: boolean) => {
      const { jobId } = await invoke(ctx, 'packages.export', {
        scope,
        outPath: target,
        confirmWarnings,
        ...(overwrite === undefined ? {} : { overwrite }),
      });
      await jobFinished(ctx, jobId);
      return invoke(ctx, 'packages.progress', { jobId });
    };
    for (const overwrite of [undefined, false]) {
      const refused = await run(overwrite);
      expect(refused.error?.code).toBe('package-file-exists');
      expect(refused.error?.vi).toContain('chưa ghi đè');
      expect(refused.error?.en).toContain('was not overwritten');
      expect(readFileSync(target, 'utf8')).toBe('an older package the user keeps');
    }
    expect(logRows(ctx)).toBe(0);
    const replaced = await run(true);
    expect(replaced.error).toBeNull();
    expect(replaced.result?.path).toBe(target);
    expect(sha256(readFileSync(target))).toBe(replaced.result?.zipSha256);
    expect(logRows(ctx)).toBe(1);
  });

  it('may replace a file in its own exports/ folder without being told', async () => {
    const ctx = desktopView(aSampleAgency().ctx);
    const { result } = await exportConfirmed(ctx, { kind: 'item', itemId: signedItem(ctx).itemId });
    const scope = { kind: 'item', itemId: signedItem(ctx).itemId } as const;
    const pf = await invoke(ctx, 'packages.preflight', { scope });
    const { jobId } = await invoke(ctx, 'packages.export', {
      scope,
      outPath: result.path,
      confirmWarnings: pf.findings.map((f) => f.key),
    });
    await jobFinished(ctx, jobId);
    const again = await invoke(ctx, 'packages.progress', { jobId });
    expect(again.error).toBeNull();
    expect(again.result?.path).toBe(result.path);
  });
});

describe('verifying a package', () => {
  it('names the document whose byte was flipped, and calls the others intact', async () => {
    const { ctx } = aSampleAgency();
    const { result } = await exportConfirmed(ctx, {
      kind: 'meeting',
      meetingId: meetingAwaitingSignature(ctx).id,
    });
    const tampered = join(root, `tampered-${result.exportId}.zip`);
    copyFileSync(result.path, tampered);
    const entries = await readZip(tampered);
    const victim = [...entries.keys()].find((p) => p.endsWith('.pdf') && /\/\d{2}-Tờ trình\//.test(p));
    if (!victim) throw new Error('no tờ trình in the package');
    await flipByteInEntry(tampered, victim);
    const verdict = await invoke(ctx, 'packages.verify', { source: { kind: 'path', path: tampered } });
    expect(verdict.verdict).toBe('invalid');
    expect(verdict.problems.map((p) => p.path)).toContain(victim);
    expect(verdict.problems.every((p) => p.path === victim)).toBe(true);
    const file = verdict.files.find((f) => f.path === victim);
    expect(file?.status).not.toBe('ok');
    expect(file?.vi).toMatch(/CRC|SHA-256/);
    expect(verdict.files.filter((f) => f.path !== victim).every((f) => f.status === 'ok')).toBe(true);
  });

  it('verifies an uploaded package and keeps the upload for the import that may follow', async () => {
    const { ctx } = aSampleAgency();
    const { result } = await exportConfirmed(ctx, { kind: 'item', itemId: signedItem(ctx).itemId });
    const uploadId = randomBytes(16).toString('hex');
    mkdirSync(join(ctx.dataDir, 'uploads'), { recursive: true });
    copyFileSync(result.path, join(ctx.dataDir, 'uploads', uploadId));
    const source = { kind: 'upload', uploadId, name: result.fileName } as const;
    const verdict = await invoke(ctx, 'packages.verify', { source });
    expect(verdict).toMatchObject({ verdict: 'valid', fileName: result.fileName });
    expect(existsSync(join(ctx.dataDir, 'uploads', uploadId))).toBe(true);
    const imported = await invoke(ctx, 'packages.import', { source });
    expect(imported.fileName).toBe(result.fileName);
    expect(existsSync(join(ctx.dataDir, 'uploads', uploadId))).toBe(false);
  });
});

describe('importing a received package', () => {
  it('records a valid package as a read-only received dossier, keeps the bag in received/, and only once', async () => {
    const { ctx } = aSampleAgency();
    const { itemId, meetingId } = signedItem(ctx);
    const { result } = await exportConfirmed(ctx, { kind: 'meeting', meetingId });
    // The Office's own installation: another data folder.
    const office = aSampleAgency().ctx;
    const before = await invoke(office, 'packages.received.list', {});
    const received = await invoke(office, 'packages.import', { source: { kind: 'path', path: result.path } });
    expect(received).toMatchObject({
      fileName: result.fileName,
      zipSha256: result.zipSha256,
      sourceOrganization: 'Sở Nông nghiệp và Môi trường',
      payloadOxum: result.payloadOxum,
    });
    expect(received.folder.startsWith(join(office.dataDir, 'received'))).toBe(true);
    expect(existsSync(join(received.folder, 'bagit.txt'))).toBe(true);
    expect(received.dossier).toMatchObject({ format: 'dossier-desk/package', meeting: { id: meetingId } });
    expect(received.fileList.every((f) => f.path.startsWith('data/'))).toBe(true);
    expect(await invoke(office, 'packages.received.list', {})).toHaveLength(before.length + 1);
    expect(await invoke(office, 'packages.received.get', { id: received.id })).toEqual(received);

    // The signed tờ trình: our re-inspection on arrival and poppler's pdfsig agree it is valid and whole.
    const checklist = await invoke(ctx, 'checklist.get', { itemId });
    const name = checklist.entries.find((e) => e.code === 'submission')?.attachments[0]?.name ?? '';
    const signedFile = received.fileList.find((f) => f.path.endsWith(`/${name}`));
    // The office's data folder trusts the sample CA (imported by the demo), so the verdict is "trusted".
    expect(signedFile?.signature).toBe('trusted');
    const pdfsig = spawnSync(
      'pdfsig',
      ['-no-ocsp', '-nocert', join(received.folder, ...(signedFile?.path ?? '').split('/'))],
      {
        encoding: 'utf8',
      },
    );
    expect(pdfsig.stdout).toContain('Signature Validation: Signature is Valid.');
    expect(pdfsig.stdout).toContain('Total document signed');
    const unsigned = received.fileList.find(
      (f) => f.signature === 'unsigned' && f.path !== 'data/00-danh-muc-ho-so.pdf',
    );
    if (unsigned) {
      const out = spawnSync('pdfsig', ['-no-ocsp', join(received.folder, ...unsigned.path.split('/'))], {
        encoding: 'utf8',
      });
      expect(`${out.stdout}${out.stderr}`).toContain('does not contain any signatures');
    }

    const again = await invoke(office, 'packages.import', {
      source: { kind: 'path', path: result.path },
    }).catch((e: Error) => e.message);
    expect(again).toMatch(/^package-already-imported/);
    expect(await invoke(office, 'packages.received.list', {})).toHaveLength(before.length + 1);
  });

  it('imports the same package started twice at once exactly once, and refuses the other as already imported', async () => {
    const { ctx } = aSampleAgency();
    const { result } = await exportConfirmed(ctx, { kind: 'item', itemId: signedItem(ctx).itemId });
    const office = aSampleAgency().ctx;
    const before = (await invoke(office, 'packages.received.list', {})).length;
    const receivedFolders = () =>
      existsSync(join(office.dataDir, 'received')) ? readdirSync(join(office.dataDir, 'received')) : [];
    const foldersBefore = receivedFolders();
    const source = { kind: 'path', path: result.path } as const;
    const [first, second] = await Promise.all([
      dispatch(office, 'packages.import', { source }),
      dispatch(office, 'packages.import', { source }),
    ]);
    const outcomes = [first, second];
    const imported = outcomes.filter((o) => o.ok);
    const refused = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
    expect(imported).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(['package-already-imported']);
    expect(refused[0]?.vi).toBe('Gói hồ sơ này đã được nhận trước đây.');
    const list = await invoke(office, 'packages.received.list', {});
    expect(list).toHaveLength(before + 1);
    // One new folder, the recorded one, whole; the refused import's copy and work folders are gone.
    const added = receivedFolders().filter((n) => !foldersBefore.includes(n));
    const row = list.find((p) => p.zipSha256 === result.zipSha256);
    expect(added).toEqual([basename(row?.folder ?? '')]);
    expect(existsSync(join(row?.folder ?? '', 'bagit.txt'))).toBe(true);
  });
});

describe('the verify side is a security boundary', () => {
  it('refuses every package of the hostile corpus at import, with nothing in the database or received/', async () => {
    const { makeCorpus } = await import('../../fixtures/packages/makeCorpus');
    const corpusDir = join(root, 'corpus');
    mkdirSync(corpusDir, { recursive: true });
    const corpus = await makeCorpus(corpusDir);
    const dir = await mkdtemp(join(root, 'office-'));
    const ctx = aContext(dir, DEMO_TODAY);
    opened.push(ctx);
    const { configurePackages } = await import('../../../electron/app/services/packageService');
    configurePackages(ctx, { workerScript: worker });
    await invoke(ctx, 'agency.setup', {
      name: 'Văn phòng UBND tỉnh',
      code: 'VP',
      provincePreset: 'default-53-2022',
    });
    const hostile = corpus.filter((c) => c.verdict !== 'valid');
    expect(hostile.length).toBeGreaterThan(25);
    for (const c of hostile) {
      const refused = await invoke(ctx, 'packages.import', { source: { kind: 'path', path: c.file } }).then(
        () => null,
        (e: Error) => e.message,
      );
      expect(refused, c.name).toMatch(/^package-not-valid/);
      const counts = one<{ p: number; f: number }>(
        ctx,
        'SELECT (SELECT count(*) FROM received_package) AS p, (SELECT count(*) FROM received_file) AS f',
      );
      expect(counts, c.name).toEqual({ p: 0, f: 0 });
      expect(readdirSync(join(dir, 'received')), c.name).toEqual([]);
    }
    // Nothing escaped into the data folder either (the corpus's "../../evil.txt").
    expect(readdirSync(dir).sort()).toEqual(
      readdirSync(dir)
        .filter((n) => !n.includes('evil'))
        .sort(),
    );
    expect(existsSync(join(root, 'evil.txt'))).toBe(false);
  }, 120_000);
});
