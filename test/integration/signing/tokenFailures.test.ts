/**
 * A locked PIN, a token pulled out mid-signing, a wrong PIN, a certificate that may not sign: each through
 * the real signing path (the signing service, the token process, pkcs11js, the error mapping) with a
 * PKCS#11 module that fails at C_Login or C_Sign like such a token does, over a real SoftHSM2 token. Each
 * must end in a clear message in both languages, with the stored files, the rows and the uploads folder
 * exactly as before, and no output file (CLI) written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../../electron/app/context';
import { closeAppContext } from '../../../electron/app/createAppContext';
import { dispatch } from '../../../electron/app/dispatch';
import { configureSigning } from '../../../electron/app/services/signingService';
import { runCli } from '../../../electron/cli/main';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { makeTestAuthority } from '../../../electron/signatures/testAuthority';
import { invoke } from '../../support/appContext';
import { aFailingModule, CKR, type FailingCall } from '../../support/failingToken';
import {
  aSoftToken,
  aTokenIdentity,
  buildTokenWorker,
  type SoftToken,
  TOKEN_LABEL,
  USER_PIN,
} from '../../support/softhsm';
import { aFile, anItem, aWorkspace, entryByCode } from '../dossiers/builders';

const NOW = new Date('2026-11-25T02:00:00Z');
const DAY = 86_400_000;
const valid = {
  notBefore: new Date(NOW.getTime() - 300 * DAY),
  notAfter: new Date(NOW.getTime() + 300 * DAY),
};

let token: SoftToken;
let work: string;
let workerScript: string;
let original: Buffer;

beforeAll(async () => {
  token = aSoftToken();
  work = mkdtempSync(join(tmpdir(), 'dossier-token-fail-'));
  workerScript = await buildTokenWorker(work);
  const { intermediate } = await makeTestAuthority(NOW);
  await aTokenIdentity(token, '01', 'rsa', { commonName: 'Nguyễn Văn An', ...valid }, intermediate);
  // keyUsage keyEncipherment only: may not sign documents.
  await aTokenIdentity(
    token,
    '06',
    'ec',
    { commonName: 'Đỗ Sai Mục Đích', ...valid, keyUsage: 0x20 },
    intermediate,
  );
  original = await makeSamplePdf({ title: 'Tờ trình về việc ban hành quy chế' });
}, 120_000);

afterAll(() => {
  token?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Every file of the data folder but the database itself, with its digest: what a failure must not change. */
function filesOf(dataDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/dossier-desk\.db(-wal|-shm)?$/.test(name) && !relative(dataDir, path).startsWith('logs'))
        out[relative(dataDir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dataDir);
  return out;
}

function rowsOf(ctx: AppContext) {
  const db = ctx.db;
  if (!db) throw new Error('no database');
  const count = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { attachments: count('attachment'), blobs: count('blob') };
}

/** A workspace with one unsigned tờ trình attached, the token process built, and `modulePath` chosen. */
async function aWorkspaceToSign(modulePath: string) {
  const dir = mkdtempSync(join(work, 'data-'));
  const { ctx, meeting } = await aWorkspace(dir);
  configureSigning(ctx, { workerScript });
  const item = await invoke(ctx, 'agendaItems.create', anItem(meeting.id));
  const entry = await entryByCode(ctx, item.id, 'submission');
  const { attachment } = await invoke(ctx, 'attachments.add', {
    entryId: entry.id,
    source: { kind: 'path', path: aFile(dir, 'Tờ trình.pdf', original) },
  });
  await invoke(ctx, 'signatures.settings.set', { modulePath });
  return { ctx, dir, attachmentId: attachment.id };
}

const CASES: Array<[string, FailingCall, number, string, string, string]> = [
  ['a PIN locked after too many tries', 'C_Login', CKR.PIN_LOCKED, 'token-pin-locked', 'bị khóa', 'locked'],
  ['a wrong PIN', 'C_Login', CKR.PIN_INCORRECT, 'token-pin-incorrect', 'Mã PIN không đúng', 'Wrong PIN'],
  ['the token pulled out while signing', 'C_Sign', CKR.DEVICE_REMOVED, 'token-removed', 'rút ra', 'removed'],
  ['no token present any more', 'C_Sign', CKR.TOKEN_NOT_PRESENT, 'token-removed', 'rút ra', 'removed'],
  [
    'the session gone with the token',
    'C_Sign',
    CKR.SESSION_HANDLE_INVALID,
    'token-removed',
    'rút ra',
    'removed',
  ],
];

