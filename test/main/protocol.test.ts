import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  handleAppProtocol,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '@main/protocol';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { net, protocol } from './fake-electron';

vi.mock('electron', () =>
  import('./fake-electron').then((m) => ({ ...m.electronModule, default: m.electronModule })),
);

const EXPECTED_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const SECRET = 'outside-the-renderer-root';

let base: string;
let root: string;

beforeAll(() => {
  // base/secret.txt sits next to the renderer root; no URL may ever reach it.
  base = mkdtempSync(join(tmpdir(), 'rekindle-protocol-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(base, 'secret.txt'), SECRET);
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Rekindle</title>');
  writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log("rekindle")');
  writeFileSync(join(root, 'assets', 'app-1a2b.css'), 'body{margin:0}');
  writeFileSync(join(root, 'assets', 'dejavu.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

beforeEach(() => vi.clearAllMocks());

/**
 * A request whose URL is exactly the raw string: `new Request()` would normalize `..` away
 * (as Chromium usually does first), which would hide what the handler itself refuses.
 */
function rawRequest(url: string, method = 'GET'): Request {
  return { url, method } as Request;
}

const traversalAttempts = [
  'app://rekindle/../secret.txt',
  'app://rekindle/assets/../../secret.txt',
  'app://rekindle/%2e%2e/secret.txt',
  'app://rekindle/%2E%2E%2Fsecret.txt',
  'app://rekindle/assets/..%2f..%2fsecret.txt',
  'app://rekindle/%252e%252e/secret.txt',
  'app://rekindle/..%5csecret.txt',
  'app://rekindle/assets\\..\\..\\secret.txt',
  'app://rekindle//etc/passwd',
  'app://rekindle/%2fetc%2fpasswd',
  'app://rekindle/C:/Windows/win.ini',
  'app://rekindle/index.html%00.png',
  'app://rekindle/./index.html',
  'app://rekindle/%E0%A4%A',
];

const foreignUrls = [
  'app://evil/index.html',
  'app://rekindle.evil.example/index.html',
  'app://rekindle:8080/index.html',
  'app://user:pass@rekindle/index.html',
  'https://rekindle/index.html',
  'file:///etc/passwd',
];

describe('resolveAppPath', () => {
  it('maps app://rekindle/ and app://rekindle/index.html to the built index.html', () => {
    expect(resolveAppPath(root, 'app://rekindle/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://rekindle/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://rekindle/assets/app-1a2b.js?v=1#x')).toBe(
      join(root, 'assets', 'app-1a2b.js'),
    );
  });

  it.each(traversalAttempts)('refuses the path traversal or malformed path %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it.each(foreignUrls)('refuses %s, which is not our origin', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  it('serves a built asset with its content type, the CSP and nosniff', async () => {
    const response = await serveAppRequest(root, new Request('app://rekindle/assets/app-1a2b.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log("rekindle")');
  });

  it('serves index.html as HTML for the app root, and CSS and fonts with their types', async () => {
    const index = await serveAppRequest(root, new Request('app://rekindle/'));
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Rekindle</title>');
    const css = await serveAppRequest(root, new Request('app://rekindle/assets/app-1a2b.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await serveAppRequest(root, new Request('app://rekindle/assets/dejavu.woff2'));
    expect(font.headers.get('content-type')).toBe('font/woff2');
  });

  it.each([...traversalAttempts, ...foreignUrls])('answers 403 and never the secret for %s', async (url) => {
    const response = await serveAppRequest(root, rawRequest(url));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-security-policy')).toBe(EXPECTED_CSP);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('refuses a symlink inside the build that points outside it', async () => {
    const response = await serveAppRequest(root, new Request('app://rekindle/assets/link.txt'));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain(SECRET);
  });

  it('answers a client-side route without an extension with the app shell', async () => {
    const response = await serveAppRequest(root, new Request('app://rekindle/couples/12'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Rekindle</title>');
  });

  it('answers 404 for a missing file and for a directory', async () => {
    expect((await serveAppRequest(root, new Request('app://rekindle/nope.js'))).status).toBe(404);
    expect((await serveAppRequest(root, new Request('app://rekindle/assets'))).status).toBe(404);
  });

  it('answers 405 to anything but GET and HEAD, and HEAD without a body', async () => {
    const post = await serveAppRequest(root, new Request('app://rekindle/index.html', { method: 'POST' }));
    expect(post.status).toBe(405);
    const head = await serveAppRequest(root, rawRequest('app://rekindle/index.html', 'HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('reads from disk, never through net.fetch', async () => {
    await serveAppRequest(root, new Request('app://rekindle/index.html'));
    expect(net.fetch).not.toHaveBeenCalled();
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetch-capable, without corsEnabled', () => {
    registerAppScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme by serving the given root', async () => {
    handleAppProtocol(root);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://rekindle/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });
});
