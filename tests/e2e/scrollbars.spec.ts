/**
 * With the page's own scrollbars, as readers' desktop browsers show them: Playwright hides
 * them (they take no room), so this file launches Chromium without that flag.
 */
import { test, expect } from './fixtures';
import { launchOptions } from '../../playwright.config';

test.use({ launchOptions: { ...launchOptions, ignoreDefaultArgs: ['--hide-scrollbars'] } });

const ready = (page: import('@playwright/test').Page, n: number) =>
  expect(page.getByRole('listbox', { name: /Events on the timeline|الأحداث على الخط الزمني/ }).getByRole('option')).toHaveCount(n, { timeout: 30_000 });

test.describe('timeline', () => {
  for (const lang of ['en', 'ar']) {
    test(`is drawn once, at the width it keeps, when the page grows a scrollbar under it (${lang})`, async ({ page }) => {
      // The page is short while the data loads and long once the chart is in: the width the
      // chart has when it is first shown must be the one it keeps (it was drawn again, 15 px
      // narrower, a moment later).
      await page.addInitScript(() => {
        new MutationObserver(() => {
          const svg = document.querySelector('svg[data-zoom-surface]');
          if (document.documentElement.dataset.rendered && svg && !('firstWidth' in window)) Object.assign(window, { firstWidth: svg.getAttribute('width') });
        }).observe(document, { subtree: true, childList: true, attributes: true });
      });
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`./?lang=${lang}`);
      // 50 events one by one and December 2025's group in each of four lanes (too crowded at this width).
      await ready(page, 54);
      // A scrollbar that takes room, on a page that scrolls.
      expect(await page.evaluate(() => [document.documentElement.scrollHeight > innerHeight, document.documentElement.clientWidth < innerWidth])).toEqual([true, true]);
      const first = await page.waitForFunction(() => (window as unknown as { firstWidth?: string }).firstWidth).then((h) => h.jsonValue());
      await page.waitForTimeout(300);
      expect(await page.locator('svg[data-zoom-surface]').getAttribute('width')).toBe(first);
    });
  }
});
