import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

/** The project folder: given by the test when this file runs bundled from a temp folder. */
export const root = process.env.DOSSIER_DESK_ROOT ?? resolve(import.meta.dirname, '..', '..', '..');

/**
 * A stand-in Electron distribution: the file names electron-builder copies and renames (the binary, the
 * Chromium locales, licences), without Chromium. The packing machinery cannot tell the difference; only
 * running the binary could, and the layout test runs the app's code under Node instead.
 */
export function standInElectron(dir: string, locales: readonly string[]): string {
  mkdirSync(join(dir, 'locales'), { recursive: true });
  writeFileSync(join(dir, 'electron'), '#!/bin/sh\necho "stand-in Electron"\n');
  chmodSync(join(dir, 'electron'), 0o755);
  for (const locale of locales) writeFileSync(join(dir, 'locales', `${locale}.pak`), locale);
  writeFileSync(join(dir, 'version'), electronVersion());
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), '<html></html>');
  return dir;
}

export function electronVersion(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'));
  const version = typeof pkg === 'object' && pkg !== null ? Reflect.get(pkg, 'version') : null;
  if (typeof version !== 'string') throw new Error('no electron version');
  return version;
}

export function builderConfig(): Record<string, unknown> {
  const parsed: unknown = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('electron-builder.yml is not a mapping');
  return Object.fromEntries(Object.entries(parsed));
}

/**
 * Packs the app with electron-builder's own `--dir` build (Linux layout: resources/ is the same on every
 * platform) from the project's real configuration, changed only where a machine without network and
 * without an Electron binary must: the stand-in distribution, no native rebuild for Electron's ABI (the
 * modules stay built for this Node, which runs the test), and no fuse flip (there is no real binary to
 * flip; scripts/afterPack.mjs has its own test). Returns the unpacked app folder.
 */
export async function packApp(outDir: string, electronDist: string): Promise<string> {
  // Required the CommonJS way from the project: electron-builder keys its targets by its own Platform
  // objects, which a second (ESM-transformed) copy of the module would not match.
  const builder: typeof import('electron-builder') = createRequire(join(root, 'package.json'))(
    'electron-builder',
  );
  const { build, Platform } = builder;
  const config = builderConfig();
  const directories = typeof config.directories === 'object' ? config.directories : {};
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      ...config,
      directories: { ...directories, output: outDir },
      electronDist,
      npmRebuild: false,
      afterPack: null,
    },
  });
  return join(outDir, 'linux-unpacked');
}

/** Run as a script (bundled by the test): packApp.cjs <out dir> <electron dist>. */
export async function packFromCommandLine(argv: readonly string[]): Promise<void> {
  const [outDir = '', electronDist = ''] = argv;
  console.log(await packApp(outDir, electronDist));
}
