/**
 * The PKCS#11 glue (pkcs11js): list the certificates on the tokens of a module, and sign with the private
 * key that shares a certificate's CKA_ID. Runs only inside the token process (tokenWorker), never in the
 * app's main process: a token driver is native code from a third party, and if it crashes it takes only
 * that process down.
 */
import * as pkcs11js from 'pkcs11js';
import type { TokenCertificate, TokenFailure, TokenReply, TokenRequest } from './tokenProtocol';

const FAILURE_BY_CODE = new Map<number, TokenFailure>([
  [pkcs11js.CKR_PIN_INCORRECT, 'pin-incorrect'],
  [pkcs11js.CKR_PIN_LOCKED, 'pin-locked'],
  [pkcs11js.CKR_PIN_EXPIRED, 'pin-locked'],
  [pkcs11js.CKR_PIN_INVALID, 'pin-invalid'],
  [pkcs11js.CKR_PIN_LEN_RANGE, 'pin-invalid'],
  [pkcs11js.CKR_TOKEN_NOT_PRESENT, 'token-removed'],
  [pkcs11js.CKR_DEVICE_REMOVED, 'token-removed'],
  [pkcs11js.CKR_DEVICE_ERROR, 'token-removed'],
  [pkcs11js.CKR_SESSION_HANDLE_INVALID, 'token-removed'],
  [pkcs11js.CKR_SESSION_CLOSED, 'token-removed'],
  [pkcs11js.CKR_TOKEN_NOT_RECOGNIZED, 'token-removed'],
  [pkcs11js.CKR_MECHANISM_INVALID, 'mechanism-unsupported'],
  [pkcs11js.CKR_KEY_TYPE_INCONSISTENT, 'mechanism-unsupported'],
]);

class TokenFailureError extends Error {
  constructor(
    readonly failure: TokenFailure,
    message: string,
  ) {
    super(message);
  }
}

function failureOf(error: unknown): { failure: TokenFailure; detail: string } {
  if (error instanceof TokenFailureError) return { failure: error.failure, detail: error.message };
  if (error instanceof pkcs11js.Pkcs11Error) {
    return {
      failure: FAILURE_BY_CODE.get(error.code) ?? 'failed',
      detail: `${error.method}: ${error.message}`,
    };
  }
  return { failure: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

function trimLabel(label: string): string {
  return label.replace(/\0/g, '').trim();
}

function findAll(p: pkcs11js.PKCS11, session: Buffer, template: pkcs11js.Template): Buffer[] {
  p.C_FindObjectsInit(session, template);
  try {
    const out: Buffer[] = [];
    // Bounded: a token holds a handful of objects; a driver that never says "no more" is cut off.
    for (let i = 0; i < 1000; i++) {
      const h = p.C_FindObjects(session);
      if (!h) break;
      out.push(h);
    }
    return out;
  } finally {
    p.C_FindObjectsFinal(session);
  }
}

function attribute(p: pkcs11js.PKCS11, session: Buffer, handle: Buffer, type: number): Buffer | null {
  const [attr] = p.C_GetAttributeValue(session, handle, [{ type }]);
  const value = attr?.value;
  return Buffer.isBuffer(value) ? value : null;
}

function withModule<T>(modulePath: string, run: (p: pkcs11js.PKCS11) => T): T {
  const p = new pkcs11js.PKCS11();
  try {
    p.load(modulePath);
  } catch (error) {
    throw new TokenFailureError('module-unloadable', error instanceof Error ? error.message : String(error));
  }
  try {
    p.C_Initialize();
    try {
      return run(p);
    } finally {
      p.C_Finalize();
    }
  } finally {
    p.close();
  }
}

function withSession<T>(p: pkcs11js.PKCS11, slot: Buffer, run: (session: Buffer) => T): T {
  const session = p.C_OpenSession(slot, pkcs11js.CKF_SERIAL_SESSION);
  try {
    return run(session);
  } finally {
    try {
      p.C_CloseSession(session);
    } catch {
      // A token pulled out mid-way has no session left to close.
    }
  }
}

function certificatesOf(modulePath: string): TokenCertificate[] {
  return withModule(modulePath, (p) => {
    const out: TokenCertificate[] = [];
    for (const slot of p.C_GetSlotList(true)) {
      const info = p.C_GetTokenInfo(slot);
      // An empty (uninitialised) token, e.g. SoftHSM's spare slot, has nothing to list.
      if ((info.flags & pkcs11js.CKF_TOKEN_INITIALIZED) === 0) continue;
      const tokenLabel = trimLabel(info.label);
      withSession(p, slot, (session) => {
        const certs = findAll(p, session, [
          { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
          { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
        ]);
        for (const h of certs) {
          const der = attribute(p, session, h, pkcs11js.CKA_VALUE);
          if (!der) continue;
          out.push({
            tokenLabel,
            label: attribute(p, session, h, pkcs11js.CKA_LABEL)?.toString('utf8') ?? '',
            idHex: attribute(p, session, h, pkcs11js.CKA_ID)?.toString('hex') ?? '',
            der,
          });
        }
      });
    }
    return out;
  });
}

/** ECDSA on a token returns r‖s; CMS wants ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }. */
export function ecdsaRawToDer(raw: Buffer): Buffer {
  const half = raw.length / 2;
  const int = (b: Buffer) => {
    let v = b;
    while (v.length > 1 && v[0] === 0 && (v[1] ?? 0) < 0x80) v = v.subarray(1);
    if ((v[0] ?? 0) >= 0x80) v = Buffer.concat([Buffer.from([0]), v]);
    return Buffer.concat([Buffer.from([0x02, v.length]), v]);
  };
  const body = Buffer.concat([int(raw.subarray(0, half)), int(raw.subarray(half))]);
  return Buffer.concat([Buffer.from([0x30, body.length]), body]);
}

function sign(req: Extract<TokenRequest, { op: 'sign' }>): Buffer {
  return withModule(req.modulePath, (p) => {
    const slot = p.C_GetSlotList(true).find((s) => {
      const info = p.C_GetTokenInfo(s);
      return (info.flags & pkcs11js.CKF_TOKEN_INITIALIZED) !== 0 && trimLabel(info.label) === req.tokenLabel;
    });
    if (!slot) throw new TokenFailureError('token-not-found', req.tokenLabel);
    return withSession(p, slot, (session) => {
      p.C_Login(session, pkcs11js.CKU_USER, req.pin);
      try {
        const id = Buffer.from(req.certificateIdHex, 'hex');
        const [key] = findAll(p, session, [
          { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
          { type: pkcs11js.CKA_ID, value: id },
        ]);
        if (!key) throw new TokenFailureError('key-not-found', req.certificateIdHex);
        const mechanism = req.keyKind === 'rsa' ? pkcs11js.CKM_RSA_PKCS : pkcs11js.CKM_ECDSA;
        p.C_SignInit(session, { mechanism }, key);
        const raw = p.C_Sign(session, Buffer.from(req.data), Buffer.alloc(1024));
        return req.keyKind === 'ec' ? ecdsaRawToDer(raw) : Buffer.from(raw);
      } finally {
        try {
          p.C_Logout(session);
        } catch {
          // Already logged out (token removed): nothing to undo.
        }
      }
    });
  });
}

export function handleTokenRequest(req: TokenRequest): TokenReply {
  try {
    if (req.op === 'certificates')
      return { ok: true, op: 'certificates', certificates: certificatesOf(req.modulePath) };
    return { ok: true, op: 'sign', signature: sign(req) };
  } catch (error) {
    return { ok: false, ...failureOf(error) };
  }
}
