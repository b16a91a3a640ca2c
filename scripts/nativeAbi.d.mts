export const SQLITE_BINARY: string;
export const FOR_ELECTRON: string;
export const FOR_NODE: string;
export function nativeModuleAbi(file: string): { abi: number | 'napi' } | null;
export function electronAbi(root: string): number | null;
export function sqliteMismatch(root: string, expected: number, runtime: 'electron' | 'node'): string | null;
