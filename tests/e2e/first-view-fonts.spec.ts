/**
 * Fonts for the scripts a page shows (issue #25, point 3): an English page fetches the Latin
 * core only (ASCII and running text's punctuation, scripts/fonts-css.ts), although its language
 * buttons say "العربية", "עברית" and "Українська" and its settings offer Arabic digits and month
 * names; an Arabic page fetches the Arabic core and the Latin core (its digits, key names and
 * "English" button). The rest of each file is fetched only for a character outside its core.
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

/** The unicode-range of each loaded IBM Plex Sans Arabic face in weight 400, once fonts settle. */
const loadedRanges = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '') === 'IBM Plex Sans Arabic' && f.weight === '400' && f.status === 'loaded')
      .map((f) => f.unicodeRange);
  });

/** Font files by name, without the build's hash: `ibm-plex-sans-arabic-latin-core-400`. */
const names = (fonts: string[], pattern: RegExp) => fonts.filter((f) => pattern.test(f)).map((f) => f.replace(/-normal.*/, '')).sort();
const LATIN_CORE = ['ibm-plex-sans-arabic-latin-core-400', 'ibm-plex-sans-arabic-latin-core-600'];

for (const dataset of [null, TALASSA]) {
  test.describe(`first view: fonts for the scripts shown, on ${dataset ? 'the Talassa fixture' : 'the bundled data'}`, () => {
    test.use({ dataset });

    for (const width of [1280, 390]) {
      test(`an English page at ${width} px fetches the Latin core in both weights and nothing else`, async ({ page }) => {
        await page.setViewportSize({ width, height: 844 });
        const fonts = await fontsFetched(page, 'lang=en');
        expect(names(fonts, /./)).toEqual(LATIN_CORE);
        // The other languages' names are still there (behind the menu on a phone), in the system's font.
        await expect(page.locator('button[lang=ar]', { hasText: 'العربية' })).toHaveCount(1);
      });
    }
  });
}

test('an accented letter, typed into the search, is drawn with the rest of the Latin file', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 844 });
  const fonts = await fontsFetched(page, 'lang=en');
  expect(names(fonts, /latin-\d/)).toEqual([]);
  await page.getByRole('searchbox').pressSequentially('Élysée', { delay: 20 });
  await expect.poll(() => names(fonts, /latin-\d/)).toContain('ibm-plex-sans-arabic-latin-400');
  const loaded = await loadedRanges(page);
  expect(loaded.filter((range) => coversAny(parseUnicodeRange(range), 'É'))).toHaveLength(1);
  expect(loaded.filter((range) => coversAny(parseUnicodeRange(range), 'l'))).toHaveLength(1);
});

// The Arabic core is the Arabic language's, not the bundled dataset's: the same on another process.
for (const dataset of [null, TALASSA]) {
  test.describe(`Arabic fonts on ${dataset ? 'the Talassa fixture' : 'the bundled data'}`, () => {
    test.use({ dataset });

    for (const width of [1280, 390]) {
      test(`an Arabic page at ${width} px fetches the Arabic and Latin cores in both weights, and no other font`, async ({ page }) => {
        await page.setViewportSize({ width, height: 844 });
        const fonts = await fontsFetched(page, 'lang=ar');
        expect(names(fonts, /./)).toEqual(['ibm-plex-sans-arabic-arabic-core-400', 'ibm-plex-sans-arabic-arabic-core-600', ...LATIN_CORE]);
      });
    }

    test('a character outside the core, typed into the search, is drawn with the full Arabic file', async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 844 });
      const fonts = await fontsFetched(page, 'lang=ar');
      expect(fonts.filter((f) => /arabic-arabic-\d/.test(f))).toEqual([]);
      // Kurdish "ە" (U+06D5), key by key after two core letters.
      await page.getByRole('searchbox').pressSequentially('سەر', { delay: 20 });
      await expect.poll(() => fonts.filter((f) => /arabic-arabic-400/.test(f)).length).toBe(1);
      const loaded = await loadedRanges(page);
      expect(loaded.filter((range) => coversAny(parseUnicodeRange(range), 'ە'))).toHaveLength(1);
      await expect(page.getByRole('searchbox')).toHaveValue('سەر');
    });
  });
}
