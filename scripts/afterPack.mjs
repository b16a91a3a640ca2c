// electron-builder `afterPack` hook: flips the Electron fuses of the packed app, after packing and before
// signing (a fuse flip changes the binary, so it must come before the signature). Fuses are switches
// compiled into the Electron binary that no command line or environment can turn back on.
import { join } from 'node:path';

/** Fuse indices of the V1 fuse wire (@electron/fuses FuseV1Options), fixed by Electron. */
export const FuseV1 = Object.freeze({
  RunAsNode: 0,
  EnableCookieEncryption: 1,
  EnableNodeOptionsEnvironmentVariable: 2,
  EnableNodeCliInspectArguments: 3,
  EnableEmbeddedAsarIntegrityValidation: 4,
  OnlyLoadAppFromAsar: 5,
});

/**
 * The fuse configuration of Dossier Desk:
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn the signed app into a general-purpose Node.
 * - NODE_OPTIONS and --inspect/--inspect-brk off: no code injection or debugger through the environment.
 * - Embedded asar integrity and only-load-from-asar on: a tampered or replaced app.asar is refused.
 * - Cookie encryption on (the app keeps no cookies, but nothing at rest is left in clear).
 */
export const FUSE_CONFIG = Object.freeze({
  version: '1',
  // Apple Silicon refuses an unsigned binary whose ad-hoc signature no longer matches after the flip.
  resetAdHocDarwinSignature: true,
  [FuseV1.RunAsNode]: false,
  [FuseV1.EnableCookieEncryption]: true,
  [FuseV1.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1.EnableNodeCliInspectArguments]: false,
  [FuseV1.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1.OnlyLoadAppFromAsar]: true,
});

/** The Electron executable inside the packed app folder, per platform. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productName = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return join(appOutDir, `${productName}.app`);
  }
  if (electronPlatformName === 'win32') return join(appOutDir, `${productName}.exe`);
  return join(appOutDir, packager.executableName);
}

/** Flips the fuses with the given `flipFuses` (from @electron/fuses; tests pass a fake). */
export async function applyFuses(context, flipFuses) {
  const binary = electronBinaryPath(context);
  await flipFuses(binary, { ...FUSE_CONFIG });
  return binary;
}

export async function afterPack(context) {
  const { flipFuses } = await import('@electron/fuses');
  const binary = await applyFuses(context, flipFuses);
  console.log(`  • fuses flipped  binary=${binary}`);
}

export default afterPack;
