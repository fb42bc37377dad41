/**
 * The timeline with many marks, whose symbols and groups are painted on a canvas under the SVG
 * (src/lib/timeline/look.ts, drawsOnCanvas): a reader still finds one named option per mark,
 * the tooltip, the click, the keyboard and its focus ring, and colours that follow the theme;
 * the chart goes back to SVG marks when they thin out. Data: 600 copies of the fixture's five
 * events, three a day (tests/fixtures/mini.json).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const chart = (page: Page) => page.getByRole('listbox', { name: 'Events on the timeline' });
const options = (page: Page) => chart(page).getByRole('option');
const canvas = (page: Page) => page.locator('.plot > canvas');

async function crowd(page: Page) {
  const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
  const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  mini.events = Array.from({ length: 600 }, (_, i) => ({ ...mini.events[i % 5], id: `e-${i}`, when: day(Math.floor(i / 3)), series: undefined }));
  await page.route('**/data/peace-talks.json', (route) => route.fulfill({ json: mini }));
}

/**
 * The canvas' pixel `dx` px from the middle of the option `selector` and `dy` px from its top
 * (default: its centre), and the page's value of `colour`.
 */
const pixelAt = (page: Page, selector: string, colour: string, dx = 0, dy?: number) =>
  page.evaluate(
    ([selector, colour, dx, dy]) => {
      const c = document.querySelector<HTMLCanvasElement>('.plot > canvas')!;
      const box = document.querySelector(selector)!.getBoundingClientRect();
      const at = c.getBoundingClientRect();
      const k = c.width / at.width;
      const y = box.y + (dy ?? box.height / 2) - at.y;
      const [r, g, b, a] = c.getContext('2d')!.getImageData(Math.round((box.x + box.width / 2 + dx - at.x) * k), Math.round(y * k), 1, 1).data;
      const probe = document.createElement('span');
      probe.style.color = colour;
      document.body.append(probe);
      const want = getComputedStyle(probe).color;
      probe.remove();
      return { got: `rgb(${r}, ${g}, ${b})`, alpha: a, want };
    },
    [selector, colour, dx, dy] as const,
  );