describe('the signing service on a failing token leaves everything as it was', () => {
  it.each(CASES)(
    'says so in both languages for %s (%s fails), attaching nothing and leaving no temp file',
    async (_what, call, rv, code, vi, en) => {
      const { ctx, dir, attachmentId } = await aWorkspaceToSign(aFailingModule(work, call, rv));
      const files = filesOf(dir);
      const rows = rowsOf(ctx);
      const result = await dispatch(ctx, 'signatures.signAttachment', {
        attachmentId,
        tokenLabel: TOKEN_LABEL,
        certificateId: '01',
        pin: USER_PIN,
        stampPage: 1,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(code);
      expect(result.error.vi).toContain(vi);
      expect(result.error.en).toContain(en);
      expect(`${result.error.vi} ${result.error.en}`).toMatch(
        /tệp không bị thay đổi.*the file was not changed/i,
      );
      // The PIN never comes back, not even in the details kept for the log.
      expect(JSON.stringify(result.error)).not.toContain(USER_PIN);
      expect(rowsOf(ctx)).toEqual(rows);
      expect(filesOf(dir)).toEqual(files);
      closeAppContext(ctx);
    },
    60_000,
  );

  it('signs through the same module build when it is told to fail nowhere (the harness itself is sound)', async () => {
    const { ctx, attachmentId } = await aWorkspaceToSign(aFailingModule(work, 'none', 0));
    const signed = await invoke(ctx, 'signatures.signAttachment', {
      attachmentId,
      tokenLabel: TOKEN_LABEL,
      certificateId: '01',
      pin: USER_PIN,
      stampPage: null,
    });
    expect(signed.attachment.pdf?.signatures.map((s) => s.signerName)).toEqual(['Nguyễn Văn An']);
    closeAppContext(ctx);
  }, 60_000);

  it('refuses a certificate without digitalSignature / nonRepudiation before the PIN is used', async () => {
    // The module fails at C_Login: had the PIN been tried, the message would be about the PIN.
    const { ctx, dir, attachmentId } = await aWorkspaceToSign(
      aFailingModule(work, 'C_Login', CKR.PIN_LOCKED),
    );
    const files = filesOf(dir);
    const result = await dispatch(ctx, 'signatures.signAttachment', {
      attachmentId,
      tokenLabel: TOKEN_LABEL,
      certificateId: '06',
      pin: USER_PIN,
      stampPage: null,
    });
    expect(result.ok ? null : [result.error.code, result.error.vi, result.error.en]).toEqual([
      'token-key-usage',
      expect.stringContaining('không được phép dùng để ký văn bản'),
      expect.stringContaining('may not sign documents'),
    ]);
    expect(filesOf(dir)).toEqual(files);
    closeAppContext(ctx);
  }, 60_000);
});

describe('dossier-desk sign-pdf on a failing token', () => {
  it('exits 1 with the bilingual message and writes no output file, not even a temporary one', async () => {
    const folder = mkdtempSync(join(work, 'cli-'));
    const input = join(folder, 'to-trinh.pdf');
    writeFileSync(input, original);
    for (const [call, rv, vi] of [
      ['C_Login', CKR.PIN_LOCKED, 'Token đã bị khóa'],
      ['C_Sign', CKR.DEVICE_REMOVED, 'Token đã bị rút ra'],
    ] as const) {
      let stderr = '';
      const code = await runCli(
        [
          'sign-pdf',
          input,
          '--out',
          join(folder, 'signed.pdf'),
          '--module',
          aFailingModule(work, call, rv),
          '--pin-env',
          'PIN',
        ],
        { stdout: () => undefined, stderr: (s) => (stderr += s) },
        { now: () => NOW, tokenWorker: workerScript, env: { PIN: USER_PIN } },
      );
      expect(code).toBe(1);
      expect(stderr).toContain(vi);
      expect(stderr).not.toContain(USER_PIN);
      expect(existsSync(join(folder, 'signed.pdf'))).toBe(false);
      expect(readdirSync(folder).filter((f) => !f.endsWith('.so'))).toEqual(['to-trinh.pdf']);
      expect(readFileSync(input).equals(original)).toBe(true);
    }
  }, 60_000);
});
