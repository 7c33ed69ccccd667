import { readFile, realpath } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/contract/csp';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/**
 * Maps a request path to a file inside `root`, or null when it must be refused: `..`,
 * empty or dot segments, backslashes, drive colons, double encoding and NUL are refused
 * rather than repaired, as the app:// handler does.
 */
export function resolveStaticPath(root: string, rawUrl: string): string | null {
  const rawPath = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!rawPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (decoded === '/') decoded = '/index.html';
  if (/[\\:%\0]/.test(decoded)) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  return full.startsWith(base + sep) ? full : null;
}

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves the built renderer folder on 127.0.0.1 and a random free port. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const realRoot = await realpath(root);
  const server: Server = createServer(async (request, response) => {
    const send = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      response.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-store',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'Method not allowed');
    const path = resolveStaticPath(realRoot, request.url ?? '');
    if (!path) return send(403, 'Forbidden');
    try {
      // A symlink inside the build could point outside it: compare real paths as well.
      const real = await realpath(path);
      if (!real.startsWith(realRoot + sep)) return send(403, 'Forbidden');
      send(
        200,
        await readFile(real),
        CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
      );
    } catch {
      send(404, 'Not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
