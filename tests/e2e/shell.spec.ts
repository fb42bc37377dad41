import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, paramNotice, TALASSA } from './fixtures';

const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));

test.describe('app shell', () => {
  test('shows the dataset in Arabic by default, right to left', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('switching language updates the page and the URL, and a reload restores it', async ({ page }) => {
    await page.goto('./?view=list');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveURL(/[?&]lang=en/);
    await expect(page.getByRole('button', { name: 'Settings' }).or(page.getByText('Display settings'))).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('an unknown URL parameter is ignored with a visible notice', async ({ page }) => {
    await page.goto('./?lang=en&view=galaxy&colour=red');
    await expect(page.getByText(paramNotice('view', 'galaxy'))).toBeVisible();
    await expect(page.getByText(paramNotice('colour', 'red'))).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('opening an event shows its details; Escape closes them and focus returns', async ({ page }) => {
    await page.goto('./?lang=en&view=list');
    const first = page.getByRole('list', { name: 'Events in time order' }).getByRole('button').first();
    const title = (await first.textContent())!.trim();
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(page).toHaveURL(/[?&]event=/);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(first).toBeFocused();
  });

  test('a foreign ?data= origin is refused with a message', async ({ page }) => {
    await page.goto('./?lang=en&data=https://evil.example/fake.json');
    await expect(page.getByRole('alert')).toContainText('evil.example is not allowed');
  });

  test('a data file with invalid events shows the valid ones and lists what was rejected', async ({ page }) => {
    const data = structuredClone(mini);
    data.events[1].when = '2025-02-30';
    data.events[2].participants[0].actor = 'nobody';
    await page.route('**/data/broken.json', (route) => route.fulfill({ json: data }));
    await page.goto('./?view=list&lang=en&data=data/broken.json');
    await expect(page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem')).toHaveCount(3);
    const notice = page.getByText('2 events in the data file were rejected and are not shown.');
    await expect(notice).toBeVisible();
    await notice.click();
    await expect(page.getByText('events › moscow-meeting › when: expected an EDTF date or closed interval, found "2025-02-30": day 30 does not exist in 2025-02')).toBeVisible();
    await expect(page.getByText('events › istanbul-1 › participants.0.actor: expected the id of an actor in "actors", found "nobody"')).toBeVisible();
  });

  test('the Display settings pop-up closes on Escape and gives focus back to its button', async ({ page }) => {
    await page.goto('./?lang=en&view=list');
    const summary = page.locator('details.settings summary');
    await summary.click();
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.focus();
    await page.keyboard.press('Escape');
    await expect(theme).toBeHidden();
    await expect(summary).toBeFocused();
  });

  test('a file that is not JSON gets an error page that says so', async ({ page }) => {
    await page.route('**/data/garbage.json', (route) => route.fulfill({ body: '{"meta": ', contentType: 'application/json' }));
    await page.goto('./?lang=en&data=data/garbage.json');
    // The file and the reason come from outside (the address, the server): each in an isolate (#26.5).
    await expect(page.getByRole('heading', { name: 'The data could not be shown' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('data/garbage.json\u2069 is not valid JSON: \u2068');
  });

  test.describe(() => {
    test.use({ expectedErrors: [/Failed to load resource: the server responded with a status of 404/] });
    test('a missing data file gets an error page naming it, and a retry that loads it once it is there', async ({ page }) => {
      let served = 0;
      await page.route('**/data/missing.json', (route) =>
        served++ ? route.fulfill({ path: 'tests/fixtures/mini.json', contentType: 'application/json' }) : route.fulfill({ status: 404, body: 'not found' }),
      );
      await page.goto('./?lang=en&data=data/missing.json');
      await expect(page.getByRole('alert')).toContainText('data/missing.json\u2069 could not be loaded: \u2068HTTP 404');
      await page.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Mini fixture' })).toBeVisible();
    });
  });
});

test.describe("a view's code, once here, is shown at once", () => {
  test.use({ dataset: TALASSA });
  // Every "Loading…" line the page adds, from the start.
  const countLoadingLines = (page: Page) =>
    page.addInitScript(() => {
      const w = window as unknown as { loadingLines: number };
      w.loadingLines = 0;
      new MutationObserver((list) => {
        for (const m of list) for (const n of m.addedNodes) if (n instanceof Element && n.matches('p.loading')) w.loadingLines++;
      }).observe(document, { childList: true, subtree: true });
    });
  const loadingLines = (page: Page) => page.evaluate(() => (window as unknown as { loadingLines: number }).loadingLines);

  test('the first view, whose code came before the data, is built with the data: no frame of a loading line', async ({ page }) => {
    await countLoadingLines(page);
    // The data held back, as a slow connection holds the larger file while the code arrives.
    await page.route('**/data/peace-talks.json', async (route) => {
      await new Promise((r) => setTimeout(r, 1000));
      await route.fulfill({ path: TALASSA, contentType: 'application/json' });
    });
    await page.goto('./?lang=en&view=timeline');
    await page.waitForFunction(() => document.documentElement.dataset.rendered === 'timeline');
    await expect(page.getByRole('listbox').first()).toBeVisible();
    expect(await loadingLines(page)).toBe(0);
  });

  test('a view seen before comes back without a loading line', async ({ page }) => {
    await countLoadingLines(page);
    await page.goto('./?lang=en&view=timeline');
    await page.waitForFunction(() => document.documentElement.dataset.rendered === 'timeline');
    const views = page.getByRole('navigation', { name: 'Views' });
    await views.getByRole('button', { name: 'Network' }).click();
    await expect(page.locator('.view svg').first()).toBeVisible();
    const first = await loadingLines(page);
    for (const name of ['Timeline', 'Network', 'Timeline', 'Network']) {
      await views.getByRole('button', { name }).click();
      await expect(views.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
      await page.waitForTimeout(200);
    }
    expect(await loadingLines(page)).toBe(first);
  });
});
