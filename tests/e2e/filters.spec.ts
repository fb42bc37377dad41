/**
 * Filters, search and shareable URL state, as a reader uses them: the answer to a question is
 * a set of rows and a count, and the link reproduces it.
 */
import type { Page } from '@playwright/test';
import { test, expect, paramNotice } from './fixtures';

/** The "N of M events" counter (the other live regions speak of suggestions or links). */
const count = (page: Page) => page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ });
const rows = (page: Page) => page.locator('tbody tr[data-row]');
const titles = (page: Page) => rows(page).locator('th button').allTextContents();
const openFilters = (page: Page) => page.getByRole('button', { name: /^Filters/ }).click();

test.describe('filters', () => {
  test('Arabic search finds Rustem Umerov’s events when typed without hamza', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await page.getByRole('searchbox').fill('اوميروف');
    await expect(count(page)).toHaveText('20 of 63 events');
    await expect(rows(page)).toHaveCount(20);
    await expect(page).toHaveURL(/[?&]q=%D8%A7%D9%88%D9%85%D9%8A%D8%B1%D9%88%D9%81/);
    // Every row has him among the participants.
    for (const row of await rows(page).all()) await expect(row.getByRole('button', { name: 'Show only events with Rustem Umerov' })).toBeVisible();
  });

  test('the same search works on the Arabic page', async ({ page }) => {
    await page.goto('./?lang=ar&view=table');
    await page.getByRole('searchbox').fill('اوميروف');
    await expect(count(page)).toHaveText('20 من أصل 63 حدثًا');
    await expect(rows(page)).toHaveCount(20);
  });

  test('the actor type-ahead works by keyboard', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await page.getByRole('button', { name: /^Filters/ }).press('Enter');
    const combo = page.getByRole('combobox', { name: 'People and organisations' });
    await combo.focus();
    await page.keyboard.type('umer');
    const list = page.getByRole('listbox', { name: 'People and organisations' });
    await expect(list).toBeVisible();
    const umerov = list.getByRole('option', { name: /Rustem Umerov/ });
    await expect(combo).toHaveAttribute('aria-activedescendant', (await umerov.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove filter: Rustem Umerov' })).toBeVisible();
    await expect(umerov).toHaveAttribute('aria-selected', 'true');
    await expect(count(page)).toHaveText('20 of 63 events');
    await expect(page).toHaveURL(/[?&]actors=rustem-umerov(&|$)/);
    await expect(combo).toBeFocused();

    // Arabic, without hamza, adds a second person (OR within the facet).
    await page.keyboard.type('بوتين');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]actors=rustem-umerov,vladimir-putin(&|$)/);
    const both = await rows(page).count();
    expect(both).toBeGreaterThan(20);

    // Escape closes the list and leaves the detail panel alone; Backspace removes the last choice.
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(combo).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Backspace');
    await expect(page).toHaveURL(/[?&]actors=rustem-umerov(&|$)/);
    await page.keyboard.press('ArrowDown');
    await expect(list).toBeVisible();
    await expect(list.getByRole('option').first()).toHaveId((await combo.getAttribute('aria-activedescendant'))!);
  });

  test('a shared URL reproduces the same rows', async ({ page, browser }) => {
    await page.goto('./?lang=en&view=table');
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Talks round/ }).check();
    await page.getByRole('combobox', { name: 'Places' }).fill('miami');
    await page.keyboard.press('Enter');
    await page.getByRole('searchbox').fill('witkoff');
    await page.getByRole('searchbox').press('Enter');
    await expect(count(page)).toHaveText(/^\d+ of 63 events$/);
    const expected = await titles(page);
    expect(expected.length).toBeGreaterThan(0);

    const other = await browser.newPage();
    await other.goto(page.url());
    await expect(count(other)).toHaveText(`${expected.length} of 63 events`);
    expect(await titles(other)).toEqual(expected);
    await expect(other.getByRole('searchbox')).toHaveValue('witkoff');
    await other.close();
  });

  test('Back and Forward step through filter changes, and a reload restores them', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    await expect(count(page)).toHaveText('7 of 63 events');
    await page.getByRole('checkbox', { name: /^Phone call/ }).check();
    await expect(count(page)).toHaveText('14 of 63 events');
    await page.goBack();
    await expect(count(page)).toHaveText('7 of 63 events');
    await expect(page.getByRole('checkbox', { name: /^Phone call/ })).not.toBeChecked();
    await page.goBack();
    await expect(count(page)).toHaveText('63 events');
    await page.goForward();
    await expect(count(page)).toHaveText('7 of 63 events');
    await page.reload();
    await expect(count(page)).toHaveText('7 of 63 events');
    await expect(page.getByRole('button', { name: 'Remove filter: Summit' })).toBeVisible();
  });

  test('typing in the search box does not add a history entry per key', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('searchbox').pressSequentially('witkoff', { delay: 30 });
    await expect(page).toHaveURL(/[?&]q=witkoff/);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
  });

  test('dates narrow the events and show as one removable chip', async ({ page }) => {
    await page.goto('./?lang=en&view=table&places=miami');
    await openFilters(page);
    await page.getByLabel('From', { exact: true }).fill('2025-12-01');
    await page.getByLabel('To', { exact: true }).fill('2025-12-31');
    await expect(count(page)).toHaveText('4 of 63 events');
    await expect(page).toHaveURL(/from=2025-12-01&to=2025-12-31/);
    await page.getByRole('button', { name: /^Filters/ }).click();
    const chip = page.getByRole('button', { name: 'Remove filter: 1 Dec 2025 – 31 Dec 2025' });
    await chip.click();
    await expect(count(page)).toHaveText('6 of 63 events');
    await expect(page).not.toHaveURL(/from=/);
  });

  test('each option shows how many events it would match', async ({ page }) => {
    await page.goto('./?lang=en&view=table&actors=rustem-umerov');
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: /^Talks round\s*, 16 events$/ })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Talks round/ }).check();
    await expect(count(page)).toHaveText('16 of 63 events');
  });

  test('Copy link puts the current URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?lang=en&view=table&actors=rustem-umerov&types=talks-round');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('without a clipboard, the link shows selected in a field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto('./?lang=en&view=table&types=summit');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: /Select the link and copy it/ });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(page.url());
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(page.url().length);
  });

  test('Reset clears filters and selection but keeps the language and view', async ({ page }) => {
    await page.goto('./?lang=en&theme=dark&view=table&actors=rustem-umerov&types=talks-round&q=miami&event=2025-12-04-miami-us-ua-talks');
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(count(page)).toHaveText('63 events');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page).toHaveURL(/\?view=table&lang=en&theme=dark$/);
    await expect(page.getByRole('status').filter({ hasText: 'Filters and selection cleared' })).toBeVisible();
  });

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await page.goto('./?lang=en&view=table&q=zzzz&types=summit');
    await expect(count(page)).toHaveText('No events match these filters (of 63)');
    await expect(page.getByText('No event matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(count(page)).toHaveText('63 events');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect(rows(page)).toHaveCount(63);
  });

  test('unknown and malformed link parameters are ignored with a notice', async ({ page }) => {
    await page.goto('./?lang=en&view=table&actors=nobody-at-all&from=2025-02-30&types=summit,picnic&colour=red');
    for (const [key, value] of [
      ['actors', 'nobody-at-all'],
      ['from', '2025-02-30'],
      ['types', 'summit,picnic'],
      ['colour', 'red'],
    ]) {
      await expect(page.getByText(paramNotice(key, value))).toBeVisible();
    }
    await expect(count(page)).toHaveText('63 events');
    await expect(page).not.toHaveURL(/nobody|picnic|colour/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText(/was not understood/)).toHaveCount(0);
  });

  test('a "to" before "from" is dropped with a notice; the rest of the link applies', async ({ page }) => {
    await page.goto('./?lang=en&view=table&from=2025-12-10&to=2025-12-01&actors=rustem-umerov');
    await expect(page.getByText(paramNotice('to', '2025-12-01'))).toBeVisible();
    await expect(page.getByRole('button', { name: /^Remove filter: from 10 Dec 2025$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove filter: Rustem Umerov' })).toBeVisible();
  });

  test('works at 320 px wide and right to left, without page-level horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('./?view=table&actors=rustem-umerov');
    await page.getByRole('button', { name: /^المرشحات/ }).click();
    await page.getByRole('combobox', { name: 'الأماكن' }).fill('ميامي');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/places=miami/);
    // Overflow past the page's box (the scrollbar's kept room, scrollbar-gutter, counts as none).
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
