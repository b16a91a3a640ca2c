import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractAll, listPackage, statFile } from '@electron/asar';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/db/migrations';
import { root, standInElectron } from './packApp';

/**
 * The installed app, assembled here: electron-builder packs the project with its real configuration
 * (packApp.ts says what a machine without an Electron binary must change), and the tests read what an
 * office PC would get in resources/, then run the main process from that layout under Node.
 */
let work: string;
let resources: string;
let asarFiles: string[];
let driver: string;

beforeAll(async () => {
  // The bundles under test must be this source's: rebuilt when older than it (not otherwise: other test
  // files run the built CLI meanwhile, and a bundle being rewritten cannot be read).
  if (builtIsStale()) {
    const parts = existsSync(join(root, 'dist/renderer/index.html')) ? ['--only=node'] : [];
    const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet', ...parts], { cwd: root });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
  }
  // Under the system temp folder: nothing there can find the project's node_modules by walking up.
  work = mkdtempSync(join(tmpdir(), 'dossier-packed-'));
  const electronDist = standInElectron(join(work, 'electron-dist'), ['vi', 'en-US', 'fr', 'de', 'zh-CN']);
  const packer = join(work, 'packApp.cjs');
  await bundle('test/integration/packaging/packAppMain.ts', packer);
  const packed = spawnSync(process.execPath, [packer, join(work, 'out'), electronDist], {
    encoding: 'utf8',
    // Without VITEST: electron-builder switches to hard links under a test runner, as no real build does.
    env: { ...withoutVitest(process.env), DOSSIER_DESK_ROOT: root },
  });
  if (packed.status !== 0) throw new Error(`electron-builder failed:\n${packed.stdout}\n${packed.stderr}`);
  const app = join(work, 'out', 'linux-unpacked');
  resources = join(app, 'resources');
  asarFiles = listPackage(join(resources, 'app.asar'), { isPack: false }).map((f) =>
    f
      .replace(/^[\\/]/, '')
      .split('\\')
      .join('/'),
  );
  // What Electron's patched fs shows the app: app.asar as a folder, the unpacked files beside it.
  const layout = join(work, 'layout', 'resources');
  extractAll(join(resources, 'app.asar'), join(layout, 'app.asar'));
  cpSync(join(resources, 'app.asar.unpacked'), join(layout, 'app.asar.unpacked'), { recursive: true });
  if (existsSync(join(resources, 'fonts')))
    cpSync(join(resources, 'fonts'), join(layout, 'fonts'), { recursive: true });
  driver = join(work, 'packagedMain.cjs');
  await bundle('test/integration/packaging/packagedMain.ts', driver);
  resources = layout;
}, 240_000);

/** True when a source file of the main process (or the build) is newer than the built main bundle. */
function builtIsStale(): boolean {
  const bundle = join(root, 'dist/electron/main.cjs');
  if (!existsSync(bundle) || !existsSync(join(root, 'dist/renderer/index.html'))) return true;
  const builtAt = statSync(bundle).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > builtAt;
    });
  return (
    ['electron', 'shared', 'scripts'].some((dir) => newer(join(root, dir))) ||
    statSync(join(root, 'package.json')).mtimeMs > builtAt
  );
}

function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST')));
}

function bundle(entry: string, outfile: string) {
  return build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'silent',
  });
}

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const files = () =>
  asarFiles.filter((f) => {
    const info = statFile(join(work, 'out/linux-unpacked/resources/app.asar'), f, false);
    return 'size' in info;
  });

/** Everything the app may carry: its bundles, the renderer, and the native modules' run-time files. */
const ALLOWED = [
  /^package\.json$/,
  /^dist\/electron\/(main|preload|parserWorker|bookWorker|tokenWorker)\.cjs$/,
  /^dist\/electron\/vendor\/[a-z0-9-]+\.cjs$/,
  /^dist\/electron\/vendor\/manifest\.json$/,
  /^dist\/renderer\/index\.html$/,
  /^dist\/renderer\/assets\/[\w.-]+\.(js|css|woff2?|svg|png)$/,
  /^dist\/renderer\/[\w.-]+\.(svg|png|ico)$/,
  /^node_modules\/(better-sqlite3|pkcs11js|bindings|file-uri-to-path)\/(package\.json|LICENSE|index\.js|bindings\.js|lib\/[\w/.-]+\.js|build\/Release\/[\w]+\.node)$/,
];

