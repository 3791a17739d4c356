import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.wasm': 'application/wasm',
};

const COMPRESSED = /^(text\/|application\/(json|manifest\+json|xml|javascript)|image\/svg)/;

/** A built site and the path it is served under. */
export interface Mount {
  root: string;
  base: string;
}

/**
 * Serves a built site the way GitHub Pages does: under `base`, `dir/` → `dir/index.html`, the site's
 * own 404 page for anything missing, and text compressed with gzip. Anything outside `base` is a 404
 * too, so a link that forgot the base path fails.
 */
export function serveStatic(root: string, base: string): Promise<{ origin: string; server: Server }> {
  return serveSites([{ root, base }]);
}

/** Serves several built sites on one origin, each under its base path, as project sites share one. */
export async function serveSites(mounts: readonly Mount[]): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const mount = mounts.find(({ base }) => url.pathname.startsWith(base)) ?? mounts[0]!;
    let file: string | undefined;
    if (url.pathname.startsWith(mount.base)) {
      const relativePath = normalize(decodeURIComponent(url.pathname.slice(mount.base.length)));
      if (!relativePath.startsWith('..')) {
        const candidate = join(mount.root, relativePath);
        if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
        else if (existsSync(join(candidate, 'index.html'))) file = join(candidate, 'index.html');
      }
    }
    const status = file ? 200 : 404;
    file ??= join(mount.root, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSED.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      response.writeHead(status, {
        'content-type': type,
        'content-encoding': 'gzip',
        vary: 'Accept-Encoding',
      });
      createReadStream(file).pipe(createGzip()).pipe(response);
    } else {
      response.writeHead(status, { 'content-type': type });
      createReadStream(file).pipe(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
