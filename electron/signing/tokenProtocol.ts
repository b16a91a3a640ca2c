/**
 * Messages between the app and the token process (tokenWorker): one request, one reply, then the process
 * exits. The PIN travels only inside a 'sign' request and dies with the process.
 */

export interface TokenCertificate {
  tokenLabel: string;
  label: string;
  idHex: string;
  der: Uint8Array;
}

export type TokenRequest =
  | { op: 'certificates'; modulePath: string }
  | {
      op: 'sign';
      modulePath: string;
      tokenLabel: string;
      certificateIdHex: string;
      pin: string;
      /** The bytes to sign: for RSA a DER DigestInfo (CKM_RSA_PKCS), for EC the SHA-256 hash (CKM_ECDSA). */
      data: Uint8Array;
      keyKind: 'rsa' | 'ec';
    };

/** Why a token operation failed, as the worker could tell from the PKCS#11 return value. */
export const TOKEN_FAILURES = [
  'module-unloadable',
  'token-not-found',
  'certificate-not-found',
  'key-not-found',
  'pin-incorrect',
  'pin-locked',
  'pin-invalid',
  'token-removed',
  'mechanism-unsupported',
  'failed',
] as const;
export type TokenFailure = (typeof TOKEN_FAILURES)[number];

export type TokenReply =
  | { ok: true; op: 'certificates'; certificates: TokenCertificate[] }
  | { ok: true; op: 'sign'; signature: Uint8Array }
  | { ok: false; failure: TokenFailure; detail: string };
