/**
 * The bench's web server: the build folder served as a static host or CDN serves it, every
 * compressible file gzipped once up front. `vite preview` gzips each response as it sends it,
 * which for a 10 MB dataset took ~0.2 s of CPU from the same two cores the browser measures on,
 * a cost no real host charges per request.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);

export function staticServer(root: string, port: number): Promise<http.Server> {
  const files = new Map<string, { body: Buffer; gzip?: Buffer; type: string }>();
  const walk = (dir: string): void => {
    for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else {
        const ext = path.extname(d.name);
        const body = fs.readFileSync(full);
        files.set(`/${path.relative(root, full).split(path.sep).join('/')}`, { body, type: TYPES[ext] ?? 'application/octet-stream', gzip: COMPRESSIBLE.has(ext) ? zlib.gzipSync(body, { level: 6 }) : undefined });
      }
    }
  };
  walk(root);
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = files.get(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file) {
      res.writeHead(404).end('not found');
      return;
    }
    const gzip = file.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, { 'Content-Type': file.type, 'Cache-Control': 'no-cache', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': (gzip ? file.gzip! : file.body).length });
    res.end(gzip ? file.gzip : file.body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
