import { listBlobs } from '../../db/repositories/blobRepository';
import { BlobStore, type BlobStoreOptions } from '../../store/blobStore';
import type { AppContext } from '../context';
import { requireDb } from './requireDb';

/**
 * The attachment store of a context's data folder. Options (a size cap, or a failing file system for the
 * disk-full tests) can be set once per context; every service reaches the store through here. The store
 * dates what it moves to the trash by the context's clock.
 */
const optionsByContext = new WeakMap<AppContext, BlobStoreOptions>();

export function storeFor(ctx: AppContext): BlobStore {
  return new BlobStore(ctx.dataDir, { now: () => ctx.now(), ...optionsByContext.get(ctx) });
}

export function configureStore(ctx: AppContext, options: BlobStoreOptions): void {
  optionsByContext.set(ctx, options);
}

/**
 * Moves back from the trash every file the database records but the store lacks: after restoring a
 * backup older than the removal of an attachment, its file opens again. Returns the hashes moved back.
 */
export function recoverTrashedBlobs(ctx: AppContext): string[] {
  const store = storeFor(ctx);
  const trashed = new Set(store.listTrash().map((f) => f.sha256));
  if (trashed.size === 0) return [];
  return listBlobs(requireDb(ctx))
    .filter((b) => trashed.has(b.sha256) && store.restoreFromTrash(b.sha256, b.size))
    .map((b) => b.sha256);
}
