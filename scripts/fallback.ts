/**
 * `npm run fallback`: renders the default view at 1200×800 in each interface language (see
 * src/lib/i18n/languages.ts) to public/fallback-<lang>.png: the picture shown where scripts do not run
 * (index.html's <noscript>, and the <noscript> of the embed code, see src/lib/embed/snippet.ts).
 *
 * It builds nothing: it serves an existing build (dist/, or the folder in $FALLBACK_DIST) with
 * `vite preview` on a free port, so run `npm run build` first. The images are committed; re-run
 * when the data or the look changes noticeably, then build again so dist/ carries them.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { FALLBACK_SIZE } from '../src/lib/embed/snippet';
import { LANGS, LANGUAGES } from '../src/lib/i18n/languages';

const dist = process.env.FALLBACK_DIST ?? 'dist';
const outDir = 'public';
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run \`npm run build\` first (this script only renders a build).`);
  process.exit(1);
}

/** A port nobody listens on now (the OS picks it), so two runs or a dev server never clash. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
// Vite's own entry rather than `npx`, so the process we kill is the server itself.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--bypass-lock'], { stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error(`vite preview did not answer on ${base}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  const browser = await chromium.launch({ executablePath, args });
  try {
    for (const lang of LANGS) {
      const page = await browser.newPage({ viewport: FALLBACK_SIZE, deviceScaleFactor: 1, colorScheme: 'light', locale: LANGUAGES[lang].intl, reducedMotion: 'reduce' });
      await page.goto(`${base}?lang=${lang}&theme=light`);
      await page.waitForSelector('main[aria-busy="false"]');
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(300);
      const file = path.join(outDir, `fallback-${lang}.png`);
      await page.screenshot({ path: file, type: 'png' });
      await page.close();
      console.log(`${file}: ${(fs.statSync(file).size / 1024).toFixed(1)} KB`);
    }
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}
