/**
 * Names that fall back to another language (issue #24): on a Hebrew page of an Arabic-and-English
 * dataset, actor and place names are English, and each is marked with lang="en" dir="ltr"
 * wherever it is shown, so it reads left to right inside the right-to-left page. On the Hebrew
 * phone timeline an English title cut to two lines ends with its ellipsis on the right, where
 * English text ends. A timeline lane's English name keeps its count after it, on its left, and
 * the lines joining an event's lanes pass behind lane names.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, TALASSA } from './fixtures';

const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
const talassa = JSON.parse(fs.readFileSync(TALASSA, 'utf8'));
const useMini = (page: Page, data = mini) => page.route('**/data/mini.json', (route) => route.fulfill({ json: data }));

test.describe('fallback names carry their language', () => {
  test('on a Hebrew page, English actor and place names are marked en, left to right; on an Arabic page, ar', async ({ page }) => {
    await useMini(page);
    await page.goto('./?lang=he&data=data/mini.json&view=list&event=miami-talks');
    const detail = page.getByRole('complementary');
    await expect(detail).toBeVisible();
    for (const name of ['Steve Witkoff', 'Rustem Umerov', 'Miami']) {
      const shown = detail.locator('bdi', { hasText: name }).first();
      await expect(shown).toHaveAttribute('lang', 'en');
      await expect(shown).toHaveAttribute('dir', 'ltr');
      expect(await shown.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    }
    // The list's place names too.
    const place = page.getByRole('list').locator('bdi', { hasText: 'Miami' }).first();
    await expect(place).toHaveAttribute('lang', 'en');

    await page.goto('./?lang=ar&data=data/mini.json&view=list&event=miami-talks');
    const own = page.getByRole('complementary').locator('bdi', { hasText: 'ستيف ويتكوف' }).first();
    await expect(own).toHaveAttribute('lang', 'ar');
    await expect(own).toHaveAttribute('dir', 'rtl');
  });

  test('the network names English actors on a Hebrew page with lang en, left to right', async ({ page }) => {
    await useMini(page);
    await page.goto('./?lang=he&data=data/mini.json&view=network');
    const label = page.locator('svg text', { hasText: 'Steve Witkoff' }).first();
    await expect(label).toBeVisible();
    await expect(label).toHaveAttribute('lang', 'en');
    expect(await label.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });

  test('on the Hebrew phone timeline a long English title is cut with its ellipsis on the right', async ({ page }) => {
    const data = structuredClone(mini);
    const long = data.events.find((e: { id: string }) => e.id === 'miami-talks');
    long.title.en = 'Miami talks between the envoys run over two long days of meetings, with a draft read line by line and sent back';
    await useMini(page, data);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('./?lang=he&data=data/mini.json&view=timeline');
    const title = page.locator('p.title', { hasText: 'Miami talks between' });
    await expect(title).toBeVisible();
    const box = await title.evaluate((el) => ({ direction: getComputedStyle(el).direction, clamped: el.scrollHeight > el.clientHeight + 1 }));
    // Cut (two lines), and cut at the end of English text: the block runs left to right.
    expect(box).toEqual({ direction: 'ltr', clamped: true });
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});

test.describe('lane labels', () => {
  test.use({ dataset: TALASSA });
  // Each label's name and count, as drawn: the count after the name in the page's direction, apart.
  for (const lang of ['he', 'ar', 'en'] as const) {
    test(`on a ${lang} page at 600 px, each lane's count stands after its name, clear of it`, async ({ page }) => {
      await page.setViewportSize({ width: 600, height: 900 });
      await page.goto(`./?lang=${lang}&embed=1`);
      const labels = page.locator('svg g.lanes text.name');
      await expect(labels).toHaveCount(talassa.sides.length);
      const boxes = await labels.evaluateAll((texts) =>
        texts.map((t) => {
          const box = (sel: string) => t.querySelector(sel)!.getBoundingClientRect();
          const [name, count] = [box('.lane-name'), box('.count')];
          return { text: t.textContent, name: { left: name.left, right: name.right }, count: { left: count.left, right: count.right } };
        }),
      );
      for (const { text, name, count } of boxes) {
        const gap = lang === 'en' ? count.left - name.right : name.left - count.right;
        expect(gap, `${text}: ${JSON.stringify({ name, count })}`).toBeGreaterThanOrEqual(3);
      }
    });

    test(`on a ${lang} page at 600 px, the lines that join an event's lanes pass behind the lane names`, async ({ page }) => {
      await page.setViewportSize({ width: 600, height: 900 });
      await page.goto(`./?lang=${lang}&embed=1`);
      await expect(page.locator('svg g.lanes text.name')).toHaveCount(talassa.sides.length);
      // Where a joining line crosses a letter of a lane's name or count, the name is what is seen.
      const crossings = await page.evaluate(() => {
        const found: { at: string; shows: string }[] = [];
        const lines = [...document.querySelectorAll('.mark line.link')].map((l) => l.getBoundingClientRect());
        for (const text of document.querySelectorAll<SVGTextElement>('g.lanes text.name')) {
          const box = text.getBoundingClientRect();
          const toUser = text.getScreenCTM()!.inverse();
          for (const line of lines) {
            const x = line.left + line.width / 2;
            const y = box.top + box.height / 2;
            if (x < box.left || x > box.right || line.top > y || line.bottom < y) continue;
            if (text.getCharNumAtPosition(new DOMPoint(x, y).matrixTransform(toUser)) < 0) continue; // between words
            found.push({ at: `${text.textContent} x=${Math.round(x)}`, shows: document.elementFromPoint(x, y)?.closest('text')?.getAttribute('class') ?? 'a line' });
          }
        }
        return found;
      });
      expect(crossings.length, 'a line crosses a lane name in this layout').toBeGreaterThan(0);
      for (const c of crossings) expect(c.shows, c.at).toMatch(/\bname\b/);
    });
  }
});
