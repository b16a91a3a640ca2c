// Builds everything the app and the CLI run from: the renderer (Vite) into dist/renderer, and the main
// process, preload, browser mode and CLI (esbuild, CommonJS, Node 20) into dist/. Runs on `npm ci`
// (prepare) so that `npm start`, `npm test` and the `dossier-desk` bin work on a fresh clone.

import { resolve } from 'node:path';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { buildVendors, lazyVendorPlugin, writeVendorManifest, zodLocalesPlugin } from './lazyVendor.mjs';

const root = resolve(import.meta.dirname, '..');
const quiet = process.argv.includes('--quiet');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // Less to parse at every start (issue 10); names are kept so stack traces in the log stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  keepNames: true,
  // better-sqlite3 is a native module resolved at run time (unpacked from asar when packaged).
  external: ['better-sqlite3', 'electron', 'pkcs11js'],
  logLevel: quiet ? 'warning' : 'info',
  absWorkingDir: root,
};

const started = Date.now();
if (!only || only === 'node') {
  // Heavy libraries load on first use, from dist/electron/vendor (see lazyVendor.mjs).
  const lazy = await buildVendors(root, 'dist/electron');
  writeVendorManifest(root, 'dist/electron', lazy);
  node.plugins = [lazyVendorPlugin(lazy), zodLocalesPlugin()];
  await Promise.all([
    esbuild({ ...node, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
    // The sandboxed preload may only require('electron'): everything else is bundled in.
    esbuild({
      ...node,
      plugins: [],
      platform: 'browser',
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
    }),
    esbuild({ ...node, entryPoints: ['electron/browserMode.ts'], outfile: 'dist/electron/browser.cjs' }),
    esbuild({ ...node, entryPoints: ['electron/cli/bin.ts'], outfile: 'dist/electron/cli.cjs' }),
    // Parsers of user files (packages, PDFs, spreadsheets) run in a guarded worker thread; guardedWorker.ts
    // looks for it beside the bundle.
    esbuild({
      ...node,
      entryPoints: ['electron/workers/parserWorker.ts'],
      outfile: 'dist/electron/parserWorker.cjs',
    }),
    // The session book parses other agencies' PDFs in a worker; makeBookInWorker looks for it beside the bundle.
    esbuild({
      ...node,
      entryPoints: ['electron/book/bookWorker.ts'],
      outfile: 'dist/electron/bookWorker.cjs',
    }),
    // The PKCS#11 token runs in its own process (a crashing driver must not take the app down).
    esbuild({
      ...node,
      entryPoints: ['electron/signing/tokenWorker.ts'],
      outfile: 'dist/electron/tokenWorker.cjs',
    }),
  ]);
}
if (!only || only === 'renderer') {
  await viteBuild({
    root: resolve(root, 'renderer'),
    configFile: resolve(root, 'vite.config.mts'),
    logLevel: quiet ? 'warn' : 'info',
  });
}
if (!quiet) console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
