import { test, expect } from './fixtures';
import { syntheticDataset } from '../../scripts/bench/synthetic';

// Behaviour with more events than a page should draw at once (timings are for `npm run bench`).
const big = syntheticDataset(450, 3);

test.describe('many events', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/big.json', (route) => route.fulfill({ json: big }));
  });

  test('the list view shows pages of 200 rows, and the selected event is always shown', async ({ page }) => {
    await page.goto('./?view=list&lang=en&data=data/big.json');
    const rows = page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem');
    await expect(rows).toHaveCount(200);
    await expect(page.getByText('Showing the first 200 of 450.')).toBeVisible();
    await page.getByRole('button', { name: 'Show 200 more' }).click();
    await expect(rows).toHaveCount(400);
    await page.getByRole('button', { name: 'Show 50 more' }).click();
    await expect(rows).toHaveCount(450);
    await expect(page.getByRole('button', { name: /^Show \d+ more$/ })).toHaveCount(0);

    // A link to an event far down the list opens with that row in the list.
    await rows.last().getByRole('button').click();
    await expect(page).toHaveURL(/[?&]event=/);
    await page.reload();
    await expect(rows).toHaveCount(450);
    await expect(page.locator('ol.events li.selected')).toBeVisible();
  });

  test('the presentation overview draws columns of events as bars that stay inside the band', async ({ page }) => {
    await page.goto('./?view=list&lang=en&mode=present&data=data/big.json');
    const picture = page.locator('[data-mini-timeline]');
    await expect(picture).toBeVisible();
    // Stacked one dot per event, the columns rose over the whole slide (hundreds of events).
    await expect(picture.locator('[data-event-id]')).toHaveCount(0);
    const counts = await picture.locator('rect.mark').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-count'))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(450);
    await expect(picture.locator('rect.mark.current')).toHaveCount(1);
    const band = (await page.locator('section.band').boundingBox())!;
    const box = (await picture.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(band.y);
    expect(box.y + box.height).toBeLessThanOrEqual(band.y + band.height);

    // The marked bar follows the step.
    const marked = () => picture.locator('rect.mark.current').getAttribute('x');
    const first = await marked();
    await page.keyboard.press('End');
    await expect.poll(marked).not.toBe(first);
  });
});

test('the network offers events as nodes only for a number of events that can be drawn one by one', async ({ page }) => {
  const many = syntheticDataset(600, 5);
  await page.route('**/data/many.json', (route) => route.fulfill({ json: many }));
  await page.goto('./?view=network&lang=en&data=data/many.json');
  const toggle = page.getByRole('checkbox', { name: 'Show events as nodes' });
  await expect(toggle).toBeDisabled();
  await expect(toggle).toHaveAccessibleDescription('To show events as nodes, filter to 500 events or fewer.');
  await page.goto('./?view=network&lang=en&data=data/many.json&types=meeting');
  await expect(toggle).toBeEnabled();
  await toggle.check();
  const shown = many.events.filter((e) => e.type === 'meeting').length;
  await expect(page.locator('g.events > g[role="option"]')).toHaveCount(shown);
});

test("a phone's timeline is built a screen deep for the first view, and every row follows without moving it", async ({ page }) => {
  const data = syntheticDataset(150, 11);
  await page.route('**/data/phone.json', (route) => route.fulfill({ json: data }));
  // What the page holds at the moment its first view is marked rendered (a microtask after it).
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.documentElement.dataset.rendered) return;
      observer.disconnect();
      const rows = [...document.querySelectorAll('[data-layout="vertical"] [role="option"]')];
      const list = document.querySelector('[data-layout="vertical"] .plot > .vertical');
      (window as unknown as { first: object }).first = {
        rows: rows.length,
        lastBottom: rows.at(-1)?.getBoundingClientRect().bottom ?? 0,
        listHeight: list?.getBoundingClientRect().height ?? 0,
      };
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=en&data=data/phone.json');
  const options = page.locator('[data-layout="vertical"] [role="option"]');
  await expect(options).toHaveCount(150);
  const first = await page.evaluate(() => (window as unknown as { first: { rows: number; lastBottom: number; listHeight: number } }).first);
  // The first screen was whole; most of the 150 rows were not built yet.
  expect(first.rows).toBeGreaterThan(0);
  expect(first.rows).toBeLessThan(50);
  expect(first.lastBottom).toBeGreaterThan(844);
  // The list kept its height as the rows arrived (nothing below it moved), in the order of the page.
  expect(await page.locator('[data-layout="vertical"] .plot > .vertical').evaluate((el) => el.getBoundingClientRect().height)).toBe(first.listHeight);
  const tops = await options.evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().top));
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  const ids = await options.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
  expect(new Set(ids)).toEqual(new Set(data.events.map((e) => e.id)));
});
