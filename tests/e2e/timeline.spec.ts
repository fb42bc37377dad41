/**
 * The timeline, as a reader uses it: zoom buttons and the wheel, the brush and the date inputs,
 * the keyboard (one tab stop, arrows in the direction the axis runs, also in Arabic), details
 * and tooltips with Escape, the vertical layout on a phone, and a snapshot of the marks drawn
 * from a fixed dataset (tests/fixtures/mini.json).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const chart = (page: Page) => page.getByRole('listbox', { name: /Events on the timeline|الأحداث على الخط الزمني/ });
const options = (page: Page) => chart(page).getByRole('option');
const activeEvent = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('[role=listbox]')!;
    const id = box.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.getAttribute('data-event') ?? null) : null;
  });
/** The lazily loaded view is in, with its marks (the first load of a dev server can be slow). */
const ready = (page: Page, n: number) => expect(options(page)).toHaveCount(n, { timeout: 30_000 });
/**
 * The seed data's chart is in: its 63 events, those of December 2025 (too crowded to draw one by
 * one at desktop sizes) in one group per side lane, the others one option each.
 */
const readySeed = async (page: Page) => {
  await expect(options(page).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ })).toHaveText(/^(63 events|63 حدثًا)$/);
};
/** Serves the fixed five-event dataset in place of the seed data. */
const useMini = (page: Page) => page.route('**/data/peace-talks.json', (route) => route.fulfill({ path: 'tests/fixtures/mini.json', contentType: 'application/json' }));

