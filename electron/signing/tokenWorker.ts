/**
 * Entry of the token process (bundled alone to tokenWorker.cjs): waits for one request, answers it, exits.
 * Started by tokenClient with child_process.fork (CLI, browser mode) or Electron's utilityProcess (the
 * desktop app, whose RunAsNode fuse is off). Nothing is logged here: a request may hold the PIN.
 */
import { handleTokenRequest } from './pkcs11Token';
import type { TokenReply, TokenRequest } from './tokenProtocol';

interface ParentPort {
  on(event: 'message', listener: (e: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function isRequest(value: unknown): value is TokenRequest {
  return typeof value === 'object' && value !== null && 'op' in value && 'modulePath' in value;
}

function answer(value: unknown, send: (reply: TokenReply) => void): void {
  const reply: TokenReply = isRequest(value)
    ? handleTokenRequest(value)
    : { ok: false, failure: 'failed', detail: 'malformed request' };
  send(reply);
}

const electronPort = (process as NodeJS.Process & { parentPort?: ParentPort }).parentPort;
if (electronPort) {
  electronPort.on('message', (e) => {
    answer(e.data, (reply) => {
      electronPort.postMessage(reply);
      setImmediate(() => process.exit(0));
    });
  });
} else if (process.send) {
  process.once('message', (value: unknown) => {
    answer(value, (reply) => process.send?.(reply, () => process.exit(0)));
  });
}
