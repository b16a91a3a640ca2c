/**
 * A PKCS#11 module that fails where a real token would (test/support/pkcs11/failingModule.c): SoftHSM2
 * underneath, with C_Login or C_Sign answering a chosen CKR_ value. Compiled per case with the system C
 * compiler (the one that builds pkcs11js from source in `npm ci`, so CI has it); a missing compiler is a
 * failure, never a skip.
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { SOFTHSM_MODULE } from './softhsm';

/** 'none': every call reaches SoftHSM (the harness's own control). */
export type FailingCall = 'C_Login' | 'C_Sign' | 'none';

/** CKR_ values from the PKCS#11 specification (pkcs11t.h). */
export const CKR = {
  PIN_INCORRECT: 0xa0,
  PIN_LOCKED: 0xa4,
  DEVICE_REMOVED: 0x32,
  TOKEN_NOT_PRESENT: 0xe0,
  SESSION_HANDLE_INVALID: 0xb3,
} as const;

/** Builds `<dir>/fail-<call>-<rv>.so` and returns its path. */
export function aFailingModule(dir: string, call: FailingCall, rv: number): string {
  const out = join(dir, `fail-${call}-${rv.toString(16)}.so`);
  execFileSync(
    'cc',
    [
      '-shared',
      '-fPIC',
      '-O1',
      `-I${resolve('node_modules/pkcs11js/includes/pkcs11')}`,
      `-DREAL_MODULE="${SOFTHSM_MODULE}"`,
      ...(call === 'C_Login' ? ['-DFAIL_AT_LOGIN'] : call === 'C_Sign' ? ['-DFAIL_AT_SIGN'] : []),
      `-DFAIL_RV=0x${rv.toString(16)}UL`,
      '-o',
      out,
      resolve('test/support/pkcs11/failingModule.c'),
      '-ldl',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return out;
}
