/**
 * An embed must not make the article jump (issue #22). The code comes from the Embed dialog,
 * measured with its preview at the article's column width; the article (tests/fixtures/host.html
 * on another origin, the column exactly that wide) watches its own layout shifts with a
 * PerformanceObserver and records every height the frame reports. With the host script the
 * frame reports only the height in the code; without it the frame keeps the code's height
 * and its content fits it. Either way the article's cumulative layout shift stays <= 0.05.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PREVIEW_WIDTHS } from '../../src/lib/embed/snippet';
import { EMBED, openArticle } from './host';

const mini = fs.readFileSync('tests/fixtures/mini.json', 'utf8');
/** host.html's graphic column has 16 px of padding each side. */
const GUTTER = 32;

/** Records, on the article only (not in frames), its layout shifts and the frame's size messages. */
async function watchArticle(page: Page) {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    const w = window as unknown as { shift: number; reported: number[] };
    w.shift = 0;
    w.reported = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    addEventListener('message', (e) => {
      if (e.data?.sentinel === 'amp' && e.data.type === 'embed-size') w.reported.push(e.data.height);
    });
  });
  return {
    shift: () => page.evaluate(() => (window as unknown as { shift: number }).shift),
    reported: () => page.evaluate(() => (window as unknown as { reported: number[] }).reported),
  };
}

/** The code the Embed dialog writes for the view at `query`, previewed at `width`, once measured. */
async function dialogCode(page: Page, query: string, width: number): Promise<{ code: string; height: number }> {
  await page.goto(`./${query}`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByRole('radio', { name: `${width} px` }).check();
  await expect(dialog.getByText(`Height at ${width} px:`)).toBeVisible({ timeout: 20_000 });
  const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
  return { code, height: Number(/ height="(\d+)"/.exec(code)![1]) };
}

/** The embedded app has done all it does after its first view (the search index is its last step). */
async function frameIdle(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
  await expect.poll(() => frame.evaluate(() => performance.getEntriesByName('pt:search:ready').length), { timeout: 15_000 }).toBe(1);
  await frame.evaluate(() => document.fonts.ready.then(() => new Promise(requestAnimationFrame)));
  return frame;
}

async function expectSteadyArticle(page: Page, query: string, width: number) {
  const { code, height } = await dialogCode(page, query, width);
  expect(height).toBeGreaterThan(300);

  // With the host script: every report is the code's height, and no jump. The frame may say it
  // twice: once on its own, and again when the async host script, loaded after that, asks.
  await page.setViewportSize({ width: width + GUTTER, height: 800 });
  const article = await watchArticle(page);
  const withScript = await openArticle(page, new URL(page.url()).origin, code);
  await expect.poll(article.reported).toContain(height);
  await frameIdle(page);
  expect(new Set(await article.reported())).toEqual(new Set([height]));
  expect(await page.locator(EMBED).evaluate((f) => f.getBoundingClientRect().width)).toBe(width);
  expect(await page.locator(EMBED).evaluate((f) => f.getBoundingClientRect().height)).toBe(height);
  const shifted = await article.shift();
  expect(shifted).toBeLessThanOrEqual(0.05);
  await withScript.host.close();

  // Host script stripped by the CMS: the frame keeps the code's height, and the view fits it.
  const stripped = code.split('\n').filter((line) => !line.startsWith('<script')).join('\n');
  const without = await openArticle(page, new URL(page.url()).origin, stripped);
  const frame = await frameIdle(page);
  expect(await page.locator(EMBED).evaluate((f) => f.getBoundingClientRect().height)).toBe(height);
  const inside = await frame.evaluate(() => ({ content: Math.ceil(document.documentElement.getBoundingClientRect().height), frame: innerHeight }));
  expect(Math.abs(inside.content - inside.frame)).toBeLessThanOrEqual(1);
  const shiftedWithout = await article.shift();
  expect(shiftedWithout).toBeLessThanOrEqual(0.05);
  await without.host.close();
  test.info().annotations.push({ type: 'layout shift', description: `${width} px, ${height} px tall: ${shifted.toFixed(3)} with the host script, ${shiftedWithout.toFixed(3)} without` });
}

test.describe('an embed in an article does not move it', () => {
  // A dialog and two articles, each loading the app: more than the default budget.
  test.describe.configure({ timeout: 90_000 });

  for (const width of PREVIEW_WIDTHS) {
    test(`at ${width} px, a fixture dataset`, async ({ page }) => {
      await page.route('**/data/mini.json', (route) => route.fulfill({ body: mini, contentType: 'application/json' }));
      await expectSteadyArticle(page, '?lang=en&data=data/mini.json', width);
    });
  }

  test('at 600 px, the bundled data’s Miami events (the case in the issue)', async ({ page }) => {
    await expectSteadyArticle(page, '?lang=en&q=miami', 600);
  });
});
