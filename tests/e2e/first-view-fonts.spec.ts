/**
 * Fonts for the scripts a page shows (issue #25, point 3): an English page fetches the Latin
 * subsets only, although its language buttons say "العربية", "עברית" and "Українська" and its
 * settings offer Arabic digits and month names; an Arabic page fetches the Arabic subset too.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function fontsFetched(page: Page, query: string): Promise<string[]> {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (/\.woff2?$/.test(new URL(r.url()).pathname)) fonts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  await page.goto(`./?${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.rendered);
  await page.evaluate(() => document.fonts.ready);
  return fonts;
}

test.describe('first view: fonts for the scripts shown', () => {
  for (const width of [1280, 390]) {
    test(`an English page at ${width} px fetches Latin fonts only`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      const fonts = await fontsFetched(page, 'lang=en');
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((f) => /arabic-arabic|cyrillic|hebrew/.test(f))).toEqual([]);
      // The other languages' names are still there (behind the menu on a phone), in the system's font.
      await expect(page.locator('button[lang=ar]', { hasText: 'العربية' })).toHaveCount(1);
    });
  }

  test('an Arabic page fetches the Arabic subset, and no Cyrillic or Hebrew', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 844 });
    const fonts = await fontsFetched(page, 'lang=ar');
    expect(fonts.some((f) => /arabic-arabic/.test(f))).toBe(true);
    expect(fonts.filter((f) => /cyrillic|hebrew/.test(f))).toEqual([]);
  });
});
