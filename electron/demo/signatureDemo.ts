/**
 * Sample data for digital signatures (issue 14): a demo certification authority whose root the sample
 * agency has imported as a trust anchor, so the sample shows all three verdicts side by side — trusted
 * (signed by the demo CA's "Giám đốc"), valid but not trusted (a self-signed certificate) and invalid (a
 * certificate that had expired when it signed). The demo CA's keys are made per run and never kept.
 */
import { sign as cryptoSign } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppContext } from '../app/context';
import { importTrustFile } from '../app/services/trustService';
import type { ExternalSigner } from '../pdf/cadesBuild';
import { makeSamplePdf } from '../pdf/samplePdf';
import { signPdf } from '../pdf/signPdf';
import {
  type IssuedCertificate,
  issueWithNewKey,
  makeTestAuthority,
  pkcs8Of,
} from '../signatures/testAuthority';
import { signedSamplePdf } from './sampleFiles';

export type DemoVerdict = 'trusted' | 'untrusted' | 'invalid';

const DAY = 86_400_000;

async function softwareSigner(identity: IssuedCertificate): Promise<ExternalSigner> {
  if (!identity.keys) throw new Error('demo identity without a key');
  const pkcs8 = await pkcs8Of(identity.keys);
  return {
    certificate: identity.der,
    keyKind: 'ec',
    sign: async (attributes) =>
      cryptoSign('sha256', attributes, { key: pkcs8, format: 'der', type: 'pkcs8' }),
  };
}

export interface DemoSignatures {
  /**
   * A signed sample PDF. Among those that may `showcase` a problem, the 1st is signed by a self-signed
   * certificate (valid but not trusted) and the 2nd by a certificate expired at the signing time
   * (invalid); every other one by the demo CA's certificate (trusted): the sample shows all three.
   */
  signedPdf(title: string, lines: string[], signer: string, at: Date, showcase: boolean): Promise<Buffer>;
}

/** Makes the demo CA, imports its root as the agency's trust anchor, and returns the sample signers. */
export async function prepareDemoSignatures(ctx: AppContext): Promise<DemoSignatures> {
  const now = ctx.now();
  const { root, intermediate } = await makeTestAuthority(now, 'ec');
  const signers = new Map<string, ExternalSigner>();
  const identity = async (name: string, expired: boolean) => {
    const key = `${name}|${expired}`;
    const known = signers.get(key);
    if (known) return known;
    const validity = expired
      ? { notBefore: new Date(now.getTime() - 400 * DAY), notAfter: new Date(now.getTime() - 30 * DAY) }
      : { notBefore: new Date(now.getTime() - 200 * DAY), notAfter: new Date(now.getTime() + 500 * DAY) };
    const made = await softwareSigner(
      await issueWithNewKey(
        { commonName: name, organization: 'Sở Nông nghiệp và Môi trường', ...validity },
        intermediate,
        'ec',
      ),
    );
    signers.set(key, made);
    return made;
  };
  const scratch = mkdtempSync(join(tmpdir(), 'dossier-demo-trust-'));
  try {
    const pem = [root, intermediate]
      .map(
        (c) =>
          `-----BEGIN CERTIFICATE-----\n${c.der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`,
      )
      .join('');
    const file = join(scratch, 'CA-thu-nghiem-Dossier-Desk.pem');
    writeFileSync(file, pem);
    await importTrustFile(ctx, { kind: 'path', path: file });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  let made = 0;
  return {
    async signedPdf(title, lines, signer, at, showcase) {
      if (showcase) made++;
      const verdict: DemoVerdict = !showcase
        ? 'trusted'
        : made === 1
          ? 'untrusted'
          : made === 2
            ? 'invalid'
            : 'trusted';
      if (verdict === 'untrusted') return signedSamplePdf(title, lines, signer, at);
      const pdf = await makeSamplePdf({ title, lines, createdAt: at });
      return signPdf(pdf, {
        signerName: signer,
        signingTime: at,
        reason: 'Ký ban hành',
        location: 'Việt Nam',
        signer: await identity(signer, verdict === 'invalid'),
      });
    },
  };
}
