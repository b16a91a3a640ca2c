import { copyFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { makeSamplePdf } from '../../../electron/pdf/samplePdf';
import { type IssuedCertificate, makeTestAuthority } from '../../../electron/signatures/testAuthority';
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
import { aDemoDataDir, buildVerifyWorker, copyOf, DEMO_TODAY } from '../packages/support';
import { flipByteInEntry, readZip } from '../packages/zipBytes';

const NOW = new Date(`${DEMO_TODAY}T09:00:00+07:00`);
const DAY = 24 * 3600_000;
const valid = {
  notBefore: new Date(NOW.getTime() - 300 * DAY),
  notAfter: new Date(NOW.getTime() + 300 * DAY),
};

let root: string;
let token: SoftToken;
let tokenWorker: string;
let verifyWorker: string;
let demo: string;
let trustDir: string;
let input: string;
let root_: IssuedCertificate;

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) },
    { now: () => NOW, verifyWorker, tokenWorker, env: { DOSSIER_PIN: USER_PIN, WRONG_PIN: '999999' } },
  );
  return { code, stdout, stderr };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'dossier-sign-cli-'));
  token = aSoftToken();
  tokenWorker = await buildTokenWorker(root);
  verifyWorker = await buildVerifyWorker(root);
  const ca = await makeTestAuthority(NOW);
  root_ = ca.root;
  await aTokenIdentity(token, '0a', 'rsa', { commonName: 'Giám đốc Sở Tư pháp', ...valid }, ca.intermediate);
  await aSelfSignedTokenIdentity(token, '0b', { commonName: 'Chữ ký tự cấp', ...valid });
  trustDir = join(root, 'trust');
  await mkdir(trustDir);
  writeFileSync(join(trustDir, 'root.cer'), ca.root.der);
  writeFileSync(
    join(trustDir, 'issuing.pem'),
    `-----BEGIN CERTIFICATE-----\n${ca.intermediate.der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`,
  );
  writeFileSync(join(trustDir, 'README.txt'), 'not a certificate');
  input = join(root, 'to-trinh.pdf');
  writeFileSync(input, await makeSamplePdf({ title: 'Tờ trình số 12/TTr-STP' }));
  demo = await aDemoDataDir(root);
}, 180_000);

afterAll(async () => {
  token?.remove();
  await rm(root, { recursive: true, force: true });
});

describe('dossier-desk sign-pdf and verify-pdf', () => {
  it('signs with the token and verify-pdf calls the signature trusted against --trust, exit 0', async () => {
    const out = join(root, 'signed.pdf');
    const signed = await cli(
      'sign-pdf',
      input,
      '--out',
      out,
      '--module',
      SOFTHSM_MODULE,
      '--token',
      TOKEN_LABEL,
      '--cert-label',
      'Giám đốc Sở Tư pháp',
      '--pin-env',
      'DOSSIER_PIN',
      '--json',
    );
    expect(signed.code).toBe(0);
    expect(JSON.parse(signed.stdout)).toMatchObject({
      ok: true,
      signer: 'Giám đốc Sở Tư pháp',
      token: TOKEN_LABEL,
    });
    expect(signed.stdout + signed.stderr).not.toContain(USER_PIN);

    const checked = await cli('verify-pdf', out, '--trust', trustDir, '--json');
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).signatures).toEqual([
      {
        signer: 'Giám đốc Sở Tư pháp',
        signedAt: NOW.toISOString(),
        coversWholeFile: true,
        integrity: 'ok',
        trust: 'trusted',
        reasons: [expect.objectContaining({ code: 'chain-ok' })],
      },
    ]);
    // Without the anchors the same signature is intact but not trusted: exit 1.
    const bare = await cli('verify-pdf', out, '--json');
    expect([bare.code, JSON.parse(bare.stdout).signatures[0].trust]).toEqual([1, 'untrusted']);
  }, 60_000);

  it('exits 1 on a self-signed signature and names the reason', async () => {
    const out = join(root, 'self.pdf');
    const signed = await cli(
      'sign-pdf',
      input,
      '--out',
      out,
      '--module',
      SOFTHSM_MODULE,
      '--cert-label',
      'Chữ ký tự cấp',
      '--pin-env',
      'DOSSIER_PIN',
    );
    expect(signed.code).toBe(0);
    const checked = await cli('verify-pdf', out, '--trust', trustDir);
    expect(checked.code).toBe(1);
    expect(checked.stderr).toContain('Chứng thư số tự ký');
  }, 60_000);

  it('exits 1 with a bilingual message on a wrong PIN and writes nothing', async () => {
    const out = join(root, 'never.pdf');
    const refused = await cli(
      'sign-pdf',
      input,
      '--out',
      out,
      '--module',
      SOFTHSM_MODULE,
      '--pin-env',
      'WRONG_PIN',
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Mã PIN không đúng');
    expect(refused.stderr).toContain('Wrong PIN');
    await expect(readZip(out).catch(() => 'absent')).resolves.toBe('absent');
  }, 60_000);

  it('exits 2 on bad arguments: no --pin-env, an unset variable, the PIN as an argument, a missing file', async () => {
    const out = join(root, 'x.pdf');
    expect((await cli('sign-pdf', input, '--out', out, '--module', SOFTHSM_MODULE)).code).toBe(2);
    expect(
      (await cli('sign-pdf', input, '--out', out, '--module', SOFTHSM_MODULE, '--pin-env', 'UNSET')).code,
    ).toBe(2);
    expect(
      (await cli('sign-pdf', input, '--out', out, '--module', SOFTHSM_MODULE, '--pin', USER_PIN)).code,
    ).toBe(2);
    expect(
      (await cli('sign-pdf', input, '--out', input, '--module', SOFTHSM_MODULE, '--pin-env', 'DOSSIER_PIN'))
        .code,
    ).toBe(2);
    expect((await cli('verify-pdf')).code).toBe(2);
    expect((await cli('verify-pdf', join(root, 'nope.pdf'))).code).toBe(2);
  });
});

