/**
 * The embed options of issue #22, as a reader and a graphics desk meet them, on a fixture
 * dataset (tests/fixtures/mini.json) unless the bundled data is what is measured: a locked
 * embed (no search or filters, no tools, no key, two views) that still opens an event and the
 * full dashboard; a maximum height within which only the chart area scrolls; views sized
 * without viewport units; the dialog writing all of it; the fallback picture of the configured
 * view; the code's <noscript> in the article's language.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { VIEWS } from '../../src/lib/state/params';
import { code, openArticle } from './host';

const mini = fs.readFileSync('tests/fixtures/mini.json', 'utf8');
const useMini = (page: Page) => page.route('**/data/mini.json', (route) => route.fulfill({ body: mini, contentType: 'application/json' }));
const LOCKED = 'controls=0&tools=0&key=0&views=timeline,table';

test.describe('a locked embed', () => {
  test('shows no search, filters, tools or key and offers two views; a reader still opens an event and the full dashboard', async ({ page }) => {
    await useMini(page);
    await page.setViewportSize({ width: 740, height: 900 });
    await page.goto(`./?embed=1&lang=en&data=data/mini.json&${LOCKED}`);
    const chart = page.getByRole('listbox', { name: 'Events on the timeline' });
    await expect(chart).toBeVisible();
    await expect(page.getByRole('search')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Filters/ })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Dates shown' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Language' })).toHaveCount(0);
    await expect(page.getByText('Display settings')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'By side' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Key' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button')).toHaveText(['Timeline', 'Table']);

    // On its symbol: the option has the shape of its symbols, not of the stem between them.
    await chart.getByRole('option').first().locator('.glyph').first().click();
    const detail = page.getByRole('complementary');
    await expect(detail).toBeVisible();
    const open = page.getByRole('link', { name: 'Open the full dashboard (opens in a new tab)' });
    const href = new URL((await open.getAttribute('href'))!);
    const event = new URL(page.url()).searchParams.get('event');
    expect(event).toBeTruthy();
    expect(Object.fromEntries(href.searchParams)).toEqual({ lang: 'en', event, data: 'data/mini.json' });

    // The full dashboard has everything back.
    await page.goto(href.href);
    await expect(page.getByRole('search')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button')).toHaveCount(VIEWS.length);
    await expect(page.getByRole('complementary')).toBeVisible();
  });

  test('with one view offered there is nothing to switch, and that view opens', async ({ page }) => {
    await useMini(page);
    await page.goto('./?embed=1&lang=en&data=data/mini.json&views=table');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' })).toHaveCount(0);
    await expect(page.getByText('5 events', { exact: true })).toBeVisible();
  });
});

test.describe('the height of an embed', () => {
  test('maxheight: the page is no taller, and only the chart area scrolls', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 900 });
    await page.goto('./?embed=1&lang=en&view=list&maxheight=520');
    await expect(page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem')).toHaveCount(63);
    const sizes = await page.evaluate(() => {
      const area = document.querySelector('.workspace')!;
      return { page: document.documentElement.getBoundingClientRect().height, scrolls: area.scrollHeight - area.clientHeight };
    });
    expect(sizes.page).toBeLessThanOrEqual(520);
    expect(sizes.page).toBeGreaterThan(480);
    expect(sizes.scrolls).toBeGreaterThan(2000);
    // Header and footer stay in the frame; the last event is reached by scrolling the area.
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    await expect(page.getByRole('link', { name: /Open the full dashboard/ })).toBeInViewport();
    const last = page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem').last();
    await expect(last).not.toBeInViewport();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test('views take no size from the frame’s height (which would feed back into it)', async ({ page }) => {
    await useMini(page);
    const heightAt = async (view: string, frameHeight: number) => {
      await page.setViewportSize({ width: 740, height: frameHeight });
      await page.goto(`./?embed=1&lang=en&data=data/mini.json&view=${view}`);
      await expect(page.locator('main[aria-busy="false"]')).toBeAttached();
      await expect(page.locator('html[data-rendered]')).toBeAttached();
      return page.evaluate(() => document.documentElement.getBoundingClientRect().height);
    };
    for (const view of ['network', 'map', 'timeline']) {
      expect(await heightAt(view, 1600), view).toBe(await heightAt(view, 700));
    }
  });
});

