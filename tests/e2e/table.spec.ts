/**
 * The table view: the accessible alternative to the charts. Every filtered event is a row; it
 * sorts by each column, opens details, filters by a name, turns into cards on a phone, and
 * stays responsive with 20,000 events. On a fixture of another process (talassa.json, nine
 * events), served as the page's own data; the 20,000 events are grown from the bundled file.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, TALASSA } from './fixtures';

test.use({ dataset: TALASSA });

const rows = (page: Page) => page.locator('tbody tr[data-row]');
const column = (page: Page, cls: string) => rows(page).locator(`.${cls}`).allTextContents();
const header = (page: Page, name: string) => page.getByRole('columnheader', { name });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ });
/** How far the page overflows its box (negative: the scrollbar's kept room, scrollbar-gutter, is unused). */
const noPageScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test.describe('table view', () => {
  test('every filtered event is a row, under a caption that summarises the table', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await expect(rows(page)).toHaveCount(9);
    await expect(page.getByRole('table')).toHaveAccessibleName(/^9 events, 10 February 2031 to 14 April 2031\. Sorted by Date, oldest first\./);
    await expect(header(page, 'Date')).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByLabel('Sort by')).toBeHidden();
    await page.goto('./?lang=en&view=table&places=port-talassa');
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByRole('table')).toHaveAccessibleName(/^4 events, 24 February 2031 to 14 April 2031\./);
  });

  test('sorts by each column, by keyboard, and says so with aria-sort', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    const collator = new Intl.Collator('en', { numeric: true });
    const sortedText = (xs: string[], dir = 1) => [...xs].sort((a, b) => dir * collator.compare(a, b));

    await header(page, 'Event').getByRole('button').focus();
    await page.keyboard.press('Enter');
    await expect(header(page, 'Event')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header(page, 'Date')).not.toHaveAttribute('aria-sort');
    const titles = await column(page, 'title');
    expect(titles).toEqual(sortedText(titles));
    await page.keyboard.press('Space');
    await expect(header(page, 'Event')).toHaveAttribute('aria-sort', 'descending');
    expect(await column(page, 'title')).toEqual(sortedText(titles, -1));
    await expect(page.getByRole('table')).toHaveAccessibleName(/Sorted by Event, Z to A\./);

    await header(page, 'Place').getByRole('button').click();
    const places = await column(page, 'place');
    expect(places).toEqual(sortedText(places));

    await header(page, 'Sources').getByRole('button').click();
    await header(page, 'Sources').getByRole('button').click();
    await expect(header(page, 'Sources')).toHaveAttribute('aria-sort', 'descending');
    const sources = (await column(page, 'sources')).map((s) => Number(s.replace(/\D/g, '')));
    expect(sources).toEqual([...sources].sort((a, b) => b - a));

    await header(page, 'Participants').getByRole('button').click();
    const people = await rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('.people li').length));
    expect(people).toEqual([...people].sort((a, b) => a - b));

    await header(page, 'Date').getByRole('button').click();
    await header(page, 'Date').getByRole('button').click();
    await expect(rows(page).first().locator('.date')).toHaveText('around 14 April 2031');
  });

  test('a title opens the detail panel; a name filters by that actor', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    const title = rows(page).nth(2).locator('th button');
    const text = (await title.textContent())!.trim();
    await title.click();
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(text);
    await expect(title).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(/[?&]event=/);

    await rows(page).getByRole('button', { name: 'Show only events with Ilse Marrow' }).first().click();
    await expect(page).toHaveURL(/[?&]actors=ilse-marrow(&|$)/);
    await expect(count(page)).toHaveText('4 of 9 events');
    await expect(rows(page)).toHaveCount(4);
  });

  for (const width of [320, 375]) {
    test(`at ${width} px the rows become cards, sortable, with no page-level horizontal scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      await page.goto('./?lang=en&view=table');
      await expect(rows(page)).toHaveCount(9);
      expect(await noPageScroll(page)).toBeLessThanOrEqual(0);
      // The headers give way to the card layout's own sort controls.
      await expect(page.getByLabel('Sort by')).toBeVisible();
      const first = rows(page).first();
      expect(await first.evaluate((tr) => getComputedStyle(tr).display)).toBe('flex');
      await page.getByLabel('Sort by').selectOption('sources');
      await page.getByLabel('Order').selectOption('descending');
      const sources = (await column(page, 'sources')).map((s) => Number(s.replace(/\D/g, '')));
      expect(sources).toEqual([...sources].sort((a, b) => b - a));
      await page.goto('./?view=table&lang=ar');
      await expect(rows(page)).toHaveCount(9);
      expect(await noPageScroll(page)).toBeLessThanOrEqual(0);
    });
  }

  test('20,000 events stay responsive: only the rows in view are rendered', async ({ page }) => {
    // Generous: loading 20,000 events is the loader's and the other views' cost, not the table's.
    test.setTimeout(300_000);
    // The real events repeated to 20,000 (lean: short summaries, no notes), served in place
    // of the data file.
    const data = JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8'));
    const events: Record<string, unknown>[] = [];
    for (let k = 0; events.length < 20_000; k++) {
      for (const e of data.events as Record<string, unknown>[]) {
        if (events.length === 20_000) break;
        const copy: Record<string, unknown> = { ...e, id: k ? `${e.id}-copy-${k}` : e.id, summary: { ar: 'ملخص قصير', en: 'A short summary' } };
        delete copy.notes;
        if (k) delete copy.series;
        events.push(copy);
      }
    }
    const body = JSON.stringify({ ...data, events });
    await page.route('**/data/peace-talks.json', (route) => route.fulfill({ contentType: 'application/json', body }));
    await page.goto('./?lang=en&view=table');
    const table = page.getByRole('table');
    // Its rows: the header, the events and, in time order, each phase's heading.
    await expect(table).toHaveAttribute('aria-rowcount', String(1 + 20_000 + data.phases.length), { timeout: 240_000 });
    await expect(table).toHaveAccessibleName(/^20,000 events/);
    expect(await rows(page).count()).toBeLessThan(120);

    // Sorting keeps the window virtual (its speed is measured by `npm run bench`, not here).
    await page.locator('thead th.title button').click();
    await expect(header(page, 'Event')).toHaveAttribute('aria-sort', 'ascending');
    expect(await rows(page).count()).toBeLessThan(120);

    // Scrolled to the end, the last rows are there and numbered for assistive technology.
    const scroller = page.locator('.scroller');
    for (let i = 0; i < 3; i++) await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(rows(page).last()).toHaveAttribute('aria-rowindex', '20001');
    expect(await rows(page).count()).toBeLessThan(120);

    // Filtering still answers at once.
    await page.getByRole('searchbox').fill('umerov');
    await page.getByRole('searchbox').press('Enter');
    await expect(count(page)).toHaveText(/^[\d,]+ of 20,000 events$/);
  });
});
