import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-dossier-token';

/**
 * DNS-rebinding and cross-site guard: the bridge answers only requests addressed to its own loopback
 * host and port, and (when a browser says where a request comes from) only from its own origin.
 */
export function isAllowedHostAndOrigin(req: IncomingMessage, port: number): boolean {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = req.headers.host;
  if (!host || !allowedHosts.has(host.toLowerCase())) return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' && allowedHosts.has(parsed.host.toLowerCase());
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function hasValidToken(req: IncomingMessage, token: string): boolean {
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
