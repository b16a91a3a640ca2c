import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DesktopPort } from '../../../electron/app/desktopPort';
import { dispatch } from '../../../electron/app/dispatch';
import { allowedLocalPath } from '../../../electron/shell/allowedPaths';
import { aContext } from '../../support/appContext';
// Aliased: biome reads a top-level `use…` call as a React hook.
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();

function aFakeDesktop(chosen: string[] = []) {
  const calls: string[] = [];
  const desktop: DesktopPort = {
    chooseFile: async () => null,
    showInFolder: (path) => calls.push(`show ${path}`),
    openPath: async (path) => {
      calls.push(`open ${path}`);
      return '';
    },
    chosenFolders: () => chosen,
    setLanguage: (language) => calls.push(`language ${language}`),
  };
  return { desktop, calls };
}

function aDataFolder() {
  const dataDir = tempDir();
  mkdirSync(join(dataDir, 'exports'));
  writeFileSync(join(dataDir, 'exports', 'Hồ sơ.pdf'), '%PDF-1.7');
  writeFileSync(join(dataDir, 'exports', 'setup.exe'), 'MZ');
  return dataDir;
}

describe('paths the renderer may show or open', () => {
  it('allows files in the data folder and in folders the user chose', () => {
    const dataDir = aDataFolder();
    const usb = tempDir();
    writeFileSync(join(usb, 'goi-ho-so.zip'), 'PK');
    expect(allowedLocalPath(join(dataDir, 'exports', 'Hồ sơ.pdf'), [dataDir], 'open')).toBe(
      join(dataDir, 'exports', 'Hồ sơ.pdf'),
    );
    expect(allowedLocalPath(join(usb, 'goi-ho-so.zip'), [dataDir, usb], 'show')).toBe(
      join(usb, 'goi-ho-so.zip'),
    );
  });

  it.each([
    ['a relative path', () => 'exports/Hồ sơ.pdf', 'path-not-allowed'],
    ['a path climbing out with ..', (d: string) => join(d, 'exports', '..', '..'), 'path-not-allowed'],
    ['a file outside', () => '/etc/hostname', 'path-not-allowed'],
    ['a missing file', (d: string) => join(d, 'nope.pdf'), 'path-not-found'],
  ])('refuses %s', (_label, make, code) => {
    const dataDir = aDataFolder();
    expect(() => allowedLocalPath(make(dataDir), [dataDir], 'show')).toThrow(
      expect.objectContaining({ code }),
    );
  });

  it('refuses a symbolic link in the data folder that points outside it', () => {
    const dataDir = aDataFolder();
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.pdf'), '%PDF');
    symlinkSync(join(outside, 'secret.pdf'), join(dataDir, 'link.pdf'));
    expect(() => allowedLocalPath(join(dataDir, 'link.pdf'), [dataDir], 'open')).toThrow(
      expect.objectContaining({ code: 'path-not-allowed' }),
    );
  });

  it('opens documents and folders but never a program, which it only shows', () => {
    const dataDir = aDataFolder();
    const exe = join(dataDir, 'exports', 'setup.exe');
    expect(() => allowedLocalPath(exe, [dataDir], 'open')).toThrow(
      expect.objectContaining({ code: 'path-not-openable' }),
    );
    expect(allowedLocalPath(exe, [dataDir], 'show')).toBe(exe);
    expect(allowedLocalPath(join(dataDir, 'exports'), [dataDir], 'open')).toBe(join(dataDir, 'exports'));
  });
});

describe('shell channels through the handler map', () => {
  it('reveal and open through the desktop port after the path check', async () => {
    const ctx = aContext(aDataFolder());
    const { desktop, calls } = aFakeDesktop();
    ctx.desktop = desktop;
    const pdf = join(ctx.dataDir, 'exports', 'Hồ sơ.pdf');
    expect(await dispatch(ctx, 'shell.showInFolder', { path: pdf })).toEqual({
      ok: true,
      value: { shown: true },
    });
    expect(await dispatch(ctx, 'shell.openPath', { path: pdf })).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await dispatch(ctx, 'shell.openPath', { path: '/etc/hostname' })).toMatchObject({
      ok: false,
      error: { code: 'path-not-allowed' },
    });
    expect(calls).toEqual([`show ${pdf}`, `open ${pdf}`]);
  });

  it('reports the system’s refusal to open a file as a typed error', async () => {
    const ctx = aContext(aDataFolder());
    ctx.desktop = { ...aFakeDesktop().desktop, openPath: async () => 'No application is associated' };
    expect(
      await dispatch(ctx, 'shell.openPath', { path: join(ctx.dataDir, 'exports', 'Hồ sơ.pdf') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'open-failed' },
    });
  });

  it('answers desktop-only in the browser mode and accepts the language without effect', async () => {
    const ctx = aContext(aDataFolder());
    expect(await dispatch(ctx, 'shell.showInFolder', { path: ctx.dataDir })).toMatchObject({
      ok: false,
      error: { code: 'desktop-only' },
    });
    expect(await dispatch(ctx, 'app.setLanguage', { language: 'en' })).toEqual({
      ok: true,
      value: { applied: false },
    });
    expect(await dispatch(ctx, 'app.setLanguage', { language: 'fr' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});