test.describe('timeline', () => {
  test('is the default view, with a title, a summary and one option per event or group', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    // At 1280 px: 50 events one by one, and December's 13 in a group in each of the four lanes it touches.
    await expect(chart(page).locator('[role=option][data-event]')).toHaveCount(50);
    await expect(chart(page).locator('[role=option][data-cluster]')).toHaveCount(4);
    await expect(page.getByRole('heading', { name: 'Timeline of the talks' })).toBeVisible();
    await expect(page.getByText('63 events from 11 February 2025 to 11 March 2026, most in')).toBeVisible();
    await expect(chart(page)).toHaveAttribute('tabindex', '0');
    // One tab stop: no option is focusable on its own.
    await expect(chart(page).locator('[tabindex]')).toHaveCount(0);
  });

  for (const lang of ['en', 'ar']) {
    test(`the chart narrows with the page, in the page's margins (${lang})`, async ({ page }) => {
      // As when a scrollbar appears after the first measure: the drawn chart must not hold its
      // box at the old width (it stayed 15 px too wide, over the margin on the end side).
      const boxes = () =>
        page.evaluate(() =>
          ['.chart', 'section.timeline'].map((s) => {
            const b = document.querySelector(s)!.getBoundingClientRect();
            return { left: Math.round(b.left), right: Math.round(b.right) };
          }),
        );
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`./?lang=${lang}`);
      await readySeed(page);
      await page.setViewportSize({ width: 1200, height: 900 });
      await expect.poll(async () => { const [chart, section] = await boxes(); return [chart.left - section.left, chart.right - section.right]; }).toEqual([0, 0]);
      expect((await boxes())[0].right).toBeLessThanOrEqual(1200);
    });
  }

  test('snapshot: the marks of a fixed dataset, their kind, order and position', async ({ page }) => {
    await useMini(page);
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto('./?lang=en&lanes=none');
    await ready(page, 5);
    const marks = await options(page).evaluateAll((els) =>
      els.map((el) => {
        const glyph = el.querySelector('.glyph')!.getAttribute('transform')!;
        const [x, y] = glyph.match(/[\d.]+/g)!.map((n) => Math.round(Number(n)));
        const band = el.querySelector('.band');
        const kind = band ? (band.classList.contains('uncertain') ? 'span' : 'bar') : 'point';
        return `${el.getAttribute('data-event')} ${kind} x=${x} y=${y}`;
      }),
    );
    expect(marks.map((m) => m.split(' ')[0])).toEqual(['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']);
    const xs = marks.map((m) => Number(/x=(\d+)/.exec(m)![1]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(marks.join('\n')).toMatchSnapshot('mini-marks.txt');
  });

  test('zoom buttons narrow the window in the URL; "Show all" clears it', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // The zoom is a view, not a filter: in the address as zoom=, the count unchanged.
    await expect(page).toHaveURL(/[?&]zoom=2025-\d\d-\d\d,20\d\d-\d\d-\d\d/);
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
    await expect(page.getByRole('status').filter({ hasText: /events/ })).toHaveText('63 events');
    const zoomed = await options(page).count();
    expect(zoomed).toBeLessThan(63);
    await page.getByRole('button', { name: 'Later' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page).not.toHaveURL(/[?&](from|to)=/);
    await readySeed(page);
  });

  test('the wheel zooms and the overview brush sets the window', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    // The gestures arrive a moment after the chart is drawn; the grab cursor comes with them.
    await expect(page.locator('[data-zoom-surface]')).toHaveCSS('cursor', 'grab');
    const box = (await chart(page).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect(page).toHaveURL(/[?&]zoom=/);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page).not.toHaveURL(/[?&]zoom=/);
    await page.locator('.overview svg').scrollIntoViewIfNeeded();
    const strip = (await page.locator('.overview svg').boundingBox())!;
    await expect(page.locator('.overview .brush .overlay')).toHaveCount(1);
    await page.mouse.move(strip.x + strip.width * 0.75, strip.y + 20);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.9, strip.y + 20, { steps: 5 });
    await page.mouse.up();
    await expect(page).toHaveURL(/[?&]zoom=2025-1\d-\d\d,/);
    expect(await options(page).count()).toBeLessThan(63);
  });

  test.describe('if the gesture code fails to load', () => {
    test.use({ expectedErrors: [/Failed to load resource: net::ERR_FAILED/] });
    test('the chart still draws and its buttons still zoom', async ({ page }) => {
      await page.route('**/assets/d3-gestures-*.js', (route) => route.abort());
      const warnings: string[] = [];
      page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
      await page.goto('./?lang=en');
      await readySeed(page);
      await expect.poll(() => warnings.some((w) => w.includes('zoom and brush gestures could not be loaded'))).toBe(true);
      await expect(page.locator('[data-zoom-surface]')).not.toHaveCSS('cursor', 'grab');
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await expect(page).toHaveURL(/[?&]zoom=/);
      expect(await options(page).count()).toBeLessThan(63);
    });
  });

  test('the date inputs set the window, and the other views follow', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    const dates = page.getByRole('group', { name: 'Dates shown' });
    await dates.getByLabel('From').fill('2025-12-01');
    await dates.getByLabel('To').fill('2025-12-31');
    await expect(page).toHaveURL(/from=2025-12-01/);
    await expect(page).toHaveURL(/to=2025-12-31/);
    await expect(page.getByText(/^\d+ events from 2 December 2025 to 29 December 2025/)).toBeVisible();
    await expect(page.getByText(/^\d+ of 63 events$/)).toBeVisible();
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const rows = page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem');
    await expect(rows.first()).toContainText('2 December 2025');
  });

  test('keyboard: arrows walk the events in time order, Home/End, Enter opens, Escape closes and focus returns', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    await chart(page).focus();
    await page.keyboard.press('ArrowRight');
    expect(await activeEvent(page)).toBe('2025-02-11-witkoff-moscow-fogel');
    await page.keyboard.press('ArrowRight');
    expect(await activeEvent(page)).toBe('2025-02-12-trump-putin-call');
    await page.keyboard.press('ArrowLeft');
    expect(await activeEvent(page)).toBe('2025-02-11-witkoff-moscow-fogel');
    await page.keyboard.press('End');
    expect(await activeEvent(page)).toMatch(/^2026-03-11/);
    await page.keyboard.press('Home');
    expect(await activeEvent(page)).toBe('2025-02-11-witkoff-moscow-fogel');
    // The focus ring is drawn on the active mark, at least 2 px wide.
    const ring = chart(page).locator('.focus');
    await expect(ring).toHaveCount(1);
    expect(parseFloat(await ring.evaluate((el) => getComputedStyle(el).strokeWidth))).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Witkoff in Moscow');
    await expect(page).toHaveURL(/[?&]event=2025-02-11-witkoff-moscow-fogel/);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(chart(page)).toBeFocused();
  });

  // The marks are options whose shape is their symbols (on a canvas chart, as this one is at
  // 1280 px, with December grouped), so an option's box is where its symbols are.
  test('Arabic: the axis runs right to left and ArrowLeft goes to the later event', async ({ page }) => {
    await page.goto('./?lang=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await readySeed(page);
    const first = (await page.locator('[role=option][data-event="2025-02-11-witkoff-moscow-fogel"]').boundingBox())!;
    const last = (await page.locator('[role=option][data-event^="2026-03-11"]').boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    await chart(page).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await activeEvent(page)).toBe('2025-02-11-witkoff-moscow-fogel');
    await page.keyboard.press('ArrowLeft');
    expect(await activeEvent(page)).toBe('2025-02-12-trump-putin-call');
    const second = (await page.locator('[role=option][data-event="2025-02-12-trump-putin-call"]').boundingBox())!;
    expect(second.x).toBeLessThan(first.x);
    await page.keyboard.press('ArrowRight');
    expect(await activeEvent(page)).toBe('2025-02-11-witkoff-moscow-fogel');
  });

  test('a click opens the details; hover shows a tooltip that Escape hides without closing the details', async ({ page }) => {
    await page.goto('./?lang=en&lanes=none');
    await readySeed(page);
    await page.locator('[role=option][data-event="2025-08-15-alaska-summit"]').click();
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Alaska');
    await page.locator('[role=option][data-event="2025-02-18-riyadh-us-russia"]').hover();
    const tip = page.locator('.tip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('18 February 2025');
    await page.keyboard.press('Escape');
    await expect(tip).toHaveCount(0);
    await expect(panel).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });

  test('the tooltip follows the pointer from mark to mark, label included, and goes when it leaves', async ({ page }) => {
    await page.goto('./?lang=en&lanes=none');
    await readySeed(page);
    const tip = page.locator('.tip');
    await page.locator('[role=option][data-event="2025-02-18-riyadh-us-russia"]').hover();
    await expect(tip).toContainText('18 February 2025');
    await page.locator('[role=option][data-event="2025-08-15-alaska-summit"]').hover();
    await expect(tip).toContainText('15 August 2025');
    await page.locator('[role=option][data-event="2025-02-18-riyadh-us-russia"]').hover();
    // A label (whichever the chart had room for) shows its own event's card.
    const label = page.locator('.labels text[data-key]').nth(3);
    const text = (await label.textContent())!.replace(/…$/, '');
    await label.hover();
    await expect(tip.locator('.title')).toContainText(text);
    await page.mouse.move(1, 1);
    await expect(tip).toHaveCount(0);
  });

  test('keyboard focus shows the same tooltip as hover', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    await chart(page).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.tip')).toContainText('11 February 2025');
    await page.keyboard.press('Escape');
    await expect(page.locator('.tip')).toHaveCount(0);
  });

  test('lanes switch by side, type, place or one lane, kept in the URL', async ({ page }) => {
    await page.goto('./?lang=en');
    await readySeed(page);
    await page.getByRole('button', { name: 'By type' }).click();
    await expect(page).toHaveURL(/[?&]lanes=type/);
    await readySeed(page);
    await page.getByRole('button', { name: 'By place' }).click();
    await expect(page).toHaveURL(/[?&]lanes=place/);
    await page.getByRole('button', { name: 'One lane' }).click();
    await expect(page).toHaveURL(/[?&]lanes=none/);
    await readySeed(page);
  });

  test('crowded marks group with counts, and a group opens into its events as one zooms', async ({ page }) => {
    // 600 copies of the fixture's events, a day apart: far more than a lane can draw at once.
    const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    mini.events = Array.from({ length: 600 }, (_, i) => ({ ...mini.events[i % 5], id: `e-${i}`, when: day(Math.floor(i / 3)), series: undefined }));
    await page.route('**/data/peace-talks.json', (route) => route.fulfill({ json: mini }));
    await page.goto('./?lang=en&lanes=none');
    const groups = chart(page).locator('[data-cluster]');
    await expect(groups.first()).toBeVisible({ timeout: 30_000 });
    const counted = await options(page).evaluateAll((els) => els.reduce((n, el) => n + Number(el.getAttribute('data-cluster') ?? 1), 0));
    expect(counted).toBe(600);
    await expect(groups.first()).toHaveAccessibleName(/^\d+ events, \d+ \w+ 2025 – \d+ \w+ 2025\. Click or press Enter to zoom in$/);
    await chart(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    // The first group starts the data, so only the end of the window is set.
    await expect(page).toHaveURL(/[?&]zoom=2025-01-01,2025-01-\d\d/);
    await expect(chart(page).locator('[data-event]').first()).toBeVisible();
  });

  test('at 375 px it is a vertical timeline that scrolls with the page', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('./?lang=en');
    await expect(page.locator('[data-layout="vertical"]')).toBeVisible();
    await readySeed(page);
    const tops = await options(page).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(tops[62] - tops[0]).toBeGreaterThan(2000);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await chart(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await activeEvent(page)).toBe('2025-02-12-trump-putin-call');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Trump');
  });

  test('no accessibility violations found by axe, wide and narrow, in both languages', async ({ page }) => {
    // axe takes seconds per page on a busy 2-core machine; three pages here.
    test.setTimeout(120_000);
    for (const [width, q] of [[1280, '?lang=en'], [1280, '?lang=ar&theme=dark'], [375, '?lang=ar']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`./${q}`);
      await readySeed(page);
      const r = await new AxeBuilder({ page }).include('section.timeline').analyze();
      expect(r.violations.map((v) => `${q} ${width}px: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
});
