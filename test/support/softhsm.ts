/**
 * A real PKCS#11 token for tests: SoftHSM2 initialised in a temporary folder (SOFTHSM2_CONF points at a
 * config written there), keys generated on the token by pkcs11-tool (OpenSC), certificates issued by the
 * test CA (electron/signatures/testAuthority) and written back to the token. If SoftHSM2 or OpenSC is
 * missing the setup throws: CI installs both (.ci/run), so a missing tool is a failure, never a skip.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import {
  type CertificateSpec,
  generateKeys,
  type IssuedCertificate,
  issueCertificate,
  pkcs8Of,
  spkiOf,
} from '../../electron/signatures/testAuthority';

export const SOFTHSM_MODULE = '/usr/lib/softhsm/libsofthsm2.so';
export const TOKEN_LABEL = 'Dossier Test Token';
export const USER_PIN = '246810';
const SO_PIN = '13579111';

export function requireSoftHsm(): void {
  const missing: string[] = [];
  if (!existsSync(SOFTHSM_MODULE)) missing.push(SOFTHSM_MODULE);
  for (const tool of ['softhsm2-util', 'pkcs11-tool']) {
    if (spawnSync(tool, ['--help'], { encoding: 'utf8' }).error) missing.push(tool);
  }
  if (missing.length > 0) {
    throw new Error(
      `SoftHSM2 / OpenSC missing (${missing.join(', ')}): the token tests need a real PKCS#11 token. ` +
        'Install them with `apt-get install -y softhsm2 opensc` (CI does, in .ci/run).',
    );
  }
}

export interface SoftToken {
  dir: string;
  conf: string;
  tokenDir: string;
  /** Generates a key pair on the token and returns its public key (DER SubjectPublicKeyInfo). */
  generateKey(idHex: string, kind: 'rsa' | 'ec'): Buffer;
  writeCertificate(idHex: string, label: string, der: Buffer): void;
  /** Imports a software private key (for a self-signed certificate made outside the token). */
  importPrivateKey(idHex: string, pkcs8: Buffer): void;
  remove(): void;
}

function tool(conf: string, args: string[]): string {
  return execFileSync('pkcs11-tool', ['--module', SOFTHSM_MODULE, ...args], {
    encoding: 'utf8',
    env: { ...process.env, SOFTHSM2_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A fresh token; sets process.env.SOFTHSM2_CONF so the token process (a child) finds it too. */
export function aSoftToken(): SoftToken {
  requireSoftHsm();
  const dir = mkdtempSync(join(tmpdir(), 'dossier-hsm-'));
  const tokenDir = join(dir, 'tokens');
  mkdirSync(tokenDir);
  const conf = join(dir, 'softhsm2.conf');
  writeFileSync(conf, `directories.tokendir = ${tokenDir}\nobjectstore.backend = file\nlog.level = ERROR\n`);
  process.env.SOFTHSM2_CONF = conf;
  execFileSync(
    'softhsm2-util',
    ['--init-token', '--free', '--label', TOKEN_LABEL, '--pin', USER_PIN, '--so-pin', SO_PIN],
    { env: { ...process.env, SOFTHSM2_CONF: conf }, stdio: 'ignore' },
  );
  const login = ['--login', '--pin', USER_PIN, '--token-label', TOKEN_LABEL];
  return {
    dir,
    conf,
    tokenDir,
    generateKey(idHex, kind) {
      tool(conf, [
        ...login,
        '--keypairgen',
        '--key-type',
        kind === 'rsa' ? 'rsa:2048' : 'EC:prime256v1',
        '--id',
        idHex,
      ]);
      const out = join(dir, `${idHex}.pub.der`);
      tool(conf, [
        '--token-label',
        TOKEN_LABEL,
        '--read-object',
        '--type',
        'pubkey',
        '--id',
        idHex,
        '-o',
        out,
      ]);
      return readFileSync(out);
    },
    writeCertificate(idHex, label, der) {
      const file = join(dir, `${idHex}.crt.der`);
      writeFileSync(file, der);
      tool(conf, [...login, '--write-object', file, '--type', 'cert', '--id', idHex, '--label', label]);
    },
    importPrivateKey(idHex, pkcs8) {
      const file = join(dir, `${idHex}.key.der`);
      writeFileSync(file, pkcs8);
      tool(conf, [
        ...login,
        '--write-object',
        file,
        '--type',
        'privkey',
        '--id',
        idHex,
        '--label',
        `key ${idHex}`,
      ]);
      rmSync(file);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Issues a certificate for a key generated on the token, and stores it beside the key. */
export async function aTokenIdentity(
  token: SoftToken,
  idHex: string,
  kind: 'rsa' | 'ec',
  spec: CertificateSpec,
  issuer: IssuedCertificate,
): Promise<IssuedCertificate> {
  const spki = token.generateKey(idHex, kind);
  if (!issuer.keys) throw new Error('the issuer needs a software key');
  const cert = await issueCertificate(spec, spki, {
    certificate: issuer.certificate,
    privateKey: issuer.keys.privateKey,
  });
  token.writeCertificate(idHex, spec.commonName, cert.der);
  return cert;
}

/** A self-signed identity: made in software (it signs itself), then its key imported into the token. */
export async function aSelfSignedTokenIdentity(
  token: SoftToken,
  idHex: string,
  spec: CertificateSpec,
): Promise<IssuedCertificate> {
  const keys = await generateKeys('rsa');
  const cert = await issueCertificate(spec, await spkiOf(keys), null, keys.privateKey);
  token.importPrivateKey(idHex, await pkcs8Of(keys));
  token.writeCertificate(idHex, spec.commonName, cert.der);
  return cert;
}

/** The token process as the app ships it: tokenWorker.ts bundled to CommonJS, pkcs11js left native. */
export async function buildTokenWorker(dir: string): Promise<string> {
  const out = join(dir, 'tokenWorker.cjs');
  await build({
    entryPoints: [resolve('electron/signing/tokenWorker.ts')],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['pkcs11js'],
    logLevel: 'silent',
  });
  // The bundle sits in a temp folder: the child finds the native pkcs11js through NODE_PATH.
  process.env.NODE_PATH = resolve('node_modules');
  return out;
}
