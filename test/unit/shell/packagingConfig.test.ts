import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { type FuseConfig, FuseState, FuseV1Options, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  type AfterPackContext,
  applyFuses,
  electronBinaryPath,
  FUSE_CONFIG,
  FuseV1,
} from '../../../scripts/afterPack.mjs';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const root = resolve(import.meta.dirname, '..', '..', '..');
const tempDir = tempDirsPerTest();

function loadConfig(): Record<string, unknown> {
  const parsed: unknown = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('electron-builder.yml is not a mapping');
  return Object.fromEntries(Object.entries(parsed));
}

const config = loadConfig();
const section = (name: string): Record<string, unknown> => {
  const value = config[name];
  return typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value)) : {};
};

describe('electron-builder.yml', () => {
  it('is valid against the schema of the installed electron-builder', async () => {
    // The same validation `electron-builder` runs first; an unknown or misplaced option fails here.
    const require = createRequire(import.meta.url);
    const loaded: unknown = require('app-builder-lib/out/util/config/config.js');
    const validate: unknown =
      typeof loaded === 'object' && loaded !== null ? Reflect.get(loaded, 'validateConfiguration') : null;
    if (typeof validate !== 'function') throw new Error('validateConfiguration not found in app-builder-lib');
    await expect(validate(config, { isEnabled: false, add: () => {} })).resolves.toBeUndefined();
    // …and the validator does refuse a misplaced option, so the line above can fail.
    const broken = { ...config, nsis: { ...section('nsis'), perMachineByDefault: true } };
    await expect(validate(broken, { isEnabled: false, add: () => {} })).rejects.toThrow(
      /Invalid configuration/,
    );
  });

  it('names the product and its id', () => {
    expect(config.appId).toBe('vn.dossierdesk.app');
    expect(config.productName).toBe('Dossier Desk');
  });

  it('packs the built app in an asar, with the native modules unpacked and rebuilt for Electron', () => {
    // What actually lands in the package is checked by test/integration/packaging/packagedApp.test.ts.
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', '!**/*.map']),
    );
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual([
      'node_modules/better-sqlite3/**/*.node',
      'node_modules/pkcs11js/**/*.node',
    ]);
    expect(config.npmRebuild).toBe(true);
    expect(section('extraMetadata').main).toBe('dist/electron/main.cjs');
    const packageJson: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(packageJson).toMatchObject({
      main: 'dist/electron/main.cjs',
      dependencies: { 'better-sqlite3': expect.any(String), pkcs11js: expect.any(String) },
    });
  });

  it('publishes nowhere and ships only the Vietnamese and English Chromium locales', () => {
    expect(config.publish).toBeNull();
    expect(config.electronLanguages).toEqual(['vi', 'en-US']);
  });

  it('installs dossier-desk.cmd beside Dossier Desk.exe: the CLI through the app, with its exit code', () => {
    expect(section('win').extraFiles).toEqual([{ from: 'build/dossier-desk.cmd', to: 'dossier-desk.cmd' }]);
    const wrapper = readFileSync(join(root, 'build', 'dossier-desk.cmd'), 'utf8');
    expect(wrapper).toContain('"%~dp0Dossier Desk.exe" --cli %*');
    expect(wrapper).toContain('exit /b %ERRORLEVEL%');
    // cmd.exe reads batch files line by line with CRLF endings.
    expect(wrapper.split('\r\n').length).toBe(wrapper.split('\n').length);
  });

  it('builds a Windows NSIS installer: per-user by default, per-machine on request, Vietnamese and English', () => {
    expect(section('win').target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(section('nsis')).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: false,
      allowElevation: true,
      installerLanguages: ['vi_VN', 'en_US'],
      multiLanguageInstaller: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux and a dmg for macOS', () => {
    expect(section('linux').target).toEqual(['AppImage', 'deb']);
    expect(section('mac').target).toEqual(['dmg']);
  });

  it('uses the icons in build/: a 512 px PNG and a Windows .ico with a 256 px image', () => {
    expect(section('directories').buildResources).toBe('build');
    const png = readFileSync(join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(join(root, 'build', 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    // Width 0 in an ICONDIRENTRY means 256 px.
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
    expect(section('win').icon).toBe('build/icon.ico');
    expect(section('linux').icon).toBe('build/icon.png');
  });

  it('claims no file type (the exported package is a plain .zip that must open anywhere)', () => {
    expect(config.fileAssociations).toBeUndefined();
  });

  it('runs the fuse hook after packing', () => {
    expect(config.afterPack).toBe('./scripts/afterPack.mjs');
  });
});

describe('the afterPack fuse hook', () => {
  const context = (platform: string, appOutDir = '/out'): AfterPackContext => ({
    appOutDir,
    electronPlatformName: platform,
    packager: { appInfo: { productFilename: 'Dossier Desk' }, executableName: 'dossier-desk' },
  });

  it('uses the fuse indices of @electron/fuses', () => {
    expect(FuseV1).toEqual({
      RunAsNode: FuseV1Options.RunAsNode,
      EnableCookieEncryption: FuseV1Options.EnableCookieEncryption,
      EnableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
      EnableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
      EnableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
      OnlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
    });
  });

  it('finds the Electron binary of each platform', () => {
    expect(electronBinaryPath(context('win32'))).toBe(join('/out', 'Dossier Desk.exe'));
    expect(electronBinaryPath(context('darwin'))).toBe(join('/out', 'Dossier Desk.app'));
    expect(electronBinaryPath(context('linux'))).toBe(join('/out', 'dossier-desk'));
  });

  it('turns Node-as-app, NODE_OPTIONS and inspect off, and asar integrity, asar-only and cookie encryption on', async () => {
    const calls: Array<[string, FuseConfig]> = [];
    await applyFuses(context('win32'), async (binary, fuses) => {
      calls.push([binary, fuses]);
      return 1;
    });
    expect(calls).toHaveLength(1);
    const [binary, fuses] = calls[0] ?? ['', null];
    expect(binary).toBe(join('/out', 'Dossier Desk.exe'));
    expect(fuses).toEqual({
      version: '1',
      resetAdHocDarwinSignature: true,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
    });
    expect(FUSE_CONFIG).toEqual(fuses);
  });

  it('flips the fuse wire of a binary for real with @electron/fuses (a fake binary carrying the sentinel)', async () => {
    const dir = tempDir();
    const binary = join(dir, 'dossier-desk');
    // Electron's default wire: RunAsNode, NODE_OPTIONS and inspect on; integrity and asar-only off.
    const wire = Buffer.from([1, 9, 49, 48, 49, 49, 48, 48, 48, 48, 49]);
    writeFileSync(
      binary,
      Buffer.concat([
        Buffer.alloc(4096, 7),
        Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'),
        wire,
        Buffer.alloc(4096, 9),
      ]),
    );
    await applyFuses(context('linux', dir), flipFuses);
    const after = await getCurrentFuseWire(binary);
    expect(after[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(after[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(after[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(after[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    // Fuses not configured keep Electron's default.
    expect(after[FuseV1Options.WasmTrapHandlers]).toBe(FuseState.ENABLE);
  });
});
