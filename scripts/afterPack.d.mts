// Types of scripts/afterPack.mjs for the tests (the hook itself is plain JS: electron-builder loads it).
import type { FuseConfig } from '@electron/fuses';

export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}

export type FlipFuses = (pathToElectron: string, config: FuseConfig) => Promise<unknown>;

export const FuseV1: Readonly<{
  RunAsNode: 0;
  EnableCookieEncryption: 1;
  EnableNodeOptionsEnvironmentVariable: 2;
  EnableNodeCliInspectArguments: 3;
  EnableEmbeddedAsarIntegrityValidation: 4;
  OnlyLoadAppFromAsar: 5;
}>;
export const FUSE_CONFIG: FuseConfig;
export function electronBinaryPath(context: AfterPackContext): string;
export function applyFuses(context: AfterPackContext, flipFuses: FlipFuses): Promise<string>;
export function afterPack(context: AfterPackContext): Promise<void>;
export default afterPack;
