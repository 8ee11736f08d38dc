import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface TestServer {
  origin: string;
  /** Every path requested, in order: the privacy tests read it. */
  requests: string[];
  close(): Promise<void>;
}

export type Routes = Record<string, string | { body: string; headers?: Record<string, string> }>;

/** Serves in-memory routes, then files under `roots`, on 127.0.0.1 only (a random free port). */
export async function startServer(routes: Routes = {}, roots: string[] = []): Promise<TestServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const route = routes[path];
    if (route !== undefined) {
      const r = typeof route === 'string' ? { body: route } : route;
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...r.headers });
      res.end(r.body);
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next root
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
