import * as trustRepo from '../../db/repositories/trustRepository';
import { NO_TRUST_MATERIAL, type TrustMaterial } from '../../signatures/trustMaterial';
import type { AppContext } from '../context';

/**
 * The material every check in this app is judged against (none when no database is open). Bytes only:
 * the judging itself happens in the guarded worker, so this module (read by attach and pre-flight on the
 * main thread) does not load pkijs.
 */
export function trustMaterialOf(ctx: AppContext): TrustMaterial {
  return ctx.db ? trustRepo.trustMaterialBytes(ctx.db) : NO_TRUST_MATERIAL;
}