test.describe('timeline, crowded', () => {
  test.beforeEach(async ({ page }) => crowd(page));

  test('groups are painted on a canvas, each still one named option, with no SVG drawing of its own', async ({ page }) => {
    await page.goto('./?lang=en&lanes=none');
    const groups = chart(page).locator('[data-cluster]');
    await expect(groups.first()).toBeVisible({ timeout: 30_000 });
    await expect(canvas(page)).toBeVisible();
    await expect(groups.first()).toHaveAccessibleName(/^\d+ events, \d+ \w+ 2025 – \d+ \w+ 2025\. Click or press Enter to zoom in$/);
    const counted = await options(page).evaluateAll((els) => els.reduce((n, el) => n + Number(el.getAttribute('data-cluster') ?? 1), 0));
    expect(counted).toBe(600);
    expect(await chart(page).locator('[role=option] *').count()).toBe(0);
    // The block is painted where its option is: in the text colour mixed into the surface, not blank.
    const px = await pixelAt(page, '[data-cluster]', 'var(--text)');
    expect(px.alpha).toBe(255);
  });

  test('a group is painted in its shade: the text colour mixed into the surface by its count', async ({ page }) => {
    await page.goto('./?lang=en&lanes=none');
    await expect(chart(page).locator('[data-cluster]').first()).toBeVisible({ timeout: 30_000 });
    const blocks = await page.evaluate(() => {
      const c = document.querySelector<HTMLCanvasElement>('.plot > canvas')!;
      const at = c.getBoundingClientRect();
      const k = c.width / at.width;
      const options = [...document.querySelectorAll<SVGRectElement>('[role=option][data-cluster]')];
      const max = Math.max(...options.map((o) => Number(o.dataset.cluster)));
      const span = document.body.appendChild(document.createElement('span'));
      const css = (value: string) => ((span.style.color = value), getComputedStyle(span).color);
      const [text, surface] = [css('var(--text)'), css('var(--surface)')];
      const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
      return options
        .filter((o) => o.getBoundingClientRect().width >= 8)
        .slice(0, 6)
        .map((o) => {
          const b = o.getBoundingClientRect();
          // 3 px in from the block's start and 2 px down: in the fill, clear of the outline and the count.
          const got = [...c.getContext('2d')!.getImageData(Math.floor((b.x + 3 - at.x) * k), Math.floor((b.y + 2 - at.y) * k), 1, 1).data];
          // The shade (look.ts): 10-38 % of the text colour, by the log of the count against the largest group's.
          const n = Number(o.dataset.cluster);
          const shade = Math.round(10 + 28 * (Math.log(n + 1) / Math.log(Math.max(2, max) + 1)));
          probe.fillStyle = `color-mix(in oklab, ${text} ${shade}%, ${surface})`;
          probe.fillRect(0, 0, 1, 1);
          return { n, got, want: [...probe.getImageData(0, 0, 1, 1).data] };
        });
    });
    expect(blocks.length).toBeGreaterThan(2);
    for (const b of blocks) expect(b.got, `group of ${b.n}`).toEqual(b.want);
  });

  test('the pointer and the keyboard work on painted marks as on SVG ones', async ({ page }) => {
    // Six weeks in side lanes: ~250 symbols, no group.
    await page.goto('./?lang=en&from=2025-02-01&to=2025-03-15');
    await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
    await expect(chart(page).locator('[data-cluster]')).toHaveCount(0);
    // The last of the day's three events: the boxes of marks joined across lanes overlap the
    // marks under them on the same day, and the later one takes the pointer, as with SVG marks.
    const mark = chart(page).locator('[data-event="e-122"]');
    await mark.hover({ position: { x: 10, y: 10 } });
    await expect(page.locator('.tip')).toContainText('10 February 2025');
    // Pointed at, the mark is drawn in full over the canvas, with the hover shadow.
    await expect(chart(page).locator('.overlay.active .glyph').first()).toBeVisible();
    await mark.click({ position: { x: 10, y: 10 } });
    await expect(page).toHaveURL(/[?&]event=e-122/);
    await expect(chart(page).locator('.overlay .selection')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await chart(page).focus();
    await page.keyboard.press('Home');
    const id = (await chart(page).getAttribute('aria-activedescendant'))!;
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('role', 'option');
    await expect(page.locator(`[id="${id}"]`)).toHaveAccessibleName(/^Moscow meeting|^Miami talks|^Istanbul|^Call/);
    await expect(chart(page).locator('.focus')).toHaveCount(1);
    await page.keyboard.press('ArrowRight');
    expect(await chart(page).getAttribute('aria-activedescendant')).not.toBe(id);
    await expect(chart(page).locator('.focus')).toHaveCount(1);
  });

  test('after a wheel zoom, every option sits on its painted mark again', async ({ page }) => {
    await page.goto('./?lang=en&lanes=none');
    const groups = chart(page).locator('[data-cluster]');
    await expect(groups.first()).toBeVisible({ timeout: 30_000 });
    // Options set aside during the gesture follow it once it ends (d3-zoom: 150 ms after the last turn).
    await expect(page.locator('[data-zoom-surface]')).toHaveCSS('cursor', 'grab');
    const box = (await page.locator('[data-zoom-surface]').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 40);
    // Two turns: ~1.4 times closer, the groups regrouped, fewer and wider, and moved.
    await page.mouse.wheel(0, -120);
    await page.mouse.wheel(0, -120);
    await expect(page).toHaveURL(/[?&]zoom=/);
    // The mark under the pointer is drawn by the SVG, over the canvas, which leaves it out.
    await page.mouse.move(0, 0);
    const unpainted = () =>
      page.evaluate(() => {
        const c = document.querySelector<HTMLCanvasElement>('.plot > canvas')!;
        const at = c.getBoundingClientRect();
        const k = c.width / at.width;
        const ctx = c.getContext('2d')!;
        const misses: string[] = [];
        for (const el of document.querySelectorAll('[role=option][data-cluster]')) {
          const b = el.getBoundingClientRect();
          const [x, y] = [b.x + b.width / 2 - at.x, b.y + b.height / 2 - at.y];
          if (x < 0 || x > at.width) continue; // clipped off the chart's sides
          if (ctx.getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data[3] !== 255) misses.push(el.id);
        }
        return { checked: document.querySelectorAll('[role=option][data-cluster]').length, misses };
      });
    await expect.poll(async () => (await unpainted()).misses).toEqual([]);
    expect((await unpainted()).checked).toBeGreaterThan(3);
  });

  test('marks go back to SVG when they thin out, and to the canvas when they crowd again', async ({ page }) => {
    await page.goto('./?lang=en&from=2025-02-01&to=2025-03-15');
    await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
    await page.getByLabel('From').fill('2025-03-05');
    await expect(canvas(page)).toBeHidden();
    await expect(options(page).first().locator('.glyph').first()).toBeVisible();
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(canvas(page)).toBeVisible();
    await expect(chart(page).locator('.glyph')).toHaveCount(0);
  });

  test('when lanes go, the canvas shrinks with its chart and paints nothing past it', async ({ page }) => {
    await page.goto('./?lang=en&lanes=type');
    await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
    const boxes = () =>
      page.evaluate(() => {
        const box = (el: Element) => {
          const r = el.getBoundingClientRect();
          return { width: Math.round(r.width), height: Math.round(r.height) };
        };
        return { canvas: box(document.querySelector('.plot > canvas')!), plot: box(document.querySelector('svg.plot')!) };
      });
    const before = await boxes();
    expect(before.canvas).toEqual(before.plot);
    // One type of three: two lanes go, the marks stay crowded (a mark a day, three a day).
    await page.evaluate(() => {
      history.pushState(null, '', `${location.href}&types=talks-round`);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect.poll(async () => (await boxes()).plot.height).toBeLessThan(before.plot.height);
    await expect(canvas(page)).toBeVisible();
    const after = await boxes();
    expect(after.canvas).toEqual(after.plot);
    // Painted where its option is, not stretched: a group's middle is its shade, opaque.
    expect((await pixelAt(page, '[data-cluster]', 'var(--text)')).alpha).toBe(255);
  });

  // Miami talks (the United States and Ukraine): its first symbol, in the United States lane,
  // is filled with that side's colour. Its option's squares run 2 px around each symbol, 6 px
  // in radius (look.ts, itemPath): the first symbol's centre is 8 px from the top; 3 px aside,
  // off the line that joins the next event's symbols (same day, drawn later).
  const us = '[data-event="e-120"]';
  // The fixture's first side gets the palette's first colour (src/lib/color/sides.ts).
  const US_COLOUR = 'light-dark(#0068a8, #62b8ec)';

  test('painted colours follow the theme', async ({ page }) => {
    await page.goto('./?lang=en&from=2025-02-01&to=2025-03-15&theme=light');
    await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
    const light = await pixelAt(page, us, US_COLOUR, -3, 8);
    expect(light.got).toBe(light.want);
    await page.evaluate(() => {
      history.pushState(null, '', location.href.replace('theme=light', 'theme=dark'));
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(async () => (await pixelAt(page, us, US_COLOUR, -3, 8)).got).not.toBe(light.got);
    const dark = await pixelAt(page, us, US_COLOUR, -3, 8);
    expect(dark.got).toBe(dark.want);
  });

  test('with the automatic theme, painted colours follow the system turning dark and back', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./?lang=en&from=2025-02-01&to=2025-03-15');
    await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
    const light = await pixelAt(page, us, US_COLOUR, -3, 8);
    expect(light.got).toBe(light.want);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await pixelAt(page, us, US_COLOUR, -3, 8)).got).not.toBe(light.got);
    const dark = await pixelAt(page, us, US_COLOUR, -3, 8);
    expect(dark.got).toBe(dark.want);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(async () => (await pixelAt(page, us, US_COLOUR, -3, 8)).got).toBe(light.got);
  });

  test('the SVG export carries the painted marks at twice the screen\'s pixels, and no hidden canvas', async ({ page }) => {
    test.setTimeout(90_000); // exports fetch the font files and encode images
    const exportSvg = async () => {
      await page.locator('summary', { hasText: 'Export' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as SVG' }).click()]);
      const text = fs.readFileSync((await download.path())!, 'utf8');
      // Each image: its width in the file, and the width of the PNG it holds (from the header).
      return [...text.matchAll(/<image [^>]*>/g)].map(([tag]) => {
        const png = Buffer.from(/href="data:image\/png;base64,([^"]+)"/.exec(tag)![1], 'base64');
        return { width: Number(/ width="([\d.]+)"/.exec(tag)![1]), pixels: png.readUInt32BE(16) };
      });
    };
    await page.goto('./?lang=en&from=2025-02-01&to=2025-03-15');
    await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
    const painted = await exportSvg();
    expect(painted).toHaveLength(1);
    expect(painted[0].pixels).toBe(Math.round(painted[0].width * 2));
    // Few marks: drawn in SVG, the canvas kept but hidden, and not copied as an empty image.
    await page.getByLabel('From').fill('2025-03-05');
    await expect(canvas(page)).toBeHidden();
    await expect(options(page).first().locator('.glyph').first()).toBeVisible();
    expect(await exportSvg()).toEqual([]);
  });

  test('no accessibility violations found by axe on a painted chart, in both languages', async ({ page }) => {
    test.setTimeout(90_000);
    for (const q of ['?lang=en', '?lang=ar&theme=dark&from=2025-02-01&to=2025-03-15']) {
      await page.goto(`./${q}`);
      await expect(canvas(page)).toBeVisible({ timeout: 30_000 });
      const r = await new AxeBuilder({ page }).include('section.timeline').analyze();
      expect(r.violations.map((v) => `${q}: ${v.id} (${v.nodes.length})`)).toEqual([]);
    }
  });
});
