import fs from 'node:fs';
import { test, expect } from './fixtures';

const mini = fs.readFileSync('tests/fixtures/mini.json', 'utf8');

test.describe('Arabic and English', () => {
  test('the language comes from the URL, then the dataset, then the browser', async ({ page }) => {
    // The bundled dataset's default language is Arabic; the browser here prefers English.
    await page.goto('./?view=list');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await page.goto('./?view=list&lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    // A dataset without a default language follows the browser.
    await page.route('**/data/mini.json', (route) => route.fulfill({ body: mini.replace('"defaultLanguage": "en"', '"credit": {"en": "x"}'), contentType: 'application/json' }));
    await page.goto('./?view=list&data=data/mini.json');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('Arabic-Indic digits apply to counters and dates when chosen', async ({ page }) => {
    await page.goto('./?view=list&digits=arab');
    await expect(page.getByRole('status').filter({ hasText: 'حدث' })).toHaveText(/[٠-٩]+/);
    await expect(page.getByText('١١ فبراير ٢٠٢٥').first()).toBeVisible();
    await page.goto('./?view=list');
    await expect(page.getByText('11 فبراير 2025').first()).toBeVisible();
  });

  test('Levantine month names are an option', async ({ page }) => {
    await page.goto('./?view=list&months=levant');
    await expect(page.getByText('11 شباط 2025').first()).toBeVisible();
  });

  test('content without a translation shows the original, marked with its language', async ({ page }) => {
    await page.route('**/data/mini.json', (route) => route.fulfill({ body: mini.replace('"defaultLanguage": "en"', '"defaultLanguage": "ar"'), contentType: 'application/json' }));
    await page.goto('./?view=list&data=data/mini.json');
    const untranslated = page.locator('[lang="en"]', { hasText: 'A call' });
    await expect(untranslated).toBeVisible();
    // English reads left to right inside the Arabic page; the badge is the page's own language.
    await expect(untranslated).toHaveAttribute('dir', 'ltr');
    const badge = untranslated.getByText('غير مترجم');
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('lang', 'ar');
    await expect(badge).toHaveAttribute('dir', 'rtl');
  });

  test('names inside the other script are isolated and carry their language', async ({ page }) => {
    await page.goto('./?lang=en&event=2025-12-02-moscow-putin-witkoff-kushner');
    const quote = page.locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'ar');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    // Arabic quotation marks around an Arabic quote, on the English page too.
    await expect(quote).toHaveText(/^«.*»$/s);
    await expect(page.getByRole('complementary').locator('bdi', { hasText: 'Vladimir Putin' })).toBeVisible();
  });

  test('the layout mirrors in Arabic: the detail panel sits on the left', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto('./?view=list&event=2025-12-02-moscow-putin-witkoff-kushner');
    const panel = await page.getByRole('complementary').boundingBox();
    const list = await page.getByRole('list', { name: 'الأحداث بالترتيب الزمني' }).boundingBox();
    expect(panel!.x).toBeLessThan(list!.x);
    await page.goto('./?view=list&lang=en&event=2025-12-02-moscow-putin-witkoff-kushner');
    const panelEn = await page.getByRole('complementary').boundingBox();
    const listEn = await page.getByRole('list', { name: 'Events in time order' }).boundingBox();
    expect(panelEn!.x).toBeGreaterThan(listEn!.x);
  });

  test('fonts come from the app itself', async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    await page.goto('./?view=list');
    // The list's Arabic text is laid out once the data is in; only then are its fonts asked for.
    await page.waitForFunction(() => document.documentElement.dataset.rendered === 'list');
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    expect(await page.evaluate(() => document.fonts.check('16px "IBM Plex Sans Arabic"', 'محادثات'))).toBe(true);
  });
});
