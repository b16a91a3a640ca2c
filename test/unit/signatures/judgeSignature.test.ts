import { beforeAll, describe, expect, it } from 'vitest';
import { judgeSignature, prepareTrust } from '../../../electron/signatures/judgeSignature';
import {
  type IssuedCertificate,
  issueCrl,
  issueWithNewKey,
  makeTestAuthority,
} from '../../../electron/signatures/testAuthority';

const NOW = new Date('2026-12-01T03:00:00Z');
const SIGNED_AT = '2026-11-20T02:00:00.000Z';
const DAY = 24 * 3600_000;

let root: IssuedCertificate;
let intermediate: IssuedCertificate;
let signer: IssuedCertificate;
let expired: IssuedCertificate;
let revoked: IssuedCertificate;
let selfSigned: IssuedCertificate;
let wrongUsage: IssuedCertificate;
let crl: Buffer;

const intact = (certs: IssuedCertificate[], signingTime: string | null = SIGNED_AT) => ({
  digestMatches: true,
  signatureValid: true,
  certificates: certs.map((c) => c.der),
  signingTime,
});

beforeAll(async () => {
  ({ root, intermediate } = await makeTestAuthority(NOW));
  const valid = {
    notBefore: new Date(NOW.getTime() - 300 * DAY),
    notAfter: new Date(NOW.getTime() + 300 * DAY),
  };
  signer = await issueWithNewKey({ commonName: 'Nguyễn Văn An', ...valid }, intermediate);
  expired = await issueWithNewKey(
    {
      commonName: 'Hết Hạn',
      notBefore: new Date(NOW.getTime() - 400 * DAY),
      notAfter: new Date(NOW.getTime() - 30 * DAY),
    },
    intermediate,
  );
  revoked = await issueWithNewKey({ commonName: 'Bị Thu Hồi', ...valid }, intermediate);
  selfSigned = await issueWithNewKey({ commonName: 'Tự Ký', ...valid }, null);
  wrongUsage = await issueWithNewKey({ commonName: 'Sai Mục Đích', ...valid, keyUsage: 0x20 }, intermediate);
  crl = await issueCrl(
    intermediate,
    [{ certificate: revoked.certificate, at: new Date(NOW.getTime() - 5 * DAY) }],
    new Date(NOW.getTime() - DAY),
    new Date(NOW.getTime() + 30 * DAY),
  );
}, 60_000);

describe('judgeSignature', () => {
  it('trusts a signer whose chain reaches the imported root through the carried intermediate', async () => {
    const trust = prepareTrust({ anchors: [root.der], crls: [crl] });
    const j = await judgeSignature(intact([signer, intermediate]), trust, NOW);
    expect(j.trust).toBe('trusted');
    expect(j.reasons.map((r) => r.code)).toEqual(['chain-ok']);
  });

  it('trusts a signer when the intermediate is imported rather than carried', async () => {
    const trust = prepareTrust({ anchors: [root.der, intermediate.der], crls: [] });
    expect((await judgeSignature(intact([signer]), trust, NOW)).trust).toBe('trusted');
  });

  it('calls an intact signature from an unknown chain valid but not trusted', async () => {
    const j = await judgeSignature(
      intact([signer, intermediate]),
      prepareTrust({ anchors: [], crls: [] }),
      NOW,
    );
    expect([j.trust, j.reasons[0]?.code]).toEqual(['untrusted', 'no-anchors']);
    const other = await makeTestAuthority(NOW);
    const k = await judgeSignature(
      intact([signer, intermediate]),
      prepareTrust({ anchors: [other.root.der], crls: [] }),
      NOW,
    );
    expect([k.trust, k.reasons[0]?.code]).toEqual(['untrusted', 'unknown-chain']);
  });

  it('never trusts a self-signed certificate that was not imported', async () => {
    const j = await judgeSignature(
      intact([selfSigned]),
      prepareTrust({ anchors: [root.der], crls: [] }),
      NOW,
    );
    expect([j.trust, j.reasons[0]?.code]).toEqual(['untrusted', 'self-signed']);
  });

  it('judges a certificate expired at the signing time invalid, even under a trusted root', async () => {
    const j = await judgeSignature(
      intact([expired, intermediate]),
      prepareTrust({ anchors: [root.der], crls: [] }),
      NOW,
    );
    expect([j.trust, j.reasons[0]?.code]).toEqual(['invalid', 'expired-at-signing']);
  });

  it('accepts a certificate that expired after the signing time', async () => {
    const before = new Date(NOW.getTime() - 60 * DAY).toISOString();
    const j = await judgeSignature(
      intact([expired, intermediate], before),
      prepareTrust({ anchors: [root.der], crls: [] }),
      NOW,
    );
    expect(j.trust).toBe('trusted');
  });

  it('judges a certificate listed in an imported CRL invalid, naming the revocation date', async () => {
    const j = await judgeSignature(
      intact([revoked, intermediate]),
      prepareTrust({ anchors: [root.der], crls: [crl] }),
      NOW,
    );
    expect([j.trust, j.reasons[0]?.code]).toEqual(['invalid', 'revoked']);
    expect(j.reasons[0]?.vi).toContain('26/11/2026');
    // Without the CRL nothing says it is revoked.
    expect(
      (
        await judgeSignature(
          intact([revoked, intermediate]),
          prepareTrust({ anchors: [root.der], crls: [] }),
          NOW,
        )
      ).trust,
    ).toBe('trusted');
  });

  it('judges a certificate that may not sign documents invalid', async () => {
    const j = await judgeSignature(
      intact([wrongUsage, intermediate]),
      prepareTrust({ anchors: [root.der], crls: [] }),
      NOW,
    );
    expect([j.trust, j.reasons[0]?.code]).toEqual(['invalid', 'key-usage']);
  });

  it('judges changed bytes and a bad signature value invalid before anything else', async () => {
    const trust = prepareTrust({ anchors: [root.der], crls: [] });
    expect(
      (await judgeSignature({ ...intact([signer]), digestMatches: false }, trust, NOW)).reasons[0]?.code,
    ).toBe('digest-mismatch');
    expect(
      (await judgeSignature({ ...intact([signer]), signatureValid: false }, trust, NOW)).reasons[0]?.code,
    ).toBe('signature-mismatch');
  });

  it('judges at the check time when the signature states no signing time, and says so', async () => {
    const j = await judgeSignature(
      intact([signer, intermediate], null),
      prepareTrust({ anchors: [root.der], crls: [] }),
      NOW,
    );
    expect(j.trust).toBe('trusted');
    expect(j.reasons.map((r) => r.code)).toContain('no-signing-time');
  });

  it('ignores a CRL whose signature does not come from the issuer', async () => {
    const other = await makeTestAuthority(NOW);
    const forged = await issueCrl(
      other.intermediate,
      [{ certificate: signer.certificate, at: NOW }],
      NOW,
      new Date(NOW.getTime() + DAY),
    );
    const j = await judgeSignature(
      intact([signer, intermediate]),
      prepareTrust({ anchors: [root.der], crls: [forged] }),
      NOW,
    );
    expect(j.trust).toBe('trusted');
  });
});
