/**
 * `npm run bench`: builds the app, generates seeded synthetic datasets (1k, 5k, 20k, 100k events
 * by default; never shipped, written only into the bench's own build folder), and measures in
 * headless Chromium: load to first complete render, filter and search latency, zoom frame times
 * and long tasks, network view render, JS heap, DOM nodes, and bytes shipped. Several runs,
 * medians; prints a table, writes bench/results.json, and exits 1 when a budget is missed.
 *
 *   npm run bench                      # all sizes, 3 runs each
 *   npm run bench -- --sizes 1000 --runs 1   # a quick smoke
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromiumArgs } from '../../playwright.config';
import { syntheticDataset } from './synthetic';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('sizes', '1000,5000,20000,100000').split(',').map(Number);
const runs = Number(opt('runs', '3'));
const outDir = '.bench/dist';
const port = Number(opt('port', '4410'));
const base = `http://127.0.0.1:${port}/`;

const BUDGET = {
  loadMs: { 20000: 1000 } as Record<number, number>,
  filterMs: { 20000: 16, 100000: 100 } as Record<number, number>,
  frameMs: { 20000: 16.7 } as Record<number, number>,
  longTasksWhileZooming: { 20000: 0 } as Record<number, number>,
  networkMs: { 20000: 1000 } as Record<number, number>,
  heapMB: { 20000: 60 } as Record<number, number>,
  firstViewKBgz: 60,
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

function build() {
  execFileSync('node_modules/.bin/vite', ['build', '--outDir', outDir, '--emptyOutDir'], { stdio: 'ignore' });
  fs.mkdirSync(path.join(outDir, 'bench'), { recursive: true });
  for (const n of sizes) fs.writeFileSync(path.join(outDir, 'bench', `synthetic-${n}.json`), JSON.stringify(syntheticDataset(n, 20251206)));
}

/** JS and CSS the first view needs: what index.html references, not the lazily loaded chunks. */
function firstViewBytes() {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const buf = fs.readFileSync(path.join(outDir, f));
    raw += buf.length;
    gz += zlib.gzipSync(buf, { level: 9 }).length;
  }
  return { files, rawKB: raw / 1024, gzipKB: gz / 1024 };
}

async function waitRendered(page: Page, view: string) {
  await page.waitForFunction((v) => document.documentElement.dataset.rendered === v, view, { timeout: 120_000 });
  return page.evaluate((v) => performance.getEntriesByName(`pt:rendered:${v}`)[0]?.startTime ?? NaN, view);
}

/** Applies a URL state the way Back/Forward does and times it to the next painted frame. */
async function timeStateChange(page: Page, query: string) {
  return page.evaluate(async (q) => {
    const t0 = performance.now();
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - t0;
  }, query);
}

async function zoomFrames(page: Page) {
  const plot = page.locator('[data-zoom-surface]').first();
  if (!(await plot.count())) return { frameMs: NaN, longTasks: NaN };
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number; __stop: boolean };
    w.__frames = [];
    w.__long = 0;
    w.__stop = false;
    new PerformanceObserver((list) => (w.__long += list.getEntries().length)).observe({ type: 'longtask' });
    let last = performance.now();
    const loop = (t: number) => {
      w.__frames.push(t - last);
      last = t;
      if (!w.__stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  for (let i = 0; i < 30; i++) {
    await page.mouse.wheel(0, i < 15 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __long: number; __stop: boolean };
    w.__stop = true;
    const f = w.__frames.slice(2).sort((a, b) => a - b);
    return { frameMs: f[Math.floor(f.length * 0.5)], longTasks: w.__long };
  });
}

async function measure(page: Page, n: number) {
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${base}?lang=en&data=bench/synthetic-${n}.json`);
  const loadMs = await waitRendered(page, 'timeline');
  const facetMs = await timeStateChange(page, `?lang=en&data=bench/synthetic-${n}.json&types=meeting,summit&sides=us`);
  const searchMs = await timeStateChange(page, `?lang=en&data=bench/synthetic-${n}.json&q=event%2012`);
  await timeStateChange(page, `?lang=en&data=bench/synthetic-${n}.json`);
  const zoom = await zoomFrames(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  const t0 = Date.now();
  await page.goto(`${base}?lang=en&view=network&data=bench/synthetic-${n}.json`);
  const networkMs = await waitRendered(page, 'network');
  void t0;
  return { loadMs, facetMs, searchMs, filterMs: Math.max(facetMs, searchMs), frameMs: zoom.frameMs, longTasks: zoom.longTasks, heapMB: heap.usedSize / 2 ** 20, domNodes, networkMs };
}

const server = () =>
  spawn('node_modules/.bin/vite', ['preview', '--outDir', outDir, '--port', String(port), '--strictPort'], { stdio: 'ignore' });

async function main() {
  build();
  const bytes = firstViewBytes();
  const srv = server();
  try {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch(base);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined), args: chromiumArgs });
    const results: Record<number, Record<string, number>> = {};
    for (const n of sizes) {
      const samples: Record<string, number>[] = [];
      for (let r = 0; r < (n >= 100000 ? Math.min(runs, 2) : runs); r++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        samples.push(await measure(page, n));
        await page.close();
      }
      results[n] = Object.fromEntries(Object.keys(samples[0]).map((k) => [k, median(samples.map((s) => s[k]))]));
    }
    await browser.close();

    const misses: string[] = [];
    const check = (what: string, n: number, value: number, budget: number | undefined) => {
      if (budget !== undefined && !(value <= budget)) misses.push(`${what} at ${n}: ${value.toFixed(1)} > ${budget}`);
    };
    for (const n of sizes) {
      const r = results[n];
      check('load to render (ms)', n, r.loadMs, BUDGET.loadMs[n]);
      check('filter/search (ms)', n, r.filterMs, BUDGET.filterMs[n]);
      check('zoom frame (ms)', n, r.frameMs, BUDGET.frameMs[n]);
      check('long tasks while zooming', n, r.longTasks, BUDGET.longTasksWhileZooming[n]);
      check('network render (ms)', n, r.networkMs, BUDGET.networkMs[n]);
      check('JS heap (MB)', n, r.heapMB, BUDGET.heapMB[n]);
      if (n >= 100000) for (const k of ['facetMs', 'searchMs'] as const) check(`${k} (ms)`, n, r[k], 100);
    }
    check('first view JS+CSS (KB gzip)', 0, bytes.gzipKB, BUDGET.firstViewKBgz);

    const cols = ['loadMs', 'facetMs', 'searchMs', 'frameMs', 'longTasks', 'networkMs', 'heapMB', 'domNodes'];
    console.log(['events', ...cols].map((c) => c.padStart(10)).join(''));
    for (const n of sizes) console.log([String(n), ...cols.map((c) => results[n][c].toFixed(c === 'domNodes' || c === 'longTasks' ? 0 : 1))].map((c) => c.padStart(10)).join(''));
    console.log(`first view: ${bytes.rawKB.toFixed(1)} KB raw, ${bytes.gzipKB.toFixed(1)} KB gzip (${bytes.files.join(', ')})`);
    fs.mkdirSync('bench', { recursive: true });
    const report = { date: new Date().toISOString(), machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, runs, sizes, budgets: BUDGET, firstView: bytes, results, misses };
    fs.writeFileSync(opt('out', 'bench/results.json'), `${JSON.stringify(report, null, 2)}\n`);
    if (misses.length) {
      console.log(`\nMissed budgets:\n- ${misses.join('\n- ')}`);
      process.exitCode = 1;
    } else console.log('\nAll budgets met.');
  } finally {
    srv.kill();
  }
}

await main();
