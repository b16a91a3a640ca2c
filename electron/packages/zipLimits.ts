/**
 * Safety limits for reading an untrusted .zip. Zip readers set none of their own; these are counted
 * on the bytes actually inflated, never on the sizes an archive declares about itself.
 */
export interface ZipLimits {
  maxEntries: number;
  /** Sum of inflated bytes over all entries. */
  maxTotalUncompressedBytes: number;
  /** Inflated : compressed, checked once an entry has inflated past `ratioCheckAboveBytes`. */
  maxCompressionRatio: number;
  ratioCheckAboveBytes: number;
  /** Tag files (manifests, bag-info.txt) are read into memory, so their sum gets its own cap. */
  maxTagFileBytes: number;
}

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 10_000,
  maxTotalUncompressedBytes: 8 * 1024 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckAboveBytes: 1024 * 1024,
  maxTagFileBytes: 16 * 1024 * 1024,
};
