#!/usr/bin/env node
// The `dossier-desk` command: plain Node, no Electron. The CLI is bundled into dist/electron/cli.cjs (beside the worker bundles it starts) by the build
// (run automatically by `npm ci` / `npm install`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!existsSync(bundle)) {
  console.error('dossier-desk: chưa build (not built yet). Chạy / run: npm run build');
  process.exit(2);
}
require(bundle);
