/**
 * The agency's trust material as plain bytes: what the main thread reads from the database and hands to the
 * guarded worker, where the certificate work (pkijs: chains, CRLs) happens. Deliberately free of pkijs, so
 * that the modules of attach and pre-flight on the main thread never load it.
 */

/** The agency's trust material, as DER bytes: imported certificates (roots, intermediates) and CRLs. */
export interface TrustMaterial {
  anchors: readonly Buffer[];
  crls: readonly Buffer[];
}

export const NO_TRUST_MATERIAL: TrustMaterial = { anchors: [], crls: [] };

/** The same material as it crosses into a worker (a Buffer arrives there as a plain Uint8Array). */
export interface TrustMaterialInput {
  anchors: readonly Uint8Array[];
  crls: readonly Uint8Array[];
}

export function trustMaterialFromInput(input: TrustMaterialInput | undefined): TrustMaterial {
  return {
    anchors: (input?.anchors ?? []).map((b) => Buffer.from(b)),
    crls: (input?.crls ?? []).map((b) => Buffer.from(b)),
  };
}
