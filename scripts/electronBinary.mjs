// Where the Electron binary is, if it was ever downloaded — found without require('electron'), which
// tries to download a missing binary (no network here: it would hang on the fetch, then fail).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const electronPackage = resolve(import.meta.dirname, '..', 'node_modules', 'electron');

/** The executable's path, or null when the package or its binary is missing. */
export function electronBinaryPath() {
  const pathFile = join(electronPackage, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronPackage, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
