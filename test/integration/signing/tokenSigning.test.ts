import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectPdfBuffer } from '../../../electron/pdf/inspectPdf';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { prepareTrust } from '../../../electron/signatures/judgeSignature';
import { judgePdfFacts, signatureReport } from '../../../electron/signatures/pdfSignatures';
import {
  type IssuedCertificate,
  issueCrl,
  makeTestAuthority,
} from '../../../electron/signatures/testAuthority';
import { listTokenCertificates, signPdfWithToken } from '../../../electron/signing/signWithToken';
import { runTokenRequest } from '../../../electron/signing/tokenClient';
import {
  aSelfSignedTokenIdentity,
  aSoftToken,
  aTokenIdentity,
  buildTokenWorker,
  SOFTHSM_MODULE,
  type SoftToken,
  TOKEN_LABEL,
  USER_PIN,
} from '../../support/softhsm';

const NOW = new Date('2026-12-01T03:00:00Z');
const DAY = 24 * 3600_000;
const valid = {
  notBefore: new Date(NOW.getTime() - 300 * DAY),
  notAfter: new Date(NOW.getTime() + 300 * DAY),
};

let token: SoftToken;
let work: string;
let workerScript: string;
let root: IssuedCertificate;
let intermediate: IssuedCertificate;
let revoked: IssuedCertificate;
let crl: Buffer;
let original: Buffer;

const sign = (extra: Partial<Parameters<typeof signPdfWithToken>[1]> = {}) =>
  signPdfWithToken(
    original,
    { modulePath: SOFTHSM_MODULE, tokenLabel: TOKEN_LABEL, pin: USER_PIN, now: NOW, ...extra },
    { workerScript },
  );

async function verdicts(pdf: Buffer, withCrl = true) {
  const facts = await judgePdfFacts(
    await inspectPdfBuffer(pdf),
    prepareTrust({ anchors: [root.der, intermediate.der], crls: withCrl ? [crl] : [] }),
    NOW,
  );
  return facts.signatures.map(signatureReport);
}

