// Which Node ABI a native module was built for, read from the binary itself (no loading, which would
// crash on a mismatch): V8/NAN modules export node_register_module_v<ABI>, N-API ones napi_register_module_v1
// (pkcs11js: N-API, runs under Node and Electron alike; better-sqlite3: one ABI, rebuilt per runtime).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SQLITE_BINARY = join(
  'node_modules',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

/** The fix, one command each way (README "Building the installer"). */
export const FOR_ELECTRON = 'npx electron-builder install-app-deps';
export const FOR_NODE = 'npm rebuild better-sqlite3';

/** { abi: number } for an ABI-specific module, { abi: 'napi' } for N-API, null when unreadable. */
export function nativeModuleAbi(file) {
  if (!existsSync(file)) return null;
  const text = readFileSync(file).toString('latin1');
  const specific = /node_register_module_v(\d+)/.exec(text);
  if (specific) return { abi: Number(specific[1]) };
  if (/napi_register_module_v\d+/.test(text)) return { abi: 'napi' };
  return null;
}

/** The ABI the installed Electron runs (node_modules/electron/abi_version), or null. */
export function electronAbi(root) {
  const file = join(root, 'node_modules', 'electron', 'abi_version');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : null;
}

/**
 * null when better-sqlite3 fits the runtime whose ABI is `expected`; otherwise a bilingual message that
 * names the fix.
 */
export function sqliteMismatch(root, expected, runtime) {
  const found = nativeModuleAbi(join(root, SQLITE_BINARY));
  if (!found || found.abi === 'napi' || found.abi === expected) return null;
  const fix = runtime === 'electron' ? FOR_ELECTRON : FOR_NODE;
  return (
    `better-sqlite3 được build cho ABI ${found.abi}, nhưng ${runtime === 'electron' ? 'Electron' : 'Node'} cần ABI ${expected}. Sửa bằng lệnh: ${fix}\n` +
    `better-sqlite3 was built for ABI ${found.abi}, but ${runtime === 'electron' ? 'Electron' : 'Node'} needs ABI ${expected}. Fix: ${fix}`
  );
}