describe('the packed app (electron-builder --dir with a stand-in Electron)', () => {
  it('holds only allowed files: no source maps, no tests, no devDependencies, no CLI or browser-mode bundle', () => {
    const stray = files().filter((f) => !ALLOWED.some((rule) => rule.test(f)));
    expect(stray).toEqual([]);
    expect(files().filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files()).toContain('dist/electron/main.cjs');
    expect(files()).toContain('dist/renderer/index.html');
  });

  it('unpacks the native modules (better-sqlite3, pkcs11js) from the asar, where they can be loaded', () => {
    for (const native of [
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/pkcs11js/build/Release/pkcs11.node',
    ]) {
      expect(statFile(join(work, 'out/linux-unpacked/resources/app.asar'), native, false)).toMatchObject({
        unpacked: true,
      });
      expect(existsSync(join(work, 'out/linux-unpacked/resources/app.asar.unpacked', native))).toBe(true);
    }
  });

  it('carries the cover sheet font in resources/fonts, where fontPath looks', () => {
    expect(
      statSync(join(work, 'out/linux-unpacked/resources/fonts/NotoSans_400Regular.ttf')).size,
    ).toBeGreaterThan(100_000);
  });

  it('keeps only the Vietnamese and English Chromium locales', () => {
    expect(readdirSync(join(work, 'out/linux-unpacked/locales')).sort()).toEqual(['en-US.pak', 'vi.pak']);
  });

  it('keeps app.asar under 15 MB', () => {
    const size = statSync(join(work, 'out/linux-unpacked/resources/app.asar')).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(2)} MB`);
    expect(size).toBeLessThan(15 * 1024 * 1024);
  });
});

describe('the main process, run from the packed layout', () => {
  it('opens and migrates a database, exports a package with its cover sheet, verifies it in the worker and serves the renderer', () => {
    const data = mkdtempSync(join(tmpdir(), 'dossier-packed-data-'));
    try {
      const run = spawnSync(process.execPath, [driver, resources, data, 'app'], {
        encoding: 'utf8',
        timeout: 180_000,
        env: { ...process.env, DOSSIER_DESK_FONT: '' },
      });
      expect(run.stderr).not.toMatch(/Error/);
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
      expect(out.status).toMatchObject({ error: null, transport: 'electron' });
      const db = new Database(join(data, 'dossier-desk.db'), { readonly: true });
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      db.close();
      expect(out.verify.verdict).toBe('valid');
      expect(out.verify.problems).toEqual([]);
      // The cover sheet (danh mục hồ sơ), drawn with the font from resources/fonts.
      expect(out.verify.files).toContainEqual(
        expect.objectContaining({ path: 'data/00-danh-muc-ho-so.pdf', status: 'ok' }),
      );
      expect(out.index).toMatchObject({ status: 200 });
      expect(out.served.length).toBeGreaterThan(0);
      expect(
        out.served.every((s: { status: number; bytes: number }) => s.status === 200 && s.bytes > 0),
      ).toBe(true);
      // Every module came from the packed layout, none from the project.
      expect(out.loaded.filter((p: string) => !p.startsWith(resources) && p !== driver)).toEqual([]);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 240_000);

  it('answers its first dashboard call without loading the heavy libraries (fast start)', () => {
    const data = mkdtempSync(join(tmpdir(), 'dossier-packed-dash-'));
    try {
      const demo = spawnSync(
        process.execPath,
        [join(root, 'bin/dossier-desk.cjs'), 'demo', '--data-dir', data, '--today', '2026-11-25', '--json'],
        { encoding: 'utf8' },
      );
      expect(demo.status).toBe(0);
      const run = spawnSync(process.execPath, [driver, resources, data, 'dashboard'], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const out = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
      expect(out.dashboard).toBe(true);
      const inAsar = out.loaded
        .filter((p: string) => p.startsWith(resources))
        .map((p: string) =>
          p
            .slice(resources.length + 1)
            .split('\\')
            .join('/'),
        );
      // The main bundle and SQLite: nothing from dist/electron/vendor (exceljs, docx, pdf-lib, fontkit,
      // node-forge, pkijs, asn1js, ics), and not the token module (pkcs11js).
      expect(inAsar.filter((p: string) => !p.startsWith('app.asar/node_modules/'))).toEqual([
        'app.asar/dist/electron/main.cjs',
      ]);
      expect(inAsar.filter((p: string) => /vendor|pkcs11/.test(p))).toEqual([]);
      expect(inAsar).toContain('app.asar/node_modules/better-sqlite3/lib/index.js');
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 120_000);

  it('answers a CLI command as `Dossier Desk --cli …`, with the same JSON as dossier-desk', () => {
    const data = mkdtempSync(join(tmpdir(), 'dossier-packed-cli-'));
    try {
      const args = ['deadline', '--meeting', '2026-12-17', '--kind', 'chairman', '--json'];
      const packed = spawnSync(process.execPath, [driver, resources, data, 'cli', ...args], {
        encoding: 'utf8',
      });
      const plain = spawnSync(process.execPath, [join(root, 'bin/dossier-desk.cjs'), ...args], {
        encoding: 'utf8',
      });
      expect(packed.status).toBe(0);
      expect(JSON.parse(packed.stdout)).toEqual(JSON.parse(plain.stdout));
      // …and the same exit code and error on bad input (an impossible date exits 2).
      const bad = ['deadline', '--meeting', '2026-02-30', '--kind', 'chairman', '--json'];
      const packedBad = spawnSync(process.execPath, [driver, resources, data, 'cli', ...bad], {
        encoding: 'utf8',
      });
      const plainBad = spawnSync(process.execPath, [join(root, 'bin/dossier-desk.cjs'), ...bad], {
        encoding: 'utf8',
      });
      expect(packedBad.status).toBe(2);
      expect(packedBad.stdout + packedBad.stderr).toBe(plainBad.stdout + plainBad.stderr);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 60_000);
});
