/**
 * `npm run demo:widget`: serves dist/widget/ (the widget and its demo page) on 127.0.0.1,
 * building first when the build is missing or older than its sources. Pages are sent with a
 * strict CSP, as a careful partner would: the widget must work under it.
 */
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { buildWidget, OUT_DIR } from './build';

export const DEMO_CSP = "default-src 'self'; style-src 'self'";
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const SOURCES = ['widget', 'components', 'cards', 'indicators'];

async function newest(dir: string): Promise<number> {
  let t = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) t = Math.max(t, (await stat(join(e.parentPath, e.name))).mtimeMs);
  }
  return t;
}

async function needsBuild(): Promise<boolean> {
  const built = await stat(join(OUT_DIR, 'lykt-widget.js')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  const root = resolve(import.meta.dirname, '..');
  for (const d of SOURCES) if ((await newest(join(root, d))) > built) return true;
  return false;
}

const port = Number(process.env.PORT ?? 4178);
if (await needsBuild()) {
  console.log('building the widget …');
  await buildWidget();
}
createServer(async (req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = normalize(join(OUT_DIR, path === '/' ? 'demo.html' : decodeURIComponent(path)));
  const type = TYPES[extname(file)];
  try {
    if (!file.startsWith(OUT_DIR) || !type) throw new Error('not served');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': type, 'content-security-policy': DEMO_CSP });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`Lykt widget demo: http://127.0.0.1:${port}/`));
