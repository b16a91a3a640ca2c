import {
  createReadStream,
  createWriteStream,
  existsSync,
  readdirSync,
  readFileSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { configureStore } from '../../../electron/app/services/attachmentStore';
import { makeTestSigner } from '../../../electron/pdf/testSigner';
import type { StoreFs } from '../../../electron/store/blobStore';
import { receiveUpload } from '../../../electron/store/uploads';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, entryByCode, signedPdf, unsignedPdf } from './builders';

const tempDir = tempDirsPerTest();

async function errorOf(promise: ReturnType<typeof dispatch>) {
  const r = await promise;
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

/** Files in the store proper; a freed file waits in store/.trash for the backups (see freedFiles.test). */
function storeFiles(dir: string): string[] {
  const root = join(dir, 'store');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !d.parentPath.startsWith(join(root, '.trash')))
    .map((d) => join(d.parentPath, d.name));
}

function rowCounts(ctx: { db: import('better-sqlite3').Database | null }) {
  const n = (t: string) => (ctx.db!.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { blobs: n('blob'), attachments: n('attachment') };
}

async function setup(dir: string) {
  const { ctx, meeting } = await aWorkspace(dir);
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const submission = await entryByCode(ctx, item.id, 'submission');
  const draft = await entryByCode(ctx, item.id, 'draft');
  return { ctx, item, submission, draft };
}

describe('attaching files to checklist entries', () => {
  it('stores one copy per content: a second entry reuses the blob, the same entry refuses it twice', async () => {
    const dir = tempDir();
    const { ctx, submission, draft } = await setup(dir);
    const bytes = await unsignedPdf();
    const first = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, 'Dự thảo.pdf', bytes) },
    });
    const second = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Bản sao khác tên.pdf', bytes) },
    });
    expect([first.reusedBlob, second.reusedBlob]).toEqual([false, true]);
    expect(second.attachment.sha256).toBe(first.attachment.sha256);
    expect(storeFiles(dir)).toHaveLength(1);
    const again = await errorOf(
      dispatch(ctx, 'attachments.add', {
        entryId: draft.id,
        source: { kind: 'path', path: aFile(dir, 'lần nữa.pdf', bytes) },
      }),
    );
    expect(again.code).toBe('attachment-duplicate');
    expect(again.vi).toContain('Dự thảo.pdf');
    expect(rowCounts(ctx)).toEqual({ blobs: 1, attachments: 2 });
    expect(readdirSync(join(dir, 'store', 'tmp'))).toEqual([]);
    closeAppContext(ctx);
  });

  it('keeps the original file away: the stored copy survives the original moving, and is found by attachments.file', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const source = aFile(
      dir,
      'Báo cáo.docx',
      Buffer.from('PK\u0003\u0004 not really a zip but starts like one'),
    );
    const added = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: source },
    });
    unlinkSync(source);
    const file = await invoke(ctx, 'attachments.file', { id: added.attachment.id });
    expect(readFileSync(file.path).toString()).toContain('not really a zip');
    expect(file.path).toBe(join(dir, 'store', file.sha256.slice(0, 2), file.sha256.slice(2)));
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    closeAppContext(ctx);
  });

  it('stores names typed in NFD (as copied from a Mac) in NFC, so they display and search the same', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const nfd = 'Tờ trình số 5 đề nghị.pdf'.normalize('NFD');
    const added = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, nfd, await unsignedPdf('NFD')) },
    });
    expect(added.attachment.name).toBe('Tờ trình số 5 đề nghị.pdf'.normalize('NFC'));
    expect(added.attachment.name).not.toBe(nfd);
    const found = await invoke(ctx, 'search.query', { text: 'to trinh so 5 de nghi' });
    expect(found.hits.filter((h) => h.kind === 'attachment').map((h) => h.id)).toEqual([added.attachment.id]);
    closeAppContext(ctx);
  });

  it('refuses a zero-byte file with a clear message and records nothing', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const error = await errorOf(
      dispatch(ctx, 'attachments.add', {
        entryId: draft.id,
        source: { kind: 'path', path: aFile(dir, 'rỗng.pdf', '') },
      }),
    );
    expect(error.code).toBe('attachment-empty');
    expect(error.vi).toContain('rỗng.pdf');
    expect(error.vi).toContain('0 byte');
    expect(rowCounts(ctx)).toEqual({ blobs: 0, attachments: 0 });
    expect(storeFiles(dir)).toEqual([]);
    closeAppContext(ctx);
  });

  it('says so when the picked file no longer exists', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const error = await errorOf(
      dispatch(ctx, 'attachments.add', {
        entryId: draft.id,
        source: { kind: 'path', path: join(dir, 'đã xoá.pdf') },
      }),
    );
    expect(error.code).toBe('attachment-source-missing');
    expect(error.en).toContain('đã xoá.pdf');
    closeAppContext(ctx);
  });

  it('leaves no half file and no row when the source vanishes in the middle of the copy', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const source = aFile(dir, 'Tờ trình lớn.pdf', Buffer.alloc(2 * 1024 * 1024, 7));
    const vanishing: Partial<StoreFs> = {
      createReadStream: ((path: string, options?: object) => {
        const stream = createReadStream(path, { ...options, highWaterMark: 64 * 1024 });
        stream.once('data', () => unlinkSync(path)); // deleted after the first chunk is read
        return stream;
      }) as StoreFs['createReadStream'],
    };
    configureStore(ctx, { fs: vanishing });
    const error = await errorOf(
      dispatch(ctx, 'attachments.add', { entryId: draft.id, source: { kind: 'path', path: source } }),
    );
    expect(error.code).toBe('attachment-source-vanished');
    expect(rowCounts(ctx)).toEqual({ blobs: 0, attachments: 0 });
    expect(storeFiles(dir)).toEqual([]);
    closeAppContext(ctx);
  });

  it('reports a full disk, removes the temp file and records nothing (ENOSPC simulated)', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const source = aFile(dir, 'Hồ sơ.pdf', Buffer.alloc(1024 * 1024, 1));
    let tempPath = '';
    const fullDisk: Partial<StoreFs> = {
      createWriteStream: ((path: string, options?: object) => {
        tempPath = path;
        const real = createWriteStream(path, options);
        let written = 0;
        return new Writable({
          write(chunk: Buffer, _enc, done) {
            written += chunk.length;
            if (written > 256 * 1024) {
              done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
              return;
            }
            real.write(chunk, done);
          },
          final(done) {
            real.end(done);
          },
          destroy(error, done) {
            real.destroy();
            done(error);
          },
        });
      }) as unknown as StoreFs['createWriteStream'],
    };
    configureStore(ctx, { fs: fullDisk });
    const error = await errorOf(
      dispatch(ctx, 'attachments.add', { entryId: draft.id, source: { kind: 'path', path: source } }),
    );
    expect(error.code).toBe('store-disk-full');
    expect(error.vi).toContain('Ổ đĩa');
    expect(tempPath).not.toBe('');
    await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(tempPath)).toBe(false);
    expect(rowCounts(ctx)).toEqual({ blobs: 0, attachments: 0 });
    expect(storeFiles(dir)).toEqual([]);
    closeAppContext(ctx);
  });

  it('warns on an entry that must be signed while its PDF is unsigned, and stops warning once a signed one is attached', async () => {
    const dir = tempDir();
    const { ctx, submission } = await setup(dir);
    const unsigned = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Tờ trình (chưa ký).pdf', await unsignedPdf()) },
    });
    expect(unsigned.attachment.pdf?.pages).toBe(1);
    expect(unsigned.attachment.pdf?.signatures).toEqual([]);
    expect(unsigned.entry.warnings.map((w) => [w.code, w.attachmentId])).toEqual([
      ['unsigned-pdf', unsigned.attachment.id],
    ]);
    expect(unsigned.entry.warnings[0]?.vi).toContain('chưa có chữ ký số');

    const signed = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Tờ trình (bản ký).pdf', await signedPdf()) },
    });
    const [signature] = signed.attachment.pdf?.signatures ?? [];
    expect(signature?.signerName).toBe('Giám đốc Sở Tư pháp');
    expect([signature?.coversWholeFile, signature?.digestMatches, signature?.signatureValid]).toEqual([
      true,
      true,
      true,
    ]);
    // Intact, but self-signed by a certificate nobody imported: valid, not trusted, and said so.
    expect(signature?.trust).toBe('untrusted');
    expect(signed.entry.warnings.map((w) => w.code)).toEqual(['unsigned-pdf', 'signature-untrusted']);

    // The agency imports that certificate as a trust anchor: every stored verdict is judged again.
    const der = Buffer.from(
      forge.asn1
        .toDer(forge.pki.certificateToAsn1(makeTestSigner('Giám đốc Sở Tư pháp').certificate))
        .getBytes(),
      'binary',
    );
    const imported = await invoke(ctx, 'signatures.trust.import', {
      source: { kind: 'path', path: aFile(dir, 'giam-doc.cer', der) },
    });
    expect([imported.addedAnchors, imported.addedCrls]).toEqual([1, 0]);
    const after = await invoke(ctx, 'checklist.get', { itemId: submission.itemId });
    const entryAfter = after.entries.find((e) => e.id === submission.id);
    expect(entryAfter?.warnings).toEqual([]);
    expect(entryAfter?.attachments.map((a) => a.pdf?.signatures[0]?.trust ?? null)).toEqual([
      null,
      'trusted',
    ]);

    // An entry that need not be signed never warns.
    const draft = await entryByCode(
      ctx,
      (await invoke(ctx, 'checklist.get', { itemId: submission.itemId })).item.id,
      'draft',
    );
    const onDraft = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, 'Dự thảo.pdf', await unsignedPdf('Dự thảo')) },
    });
    expect(onDraft.entry.warnings).toEqual([]);
    closeAppContext(ctx);
  });

  it('warns when the signature does not cover the whole file (bytes added after signing)', async () => {
    const dir = tempDir();
    const { ctx, submission } = await setup(dir);
    const extended = Buffer.concat([await signedPdf(), Buffer.from('\n% appended after signing\n')]);
    const added = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Tờ trình sửa sau ký.pdf', extended) },
    });
    expect(added.attachment.pdf?.signatures[0]?.coversWholeFile).toBe(false);
    expect(added.entry.warnings.map((w) => w.code)).toEqual(['signature-not-whole-file']);
    closeAppContext(ctx);
  });

  it('takes the stored file out of the store with its last attachment, and keeps it while another entry uses it', async () => {
    const dir = tempDir();
    const { ctx, submission, draft } = await setup(dir);
    const bytes = await unsignedPdf();
    const a = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, 'a.pdf', bytes) },
    });
    const b = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'b.pdf', bytes) },
    });
    await invoke(ctx, 'attachments.remove', { id: a.attachment.id });
    expect(storeFiles(dir)).toHaveLength(1);
    const entry = await invoke(ctx, 'attachments.remove', { id: b.attachment.id });
    expect(entry.attachments).toEqual([]);
    expect(storeFiles(dir)).toEqual([]);
    expect(readdirSync(join(dir, 'store', '.trash'))).toEqual([a.attachment.sha256]);
    expect(rowCounts(ctx)).toEqual({ blobs: 0, attachments: 0 });
    closeAppContext(ctx);
  });

  it('attaches bytes uploaded through the browser bridge, consuming the upload without a second copy', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const upload = await receiveUpload(dir, Readable.from([await unsignedPdf('Tải lên')]));
    if (!upload.ok) throw new Error(upload.reason);
    const added = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'upload', uploadId: upload.uploadId, name: 'Kế hoạch.pdf'.normalize('NFD') },
    });
    expect(added.attachment.name).toBe('Kế hoạch.pdf');
    expect(added.attachment.size).toBe(upload.size);
    expect(readdirSync(join(dir, 'uploads'))).toEqual([]);
    const missing = await errorOf(
      dispatch(ctx, 'attachments.add', {
        entryId: draft.id,
        source: { kind: 'upload', uploadId: upload.uploadId, name: 'x.pdf' },
      }),
    );
    expect(missing.code).toBe('upload-not-found');
    const traversal = await errorOf(
      dispatch(ctx, 'attachments.add', {
        entryId: draft.id,
        source: { kind: 'upload', uploadId: '../../etc/passwd', name: 'x' },
      }),
    );
    expect(traversal.code).toBe('invalid-argument');
    closeAppContext(ctx);
  });

  it('writes the sample bytes it was given, byte for byte', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));
    const path = aFile(dir, 'ảnh chụp.png', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), bytes]));
    const added = await invoke(ctx, 'attachments.add', { entryId: draft.id, source: { kind: 'path', path } });
    const file = await invoke(ctx, 'attachments.file', { id: added.attachment.id });
    expect(readFileSync(file.path).equals(readFileSync(path))).toBe(true);
    expect(file.mime).toBe('image/png');
    closeAppContext(ctx);
  });
});