function pdfsig(file: string): string {
  const out = spawnSync('pdfsig', ['-no-ocsp', '-nocert', file], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  if (out.error) throw out.error;
  return `${out.stdout}${out.stderr}`;
}

function written(name: string, bytes: Buffer): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(async () => {
  token = aSoftToken();
  work = mkdtempSync(join(tmpdir(), 'dossier-sign-'));
  workerScript = await buildTokenWorker(work);
  ({ root, intermediate } = await makeTestAuthority(NOW));
  await aTokenIdentity(token, '01', 'rsa', { commonName: 'Nguyễn Văn An', ...valid }, intermediate);
  await aTokenIdentity(token, '02', 'ec', { commonName: 'Trần Thị Bình', ...valid }, intermediate);
  await aTokenIdentity(
    token,
    '03',
    'rsa',
    {
      commonName: 'Lê Hết Hạn',
      notBefore: new Date(NOW.getTime() - 400 * DAY),
      notAfter: new Date(NOW.getTime() - 10 * DAY),
    },
    intermediate,
  );
  revoked = await aTokenIdentity(token, '04', 'ec', { commonName: 'Phạm Thu Hồi', ...valid }, intermediate);
  await aSelfSignedTokenIdentity(token, '05', { commonName: 'Võ Tự Ký', ...valid });
  await aTokenIdentity(
    token,
    '06',
    'ec',
    { commonName: 'Đỗ Sai Mục Đích', ...valid, keyUsage: 0x20 },
    intermediate,
  );
  crl = await issueCrl(
    intermediate,
    [{ certificate: revoked.certificate, at: new Date(NOW.getTime() - 3 * DAY) }],
    new Date(NOW.getTime() - DAY),
    new Date(NOW.getTime() + 30 * DAY),
  );
  original = await makeSamplePdf({ title: 'Tờ trình về việc ban hành quy chế', pages: 2 });
}, 120_000);

afterAll(() => {
  token?.remove();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('signing with a PKCS#11 token (SoftHSM2)', () => {
  it('lists the certificates on the token without a PIN, flagging the one that may not sign', async () => {
    const certs = await listTokenCertificates(SOFTHSM_MODULE, { workerScript });
    expect(certs.map((c) => [c.idHex, c.commonName, c.keyKind, c.maySign])).toEqual(
      expect.arrayContaining([
        ['01', 'Nguyễn Văn An', 'rsa', true],
        ['02', 'Trần Thị Bình', 'ec', true],
        ['06', 'Đỗ Sai Mục Đích', 'ec', false],
      ]),
    );
  });

  it('signs with an RSA-2048 key as PAdES B-B in an incremental update that pdfsig and qpdf accept', async () => {
    const { bytes } = await sign({ certificateId: '01' });
    expect(bytes.subarray(0, original.length).equals(original)).toBe(true);
    const [report] = await verdicts(bytes);
    expect(report).toMatchObject({
      signer: 'Nguyễn Văn An',
      coversWholeFile: true,
      integrity: 'ok',
      trust: 'trusted',
    });
    const facts = await inspectPdfBuffer(bytes);
    expect(facts.signatures[0]?.subFilter).toBe('ETSI.CAdES.detached');
    const file = written('rsa.pdf', bytes);
    expect(pdfsig(file)).toMatch(/Signature Validation: Signature is Valid/);
    execFileSync('qpdf', ['--check', file], { stdio: 'ignore' });
  }, 60_000);

  it('signs with an ECDSA P-256 key, with a visible stamp on the chosen page', async () => {
    const { bytes } = await sign({ certificateId: '02', stampPage: 2 });
    const [report] = await verdicts(bytes);
    expect(report).toMatchObject({ signer: 'Trần Thị Bình', integrity: 'ok', trust: 'trusted' });
    const file = written('ec.pdf', bytes);
    expect(pdfsig(file)).toMatch(/Signature Validation: Signature is Valid/);
    execFileSync('qpdf', ['--check', file], { stdio: 'ignore' });
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', '-enc', 'UTF-8', file, '-'], {
      encoding: 'utf8',
    });
    expect(text).toContain('Ký bởi: Trần Thị Bình');
    expect(text).toContain('01/12/2026 10:00 (UTC+7)');
  }, 60_000);

  it('gives each verdict its name: expired at signing and revoked are invalid, self-signed is untrusted', async () => {
    const expired = await verdicts((await sign({ certificateId: '03' })).bytes);
    expect([expired[0]?.trust, expired[0]?.reasons[0]?.code]).toEqual(['invalid', 'expired-at-signing']);
    const revokedOne = await verdicts((await sign({ certificateId: '04' })).bytes);
    expect([revokedOne[0]?.trust, revokedOne[0]?.reasons[0]?.code]).toEqual(['invalid', 'revoked']);
    const self = await verdicts((await sign({ certificateId: '05' })).bytes);
    expect([self[0]?.trust, self[0]?.reasons[0]?.code, self[0]?.integrity]).toEqual([
      'untrusted',
      'self-signed',
      'ok',
    ]);
  }, 120_000);

  it('agrees with pdfsig on integrity: a changed byte breaks the signature for both', async () => {
    const { bytes } = await sign({ certificateId: '01' });
    const changed = Buffer.from(bytes);
    const at = original.length - 40;
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    const [report] = await verdicts(changed);
    expect([report?.integrity, report?.trust, report?.reasons[0]?.code]).toEqual([
      'broken',
      'invalid',
      'digest-mismatch',
    ]);
    expect(pdfsig(written('changed.pdf', changed))).toMatch(/Signature Validation: Digest Mismatch/);
  }, 60_000);

  it('refuses a certificate without digitalSignature / nonRepudiation before asking the token to sign', async () => {
    await expect(sign({ certificateId: '06' })).rejects.toMatchObject({ code: 'token-key-usage' });
  }, 60_000);

  it('says the PIN is wrong, in both languages, and returns no bytes', async () => {
    const error = await sign({ certificateId: '01', pin: '000000' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'token-pin-incorrect' });
    expect(String((error as { vi: string }).vi)).toContain('Mã PIN không đúng');
  }, 60_000);

  it('reports a token pulled out between choosing the certificate and signing', async () => {
    const certs = await listTokenCertificates(SOFTHSM_MODULE, { workerScript });
    expect(certs.length).toBeGreaterThan(0);
    const elsewhere = mkdtempSync(join(tmpdir(), 'dossier-hsm-away-'));
    // The token's storage vanishes: to the driver, the token is gone.
    const stored = readdirSync(token.tokenDir);
    for (const name of stored) renameSync(join(token.tokenDir, name), join(elsewhere, name));
    try {
      const reply = await runTokenRequest(
        {
          op: 'sign',
          modulePath: SOFTHSM_MODULE,
          tokenLabel: TOKEN_LABEL,
          certificateIdHex: '01',
          pin: USER_PIN,
          data: Buffer.alloc(32),
          keyKind: 'ec',
        },
        { workerScript },
      );
      expect(reply).toMatchObject({
        ok: false,
        failure: expect.stringMatching(/token-not-found|token-removed/),
      });
    } finally {
      for (const name of stored) renameSync(join(elsewhere, name), join(token.tokenDir, name));
      rmSync(elsewhere, { recursive: true, force: true });
    }
  }, 60_000);

  it('survives a token driver that crashes: the error is a value and this process carries on', async () => {
    const crashing = join(work, 'crashing.cjs');
    writeFileSync(crashing, "process.once('message', () => process.kill(process.pid, 'SIGSEGV'));\n");
    await expect(
      signPdfWithToken(
        original,
        { modulePath: SOFTHSM_MODULE, pin: USER_PIN, now: NOW },
        { workerScript: crashing },
      ),
    ).rejects.toMatchObject({ code: 'token-crashed' });
  });

  it('says a module path that is not a PKCS#11 library cannot be loaded', async () => {
    await expect(listTokenCertificates(join(work, 'nothing.so'), { workerScript })).rejects.toMatchObject({
      code: 'token-module-unloadable',
    });
  });
});
