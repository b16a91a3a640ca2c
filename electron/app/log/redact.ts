/**
 * What may go into the log file, which an agency's IT staff read and may send on: the shape of a
 * failure, never a PIN, a token or what a document says. Values under a secret-sounding key are replaced,
 * bytes are counted, long text is cut, and secrets written inline ("token=…", "PIN: 1234") are blanked.
 */

const SECRET_KEY = /pin|token|password|passwd|passphrase|secret|authorization|cookie|private|credential/i;
/** Keys whose values are a document's or a file's contents. */
const CONTENT_KEY = /^(content|contents|data|bytes|buffer|body|text|html|pdf|docx|xlsx|payload|base64)$/i;
const INLINE_SECRET = /\b(pin|token|password|passphrase|secret)(\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s&,;)]+)/gi;
/** "PIN 123456": a PIN written after the word without a colon. */
const SPOKEN_PIN = /\b(pin)(\s+)(\d{4,16})\b/gi;
/** A bare long hex or base64 run: a token or key material, or bytes printed by mistake. */
const LONG_HEX = /\b[A-Fa-f0-9]{32,}\b/g;
const LONG_BASE64 = /[A-Za-z0-9+/]{60,}={0,2}/g;
const MAX_TEXT = 300;
const MAX_DEPTH = 4;
const MAX_ITEMS = 20;

export const REDACTED = '[redacted]';

export function redactText(text: string): string {
  const blanked = text
    .replace(INLINE_SECRET, (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`)
    .replace(SPOKEN_PIN, (_m, key: string, sep: string) => `${key}${sep}${REDACTED}`)
    .replace(LONG_HEX, REDACTED)
    .replace(LONG_BASE64, REDACTED);
  return blanked.length > MAX_TEXT ? `${blanked.slice(0, MAX_TEXT)}… (${blanked.length} chars)` : blanked;
}

/** A JSON-safe copy of `value` fit for the log. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
  if (value instanceof Error) return errorShape(value, depth);
  if (depth >= MAX_DEPTH) return '[…]';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
  }
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value).slice(0, MAX_ITEMS)) {
    out[key] = SECRET_KEY.test(key) || CONTENT_KEY.test(key) ? REDACTED : redact(item, depth + 1);
  }
  return out;
}

function errorShape(error: Error, depth: number): Record<string, unknown> {
  const shape: Record<string, unknown> = { name: error.name, message: redactText(error.message) };
  const code: unknown = Reflect.get(error, 'code');
  if (typeof code === 'string' || typeof code === 'number') shape.code = code;
  // The stack is code locations only; its first line repeats the (already redacted) message.
  if (error.stack) shape.stack = error.stack.split('\n').slice(1, 8).join('\n');
  const detail: unknown = Reflect.get(error, 'detail');
  if (detail !== undefined) shape.detail = redact(detail, depth + 1);
  if (error.cause !== undefined && depth < MAX_DEPTH) shape.cause = redact(error.cause, depth + 1);
  return shape;
}
