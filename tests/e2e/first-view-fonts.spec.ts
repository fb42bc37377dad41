/**
 * Fonts for the scripts a page shows (issue #25, point 3): an English page fetches the Latin
 * subsets only, although its language buttons say "العربية", "עברית" and "Українська" and its
 * settings offer Arabic digits and month names; an Arabic page fetches the Arabic core too
 * (scripts/fonts-css.ts), and the full Arabic file only for a character outside it.
 */
import type { Page } from '@playwright/test';
import { test, expect, TALASSA } from './fixtures';
import { coversAny, parseUnicodeRange } from '../../src/lib/present/font-faces';

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
});

// The Arabic core is the Arabic language's, not the bundled dataset's: the same on another process.
for (const dataset of [null, TALASSA]) {
  test.describe(`Arabic fonts on ${dataset ? 'the Talassa fixture' : 'the bundled data'}`, () => {
    test.use({ dataset });

    for (const width of [1280, 390]) {
      test(`an Arabic page at ${width} px fetches the Arabic core in both weights, and not the full Arabic file, Cyrillic or Hebrew`, async ({ page }) => {
        await page.setViewportSize({ width, height: 844 });
        const fonts = await fontsFetched(page, 'lang=ar');
        expect(fonts.filter((f) => /arabic-arabic/.test(f)).map((f) => f.replace(/-normal.*/, '')).sort()).toEqual([
          'ibm-plex-sans-arabic-arabic-core-400',
          'ibm-plex-sans-arabic-arabic-core-600',
        ]);
        expect(fonts.filter((f) => /cyrillic|hebrew/.test(f))).toEqual([]);
      });
    }

    test('a character outside the core, typed into the search, is drawn with the full Arabic file', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 844 });
      const fonts = await fontsFetched(page, 'lang=ar');
      expect(fonts.filter((f) => /arabic-arabic-\d/.test(f))).toEqual([]);
      // Kurdish "ە" (U+06D5), key by key after two core letters.
      await page.getByRole('searchbox').pressSequentially('سەر', { delay: 20 });
      await expect.poll(() => fonts.filter((f) => /arabic-arabic-400/.test(f)).length).toBe(1);
      const loaded = await page.evaluate(async () => {
        await document.fonts.ready;
        return [...document.fonts]
          .filter((f) => f.family.replace(/["']/g, '') === 'IBM Plex Sans Arabic' && f.weight === '400' && f.status === 'loaded')
          .map((f) => f.unicodeRange);
      });
      expect(loaded.filter((range) => coversAny(parseUnicodeRange(range), 'ە'))).toHaveLength(1);
      await expect(page.getByRole('searchbox')).toHaveValue('سەر');
    });
  });
}
