import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { errorCode } from '@core/error-summary';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/csp';
import { protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME, isAppUrl } from './origin';

export { CONTENT_SECURITY_POLICY };

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Must run before `app` is ready: a standard, secure scheme gets a real origin
 * (`app://rekindle`), so CSP `'self'`, relative URLs and ES modules behave as on https.
 * `corsEnabled` stays off so nothing of another origin can read our files.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps an `app://rekindle/...` URL to a file inside `root`, or null when the URL must be
 * refused. Works on the raw path rather than `URL.pathname` because the URL parser
 * silently resolves `..` and `%2e%2e`; an attempt to climb out is refused, not repaired.
 */
export function resolveAppPath(root: string, url: string): string | null {
  if (!isAppUrl(url) || !url.startsWith(APP_ORIGIN)) return null;
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  if (rawPath !== '' && !rawPath.startsWith('/')) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  // Backslashes and drive colons are Windows separators; a `%` left after one decoding
  // means double encoding; NUL truncates paths in native code. None occur in our build.
  if (/[\\:%\0]/.test(decoded)) return null;

  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;

  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full.startsWith(base + sep) ? full : null;
}

function respond(
  status: number,
  body: Uint8Array<ArrayBuffer> | string | null,
  contentType: string,
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR';
}

/**
 * A client-side route (`/couples/12`) has no file of its own: answer with the app shell so
 * a reload does not land on a 404. Anything with an extension is an asset and must exist.
 */
async function withRouteFallback(root: string, path: string): Promise<string> {
  if (extname(path) !== '') return path;
  return stat(path).then(
    () => path,
    () => resolve(root, 'index.html'),
  );
}

/** Serves one request for the built renderer. Exported for tests; Electron calls it via `protocol.handle`. */
export async function serveAppRequest(root: string, request: Request): Promise<Response> {
  const text = 'text/plain; charset=utf-8';
  if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, 'Method not allowed', text);
  const resolved = resolveAppPath(root, request.url);
  if (resolved === null) return respond(403, 'Forbidden', text);
  const path = await withRouteFallback(root, resolved);
  try {
    // A symlink inside the build could still point outside it; compare real paths too.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(path)]);
    if (!realFile.startsWith(realRoot + sep)) return respond(403, 'Forbidden', text);
    const data = await readFile(realFile);
    return respond(200, request.method === 'HEAD' ? null : new Uint8Array(data), contentTypeFor(path));
  } catch (error) {
    return isMissing(error) ? respond(404, 'Not found', text) : respond(500, 'Internal error', text);
  }
}

/** Serves `root` (the built renderer) on app://rekindle/ in the default session. */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(root, request));
}
