/**
 * POST /api/upload: browser mode's way to hand a file to `attachments.add`. The body (raw bytes,
 * application/octet-stream) is streamed to `<dataDir>/uploads/` — never held in memory — and the answer
 * is `{ ok: true, value: { uploadId, size } }`, the id to pass as `{ kind: 'upload', uploadId, name }`.
 * The same host/origin check (done by the server before routing) and token check as /api/invoke apply.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../app/context';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from '../store/blobStore';
import { pendingUploadBytes, receiveUpload, UPLOADS_QUOTA_BYTES } from '../store/uploads';
import { hasValidToken } from './requestGuard';
import { SECURITY_HEADERS } from './securityHeaders';

export const UPLOAD_PATH = '/api/upload';

export interface UploadRouteOptions {
  /** Largest accepted body; default 4 GB (the attachment limit). */
  maxUploadBytes?: number;
  /** Bytes all uploads waiting to be used may take together; default UPLOADS_QUOTA_BYTES. */
  quotaBytes?: number;
}

export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: AppContext,
  token: string,
  options: UploadRouteOptions = {},
): Promise<void> {
  if (req.method !== 'POST') return drainAndSend(req, res, 405, { error: 'method-not-allowed' });
  if (!hasValidToken(req, token)) return drainAndSend(req, res, 401, { error: 'invalid-token' });
  if (!req.headers['content-type']?.startsWith('application/octet-stream')) {
    return drainAndSend(req, res, 415, { error: 'octet-stream-required' });
  }
  // Whatever the uploads waiting to be attached already hold counts against the total quota.
  const room = (options.quotaBytes ?? UPLOADS_QUOTA_BYTES) - pendingUploadBytes(ctx.dataDir);
  const max = Math.min(options.maxUploadBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES, Math.max(0, room));
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > max) {
    // Refused at once, without reading (and storing) gigabytes only to drop them.
    return refuseUnread(res, declared > room ? quotaError() : { error: 'too-large' });
  }
  const outcome = await receiveUpload(ctx.dataDir, req, max);
  if (outcome.ok) {
    return send(res, 200, { ok: true, value: { uploadId: outcome.uploadId, size: outcome.size } });
  }
  if (outcome.reason === 'too-large') return drainAndSend(req, res, 413, { error: 'too-large' });
  if (outcome.reason === 'aborted') return; // the client is gone
  return send(res, outcome.reason === 'disk-full' ? 507 : 500, {
    ok: false,
    error:
      outcome.reason === 'disk-full'
        ? {
            code: 'store-disk-full',
            vi: 'Ổ đĩa chứa dữ liệu đã đầy khi nhận tệp. Không có gì được lưu; hãy giải phóng dung lượng rồi thử lại.',
            en: 'The data disk became full while receiving the file. Nothing was saved; free some space and try again.',
          }
        : {
            code: 'upload-failed',
            vi: `Không nhận được tệp (${outcome.code ?? 'lỗi'}). Không có gì được lưu.`,
            en: `The file could not be received (${outcome.code ?? 'error'}). Nothing was saved.`,
          },
  });
}

function quotaError() {
  return {
    ok: false,
    error: {
      code: 'upload-quota',
      vi: 'Các tệp đã tải lên nhưng chưa dùng đã chiếm hết dung lượng cho phép. Hãy đính kèm hoặc nhập các tệp đó trước (tệp bỏ dở được dọn sau một ngày), rồi thử lại.',
      en: 'Files uploaded but not yet used fill the upload quota. Attach or import them first (abandoned ones are cleaned up after a day), then try again.',
    },
  };
}

/**
 * Answers 413 without reading the body: the connection is closed after the answer (Connection: close),
 * so the client stops sending and sees the refusal.
 */
function refuseUnread(res: ServerResponse, body: unknown) {
  res.shouldKeepAlive = false;
  res.writeHead(413, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'close',
  });
  res.end(JSON.stringify(body));
}

/** Reads and drops the rest of a refused body, so the client sees the answer instead of a reset. */
async function drainAndSend(req: IncomingMessage, res: ServerResponse, status: number, body: unknown) {
  if (!req.readableEnded) {
    req.resume();
    await new Promise<void>((resolve) => {
      req.once('end', resolve);
      req.once('close', resolve);
      req.once('error', () => resolve());
    });
  }
  send(res, status, body);
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}
