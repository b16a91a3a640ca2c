import { join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, isAppUrl, rendererFileFor } from '../../../electron/shell/appProtocol';

const root = resolve('/opt/dossier-desk/resources/app.asar/dist/renderer');

describe('app:// URLs map to files of the built renderer only', () => {
  it('maps a path of the app origin to the file below the renderer folder', () => {
    expect(rendererFileFor('app://dossier-desk/index.html', root)).toBe(join(root, 'index.html'));
    expect(rendererFileFor('app://dossier-desk/assets/index-abc.js?v=1#x', root)).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(rendererFileFor('app://dossier-desk/Tờ%20trình.png', root)).toBe(join(root, 'Tờ trình.png'));
  });

  it.each([
    ['dot segments', 'app://dossier-desk/../../etc/passwd'],
    ['encoded dot segments', 'app://dossier-desk/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded slashes', 'app://dossier-desk/..%2f..%2f..%2fetc%2fpasswd'],
    ['double-encoded dots', 'app://dossier-desk/%252e%252e/%252e%252e/etc/passwd'],
  ])('keeps %s inside the renderer folder', (_label, url) => {
    const file = rendererFileFor(url, root);
    expect(file === null || file.startsWith(root + sep)).toBe(true);
    expect(file).not.toBe('/etc/passwd');
  });

  it.each([
    ['another host', 'app://dossier-desk.evil/index.html'],
    ['another scheme', 'file:///opt/dossier-desk/resources/app.asar/dist/renderer/index.html'],
    ['a web page', 'https://dossier-desk/index.html'],
    ['backslashes (separators on Windows)', 'app://dossier-desk/..%5c..%5cWindows%5cwin.ini'],
    ['a drive letter', 'app://dossier-desk/C:/Windows/win.ini'],
    ['a NUL byte', 'app://dossier-desk/index.html%00.png'],
    ['malformed percent-encoding', 'app://dossier-desk/%E0%A4%A'],
    ['the folder itself', 'app://dossier-desk/'],
    ['not a URL', 'dossier-desk/index.html'],
  ])('refuses %s', (_label, url) => {
    expect(rendererFileFor(url, root)).toBeNull();
  });

  it('recognises only the exact app origin as the app', () => {
    expect(isAppUrl('app://dossier-desk/index.html')).toBe(true);
    expect(isAppUrl('app://dossier-desk.evil.example/')).toBe(false);
    expect(isAppUrl('https://dossier-desk/')).toBe(false);
    expect(isAppUrl('app://evil/?app://dossier-desk')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});

describe('the protocol handler', () => {
  it('fetches the mapped file and adds the Content-Security-Policy and nosniff headers', async () => {
    const fetched: string[] = [];
    const handler = createAppProtocolHandler(root, async (url) => {
      fetched.push(url);
      return new Response('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
    });
    const response = await handler({ url: 'app://dossier-desk/index.html' });
    expect(fetched).toEqual([pathToFileURL(join(root, 'index.html')).toString()]);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(response.headers.get('Content-Security-Policy')).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(response.headers.get('Content-Security-Policy')).not.toContain('unsafe-eval');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(await response.text()).toBe('<html></html>');
  });

  it('answers 404 without touching the disk for a refused URL', async () => {
    const fetched: string[] = [];
    const handler = createAppProtocolHandler(root, async (url) => {
      fetched.push(url);
      return new Response('');
    });
    expect((await handler({ url: 'app://other/index.html' })).status).toBe(404);
    expect(fetched).toEqual([]);
  });
});
