/**
 * The JS and CSS a page fetches before its first view is drawn (issue #25, point 3), in English
 * and in Arabic, and only the words of the page's own language (each language's strings and
 * month names are a chunk fetched when it is first shown).
 *
 * The budget is a ratchet: issue #25 asks for 75 KB gzip (aiming at 60); the code is not there
 * yet (JS 89.9 KB + CSS 8.1 KB in English, 91.2 + 8.1 in Arabic, from 130.5 + 9.0 before the
 * languages were split, 102.9 + 8.3 before d3-shape's symbols were the app's own, 100.2 + 8.3
 * before date-fns' format and locales left the page, 94.7 + 8.5 before the build's own dataset
 * was loaded without the schema's code, and 91.6 + 8.5 before an embed's parts and the
 * timeline's legend and date fields came after the first view), so this holds what is reached,
 * with a little room: lower it as the first view sheds code.
 *
 * Deterministic: the files the page requested before `pt:rendered:<view>` are read from the
 * build (dist/, or $PW_DIST) and gzipped here at level 9, so the sum depends on the code only,
 * not on the server, the machine or its load. Bundled data, as the page ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LANGS, type Lang } from '../../src/lib/i18n/languages';
import { COMPILE_HINT } from '../../scripts/vite/compile-hints';

const BUDGET_KB = 101;
const dist = path.resolve(process.env.PW_DIST ?? 'dist');

/** The build's JS and CSS files the page requested before its first view rendered. */
async function firstViewFiles(page: Page, query: string): Promise<string[]> {
  await page.goto(`./?${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.rendered);
  const paths = await page.evaluate(() => {
    const view = document.documentElement.dataset.rendered;
    const rendered = performance.getEntriesByName(`pt:rendered:${view}`)[0].startTime;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < rendered)
      .map((r) => new URL(r.name).pathname);
  });
  return paths.filter((p) => /\.(js|css)$/.test(p)).map((p) => p.replace(/^\//, ''));
}

const gzipKB = (files: string[]) => files.reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0) / 1024;

/** A language's name for the app (its `app.title`), which only its own pack holds. */
const titleOf = async (lang: Lang): Promise<string> => (await import(`../../src/lib/i18n/strings/${lang}/core.ts`)).default['app.title'];

test.describe('first view: JS and CSS', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`a ${lang} page fetches at most ${BUDGET_KB} KB gzip of JS and CSS before its first view`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      const files = await firstViewFiles(page, `lang=${lang}`);
      const js = gzipKB(files.filter((f) => f.endsWith('.js')));
      const css = gzipKB(files.filter((f) => f.endsWith('.css')));
      test.info().annotations.push({ type: 'bytes', description: `${lang}: JS ${js.toFixed(1)} KB + CSS ${css.toFixed(1)} KB gzip (${files.join(', ')})` });
      expect(files.some((f) => f.endsWith('.js'))).toBe(true);
      expect(js + css, `${files.join(', ')}: JS ${js.toFixed(1)} KB, CSS ${css.toFixed(1)} KB`).toBeLessThanOrEqual(BUDGET_KB);
      // Each is compiled whole while it streams in, not function by function on the main thread
      // (scripts/vite/compile-hints.ts).
      const unhinted = files.filter((f) => f.endsWith('.js') && !fs.readFileSync(path.join(dist, f), 'utf8').startsWith(COMPILE_HINT));
      expect(unhinted).toEqual([]);
    });
  }

  for (const lang of LANGS) {
    test(`a first visit with ?lang=${lang} fetches the words of ${lang} only`, async ({ page }) => {
      const files = await firstViewFiles(page, `lang=${lang}`);
      const code = files.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dist, f), 'utf8')).join('\n');
      for (const other of LANGS) expect(code.includes(await titleOf(other)), `${other}'s words in a ${lang} page`).toBe(other === lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }
});

test.describe('first view: the data request', () => {
  // The app's code held back by a second, as a slow connection holds it: the data must not wait for it.
  const holdAppCode = (page: Page) =>
    page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
  const dataRequests = (page: Page) => {
    const urls: string[] = [];
    page.on('request', (r) => r.url().includes('/data/') && r.url().endsWith('.json') && urls.push(new URL(r.url()).pathname));
    return urls;
  };
  const started = (page: Page, part: string) =>
    page.evaluate((part) => {
      const r = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.includes(part))!;
      return { start: r.startTime, end: r.responseEnd };
    }, part);

  test("the page's own dataset is requested once, before the app's code has arrived", async ({ page }) => {
    await holdAppCode(page);
    const urls = dataRequests(page);
    await page.goto('./?lang=en');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    expect(urls).toEqual(['/data/peace-talks.json']);
    const data = await started(page, '/data/peace-talks.json');
    const app = await started(page, '/assets/index-');
    expect(data.start).toBeLessThan(app.end - 500);
  });

  test('a second visit, its code kept by the browser, requests the dataset once too', async ({ page }) => {
    await page.goto('./?lang=en');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    const urls = dataRequests(page);
    // Kept code can run the app's entry before the page's first script: neither may ask twice.
    for (const lang of ['ar', 'en', 'ar']) {
      await page.goto(`./?lang=${lang}`);
      await page.waitForFunction(() => document.documentElement.dataset.rendered);
    }
    expect(urls).toEqual(['/data/peace-talks.json', '/data/peace-talks.json', '/data/peace-talks.json']);
  });

  test('a page whose address names another dataset requests that one once, before the app\'s code has arrived', async ({ page }) => {
    await holdAppCode(page);
    await page.route('**/data/other.json', (route) => route.fulfill({ path: 'tests/fixtures/talassa.json', contentType: 'application/json' }));
    const urls = dataRequests(page);
    await page.goto('./?lang=en&data=data/other.json');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/Talassa/);
    expect(urls).toEqual(['/data/other.json']);
    const data = await started(page, '/data/other.json');
    const app = await started(page, '/assets/index-');
    expect(data.start).toBeLessThan(app.end - 500);
  });

  test('an address whose dataset the app would refuse or not read sends nothing of its own', async ({ page }) => {
    const urls = dataRequests(page);
    await page.goto('./?lang=en&data=https%3A%2F%2Fevil.example%2Ffake.json');
    await expect(page.getByRole('alert')).toContainText('evil.example is not allowed');
    expect(urls).toEqual([]);
    // A value the address cannot hold is left out (with a notice), so the page's own dataset loads, once.
    await page.goto('./?lang=en&data=javascript:alert(1)');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    expect(urls).toEqual(['/data/peace-talks.json']);
  });
});

test.describe('first view: the words first', () => {
  // The mount waits for the words alone; on a connection of six requests at a time, they must
  // not queue behind the view's code (thirteen files) and the data loader's.
  for (const lang of ['en', 'ar']) {
    test(`a page in ${lang} asks for its words before the view's code`, async ({ page }) => {
      const order: string[] = [];
      page.on('request', (r) => {
        const name = new URL(r.url()).pathname.split('/').pop()!;
        if (/^(en|ar|Timeline|fetch)-[\w-]+\.js$/.test(name)) order.push(name.split('-')[0]);
      });
      await page.goto(`./?lang=${lang}&view=timeline`);
      await page.waitForFunction(() => document.documentElement.dataset.rendered);
      expect(order).toEqual([lang, 'fetch', 'Timeline']);
    });
  }
});
