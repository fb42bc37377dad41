/**
 * The timeline's zoom is a view, not a filter (issue #20, point 4): wheel zooms and pans keep the
 * count and the other views' events, live in the address as zoom= and replace its history entry;
 * a filter is a step of its own. On the bundled data and tests/fixtures/mini.json, en and ar.
 */
import { test, expect } from './fixtures';

const count = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ });

for (const data of ['bundled', 'fixture'] as const) {
  for (const lang of ['en', 'ar'] as const) {
    test(`${data} data, ${lang}: zooming and panning change neither the count nor the history; a filter adds one entry`, async ({ page }) => {
      if (data === 'fixture') await page.route('**/data/peace-talks.json', (route) => route.fulfill({ path: 'tests/fixtures/mini.json', contentType: 'application/json' }));
      await page.goto(`./?lang=${lang}`);
      await expect(page.locator('[data-zoom-surface]')).toHaveCSS('cursor', 'grab', { timeout: 30_000 });
      const total = (await count(page).textContent())!;
      const entries = await page.evaluate(() => history.length);
      const box = (await page.locator('[data-zoom-surface]').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + 40);
      await page.mouse.wheel(0, -400);
      await expect(page).toHaveURL(/[?&]zoom=/);
      const first = page.url();
      await page.mouse.wheel(0, -300);
      await expect.poll(() => page.url()).not.toBe(first);
      await expect(page).not.toHaveURL(/[?&](from|to)=/);
      await expect(count(page)).toHaveText(total);
      expect(await page.evaluate(() => history.length)).toBe(entries);
      // A view change is a step; its table holds every event, zoomed or not.
      await page.getByRole('navigation', { name: lang === 'en' ? 'Views' : 'طرق العرض' }).getByRole('button', { name: lang === 'en' ? 'Table' : 'جدول', exact: true }).click();
      expect(await page.evaluate(() => history.length)).toBe(entries + 1);
      await expect(page.locator('tbody tr[data-row]')).toHaveCount(data === 'bundled' ? 63 : 5);
    });
  }
}
