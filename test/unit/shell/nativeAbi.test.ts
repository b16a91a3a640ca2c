import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronAbi,
  FOR_ELECTRON,
  FOR_NODE,
  nativeModuleAbi,
  SQLITE_BINARY,
  sqliteMismatch,
} from '../../../scripts/nativeAbi.mjs';
import { tempDirsPerTest } from '../../support/tempDir';

const tempDir = tempDirsPerTest();
const root = resolve(import.meta.dirname, '..', '..', '..');

/** A project folder whose better-sqlite3 binary exports the registration symbol of `abi`. */
function aProject(symbol: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'node_modules/better-sqlite3/build/Release'), { recursive: true });
  writeFileSync(
    join(dir, SQLITE_BINARY),
    Buffer.concat([Buffer.alloc(64, 0x7f), Buffer.from(symbol), Buffer.alloc(64)]),
  );
  return dir;
}

describe('the native module check of npm start and npm test', () => {
  it('reads the ABI a module was built for from its binary, and knows N-API modules run anywhere', () => {
    expect(nativeModuleAbi(join(aProject('node_register_module_v115'), SQLITE_BINARY))).toEqual({ abi: 115 });
    expect(nativeModuleAbi(join(aProject('napi_register_module_v1'), SQLITE_BINARY))).toEqual({
      abi: 'napi',
    });
    expect(nativeModuleAbi(join(tempDir(), 'missing.node'))).toBeNull();
  });

  it('says a module built for Node must be rebuilt for Electron, with the command, and the way back', () => {
    const forNode = aProject('node_register_module_v115');
    expect(sqliteMismatch(forNode, 148, 'electron')).toContain(`Fix: ${FOR_ELECTRON}`);
    expect(sqliteMismatch(forNode, 115, 'node')).toBeNull();
    const forElectron = aProject('node_register_module_v148');
    expect(sqliteMismatch(forElectron, 115, 'node')).toContain(`Sửa bằng lệnh: ${FOR_NODE}`);
    expect(sqliteMismatch(forElectron, 148, 'electron')).toBeNull();
  });

  it('finds this checkout built for the Node that runs the tests, and reads the installed Electron ABI', () => {
    expect(sqliteMismatch(root, Number(process.versions.modules), 'node')).toBeNull();
    expect(electronAbi(root)).toBeGreaterThan(Number(process.versions.modules));
  });
});
