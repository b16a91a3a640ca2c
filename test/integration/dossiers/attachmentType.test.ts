import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { invoke } from '../../support/appContext';
import { tempDirsPerTest } from '../../support/tempDir';
import {
  aFile,
  anItem,
  aWorkspace,
  entryByCode,
  signedPdf,
  trustTheTestSigner,
  unsignedPdf,
} from './builders';

const tempDir = tempDirsPerTest();

/** The first bytes of a Windows program: "MZ", then the DOS stub's usual text. */
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(200, 0x41)]);

async function setup(dir: string) {
  const { ctx, meeting } = await aWorkspace(dir);
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const submission = await entryByCode(ctx, item.id, 'submission');
  const draft = await entryByCode(ctx, item.id, 'draft');
  return { ctx, item, submission, draft };
}

async function refusal(ctx: Awaited<ReturnType<typeof setup>>['ctx'], entryId: number, path: string) {
  const r = await dispatch(ctx, 'attachments.add', { entryId, source: { kind: 'path', path } });
  if (r.ok) throw new Error('expected the attachment to be refused');
  return r.error;
}

describe('a file is judged by its bytes when it is attached', () => {
  it('refuses a renamed .exe as a PDF, says why in both languages, and keeps nothing', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const error = await refusal(ctx, draft.id, aFile(dir, 'Dự thảo quyết định.pdf', EXE));
    expect(error.code).toBe('attachment-executable');
    expect(error.vi).toContain('chương trình');
    expect(error.en).toContain('executable');
    const after = await invoke(ctx, 'checklist.get', { itemId: draft.itemId });
    expect(after.entries.find((e) => e.id === draft.id)?.attachments).toEqual([]);
    expect(readdirSync(join(dir, 'store', 'tmp'))).toEqual([]);
    closeAppContext(ctx);
  });

  it('refuses a text file named .pdf, naming what its bytes show', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    const error = await refusal(ctx, draft.id, aFile(dir, 'bao-cao.pdf', Buffer.from('chỉ là văn bản\n')));
    expect(error.code).toBe('attachment-pdf-name-mismatch');
    expect(error.en).toContain('is named .pdf but is not a PDF');
    closeAppContext(ctx);
  });

  it('refuses a Word file on an entry that must be signed, and accepts it on a draft entry', async () => {
    const dir = tempDir();
    const { ctx, submission, draft } = await setup(dir);
    const docx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    const error = await refusal(ctx, submission.id, aFile(dir, 'To trinh.docx', docx));
    expect(error.code).toBe('attachment-not-pdf');
    expect(error.vi).toContain('"Tờ trình" phải là bản ký số (tệp PDF)');
    const ok = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, 'Du thao.docx', docx) },
    });
    expect(ok.attachment.name).toBe('Du thao.docx');
    closeAppContext(ctx);
  });

  it('moves an entry off "missing": to draft for a file, to signed for a trusted signed PDF on a must-sign entry', async () => {
    const dir = tempDir();
    const { ctx, submission, draft } = await setup(dir);
    await trustTheTestSigner(ctx, dir);
    expect([submission.state, draft.state]).toEqual(['missing', 'missing']);
    const a = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, 'Dự thảo.pdf', await unsignedPdf()) },
    });
    expect(a.entry.state).toBe('draft');
    const b = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Tờ trình đã ký.pdf', await signedPdf()) },
    });
    expect(b.entry.state).toBe('signed');
    closeAppContext(ctx);
  });

  it('leaves a must-sign entry at draft when its PDF is signed but the signer is not trusted (issue 14)', async () => {
    const dir = tempDir();
    const { ctx, submission } = await setup(dir);
    const b = await invoke(ctx, 'attachments.add', {
      entryId: submission.id,
      source: { kind: 'path', path: aFile(dir, 'Tờ trình đã ký.pdf', await signedPdf()) },
    });
    expect(b.entry.state).toBe('draft');
    closeAppContext(ctx);
  });

  it('leaves a state the user already set', async () => {
    const dir = tempDir();
    const { ctx, draft } = await setup(dir);
    await invoke(ctx, 'checklist.setState', { entryId: draft.id, state: 'final' });
    const a = await invoke(ctx, 'attachments.add', {
      entryId: draft.id,
      source: { kind: 'path', path: aFile(dir, 'Dự thảo.pdf', await unsignedPdf()) },
    });
    expect(a.entry.state).toBe('final');
    closeAppContext(ctx);
  });
});