test.describe('the Embed dialog’s options', () => {
  test('write the locked options, the maximum height and the measured height into the code', async ({ page }) => {
    await useMini(page);
    await page.goto('./?lang=en&data=data/mini.json');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('checkbox', { name: 'Search and filters' }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Tools/ }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Key' }).uncheck();
    const offered = dialog.getByRole('group', { name: 'Views offered' });
    for (const name of ['Network', 'Map', 'List']) await offered.getByRole('checkbox', { name }).uncheck();
    await dialog.getByRole('spinbutton', { name: /Maximum height/ }).fill('900');
    await dialog.getByRole('spinbutton', { name: /Maximum height/ }).press('Tab');
    await dialog.getByRole('radio', { name: '360 px' }).check();
    await expect(dialog.getByText(/^Height at 360 px: [\d,]+ px/)).toBeVisible({ timeout: 20_000 });

    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const src = new URL(/<iframe src="([^"]+)"/.exec(snippet)![1].replaceAll('&amp;', '&'));
    expect(Object.fromEntries(src.searchParams)).toMatchObject({ controls: '0', tools: '0', key: '0', views: 'timeline,table', maxheight: '900', embed: '1', lang: 'en' });
    const preview = dialog.locator('iframe');
    await expect(preview).toHaveAttribute('src', src.href);
    expect(await preview.evaluate((f) => f.getBoundingClientRect().width)).toBe(360);
    // The height in the code is the preview's own at that width.
    const written = Number(/ height="(\d+)"/.exec(snippet)![1]);
    const content = await dialog.frameLocator('iframe').locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(written).toBe(content);
    expect(written).toBeLessThanOrEqual(900);
  });

  test('make the fallback picture of the configured view, and name the hosted copy in the code', async ({ page, browser }) => {
    await useMini(page);
    await page.goto('./?lang=en&data=data/mini.json');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await dialog.getByRole('checkbox', { name: 'Search and filters' }).uncheck();
    await dialog.getByRole('checkbox', { name: /^Tools/ }).uncheck();
    await expect(dialog.getByText(/^Height at 600 px: [\d,]+ px/)).toBeVisible({ timeout: 20_000 });
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const height = Number(/ height="(\d+)"/.exec(snippet)![1]);
    const src = /<iframe src="([^"]+)"/.exec(snippet)![1].replaceAll('&amp;', '&');

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download the picture (PNG)' }).click()]);
    expect(download.suggestedFilename()).toBe('mini-timeline-en-600.png');
    await expect(dialog.getByText(`Saved mini-timeline-en-600.png (600 × ${height.toLocaleString('en')} px).`)).toBeVisible();
    const picture = fs.readFileSync(await download.path());

    // The same view, alone in a page of that size, as a reader sees it.
    const reader = await browser.newPage({ viewport: { width: 600, height }, deviceScaleFactor: 1 });
    await reader.route('**/data/mini.json', (route) => route.fulfill({ body: mini, contentType: 'application/json' }));
    await reader.goto(src);
    await expect(reader.locator('html[data-rendered]')).toBeAttached();
    await reader.evaluate(() => document.fonts.ready);
    const screen = await reader.screenshot();
    await reader.close();

    // Compared pixel by pixel (the 2x picture drawn at 1x): close to the screen, far from a blank page.
    const difference = await page.evaluate(
      async ([a, b]) => {
        const load = async (b64: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${b64}`;
          await img.decode();
          return img;
        };
        const [pic, shot] = await Promise.all([load(a), load(b)]);
        const pixels = (img: HTMLImageElement | null) => {
          const c = document.createElement('canvas');
          [c.width, c.height] = [shot.naturalWidth, shot.naturalHeight];
          const ctx = c.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, c.width, c.height);
          if (img) ctx.drawImage(img, 0, 0, c.width, c.height);
          return ctx.getImageData(0, 0, c.width, c.height).data;
        };
        const [p, s, blank] = [pixels(pic), pixels(shot), pixels(null)];
        const mean = (x: Uint8ClampedArray, y: Uint8ClampedArray) => x.reduce((sum, v, i) => sum + Math.abs(v - y[i]), 0) / x.length;
        return { size: [pic.naturalWidth, pic.naturalHeight], toScreen: mean(p, s), blankToScreen: mean(blank, s) };
      },
      [picture.toString('base64'), screen.toString('base64')],
    );
    expect(difference.size).toEqual([1200, height * 2]);
    expect(difference.toScreen).toBeLessThan(difference.blankToScreen / 4);

    // Hosted by the newsroom: the code's <noscript> shows that copy, at the view's shape.
    await dialog.getByRole('textbox', { name: 'Address of your copy of the picture' }).fill('https://news.example/img/talks-en.png');
    await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(/<img src="https:\/\/news\.example\/img\/talks-en\.png" alt="[^"]+" lang="en" width="600" height="\d+"/);
  });
});

test('without JavaScript, an English article shows only the English picture, not the frame’s', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const { host } = await openArticle(page, baseURL!, code(baseURL!, { view: 'list', lang: 'en' }), { waitForApp: false });
  await expect(page.locator('iframe[data-peace-talks-embed]')).toBeHidden();
  const img = page.locator('.graphic img');
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('src', new URL('fallback-en.png', baseURL).href);
  await expect(img).toHaveAttribute('lang', 'en');
  await host.close();
  await context.close();
});
