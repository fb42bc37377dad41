import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import fs from 'node:fs';
import path from 'node:path';

/**
 * data/ is the authored source of the datasets (validated by `npm run validate`). This plugin
 * serves it under ./data/ in dev and copies its JSON and source texts into the build, so the
 * app fetches data the same way everywhere, relative to the page (the build works from any
 * sub-path).
 */
function dataFolder(): Plugin {
  const root = path.resolve('data');
  const shipped = (file: string) => /\.(json|txt|csv)$/.test(file) && !file.startsWith('parts/');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
      const full = path.join(dir, d.name);
      return d.isDirectory() ? walk(full) : [path.relative(root, full)];
    });
  return {
    name: 'data-folder',
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const rel = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        const file = path.resolve(root, rel);
        if (!file.startsWith(root + path.sep) || !shipped(rel) || !fs.existsSync(file)) return next();
        res.setHeader('Content-Type', file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8');
        fs.createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const rel of walk(root).filter(shipped)) {
        this.emitFile({ type: 'asset', fileName: `data/${rel.split(path.sep).join('/')}`, source: fs.readFileSync(path.join(root, rel)) });
      }
    },
  };
}

/**
 * The built page carries a Content-Security-Policy that forbids inline script, eval and any
 * other origin. Dev mode needs Vite's inline client, so the policy is for the build only.
 */
function contentSecurityPolicy(): Plugin {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    // data: for the pictures the page draws itself (a chart's PNG, an embed's fallback picture):
    // their SVG carries its fonts as data: URLs, and the image is held to this policy.
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  base: './',
  plugins: [svelte(), dataFolder(), contentSecurityPolicy()],
  build: { target: 'es2022', assetsInlineLimit: 0 },
  server: { port: Number(process.env.PORT ?? 5173), strictPort: true },
  preview: { port: Number(process.env.PORT ?? 4173), strictPort: true },
});
