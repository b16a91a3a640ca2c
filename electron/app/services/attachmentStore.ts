import { BlobStore, type BlobStoreOptions } from '../../store/blobStore';
import type { AppContext } from '../context';

/**
 * The attachment store of a context's data folder. Options (a size cap, or a failing file system for the
 * disk-full tests) can be set once per context; every service reaches the store through here.
 */
const optionsByContext = new WeakMap<AppContext, BlobStoreOptions>();

export function storeFor(ctx: AppContext): BlobStore {
  return new BlobStore(ctx.dataDir, optionsByContext.get(ctx));
}

export function configureStore(ctx: AppContext, options: BlobStoreOptions): void {
  optionsByContext.set(ctx, options);
}
