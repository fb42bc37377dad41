/**
 * A dataset story on the normal page (issue #20, point 8): a Story control starts it; each step's
 * caption is beside the chart with the step in the address; buttons with names step through it
 * by keyboard; a live region says each step; Back returns to the step before; a link opens a
 * step. On the fixture tests/fixtures/mini-four.json (one story of three steps) and the bundled data.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const useFour = (page: Page) => page.route('**/data/peace-talks.json', (route) => route.fulfill({ path: 'tests/fixtures/mini-four.json', contentType: 'application/json' }));
const caption = (page: Page) => page.getByRole('region', { name: /Istanbul round 1|Istanbul round 2|Miami talks|الجولة|محادثات ميامي/ });

test('en: the Story control steps through the story by keyboard, with the step in the address', async ({ page }) => {
  await useFour(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Read the story: From Istanbul to Miami' }).click();
  await expect(page).toHaveURL(/story=four-steps&step=1/);
  await expect(page).toHaveURL(/event=istanbul-1/);
  const region = caption(page);
  await expect(region).toContainText('Step 1 of 3');
  await expect(region).toContainText('The first direct round.');
  await expect(page.getByRole('status').filter({ hasText: 'Step 1 of 3: Istanbul round 1' })).toHaveCount(1);
  await expect(region.getByRole('button', { name: 'Previous step' })).toBeDisabled();

  // Keyboard: focus the Next button, Enter steps on, and focus stays there for the next press.
  await region.getByRole('button', { name: 'Next step' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/step=2/);
  await expect(page.getByRole('status').filter({ hasText: 'Step 2 of 3: Istanbul round 2' })).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/step=3/);
  await expect(caption(page)).toContainText('The talks move to Miami.');
  await expect(caption(page).getByRole('button', { name: 'Next step' })).toBeDisabled();

  // Each step is a history entry.
  await page.goBack();
  await expect(page).toHaveURL(/step=2/);
  await expect(caption(page)).toContainText('Step 2 of 3');

  // The caption is beside the chart, not under it.
  const chart = (await page.getByRole('listbox', { name: 'Events on the timeline' }).boundingBox())!;
  const box = (await caption(page).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(chart.x + chart.width);
  expect(box.y).toBeLessThan(chart.y + chart.height);

  await caption(page).getByRole('button', { name: 'Close the story' }).click();
  await expect(page).not.toHaveURL(/story=|step=/);
  await expect(page.getByRole('button', { name: 'Read the story: From Istanbul to Miami' })).toBeVisible();
});

test('ar: a link to a step opens it, beside the chart on the right-to-left page', async ({ page }) => {
  await useFour(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=ar&story=four-steps&step=3');
  const region = caption(page);
  await expect(region).toContainText('الخطوة 3 من 3');
  await expect(region).toContainText('تنتقل المحادثات إلى ميامي.');
  await expect(region.getByRole('button', { name: 'الخطوة السابقة' })).toBeEnabled();
  const chart = (await page.getByRole('listbox', { name: 'الأحداث على الخط الزمني' }).boundingBox())!;
  const box = (await region.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(chart.x);
  await region.getByRole('button', { name: 'الخطوة السابقة' }).click();
  await expect(page).toHaveURL(/step=2/);
});

test('phone: the caption comes before the chart and no sheet covers it', async ({ page }) => {
  await useFour(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: /^Read the story/ }).click();
  await expect(caption(page)).toBeInViewport();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const top = (await caption(page).boundingBox())!.y;
  const chart = (await page.getByRole('listbox', { name: 'Events on the timeline' }).boundingBox())!.y;
  expect(top).toBeLessThan(chart);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('the bundled data: a choice of its stories, and the second one starts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  const choose = page.getByRole('combobox', { name: 'Choose a story' });
  await expect(choose.getByRole('option')).toHaveCount(2);
  const second = await choose.getByRole('option').nth(1).getAttribute('value');
  await choose.selectOption(second!);
  await page.getByRole('button', { name: 'Read the story' }).click();
  await expect(page).toHaveURL(new RegExp(`story=${second}&step=1`));
  await expect(page.getByRole('region').filter({ hasText: 'Step 1 of' })).toBeVisible();
});

test('the story picker shows the chosen title in its own direction: English on a Hebrew page, Arabic on an Arabic one', async ({ page }) => {
  const talassa = JSON.parse((await import('node:fs')).readFileSync('tests/fixtures/talassa.json', 'utf8'));
  // Two stories, so there is a picker; neither is written in Hebrew (it falls back to English).
  talassa.stories = [talassa.stories[0], { ...talassa.stories[0], id: 'again', title: { en: 'The same rounds again', ar: 'الجولات نفسها مرة أخرى' } }];
  await page.route('**/data/peace-talks.json', (route) => route.fulfill({ json: talassa }));
  await page.goto('./?lang=he');
  const picker = page.locator('.story-start select');
  await expect(picker).toHaveAttribute('dir', 'ltr');
  await expect(picker).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('./?lang=ar');
  await expect(picker).toHaveAttribute('dir', 'rtl');
});
