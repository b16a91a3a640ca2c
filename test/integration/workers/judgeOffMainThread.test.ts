/**
 * Trust judging (pkijs: chain building, CRL checks) happens in the guarded worker, never on the main
 * thread: attach and the re-judging after a change of trust anchors hand the anchors and CRLs to the
 * worker as bytes. Watched two ways: at run time, every use of a pkijs export on this thread is recorded
 * while attaching; and statically, the module graph attach loads on the main thread leaves pkijs out.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { rejudgeStoredSignatures } from '../../../electron/app/services/trustService';
import { deleteAnchor, listAnchors } from '../../../electron/db/repositories/trustRepository';
import { prepareTrust } from '../../../electron/signatures/judgeSignature';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import { aFile, anItem, aWorkspace, entryByCode, signedPdf, trustTheTestSigner } from '../dossiers/builders';

const watch = vi.hoisted(() => ({ on: false, used: new Set<string>() }));

vi.mock('pkijs', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  // Every read of an export (pkijs.Certificate, pkijs.CertificateChainValidationEngine…) while watching.
  return new Proxy(actual, {
    get(target, key, receiver) {
      if (watch.on && typeof key === 'string') watch.used.add(key);
      return Reflect.get(target, key, receiver);
    },
  });
});

async function watching<T>(run: () => Promise<T>): Promise<{ value: T; used: string[] }> {
  watch.used.clear();
  watch.on = true;
  try {
    const value = await run();
    return { value, used: [...watch.used] };
  } finally {
    watch.on = false;
  }
}

const tempDir = tempDirsPerTest();

describe('trust is judged in the worker, not on the main thread', () => {
  it('the watch sees pkijs when certificate work does run on this thread (so the checks below can fail)', async () => {
    const { used } = await watching(async () =>
      prepareTrust({ anchors: [Buffer.from([0x30, 0x00])], crls: [] }),
    );
    expect(used).toContain('Certificate');
  });

  it('attaches a signed PDF with its verdict judged against the anchors, and no pkijs used on this thread', async () => {
    const dir = tempDir();
    const { ctx, meeting } = await aWorkspace(dir);
    await trustTheTestSigner(ctx, dir);
    const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
    const submission = await entryByCode(ctx, item.id, 'submission');
    const bytes = await signedPdf();
    const { value, used } = await watching(() =>
      invoke(ctx, 'attachments.add', {
        entryId: submission.id,
        source: { kind: 'path', path: aFile(dir, 'Tờ trình (bản ký).pdf', bytes) },
      }),
    );
    expect(value.attachment.pdf?.signatures.map((s) => [s.trust, s.reasons?.[0]?.code])).toEqual([
      ['trusted', 'chain-ok'],
    ]);
    expect(value.entry.state).toBe('signed');
    expect(used).toEqual([]);

    // The anchor removed (straight in the table: no certificate parsing), the stored verdicts judged again.
    const db = ctx.db;
    if (!db) throw new Error('no database');
    for (const a of listAnchors(db)) deleteAnchor(db, a.id);
    const rejudged = await watching(() => rejudgeStoredSignatures(ctx));
    expect(rejudged.value).toBe(1);
    expect(rejudged.used).toEqual([]);
    const after = await invoke(ctx, 'checklist.get', { itemId: item.id });
    const files = after.entries.find((e) => e.id === submission.id)?.attachments ?? [];
    expect(files.map((f) => f.pdf?.signatures[0]?.trust)).toEqual(['untrusted']);
    closeAppContext(ctx);
  });

  it('leaves pkijs out of the modules attach loads on the main thread (the worker imports it lazily)', async () => {
    const result = await build({
      entryPoints: [resolve('electron/app/services/attachmentService.ts')],
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      outdir: resolve('.tmp/attach-graph'),
      write: false,
      metafile: true,
      external: ['better-sqlite3', 'electron'],
      logLevel: 'silent',
    });
    const outputs = result.metafile.outputs;
    const entry = Object.keys(outputs).find((o) => outputs[o]?.entryPoint?.endsWith('attachmentService.ts'));
    // Follow only static imports: what loads with attach, not what a lazy import() may load later.
    const loaded = new Set<string>();
    const queue = entry ? [entry] : [];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (loaded.has(next)) continue;
      loaded.add(next);
      for (const imp of outputs[next]?.imports ?? [])
        if (imp.kind === 'import-statement') queue.push(imp.path);
    }
    const inputs = [...loaded].flatMap((o) => Object.keys(outputs[o]?.inputs ?? {}));
    expect(inputs.some((i) => i.includes('attachmentService.ts'))).toBe(true);
    expect(inputs.filter((i) => i.includes('node_modules/pkijs/'))).toEqual([]);
    expect(inputs.filter((i) => i.includes('electron/signatures/judgeSignature'))).toEqual([]);
  });
});