describe('dossier-desk export --sign and verify --trust', () => {
  it('signs the tag manifest; verify names the signer, and a changed byte breaks it naming the file', async () => {
    const dataDir = copyOf(demo);
    const listed = JSON.parse(
      (await cli('list', 'meetings', '--data-dir', dataDir, '--json')).stdout,
    ) as Array<{ id: number; date: string }>;
    const meeting = listed.find((m) => m.date >= DEMO_TODAY);
    if (!meeting) throw new Error('no upcoming meeting');
    const out = join(root, 'goi.zip');
    const exported = await cli(
      'export',
      '--data-dir',
      dataDir,
      '--meeting',
      String(meeting.id),
      '--out',
      out,
      '--force',
      '--sign',
      '--module',
      SOFTHSM_MODULE,
      '--cert-label',
      'Giám đốc Sở Tư pháp',
      '--pin-env',
      'DOSSIER_PIN',
      '--json',
    );
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).signedBy).toMatchObject({ commonName: 'Giám đốc Sở Tư pháp' });
    expect([...(await readZip(out)).keys()].some((n) => n.endsWith('tagmanifest-sha256.txt.p7s'))).toBe(true);

    const verified = await cli('verify', out, '--trust', trustDir, '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout).packageSignature).toMatchObject({
      signer: 'Giám đốc Sở Tư pháp',
      integrity: 'ok',
      trust: 'trusted',
      changedFiles: [],
    });
    const untrusted = await cli('verify', out, '--json');
    expect([untrusted.code, JSON.parse(untrusted.stdout).packageSignature.trust]).toEqual([1, 'untrusted']);

    // A changed byte in the signature itself: the bag's digests all hold, the signature does not.
    const sigCopy = join(root, 'goi-sig.zip');
    copyFileSync(out, sigCopy);
    const p7s = [...(await readZip(sigCopy)).keys()].find((n) => n.endsWith('.p7s'));
    if (!p7s) throw new Error('no signature file');
    await flipByteInEntry(sigCopy, p7s);
    const badSignature = await cli('verify', sigCopy, '--trust', trustDir, '--json');
    expect(badSignature.code).toBe(1);
    expect(JSON.parse(badSignature.stdout).packageSignature.trust).toBe('invalid');

    const zip = await readZip(out);
    const pdfName = [...zip.keys()].find(
      (n) => n.toLowerCase().endsWith('.pdf') && (n.startsWith('data/') || n.includes('/data/')),
    );
    if (!pdfName) throw new Error('no PDF in the package');
    await flipByteInEntry(out, pdfName);
    const broken = await cli('verify', out, '--trust', trustDir, '--json');
    expect(broken.code).toBe(1);
    const sig = JSON.parse(broken.stdout).packageSignature;
    expect([sig.integrity, sig.trust]).toEqual(['broken', 'invalid']);
    expect(sig.changedFiles.some((f: string) => pdfName.endsWith(f))).toBe(true);
    expect(sig.reasons[0].vi).toContain('Gói đã bị thay đổi sau khi ký');
    void root_;
  }, 180_000);
});
