/**
 * Issue 16, point 5: a power cut right after the app said "saved" loses no attachment and no imported
 * package. The simulator (support/powerCut.ts) drops every rename whose folder was not fsynced and every
 * byte not fsynced, as the disk would; then the app reopens and every committed file must be whole.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../electron/app/createAppContext';
import { storeFor } from '../../electron/app/services/attachmentStore';
import { makeCorpus } from '../fixtures/packages/makeCorpus';
import { aFile, anItem, aWorkspace, entryByCode } from '../integration/dossiers/builders';
import { aContext, anAgency, invoke } from '../support/appContext';
import { tempDirsPerTest } from '../support/tempDir';
import { reliabilityKnobs } from './support/crashTrials';
import { PowerCutRecorder } from './support/powerCut';
import { mulberry32 } from './support/prng';

const tempDir = tempDirsPerTest();
const knobs = reliabilityKnobs({ trials: 4, seed: 0x9c7 });
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Attaches `count` files, cuts the power right after the last commit, reopens: the blobs not whole. */
async function attachThenCut(count: number, seed: number, recorder: PowerCutRecorder) {
  const dir = tempDir();
  const { ctx, meeting } = await aWorkspace(dir);
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const entry = await entryByCode(ctx, item.id, 'submission');
  const random = mulberry32(seed);
  const committed: string[] = [];
  recorder.install();
  try {
    for (let i = 0; i < count; i++) {
      const bytes = Buffer.from(
        `%PDF-1.4\n% tệp ${i} ${random()}\n${'x'.repeat(Math.floor(random() * 50_000))}\n%%EOF\n`,
      );
      const path = aFile(dir, `to-trinh-${i}.pdf`, bytes);
      await invoke(ctx, 'attachments.add', { entryId: entry.id, source: { kind: 'path', path } });
      committed.push(sha256(bytes));
    }
  } finally {
    closeAppContext(ctx);
  }
  const lost = recorder.cut();
  const reopened = aContext(dir);
  const store = storeFor(reopened);
  const broken = committed.filter((h) => {
    const file = store.pathOf(h);
    return !existsSync(file) || sha256(readFileSync(file)) !== h;
  });
  closeAppContext(reopened);
  return { committed: committed.length, broken, lost };
}

describe('a power cut right after a save', () => {
  it(`loses no committed attachment (${knobs.trials} runs, seed ${knobs.seed})`, async () => {
    const random = mulberry32(knobs.seed);
    let checked = 0;
    for (let run = 0; run < knobs.trials; run++) {
      const result = await attachThenCut(
        1 + Math.floor(random() * 5),
        knobs.seed + run,
        new PowerCutRecorder(),
      );
      expect(result.broken, `run ${run}`).toEqual([]);
      checked += result.committed;
    }
    console.log(`power cut: ${checked} committed attachments checked, 0 lost`);
  }, 120_000);

  it('would lose them on a disk that ignores folder fsyncs: the simulator sees what it must', async () => {
    const result = await attachThenCut(3, knobs.seed, new PowerCutRecorder({ dropFolderSyncs: true }));
    expect(result.lost.undoneRenames.length).toBeGreaterThan(0);
    expect(result.broken.length).toBe(3);
  }, 60_000);

  it('loses no imported package: its folder and every file of it are there after the cut', async () => {
    const dir = tempDir();
    const corpus = await makeCorpus(tempDir());
    const valid = corpus.find((c) => c.name === 'valid');
    if (!valid) throw new Error('no valid package');
    const ctx = aContext(dir);
    await invoke(ctx, 'agency.setup', anAgency);
    const recorder = new PowerCutRecorder();
    recorder.install();
    let detail: Awaited<ReturnType<typeof invoke<'packages.import'>>>;
    try {
      detail = await invoke(ctx, 'packages.import', { source: { kind: 'path', path: valid.file } });
    } finally {
      closeAppContext(ctx);
    }
    const cut = recorder.cut();
    // The move of the bag into place was seen, and made durable before the row (nothing to undo).
    expect(recorder.events.some((e) => e.t === 'rename' && e.to.startsWith(join(dir, 'received')))).toBe(
      true,
    );
    expect(cut.undoneRenames).toEqual([]);
    const reopened = aContext(dir);
    const again = await invoke(reopened, 'packages.received.get', { id: detail.id });
    closeAppContext(reopened);
    expect(existsSync(again.folder)).toBe(true);
    for (const f of again.fileList) {
      const file = join(again.folder, ...f.path.split('/'));
      expect(sha256(readFileSync(file)), f.path).toBe(f.sha256);
    }
    expect(readdirSync(join(dir, 'received')).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 60_000);
});
