/**
 * Ukrainian and Hebrew readers, on a fixture written in four languages (tests/fixtures/mini-four.json,
 * whose "call" event is in English only): the page's lang and dir, the interface in the reader's
 * language on every view (no English word of the interface left), content falling back to English
 * with its own lang and dir, the mirrored timeline in Hebrew, and the browser's language on a
 * first visit.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const four = fs.readFileSync('tests/fixtures/mini-four.json', 'utf8');

async function open(page: Page, query: string) {
  await page.route('**/data/mini-four.json', (route) => route.fulfill({ body: four, contentType: 'application/json' }));
  await page.goto(`./?data=data/mini-four.json&${query}`);
}

/** The texts the fixture has in English only: data, wherever the page names them. */
const englishOnly = (() => {
  const call = JSON.parse(four).events.find((e: { id: string }) => e.id === 'call');
  return [call.title.en, call.summary.en] as string[];
})();

const rendered = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.rendered, undefined, { timeout: 30_000 });

/**
 * Latin words of three letters or more in the interface: visible text and the names and hints
 * of controls, leaving out content from the data (inside an element with another `lang`, a
 * `<bdi>` or `dir="auto"`, which is how the app marks it) and the names of keys and formats.
 */
function englishLeft(page: Page): Promise<string[]> {
  return page.evaluate((englishOnly) => {
    // Key and format names, and a URL's scheme (the picture address field's "https://").
    const KEEP = /^(Enter|Escape|Shift|Page|Up|Down|Home|End|Ctrl|Mac|Space|SVG|PNG|CSV|JSON|HTML|Tab|https)$/;
    const lang = document.documentElement.lang;
    const data = (el: Element | null) => !!el?.closest(`bdi, [dir="auto"], [lang]:not([lang="${lang}"]), script, style, textarea`);
    const words: string[] = [];
    const take = (text: string, where: string) => {
      for (const data of englishOnly) text = text.replaceAll(data, '');
      for (const w of text.match(/[A-Za-z]{3,}/g) ?? []) if (!KEEP.test(w)) words.push(`${w} (${where})`);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || data(el) || !(el as HTMLElement).checkVisibility?.()) continue;
      take(n.textContent ?? '', el.tagName.toLowerCase());
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [aria-description]')) {
      if (data(el)) continue;
      for (const a of ['aria-label', 'title', 'placeholder', 'aria-description']) take(el.getAttribute(a) ?? '', `${el.tagName.toLowerCase()}[${a}]`);
    }
    return words;
  }, englishOnly);
}

for (const [lang, dir, name] of [['uk', 'ltr', 'Українська'], ['he', 'rtl', 'עברית']] as const) {
  test.describe(`${name} (?lang=${lang})`, () => {
    test.describe.configure({ timeout: 90_000 });

    test('the page says its language and direction, and the switch names each language in itself', async ({ page }) => {
      await open(page, `lang=${lang}&view=list`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('dir', dir);
      const group = page.getByRole('group', { name: lang === 'uk' ? 'Мова' : 'שפה' });
      for (const own of ['العربية', 'English', 'Українська', 'עברית']) await expect(group.getByRole('button', { name: own })).toBeVisible();
      await expect(group.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
    });

    for (const view of ['timeline', 'network', 'table', 'map'] as const) {
      test(`${view}: no English word of the interface`, async ({ page }) => {
        await open(page, `lang=${lang}&view=${view}`);
        await rendered(page);
        expect(await englishLeft(page)).toEqual([]);
      });
    }

    test('detail panel: no English word of the interface, a quote in its own marks', async ({ page }) => {
      await open(page, `lang=${lang}&view=list&event=miami-talks`);
      await expect(page.getByRole('complementary')).toBeVisible();
      expect(await englishLeft(page)).toEqual([]);
      await expect(page.getByRole('complementary').locator('blockquote')).toHaveText('«بالغ الفائدة»');
    });

    test('presentation: no English word of the interface', async ({ page }) => {
      await open(page, `lang=${lang}&mode=present`);
      await expect(page.getByRole('heading').first()).toBeVisible({ timeout: 30_000 });
      expect(await englishLeft(page)).toEqual([]);
    });

    test('embed dialog and embedded page: no English word of the interface', async ({ page }) => {
      await open(page, `lang=${lang}&view=list`);
      await page.getByRole('button', { name: lang === 'uk' ? 'Вбудувати' : 'הטמעה', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      expect(await englishLeft(page)).toEqual([]);
      const snippet = await dialog.locator('textarea').inputValue();
      expect(snippet).toContain(`lang="${lang}"`);
      expect(snippet).toContain(`fallback-${lang}.png`);
      await open(page, `lang=${lang}&embed=1`);
      await rendered(page);
      expect(await englishLeft(page)).toEqual([]);
    });

    test('a text missing in the reader’s language falls back to English, marked, left to right', async ({ page }) => {
      await open(page, `lang=${lang}&view=list`);
      const call = page.locator('[lang="en"]', { hasText: 'A call' });
      await expect(call).toBeVisible();
      await expect(call).toHaveAttribute('dir', 'ltr');
      const badge = call.getByText(lang === 'uk' ? 'без перекладу' : 'לא תורגם');
      await expect(badge).toHaveAttribute('lang', lang);
      await expect(badge).toHaveAttribute('dir', dir);
      // The texts the fixture has in this language are shown in it, unmarked.
      await expect(page.getByText(lang === 'uk' ? 'Переговори в Маямі' : 'שיחות במיאמי')).toBeVisible();
    });
  });
}

test('the Hebrew timeline runs right to left, like the Arabic one', async ({ page }) => {
  const positions = async (lang: string) => {
    await open(page, `lang=${lang}&view=timeline`);
    await rendered(page);
    const first = await page.locator('[role="option"][data-event="istanbul-1"]').boundingBox();
    const last = await page.locator('[role="option"][data-event="miami-talks"]').boundingBox();
    return { first: first!.x, last: last!.x };
  };
  const he = await positions('he');
  expect(he.first).toBeGreaterThan(he.last);
  const ar = await positions('ar');
  expect(ar.first).toBeGreaterThan(ar.last);
  const uk = await positions('uk');
  expect(uk.first).toBeLessThan(uk.last);
});

for (const [locale, lang] of [['uk-UA', 'uk'], ['he-IL', 'he'], ['de-DE', 'en']] as const) {
  test.describe(`a browser in ${locale}, on a first visit`, () => {
    test.use({ locale });
    test(`reads ${lang} when the dataset has no default`, async ({ page }) => {
      await open(page, 'view=list');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  });
}
