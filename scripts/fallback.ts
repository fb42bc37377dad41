/**
 * `npm run fallback [-- path/to/dataset.json] [uk he…]`: renders the embedded default view (title, chart
 * with its time axis and dates, key, credit; without the search, filters and tools, which a
 * picture cannot offer) at 1200×800, in English and in Arabic, to public/fallback-en.png and
 * public/fallback-ar.png: the picture shown where scripts do not run (index.html's <noscript>,
 * and the <noscript> of the embed code when the newsroom hosts no picture of its own view, see
 * src/lib/embed/snippet.ts). With a dataset file, that file is rendered instead of the build's.
 *
 * It builds nothing: it serves an existing build (dist/, or the folder in $FALLBACK_DIST) with
 * `vite preview` on a free port, so run `npm run build` first. The images are committed; re-run
 * when the data or the look changes noticeably, then build again so dist/ carries them.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BUNDLED_DATASET } from '../src/lib/data/data-url';
import { FALLBACK_SIZE } from '../src/lib/embed/snippet';
import { LANGS, LANGUAGES } from '../src/lib/i18n/languages';
import { picturePath } from './vite/dataset';
import { freePort } from './free-port';

const dist = process.env.FALLBACK_DIST ?? 'dist';
// Arguments: an optional dataset file (.json) and the languages to render (all by default).
const dataset = process.argv.slice(2).find((a) => a.endsWith('.json')) ?? process.env.DATASET ?? BUNDLED_DATASET;
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run \`npm run build\` first (this script only renders a build).`);
  process.exit(1);
}
if (!fs.existsSync(dataset)) {
  console.error(`${dataset}: no such file (give the dataset to render, or nothing for the bundled one).`);
  process.exit(1);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
// Vite's own entry rather than `npx`, so the process we kill is the server itself. Its output is
// kept: when it cannot start, what it said is the error to show.
const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let said = '';
server.stdout.on('data', (d) => (said += d));
server.stderr.on('data', (d) => (said += d));
const failed = (why: string) => new Error(`${why}\n--- vite preview said ---\n${said.trim() || '(nothing)'}`);

try {
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw failed(`vite preview stopped (exit code ${server.exitCode}) before it served ${base}`);
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 200) throw failed(`vite preview did not answer on ${base} within 30 s`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  const browser = await chromium.launch({ executablePath, args });
  try {
    // `npm run fallback -- uk he` renders only those languages.
    const only = process.argv.slice(2).filter((a) => (LANGS as string[]).includes(a));
    for (const lang of only.length ? only : LANGS) {
      const page = await browser.newPage({ viewport: FALLBACK_SIZE, deviceScaleFactor: 1, colorScheme: 'light', locale: LANGUAGES[lang as keyof typeof LANGUAGES].intl, reducedMotion: 'reduce' });
      // The dataset is served to the page under a name of the app's own origin (the only kind
      // ?data= takes), from the file, so any build renders any dataset.
      const query = new URLSearchParams({ lang, theme: 'light', embed: '1', controls: '0', tools: '0', views: 'timeline', maxheight: String(FALLBACK_SIZE.height) });
      query.set('data', 'data/fallback-dataset.json');
      await page.route('**/data/fallback-dataset.json', (route) => route.fulfill({ path: dataset, contentType: 'application/json' }));
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}?${query.toString().replace(/%2F/g, '/')}`);
      await page.waitForSelector('main[aria-busy="false"]');
      const alert = await page.locator('[role="alert"]').first().textContent({ timeout: 500 }).catch(() => null);
      if (alert) throw new Error(`the page could not show the data: ${alert.trim()}`);
      await page.waitForSelector('html[data-rendered]');
      await page.evaluate(() => document.fonts.ready);
      if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
      const file = picturePath(dataset, lang);
      await page.screenshot({ path: file, type: 'png' });
      await page.close();
      console.log(`${file}: ${(fs.statSync(file).size / 1024).toFixed(1)} KB`);
    }
  } finally {
    await browser.close();
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  server.kill();
}
