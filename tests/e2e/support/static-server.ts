// A tiny static server for the built app, on 127.0.0.1 and a free port. It serves
// dist/ under a sub-folder, as a static host would, to prove relative paths work.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  readonly origin: string;
  /** The app's address: origin plus the sub-folder it is served from. */
  readonly appUrl: string;
  close(): Promise<void>;
}

/**
 * `overrides` (path under the mount → body) are served in place of files; the map may
 * change while the server runs (the benchmark swaps debates in and out this way).
 */
export async function startStaticServer(
  root: string,
  mount = '/stancemap/',
  overrides: ReadonlyMap<string, string> = new Map(),
): Promise<StaticServer> {
  // Room for the hardening tests' megabyte-long query strings (Node's default is 16 KB).
  const server: Server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(mount)) {
      res.writeHead(404).end('not found');
      return;
    }
    const relative = decodeURIComponent(url.pathname.slice(mount.length)) || 'index.html';
    const override = overrides.get(relative);
    if (override !== undefined) {
      res
        .writeHead(200, { 'Content-Type': TYPES[path.extname(relative)] ?? 'text/plain' })
        .end(override);
      return;
    }
    const file = path.resolve(root, relative);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? path.join(file, 'index.html') : file;
      const body = await readFile(target);
      res
        .writeHead(200, {
          'Content-Type': TYPES[path.extname(target)] ?? 'application/octet-stream',
        })
        .end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    appUrl: `${origin}${mount}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
