import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { configureBook } from '../../../electron/app/services/bookService';
import { exportPackage, preflight } from '../../../electron/app/services/packageService';
import { verifyBagZip } from '../../../electron/packages/verifyBagZip';
import { aContext } from '../../support/appContext';
import { aDemoDataDir, buildBookWorker, copyOf, DEMO_TODAY } from '../packages/support';
import { readZip } from '../packages/zipBytes';
import { pdfPages, qpdfCheck, sha256 } from './bookSupport';

let root: string;
let demo: string;
let bookWorker: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-book-pkg-'));
  bookWorker = await buildBookWorker(root);
  demo = await aDemoDataDir(root);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the book in the exported package', () => {
  it('is a payload file listed in the manifest, named in dossier.json, and the originals beside it are untouched', async () => {
    const dataDir = copyOf(demo);
    const ctx = aContext(dataDir, DEMO_TODAY);
    try {
      configureBook(ctx, { workerScript: bookWorker });
      const meeting = ctx.db
        ?.prepare('SELECT id FROM meeting WHERE date >= ? ORDER BY date LIMIT 1')
        .get(DEMO_TODAY) as { id: number };
      const scope = { kind: 'meeting', meetingId: meeting.id } as const;
      const checked = await preflight(ctx, scope);
      const done = await exportPackage(ctx, {
        scope,
        confirmWarnings: checked.findings.map((f) => f.key),
        includeBook: true,
      });
      const entries = await readZip(done.path);
      const book = entries.get('data/00-so-tai-lieu.pdf');
      expect(book).toBeDefined();
      const manifest = (entries.get('manifest-sha256.txt') ?? Buffer.alloc(0)).toString('utf8');
      expect(manifest).toContain(`${sha256(book ?? Buffer.alloc(0))}  data/00-so-tai-lieu.pdf`);
      const dossier = JSON.parse((entries.get('data/dossier.json') ?? Buffer.alloc(0)).toString('utf8'));
      expect(dossier.book).toMatchObject({
        path: 'data/00-so-tai-lieu.pdf',
        sha256: sha256(book ?? Buffer.alloc(0)),
        readingCopy: true,
      });
      const extracted = join(root, 'book-from-package.pdf');
      writeFileSync(extracted, book ?? Buffer.alloc(0));
      expect(qpdfCheck(extracted).status).toBe(0);
      expect(pdfPages(extracted)).toBe(dossier.book.pages);
      expect(execFileSync('pdftotext', [extracted, '-'], { encoding: 'utf8' })).toContain('BẢN ĐỂ ĐỌC');
      // Every original is packaged byte for byte as recorded (the book is made beside them, not from edits).
      const files = dossier.items.flatMap(
        (i: { checklist: Array<{ files: Array<{ path: string; recordedSha256: string }> }> }) =>
          i.checklist.flatMap((e) => e.files),
      ) as Array<{ path: string; recordedSha256: string }>;
      for (const f of files) expect(sha256(entries.get(f.path) ?? Buffer.alloc(0))).toBe(f.recordedSha256);
      expect((await verifyBagZip(done.path)).verdict).toBe('valid');
      // Its temp file is gone from the exports folder.
      expect(execFileSync('ls', ['-A', join(dataDir, 'exports')], { encoding: 'utf8' })).not.toContain(
        '.book-',
      );
    } finally {
      closeAppContext(ctx);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
