/**
 * The phone (issue #20, point 5): at 390x844 the page's tools fold into a menu, so the first
 * event is on the first screen; an opened event shows as a sheet over the view, where the reader
 * is, with focus in it; Escape and Back close it and focus goes back to the event; a link with
 * `event=` shows it on load. In an embed's 360 px column the sheet opens at the tapped event.
 * On the fixture (tests/fixtures/mini.json) and on the bundled data, English and Arabic.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const PHONE = { width: 390, height: 844 };
const useMini = (page: Page) => page.route('**/data/peace-talks.json', (route) => route.fulfill({ path: 'tests/fixtures/mini.json', contentType: 'application/json' }));
const chart = (page: Page) => page.getByRole('listbox', { name: /Events on the timeline|الأحداث على الخط الزمني/ });
const menuButton = (page: Page) => page.getByRole('button', { name: /^(Menu|القائمة)$/ });
const firstEventTop = (page: Page) => chart(page).locator('[data-event]').first().evaluate((el) => el.getBoundingClientRect().top);

for (const lang of ['en', 'ar'] as const)
  for (const theme of ['light', 'dark'] as const) {
    test(`${lang}, ${theme}: at 390x844 the tools are in a menu and the first event is on the first screen`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`./?lang=${lang}&theme=${theme}`);
      await expect(chart(page).locator('[data-event]').first()).toBeVisible();
      expect(await firstEventTop(page)).toBeLessThan(PHONE.height);
      // Folded away: the language buttons, the sharing buttons and the other views.
      const english = page.getByRole('button', { name: 'English' });
      const network = page.getByRole('button', { name: lang === 'en' ? 'Network' : 'شبكة' });
      await expect(english).toBeHidden();
      await expect(network).toBeHidden();
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
      await menuButton(page).click();
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true');
      await expect(english).toBeVisible();
      await expect(page.getByRole('button', { name: lang === 'en' ? 'Copy link' : 'انسخ الرابط' })).toBeVisible();
      // Choosing a view closes the menu and shows the view.
      await network.click();
      await expect(page).toHaveURL(/view=network/);
      await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
      // No sideways scroll.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  }

test('Escape closes the menu and gives focus back to its button', async ({ page }) => {
  await useMini(page);
  await page.setViewportSize(PHONE);
  await page.goto('./?lang=en');
  await menuButton(page).click();
  await page.getByRole('button', { name: 'العربية' }).focus();
  await page.keyboard.press('Escape');
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(menuButton(page)).toBeFocused();
});

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: a tapped event opens as a sheet in view; Escape and Back close it, focus returns to the event`, async ({ page }) => {
    await useMini(page);
    await page.setViewportSize(PHONE);
    await page.goto(`./?lang=${lang}`);
    const row = chart(page).locator('[data-event="moscow-meeting"]');
    await row.click();
    const sheet = page.getByRole('dialog');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(page).toHaveURL(/event=moscow-meeting/);
    // In view on the screen the reader is looking at, not somewhere down the page.
    const box = (await sheet.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);

    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(chart(page)).toBeFocused();
    await expect(chart(page)).toHaveAttribute('aria-activedescendant', /moscow-meeting$/);

    await row.click();
    await expect(sheet).toBeVisible();
    await page.goBack();
    await expect(sheet).toHaveCount(0);
    await expect(page).not.toHaveURL(/event=/);
    await expect(chart(page)).toBeFocused();
  });
}

test('in the list, the close button closes the sheet and focus returns to the event’s button', async ({ page }) => {
  await useMini(page);
  await page.setViewportSize(PHONE);
  await page.goto('./?lang=en&view=list');
  const open = page.getByRole('list', { name: 'Events in time order' }).getByRole('button').nth(2);
  await open.click();
  const sheet = page.getByRole('dialog');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: /close/i }).click();
  await expect(sheet).toHaveCount(0);
  await expect(open).toBeFocused();
});

for (const lang of ['en', 'ar'] as const)
  test(`${lang}: a link with event= shows the details on load, in view`, async ({ page }) => {
    await useMini(page);
    await page.setViewportSize(PHONE);
    await page.goto(`./?lang=${lang}&event=istanbul-1`);
    const sheet = page.getByRole('dialog');
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('heading', { level: 2 })).toBeInViewport();
    await expect(sheet.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(sheet).toHaveCount(0);
  });

test('embedded in a 360 px column, the sheet opens at the tapped event, not at the top of a tall frame', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 4000 });
  await page.goto('./?lang=en&embed=1&view=list');
  const list = page.getByRole('list', { name: 'Events in time order' });
  await expect(list.getByRole('button')).toHaveCount(63);
  const far = list.getByRole('button').nth(40);
  const rowTop = await far.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  expect(rowTop).toBeGreaterThan(2000);
  await far.click();
  const sheet = page.getByRole('dialog');
  await expect(sheet).toBeVisible();
  const top = await sheet.evaluate((el) => el.getBoundingClientRect().top + scrollY);
  expect(Math.abs(top - rowTop)).toBeLessThan(80);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await expect(far).toBeFocused();
});
