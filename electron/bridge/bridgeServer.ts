import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppContext } from '../app/context';
import { dispatch } from '../app/dispatch';
import {
  ATTACHMENT_PREFIX,
  DOWNLOAD_PREFIX,
  handleAttachmentDownload,
  handleDownload,
} from './downloadRoute';
import { hasValidToken, isAllowedHostAndOrigin } from './requestGuard';
import { SECURITY_HEADERS } from './securityHeaders';
import { serveStatic } from './staticFiles';
import { handleUpload, UPLOAD_PATH } from './uploadRoute';

export const INVOKE_PATH = '/api/invoke';
const MAX_BODY_BYTES = 1024 * 1024;

export interface BridgeOptions {
  ctx: AppContext;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 (default) lets the OS pick a free port. */
  port?: number;
  /** Fixed only in tests; normally a fresh random token per run. */
  token?: string;
}

export interface Bridge {
  port: number;
  token: string;
  /** The address to open: the token travels in the fragment, which browsers never send to servers. */
  url: string;
  close(): Promise<void>;
}

/**
 * The browser mode's transport: the same handler map as Electron's IPC, over HTTP on 127.0.0.1 only,
 * each call carrying the per-run secret token.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res, options, token, port).catch((error) => {
      console.error('[bridge] request failed', error);
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    });
  });
  server.requestTimeout = 5 * 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/#token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  options: BridgeOptions,
  token: string,
  port: number,
) {
  if (!isAllowedHostAndOrigin(req, port)) return send(res, 403, { error: 'forbidden-host-or-origin' });
  const path = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
  if (path === UPLOAD_PATH) return handleUpload(req, res, options.ctx, token);
  if (path.startsWith(DOWNLOAD_PREFIX)) return handleDownload(req, res, options.ctx, token, path);
  if (path.startsWith(ATTACHMENT_PREFIX)) return handleAttachmentDownload(req, res, options.ctx, token, path);
  if (path === INVOKE_PATH) {
    if (req.method !== 'POST') return send(res, 405, { error: 'method-not-allowed' });
    if (!hasValidToken(req, token)) return send(res, 401, { error: 'invalid-token' });
    if (!req.headers['content-type']?.startsWith('application/json')) {
      return send(res, 415, { error: 'json-required' });
    }
    const body = await readJson(req);
    if (body === TOO_LARGE) return send(res, 413, { error: 'too-large' });
    if (body === undefined) return send(res, 400, { error: 'malformed-json' });
    const { channel, args } =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
    return send(res, 200, await dispatch(options.ctx, channel, args));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { error: 'method-not-allowed' });
  if (path.startsWith('/api/')) return send(res, 404, { error: 'not-found' });
  serveStatic(options.staticDir, path, res, SECURITY_HEADERS);
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

const TOO_LARGE = Symbol('too-large');

/**
 * The parsed body, undefined when it is not JSON, TOO_LARGE past the limit. An oversized body is still
 * read to its end (and dropped) so that the client receives the 413 instead of a reset connection.
 */
async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) return TOO_LARGE;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}
