/**
 * A language's words are fetched when the reader first switches to it (each language is a
 * chunk of its own, src/lib/i18n/strings.ts), and the page waits for them: while they load it
 * stays whole in its language, then every word changes at once. Never raw keys, never two
 * languages on one screen. The fetch is held open here, so the wait is seen, not raced.
 */
import type { Page } from '@playwright/test';
import { test, expect, TALASSA } from './fixtures';
import en from '../../src/lib/i18n/strings/en/core';
import uk from '../../src/lib/i18n/strings/uk/core';
import ar from '../../src/lib/i18n/strings/ar/core';
import arFilters from '../../src/lib/i18n/strings/ar/filters';

test.use({ dataset: TALASSA });

/** The texts the page shows each time its `lang` changes, taken in the same task as the change. */
function recordSwitches(page: Page) {
  return page.evaluate(() => {
    const seen: { lang: string; skip: string; group: string }[] = [];
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() =>
      seen.push({
        lang: document.documentElement.lang,
        skip: document.querySelector('.skip')?.textContent ?? '',
        group: document.querySelector('.langs')?.getAttribute('aria-label') ?? '',
      }),
    ).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  });
}

test('switching to Ukrainian waits for its words, then changes the whole page at once', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  await page.waitForFunction(() => document.documentElement.dataset.rendered);
  await recordSwitches(page);

  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route('**/assets/*.js', async (route) => {
    asked.push(new URL(route.request().url()).pathname);
    await held;
    await route.continue();
  });

  const group = page.getByRole('group', { name: en['app.language'] });
  await group.getByRole('button', { name: 'Українська' }).click();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  // While the words are on their way: the page is English, English still chosen.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.skip')).toHaveText(en['app.skip']);
  await expect(group.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('group', { name: uk['app.language'] }).getByRole('button', { name: 'Українська' })).toHaveAttribute('aria-pressed', 'true');
  // The one change of language: Ukrainian words in the same frame as the Ukrainian `lang`.
  const seen = await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen);
  expect(seen).toEqual([{ lang: 'uk', skip: uk['app.skip'], group: uk['app.language'] }]);
});

test.describe('when the page\'s own words cannot be fetched', () => {
  test.use({ expectedErrors: [/Failed to load resource: net::ERR_FAILED/] });

  test('a failure the second request does not meet leaves the page in its own language', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    let failed = 0;
    await page.route('**/assets/en-*.js', (route) => (failed++ === 0 ? route.abort() : route.continue()));
    await page.goto('./?lang=en');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    expect(failed).toBe(2);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.skip')).toHaveText(en['app.skip']);
  });

  test('a page whose words never come is shown whole in another language, never in raw keys', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The English pack fails every time, as on a page left open across a new deploy.
    let failed = 0;
    await page.route('**/assets/en-*.js', (route) => (failed++, route.abort()));
    await page.goto('./?lang=en');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    expect(failed).toBeGreaterThanOrEqual(2);
    // English falls back to Arabic (languages.ts): the whole page is Arabic, right to left.
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('.skip')).toHaveText(ar['app.skip']);
    await expect(page.getByRole('searchbox')).toHaveAttribute('placeholder', arFilters['filters.searchPlaceholder']);
    const text = await page.locator('body').innerText();
    expect(text.match(/\b(app|filters|view|count|timeline|present|embed)\.[a-z][\w.]*/gi) ?? []).toEqual([]);
    // The English button is still there, and the address still asks for English.
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // The page says so, in the words it has, naming the language asked for; once the words can
    // be fetched, Try again shows the page in it, and the notice goes.
    const notice = page.getByRole('status').filter({ hasText: 'English' });
    await expect(notice.locator('p')).toHaveText(ar['notice.language'].replace('{language}', '\u2068English\u2069'));
    await page.unroute('**/assets/en-*.js');
    await notice.getByRole('button', { name: ar['notice.retry'] }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.skip')).toHaveText(en['app.skip']);
    await expect(page.getByRole('status').filter({ hasText: 'English' })).toHaveCount(0);
  });

  test('the words are asked for again when the connection comes back', async ({ page }) => {
    await page.route('**/assets/en-*.js', (route) => route.abort());
    await page.goto('./?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('status').filter({ hasText: 'English' })).toBeVisible();
    await page.unroute('**/assets/en-*.js');
    await page.evaluate(() => dispatchEvent(new Event('online')));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').filter({ hasText: 'English' })).toHaveCount(0);
  });
});
