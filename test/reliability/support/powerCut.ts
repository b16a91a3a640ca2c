/**
 * A power-cut simulator for the app's own file writes (the attachment store, the received-package folder):
 * it records, in order, each write, fsync, rename and folder fsync the main thread makes, and `cut()` puts
 * the disk in the state a power failure at that instant would leave — a rename not followed by an fsync of
 * its folder is undone, data written but not fsynced is dropped (the file truncated). SQLite's own writes
 * go through its C library and are not recorded: WAL with synchronous=FULL is trusted, and the crash trial
 * tests it. Installed by patching node:fs and node:fs/promises (syncBuiltinESMExports), removed by `uninstall`.
 */
import * as fs from 'node:fs';
import type * as fsp from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { dirname, resolve } from 'node:path';

type Event =
  | { t: 'write'; path: string }
  | { t: 'sync'; path: string }
  | { t: 'rename'; from: string; to: string }
  | { t: 'syncdir'; dir: string };

export interface PowerCutOptions {
  /** Ignore folder fsyncs, as a disk that lies about them would: for the negative control. */
  dropFolderSyncs?: boolean;
}

export class PowerCutRecorder {
  readonly events: Event[] = [];
  private readonly restore: Array<() => void> = [];

  constructor(private readonly options: PowerCutOptions = {}) {}

  install(): void {
    const require = createRequire(import.meta.url);
    const cfs: typeof fs = require('node:fs');
    const cfsp: typeof fsp = require('node:fs/promises');
    const fdPaths = new Map<number, string>();
    const patch = <T extends object, K extends keyof T>(target: T, key: K, replacement: T[K]) => {
      const original = target[key];
      target[key] = replacement;
      this.restore.push(() => {
        target[key] = original;
      });
      return original;
    };
    const isDir = (path: string) => {
      try {
        return cfs.statSync(path).isDirectory();
      } catch {
        return false;
      }
    };
    const synced = (path: string) => {
      if (isDir(path)) {
        if (!this.options.dropFolderSyncs) this.events.push({ t: 'syncdir', dir: path });
      } else this.events.push({ t: 'sync', path });
    };
    const openSync = patch(cfs, 'openSync', ((path: fs.PathLike, ...rest: unknown[]) => {
      const fd = (openSync as (...a: unknown[]) => number)(path, ...rest);
      fdPaths.set(fd, resolve(String(path)));
      return fd;
    }) as typeof fs.openSync);
    const fsyncSync = patch(cfs, 'fsyncSync', ((fd: number) => {
      fsyncSync(fd);
      const path = fdPaths.get(fd);
      if (path !== undefined) synced(path);
    }) as typeof fs.fsyncSync);
    const renameSync = patch(cfs, 'renameSync', ((from: fs.PathLike, to: fs.PathLike) => {
      renameSync(from, to);
      this.events.push({ t: 'rename', from: resolve(String(from)), to: resolve(String(to)) });
    }) as typeof fs.renameSync);
    const createWriteStream = patch(cfs, 'createWriteStream', ((path: fs.PathLike, options?: unknown) => {
      this.events.push({ t: 'write', path: resolve(String(path)) });
      return (createWriteStream as (...a: unknown[]) => fs.WriteStream)(path, options);
    }) as typeof fs.createWriteStream);
    const open = patch(cfsp, 'open', (async (path: fs.PathLike, ...rest: unknown[]) => {
      const handle: FileHandle = await (open as (...a: unknown[]) => Promise<FileHandle>)(path, ...rest);
      const abs = resolve(String(path));
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await sync();
        synced(abs);
      };
      return handle;
    }) as typeof fsp.open);
    const rename = patch(cfsp, 'rename', (async (from: fs.PathLike, to: fs.PathLike) => {
      await rename(from, to);
      this.events.push({ t: 'rename', from: resolve(String(from)), to: resolve(String(to)) });
    }) as typeof fsp.rename);
    syncBuiltinESMExports();
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
    syncBuiltinESMExports();
  }

  /**
   * Puts the disk as a power cut now would leave it; returns what was lost (undone renames, emptied files).
   * Recording stops first, so the repair itself is not recorded.
   */
  cut(): { undoneRenames: string[]; droppedData: string[] } {
    this.uninstall();
    const undoneRenames: string[] = [];
    const droppedData: string[] = [];
    const events = this.events;
    const renames = events.flatMap((e, i) => (e.t === 'rename' ? [{ ...e, i }] : []));
    for (const r of [...renames].reverse()) {
      const durable = events.some((e, j) => j > r.i && e.t === 'syncdir' && e.dir === dirname(r.to));
      if (durable || !fs.existsSync(r.to)) continue;
      fs.renameSync(r.to, r.from);
      undoneRenames.push(r.to);
    }
    const lastWrite = new Map<string, number>();
    const lastSync = new Map<string, number>();
    events.forEach((e, i) => {
      if (e.t === 'write') lastWrite.set(e.path, i);
      if (e.t === 'sync') lastSync.set(e.path, i);
    });
    for (const [path, at] of lastWrite) {
      if ((lastSync.get(path) ?? -1) > at) continue;
      // Where those bytes are now: followed through the renames that stood.
      let where = path;
      for (const r of renames)
        if (r.i > at && r.from === where && !undoneRenames.includes(r.to)) where = r.to;
      if (!fs.existsSync(where)) continue;
      fs.truncateSync(where, 0);
      droppedData.push(where);
    }
    return { undoneRenames, droppedData };
  }
}
